//! Step 4, key moments: the moments of truth of every journey, grouped by stage, each
//! essential, critical or wow; the timeline above shows them at their stage.

use super::choices::{VERBATIM_CHOICES, enum_choices, stages};
use super::journeys::{TIMELINE_HEIGHT, timeline};
use crate::edit::{Kind, Record};
use crate::i18n::{Lang, Text, screens as s};
use crate::method::Label;
use crate::method::Step;
use crate::model::{Moment, MomentKind, Workshop, new_id};
use crate::text::one_line;
use crate::tui::fields::{FieldKind, FieldSpec};
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::records::{self, Collection, RecordList, Row, Rows, Tone};
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

fn kinds(_: &Workshop, lang: Lang) -> Vec<crate::tui::fields::Choice> {
    enum_choices(&MomentKind::ALL, lang)
}

/// Shown before a moment's count of verbatims, in its row and its form.
const EVIDENCE_MARK: &str = "“";

static FIELDS: [FieldSpec; 5] = [
    FieldSpec::new("title", Text::new("Moment", "Moment"), FieldKind::Line).essential().hint(Text::new(
        "What the customer lives, in their words: \"Extra fees appear at checkout\".",
        "Ce que vit le client, avec ses mots : « Des frais apparaissent au paiement ».",
    )),
    FieldSpec::new(
        "kind",
        Text::new("Kind", "Type"),
        FieldKind::Select {
            choices: kinds,
            optional: false,
        },
    ).essential()
    .hint(Text::new(
        "◆ essential: the minimum expected · ▲ critical: disappoints today · ★ wow: beyond expectations.",
        "◆ essentiel : le minimum attendu · ▲ critique : déçoit aujourd'hui · ★ waouh : au-delà des attentes.",
    )),
    FieldSpec::new(
        "stage",
        Text::new("Stage", "Étape"),
        FieldKind::Select {
            choices: stages,
            optional: false,
        },
    ).essential()
    .hint(Text::new(
        "←/→ moves the moment to another stage.",
        "←/→ déplace le moment vers une autre étape.",
    )),
    FieldSpec::new(
        "description",
        Text::new("Description", "Description"),
        FieldKind::Lines,
    ),
    FieldSpec::new(
        "evidence",
        s::EVIDENCE,
        FieldKind::Many(VERBATIM_CHOICES),
    )
    .counted(EVIDENCE_MARK)
    .hint(s::MOMENT_EVIDENCE),
];

/// Moments in journey order, under a heading for each stage that has some.
fn rows(doc: &Workshop, _: &str, _: Lang) -> Vec<Row> {
    let mut out = Vec::new();
    for j in &doc.journeys {
        let who = j
            .persona
            .as_deref()
            .and_then(|p| doc.persona(p))
            .map_or_else(|| one_line(&j.name), |p| one_line(&p.name));
        for s in &j.stages {
            let mut here = doc.moments_at(&s.id).peekable();
            if here.peek().is_none() {
                continue;
            }
            out.push(Row {
                id: None,
                text: format!("{} · {who}", one_line(&s.name)),
                tone: Tone::Plain,
            });
            out.extend(here.map(|m| Row {
                id: Some(m.id.clone()),
                text: format!(" {} {}{}", m.kind.symbol(), support(m), m.title),
                tone: Tone::Moment(m.kind),
            }));
        }
    }
    out
}

/// How many verbatims show the moment, before its title (“2), when some do.
fn support(m: &Moment) -> String {
    match m.evidence.len() {
        0 => String::new(),
        n => format!("{EVIDENCE_MARK}{n} "),
    }
}

/// A new moment goes to the stage of the selected one, else to the first stage still
/// without a moment.
fn new(doc: &Workshop, _: &str, after: Option<&str>, _: Lang) -> Option<Record> {
    let all = || doc.journeys.iter().flat_map(|j| &j.stages);
    let stage = after
        .and_then(|m| doc.moment(m))
        .map(|m| m.stage.clone())
        .or_else(|| {
            all()
                .find(|s| doc.moments_at(&s.id).next().is_none())
                .map(|s| s.id.clone())
        })
        .or_else(|| all().next().map(|s| s.id.clone()))?;
    Some(Record::Moment(Moment {
        id: new_id(doc, Kind::Moment.prefix()),
        stage,
        ..Default::default()
    }))
}

static MOMENTS: Collection = Collection {
    kind: Kind::Moment,
    fields: &FIELDS,
    empty: Text::new(
        "No key moment yet. Press i and type what the customer lives, Enter after each; then set each one's kind and stage. Journeys need stages first (step 3).",
        "Aucun moment clé pour l'instant. Appuyez sur i et tapez ce que vit le client, Entrée après chacun ; puis donnez à chacun son type et son étape. Il faut d'abord des étapes aux parcours (étape 3).",
    ),
    rows: Rows::All(rows),
    new,
    quick: Some("title"),
    fixed: false,
};

/// The journey to draw above the list: the one holding the selected moment, else the first.
fn journey_of<'a>(doc: &'a Workshop, moment: Option<&str>) -> Option<&'a crate::model::Journey> {
    moment
        .and_then(|m| doc.moment(m))
        .and_then(|m| doc.stage(&m.stage))
        .map(|(j, _)| j)
        .or(doc.journeys.first())
}

#[derive(Default)]
pub struct Moments {
    pub list: RecordList,
}

impl Screen for Moments {
    /// The stages of the timeline, then the selected moment's fields, whole.
    fn texts(&self, cx: &Cx) -> Vec<String> {
        let current = self.list.picked(&MOMENTS, "", cx);
        let j = journey_of(cx.doc, current.as_deref());
        let stages = j.iter().flat_map(|j| &j.stages).enumerate();
        let stages = stages.map(|(i, s)| format!("{}. {}", i + 1, s.name));
        stages
            .chain(records::texts(&self.list, &MOMENTS, "", cx))
            .collect()
    }

    fn step(&self) -> Step {
        Step::Moments
    }

    fn context(&self, _: &Cx) -> Context {
        self.list.context(&MOMENTS)
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        self.list.key(key, &MOMENTS, cx, "")
    }

    fn paste(&mut self, text: &str, cx: &Cx) -> Outcome {
        self.list.paste(text, &MOMENTS, cx)
    }

    fn applied(&mut self, _: Slot, result: Result<(), String>, cx: &Cx) {
        self.list.applied(result, &MOMENTS, cx);
    }

    fn applies(&self, action: Action, _: &Cx) -> bool {
        self.list.applies(action, &MOMENTS)
    }

    fn picked(&self, cx: &Cx) -> Option<crate::model::Id> {
        self.list.picked(&MOMENTS, "", cx)
    }

    fn click(&mut self, x: u16, width: u16) {
        self.list.click(x, width);
    }

    /// The timeline of the selected moment's journey, then the list and its form.
    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let (doc, lang, body) = (cx.doc, cx.lang, cx.area);
        let current = self.list.picked(&MOMENTS, "", cx);
        let j = journey_of(doc, current.as_deref());
        let stage = current
            .as_deref()
            .and_then(|m| doc.moment(m))
            .map(|m| m.stage.as_str());
        let top_h = if j.is_some_and(|j| !j.stages.is_empty()) && body.height >= 14 {
            TIMELINE_HEIGHT
        } else {
            0
        };
        let [top, lists] =
            Layout::vertical([Constraint::Length(top_h), Constraint::Fill(1)]).areas(body);
        timeline(doc, j, stage, lang, cx.theme, frame, top);
        let title = Step::Moments.title(lang);
        records::render(&self.list, &MOMENTS, "", title, cx, frame, lists);
    }
}
