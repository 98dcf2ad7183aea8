//! Step 6, interactions: for each stage, the channels used today, the channels customers
//! want and who they want to deal with; a stage-by-channel matrix of one journey; the
//! omnichannel checks of that journey.

use super::choices::channels;
use crate::edit::Kind;
use crate::i18n::{Lang, Text, screens as t};
use crate::method::Step;
use crate::method::{CHANNELS, channel_checks, channel_label, channel_list, is_break};
use crate::model::{Journey, Workshop};
use crate::text::{fit, one_line};
use crate::tui::fields::{Choice, FieldKind, FieldSpec};
use crate::tui::fitting;
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::records::{self, Collection, RecordList, Row, Rows, Tone};
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use ratatui::widgets::Paragraph;

fn yes_no(_: &Workshop, lang: Lang) -> Vec<Choice> {
    vec![
        Choice {
            value: false.into(),
            label: t::NO.get(lang).to_owned(),
        },
        Choice {
            value: true.into(),
            label: t::YES_BREAK.get(lang).to_owned(),
        },
    ]
}

const CHANNELS_HINT: Text = Text::new(
    "Enter opens the catalogue: Space ticks, Enter keeps; your own channels can be added.",
    "Entrée ouvre le catalogue : Espace coche, Entrée valide ; vous pouvez ajouter vos propres canaux.",
);

static FIELDS: [FieldSpec; 5] = [
    FieldSpec::new(
        "current_channels",
        Text::new("Channels today", "Canaux aujourd'hui"),
        FieldKind::Multi {
            choices: channels,
            custom: true,
        },
    )
    .essential()
    .hint(CHANNELS_HINT),
    FieldSpec::new(
        "desired_channels",
        Text::new("Channels wanted", "Canaux souhaités"),
        FieldKind::Multi {
            choices: channels,
            custom: true,
        },
    )
    .essential()
    .hint(CHANNELS_HINT),
    FieldSpec::new(
        "interlocutors",
        Text::new("Wants to deal with", "Interlocuteurs souhaités"),
        FieldKind::List,
    )
    .hint(Text::new(
        "The people the customer wants to talk to here, one per line.",
        "Les personnes à qui le client veut parler ici, une par ligne.",
    )),
    FieldSpec::new(
        "channel_break",
        Text::new("Channel break", "Rupture de canal"),
        FieldKind::Select {
            choices: yes_no,
            optional: false,
        },
    )
    .essential()
    .hint(Text::new(
        "Must the customer switch channel here and tell their story again?",
        "Le client doit-il changer de canal ici et tout raconter à nouveau ?",
    )),
    FieldSpec::new(
        "interaction_notes",
        Text::new("Notes", "Notes"),
        FieldKind::Lines,
    ),
];

/// Every stage of every journey, under its journey, with its channels now → wanted.
fn rows(doc: &Workshop, _: &str, lang: Lang) -> Vec<Row> {
    let mut out = Vec::new();
    for j in &doc.journeys {
        out.push(Row {
            id: None,
            text: one_line(&j.name),
            tone: Tone::Plain,
        });
        let open = channel_checks(doc, j);
        for s in &j.stages {
            let flagged = open.iter().any(|f| f.at.as_deref() == Some(s.id.as_str()));
            let now = channel_list(&s.current_channels, lang);
            let wanted = channel_list(&s.desired_channels, lang);
            out.push(Row {
                id: Some(s.id.clone()),
                text: format!(
                    "{} {}{}{} → {}",
                    if flagged { "!" } else { " " },
                    one_line(&s.name),
                    crate::i18n::export::COLON.get(lang),
                    if now.is_empty() { "?" } else { &now },
                    wanted
                ),
                tone: if flagged { Tone::Warning } else { Tone::Plain },
            });
        }
    }
    out
}

static INTERACTIONS: Collection = Collection {
    kind: Kind::Stage,
    fields: &FIELDS,
    empty: t::NO_STAGE,
    rows: Rows::All(rows),
    new: |_, _, _, _| None,
    quick: None,
    fixed: true,
};

/// The omnichannel checks of a journey, as lines to show under the list or the matrix.
fn warnings(doc: &Workshop, j: &Journey, lang: Lang) -> Vec<String> {
    channel_checks(doc, j)
        .into_iter()
        .map(|f| format!("! {}", f.text(lang)))
        .collect()
}

