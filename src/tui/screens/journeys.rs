//! Step 3, journeys: a journey per persona, its ordered stages, and a timeline of the stages
//! with the emotion curve and the method's warnings.

use super::choices::{personas, phases};
use crate::edit::{Kind, Record};
use crate::i18n::{Lang, Text, tui as t};
use crate::method::{self, Step};
use crate::method::{Label, journey_warnings};
use crate::model::{Journey, Phase, Stage, Workshop, new_id};
use crate::text::{fit, one_line};
use crate::tui::fields::{FieldKind, FieldSpec};
use crate::tui::fitting;
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::records::{self, Collection, RecordList, Row, Rows, Tone};
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

static JOURNEY_FIELDS: [FieldSpec; 2] = [
    FieldSpec::new("name", Text::new("Name", "Nom"), FieldKind::Line).essential(),
    FieldSpec::new(
        "persona",
        Text::new("Persona", "Persona"),
        FieldKind::Select {
            choices: personas,
            optional: true,
        },
    )
    .essential()
    .hint(Text::new(
        "←/→ or Enter to choose whose journey this is.",
        "←/→ ou Entrée pour choisir de qui c'est le parcours.",
    )),
];

static STAGE_FIELDS: [FieldSpec; 6] = [
    FieldSpec::new("name", Text::new("Stage", "Étape"), FieldKind::Line).essential(),
    FieldSpec::new(
        "phase",
        Text::new("Phase", "Phase"),
        FieldKind::Select {
            choices: phases,
            optional: false,
        },
    )
    .essential()
    .hint(Text::new(
        "From before the need to after use.",
        "D'avant le besoin à après l'usage.",
    )),
    FieldSpec::new("actions", Text::new("Actions", "Actions"), FieldKind::Lines),
    FieldSpec::new(
        "touchpoints",
        Text::new("Touchpoints", "Points de contact"),
        FieldKind::List,
    )
    .hint(Text::new("One per line.", "Un par ligne.")),
    FieldSpec::new(
        "emotion",
        Text::new("Emotion", "Émotion"),
        FieldKind::Emotion,
    )
    .essential()
    .hint(Text::new(
        "←/→ from -2 (very bad) to +2 (delighted); x clears.",
        "←/→ de -2 (très mal) à +2 (ravi) ; x efface.",
    )),
    FieldSpec::new(
        "pain_points",
        Text::new("Pain points", "Irritants"),
        FieldKind::Lines,
    )
    .essential(),
];

fn journey_rows(doc: &Workshop, _: &str, _: Lang) -> Vec<Row> {
    doc.journeys
        .iter()
        .map(|j| {
            let who = j
                .persona
                .as_deref()
                .and_then(|p| doc.persona(p))
                .map_or(String::new(), |p| format!(" ({})", p.name));
            let mark = if journey_warnings(j).is_empty() {
                "  "
            } else {
                "! "
            };
            Row {
                id: Some(j.id.clone()),
                text: format!("{mark}{}{who}", j.name),
                tone: Tone::Plain,
            }
        })
        .collect()
}

fn new_journey(doc: &Workshop, _: &str, _: Option<&str>, _: Lang) -> Option<Record> {
    // The first persona still without a journey, since each persona needs one.
    let persona = doc
        .personas
        .iter()
        .find(|p| doc.journeys_of(&p.id).next().is_none())
        .map(|p| p.id.clone());
    Some(Record::Journey(Journey {
        id: new_id(doc, Kind::Journey.prefix()),
        persona,
        ..Default::default()
    }))
}

fn stage_rows(doc: &Workshop, journey: &str, lang: Lang) -> Vec<Row> {
    let Some(j) = doc.journey(journey) else {
        return Vec::new();
    };
    j.stages
        .iter()
        .map(|s| {
            let e = s.emotion.map_or("  ".to_owned(), |e| format!("{e:+}"));
            Row {
                id: Some(s.id.clone()),
                text: format!("{e} {} · {}", s.name, s.phase.label(lang)),
                tone: Tone::Plain,
            }
        })
        .collect()
}

/// A new stage takes the phase after the one it follows. A journey's first stage is not
/// assumed to come before the need: the check that a journey starts late must stay honest.
fn new_stage(doc: &Workshop, journey: &str, after: Option<&str>, _: Lang) -> Option<Record> {
    let j = doc.journey(journey)?;
    let previous = match after {
        Some(id) => j.stages.iter().find(|s| s.id == id),
        None => j.stages.last(),
    };
    let phase = previous.map_or(Phase::Awareness, |s| s.phase.next());
    Some(Record::Stage {
        journey: journey.to_owned(),
        stage: Stage {
            id: new_id(doc, Kind::Stage.prefix()),
            phase,
            ..Default::default()
        },
    })
}