/// The channels a journey touches, catalogue order first, then the team's own.
fn journey_channels(j: &Journey) -> Vec<String> {
    let used: Vec<&String> = j
        .stages
        .iter()
        .flat_map(|s| s.current_channels.iter().chain(&s.desired_channels))
        .collect();
    let mut out: Vec<String> = CHANNELS
        .iter()
        .filter(|c| used.iter().any(|u| u.as_str() == c.key))
        .map(|c| c.key.to_owned())
        .collect();
    for u in used {
        if !out.contains(u) {
            out.push(u.clone());
        }
    }
    out
}

/// Stages as columns, channels as rows: what is used today and what customers want.
fn matrix(
    j: &Journey,
    selected: Option<&str>,
    lang: Lang,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let [grid, legend] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(t::MATRIX_LEGEND.get(lang), legend.width as usize),
            theme.muted,
        )),
        legend,
    );
    let label_w = 18usize;
    // Stages share the width, between a readable minimum and a comfortable maximum; a few
    // columns are kept to say how many stages lie beyond the edge.
    let room = (area.width as usize).saturating_sub(label_w + 4);
    let col = (room / j.stages.len().max(1)).clamp(9, 18);
    let fits = (room / col).max(1);
    let at = selected
        .and_then(|s| j.stages.iter().position(|x| x.id == s))
        .unwrap_or(0);
    let first = (at + 1).saturating_sub(fits);
    let shown: Vec<usize> = (first..(first + fits).min(j.stages.len())).collect();
    let pad = |s: &str, w: usize| format!("{:<w$}", fit(s, w - 1), w = w - 1) + " ";
    let before = if first > 0 {
        format!("◀{first} ")
    } else {
        String::new()
    };
    let mut head = vec![Span::styled(
        pad(&format!("{before}{}", t::CHANNEL.get(lang)), label_w),
        theme.title,
    )];
    for &i in &shown {
        let s = &j.stages[i];
        let brk = if is_break(j, i) { "!" } else { "" };
        let style = match (i == at, brk.is_empty()) {
            (true, _) => theme.focus,
            (false, false) => theme.warning,
            (false, true) => theme.title,
        };
        head.push(Span::styled(
            pad(&format!("{brk}{}", one_line(&s.name)), col),
            style,
        ));
    }
    let after = j.stages.len().saturating_sub(first + shown.len());
    if after > 0 {
        head.push(Span::styled(format!("+{after}▶"), theme.title));
    }
    let mut lines = vec![Line::from(head)];
    for c in journey_channels(j) {
        let mut spans = vec![Span::raw(pad(&one_line(&channel_label(&c, lang)), label_w))];
        for &i in &shown {
            let s = &j.stages[i];
            let (now, wanted) = (
                s.current_channels.contains(&c),
                s.desired_channels.contains(&c),
            );
            let (mark, style) = match (now, wanted) {
                (true, true) => ("●", theme.ok),
                (true, false) => ("○", theme.muted),
                (false, true) => ("+", theme.warning),
                (false, false) => ("·", theme.muted),
            };
            spans.push(Span::styled(pad(mark, col), style));
        }
        lines.push(Line::from(spans));
    }
    if j.stages.is_empty() {
        lines.push(Line::styled(t::NO_STAGE.get(lang), theme.guidance));
    }
    frame.render_widget(Paragraph::new(lines), grid);
}

/// The stage after (or before) `stage` in its journey, to scroll the matrix along it.
fn next_stage(doc: &Workshop, stage: Option<&str>, forward: bool) -> Option<String> {
    let (j, at) = match stage.and_then(|id| doc.stage(id)) {
        Some((j, _)) => (
            j,
            j.stages.iter().position(|s| Some(s.id.as_str()) == stage)?,
        ),
        None => (doc.journeys.first()?, 0),
    };
    let to = if forward {
        (at + 1).min(j.stages.len().checked_sub(1)?)
    } else {
        at.saturating_sub(1)
    };
    j.stages.get(to).map(|s| s.id.clone())
}

/// The first stage of the journey after (or before) the one holding `stage`, to jump
/// between journeys with [ and ].
fn other_journey(doc: &Workshop, stage: Option<&str>, forward: bool) -> Option<String> {
    let with_stages: Vec<&Journey> = doc
        .journeys
        .iter()
        .filter(|j| !j.stages.is_empty())
        .collect();
    let n = with_stages.len();
    let at = stage
        .and_then(|s| {
            with_stages
                .iter()
                .position(|j| j.stages.iter().any(|x| x.id == s))
        })
        .unwrap_or(0);
    let next = if forward {
        (at + 1) % n.max(1)
    } else {
        (at + n.max(1) - 1) % n.max(1)
    };
    with_stages.get(next).map(|j| j.stages[0].id.clone())
}

/// Every stage's channels in a list, or one journey as a stage-by-channel matrix (`m`);
/// `[` and `]` go to the next journey.
#[derive(Default)]
pub struct Interactions {
    pub list: RecordList,
    pub matrix: bool,
}

impl Screen for Interactions {
    fn step(&self) -> Step {
        Step::Interactions
    }

    fn context(&self, _: &Cx) -> Context {
        if self.matrix {
            Context::Workshop
        } else {
            self.list.context(&INTERACTIONS)
        }
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        if self.matrix
            && let Some(a @ (Action::Left | Action::Right)) = cx.action(Context::Grid, key)
        {
            let current = self.list.picked(&INTERACTIONS, "", cx);
            let next = next_stage(cx.doc, current.as_deref(), a == Action::Right);
            self.list.selected = next.or(current);
            return Outcome::Handled;
        }
        if !self.matrix {
            match self.list.key(key, &INTERACTIONS, cx, "") {
                Outcome::Ignored => {}
                other => return other,
            }
        }
        match cx.action(Context::Workshop, key) {
            Some(a @ (Action::NextTab | Action::PrevTab)) => {
                let current = self.list.picked(&INTERACTIONS, "", cx);
                let forward = a == Action::NextTab;
                self.list.selected = other_journey(cx.doc, current.as_deref(), forward);
                self.list.focus_list();
            }
            Some(Action::ToggleView) => {
                self.matrix = !self.matrix;
                self.list.focus_list();
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn paste(&mut self, text: &str, cx: &Cx) -> Outcome {
        if self.matrix {
            return Outcome::Ignored;
        }
        self.list.paste(text, &INTERACTIONS, cx)
    }

    fn applied(&mut self, _: Slot, result: Result<(), String>, cx: &Cx) {
        self.list.applied(result, &INTERACTIONS, cx);
    }

    fn applies(&self, action: Action, _: &Cx) -> bool {
        match action {
            Action::NextTab | Action::PrevTab | Action::ToggleView => true,
            _ if self.matrix => {
                !matches!(action, Action::FocusNext | Action::FocusPrev | Action::Add)
            }
            _ => self.list.applies(action, &INTERACTIONS),
        }
    }

    fn click(&mut self, x: u16, width: u16) {
        if !self.matrix {
            self.list.click(x, width);
        }
    }

    /// The omnichannel checks of the journey in view, whole.
    fn texts(&self, cx: &Cx) -> Vec<String> {
        let current = self.list.picked(&INTERACTIONS, "", cx);
        let j = current
            .as_deref()
            .and_then(|id| cx.doc.stage(id))
            .map(|(j, _)| j)
            .or(cx.doc.journeys.first());
        let warnings = j.map_or_else(Vec::new, |j| self::warnings(cx.doc, j, cx.lang));
        let stages = j.iter().flat_map(|j| &j.stages).map(|s| s.name.clone());
        let fields = records::texts(&self.list, &INTERACTIONS, "", cx);
        warnings.into_iter().chain(stages).chain(fields).collect()
    }

    /// The list or the matrix, then the omnichannel checks of the journey in view.
    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let (doc, lang, body) = (cx.doc, cx.lang, cx.area);
        let c = &INTERACTIONS;
        let current = self.list.picked(c, "", cx);
        let j = current
            .as_deref()
            .and_then(|id| doc.stage(id))
            .map(|(j, _)| j)
            .or(doc.journeys.first());
        let warnings = j.map_or_else(Vec::new, |j| self::warnings(doc, j, lang));
        let warn_h = (warnings.len() as u16).min(body.height / 4);
        let [main, warn_area] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(warn_h)]).areas(body);
        match (self.matrix, j) {
            (true, Some(j)) => {
                let block =
                    Block::bordered()
                        .border_style(cx.theme.border_focus)
                        .title(Span::styled(
                            format!(" {} ", one_line(&j.name)),
                            cx.theme.title,
                        ));
                let inner = block.inner(main);
                frame.render_widget(block, main);
                matrix(j, current.as_deref(), lang, cx.theme, frame, inner);
            }
            _ => {
                let title = format!(
                    "{} — {}",
                    Step::Interactions.title(lang),
                    t::LIST_HINT.get(lang)
                );
                records::render(&self.list, c, "", &title, cx, frame, main);
            }
        }
        fitting::draw_warnings(&warnings, cx, frame, warn_area);
    }
}