static JOURNEYS: Collection = Collection {
    kind: Kind::Journey,
    fields: &JOURNEY_FIELDS,
    empty: Text::new(
        "No journey yet. Press a to draw one for a persona; ] then lists its stages.",
        "Aucun parcours pour l'instant. Appuyez sur a pour en tracer un pour un persona ; ] affiche ensuite ses étapes.",
    ),
    rows: Rows::All(journey_rows),
    new: new_journey,
    quick: Some("name"),
    fixed: false,
};

static STAGES: Collection = Collection {
    kind: Kind::Stage,
    fields: &STAGE_FIELDS,
    empty: Text::new(
        "No stage yet. Press i and type stage names, Enter after each; start before the need.",
        "Aucune étape pour l'instant. Appuyez sur i et tapez les noms d'étapes, Entrée après chacune ; commencez avant le besoin.",
    ),
    rows: Rows::All(stage_rows),
    new: new_stage,
    quick: Some("name"),
    fixed: false,
};

/// Rows the timeline takes: the stage names, five emotion levels, the phases.
pub const TIMELINE_HEIGHT: u16 = 7;

/// The journey as columns, one per stage, with the emotion plotted from +2 (top) to -2;
/// scrolled so the selected stage shows.
pub fn timeline(
    doc: &Workshop,
    journey: Option<&Journey>,
    selected: Option<&str>,
    lang: Lang,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let Some(j) = journey else { return };
    if j.stages.is_empty() || area.height == 0 {
        return;
    }
    let (col, width, n) = (14usize, usize::from(area.width), j.stages.len());
    // When the stages do not all fit, room is kept for the pager that says where one is.
    let pager = crate::text::width(&format!("◀ {n}/{n} ▶"));
    let fits = if n * col <= width {
        n
    } else {
        (width.saturating_sub(pager) / col).max(1)
    };
    let at = selected
        .and_then(|s| j.stages.iter().position(|x| x.id == s))
        .unwrap_or(0);
    let first = (at + 1).saturating_sub(fits);
    let shown = &j.stages[first..(first + fits).min(j.stages.len())];
    let cell = |s: &str| format!("{:<w$}", fit(s, col - 1), w = col - 1) + " ";
    let mut lines: Vec<Line> = Vec::new();
    let names: Vec<Span> = shown
        .iter()
        .map(|s| {
            let style = if Some(s.id.as_str()) == selected {
                theme.focus
            } else {
                theme.title
            };
            Span::styled(cell(&one_line(&s.name)), style)
        })
        .collect();
    lines.push(Line::from(names));
    for level in (-2..=2).rev() {
        let mut spans: Vec<Span> = Vec::new();
        for s in shown {
            match s.emotion {
                Some(e) if i64::from(e) == level => {
                    // The point of the curve, then the stage's moments by kind, in their style.
                    let point = format!("● {e:+} ");
                    let mut used = point.chars().count();
                    spans.push(Span::styled(point, theme.emotion(e)));
                    for m in doc.moments_at(&s.id).take(col - 1 - used) {
                        spans.push(Span::styled(m.kind.symbol(), theme.moment(m.kind)));
                        used += 1;
                    }
                    spans.push(Span::raw(" ".repeat(col - used)));
                }
                None if level == 0 => spans.push(Span::styled(
                    cell(&format!("? {}", t::NONE.get(lang))),
                    theme.muted,
                )),
                _ => spans.push(Span::styled(
                    cell(if level == 0 { "┄" } else { "" }),
                    theme.muted,
                )),
            }
        }
        lines.push(Line::from(spans));
    }
    let phases: Vec<Span> = shown
        .iter()
        .map(|s| Span::styled(cell(s.phase.label(lang)), theme.muted))
        .collect();
    lines.push(Line::from(phases));
    if first > 0 || first + fits < j.stages.len() {
        let more = format!("◀ {}/{} ▶", at + 1, j.stages.len());
        lines[0].spans.push(Span::styled(more, theme.muted));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The journeys, or the stages of the selected one; `[` and `]` switch between the two.
#[derive(Default)]
pub struct Journeys {
    pub journeys: RecordList,
    pub stages: RecordList,
    pub on_stages: bool,
}

/// The slots of the two lists.
const JOURNEY_LIST: Slot = 0;
const STAGE_LIST: Slot = 1;

impl Journeys {
    /// The journey selected in the list of journeys.
    fn journey(&self, doc: &Workshop) -> Option<String> {
        self.journeys
            .current_of(doc.journeys.iter().map(|j| j.id.as_str()))
    }

    /// The list shown, its collection and scope.
    fn shown(&self, doc: &Workshop) -> (&RecordList, &'static Collection, String) {
        if self.on_stages {
            let journey = self.journey(doc).unwrap_or_default();
            (&self.stages, &STAGES, journey)
        } else {
            (&self.journeys, &JOURNEYS, String::new())
        }
    }

    fn list_at(&mut self, slot: Slot) -> (&mut RecordList, &'static Collection) {
        if slot == STAGE_LIST {
            (&mut self.stages, &STAGES)
        } else {
            (&mut self.journeys, &JOURNEYS)
        }
    }
}

impl Screen for Journeys {
    fn step(&self) -> Step {
        Step::Journeys
    }

    fn context(&self, cx: &Cx) -> Context {
        let (list, c, _) = self.shown(cx.doc);
        list.context(c)
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        let (_, c, scope) = self.shown(cx.doc);
        let slot = self.slot();
        let (list, _) = self.list_at(slot);
        match list.key(key, c, cx, &scope) {
            Outcome::Ignored => match cx.action(Context::Workshop, key) {
                Some(Action::NextTab | Action::PrevTab) => {
                    self.on_stages = !self.on_stages;
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            other => other,
        }
    }

    fn paste(&mut self, text: &str, cx: &Cx) -> Outcome {
        let (list, c) = self.list_at(self.slot());
        list.paste(text, c, cx)
    }

    fn slot(&self) -> Slot {
        if self.on_stages {
            STAGE_LIST
        } else {
            JOURNEY_LIST
        }
    }

    fn applied(&mut self, slot: Slot, result: Result<(), String>, cx: &Cx) {
        let (list, c) = self.list_at(slot);
        list.applied(result, c, cx);
    }

    fn applies(&self, action: Action, cx: &Cx) -> bool {
        let (list, c, _) = self.shown(cx.doc);
        matches!(action, Action::NextTab | Action::PrevTab) || list.applies(action, c)
    }

    /// The chosen stage, when the stages are shown.
    fn picked(&self, cx: &Cx) -> Option<crate::model::Id> {
        let (list, c, scope) = self.shown(cx.doc);
        self.on_stages.then(|| list.picked(c, &scope, cx)).flatten()
    }

    fn click(&mut self, x: u16, width: u16) {
        self.list_at(self.slot()).0.click(x, width);
    }

    /// The journey in view, its stages' names (cut in the timeline) and its warnings.
    fn texts(&self, cx: &Cx) -> Vec<String> {
        let journey = self.journey(cx.doc);
        let Some(j) = journey.as_deref().and_then(|id| cx.doc.journey(id)) else {
            return Vec::new();
        };
        let stages = j.stages.iter().enumerate();
        let warnings = method::journey_warnings(j).into_iter();
        let (list, collection, scope) = self.shown(cx.doc);
        let warnings = warnings.map(|w| format!("! {}", w.message(cx.lang)));
        warnings
            .chain(std::iter::once(j.name.clone()))
            .chain(stages.map(|(i, st)| format!("{}. {}", i + 1, st.name)))
            .chain(records::texts(list, collection, &scope, cx))
            .collect()
    }

    /// The timeline of the selected journey and its warnings above the list.
    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let (doc, lang, body) = (cx.doc, cx.lang, cx.area);
        let journey = self.journey(doc);
        let j = journey.as_deref().and_then(|id| doc.journey(id));
        let warnings: Vec<&str> = j
            .map(|j| {
                method::journey_warnings(j)
                    .into_iter()
                    .map(|w| w.message(lang))
                    .collect()
            })
            .unwrap_or_default();
        let top_h = if j.is_some_and(|j| !j.stages.is_empty()) && body.height >= 14 {
            TIMELINE_HEIGHT
        } else {
            0
        };
        let warn_h = (warnings.len() as u16).min(body.height / 5);
        let [top, warn_area, lists] = Layout::vertical([
            Constraint::Length(top_h),
            Constraint::Length(warn_h),
            Constraint::Fill(1),
        ])
        .areas(body);
        let (list, collection, scope) = self.shown(doc);
        let selected = if self.on_stages {
            list.picked(collection, &scope, cx)
        } else {
            None
        };
        timeline(doc, j, selected.as_deref(), lang, cx.theme, frame, top);
        let texts: Vec<String> = warnings.iter().map(|w| format!("! {w}")).collect();
        fitting::draw_warnings(&texts, cx, frame, warn_area);
        let title = match (self.on_stages, j) {
            (true, Some(j)) => t::STAGES_OF.fill(lang, &[("name", &one_line(&j.name))]),
            _ => Step::Journeys.title(lang).to_owned(),
        };
        records::render(list, collection, &scope, &title, cx, frame, lists);
    }
}
