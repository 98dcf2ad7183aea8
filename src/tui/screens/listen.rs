//! Step 1, listen: sources grouped by family, verbatims (quick add), survey metrics computed
//! from raw answers or counts, and insights. `[` and `]` switch between the four lists.

use super::choices::{VERBATIM_CHOICES, enum_choices, personas, sources, stages};
use crate::edit::{Kind, Record};
use crate::i18n::{Lang, Text};
use crate::method::Label;
use crate::method::Step;
use crate::model::{
    Insight, Metric, MetricInput, MetricKind, Sentiment, Source, SourceFamily, Verbatim, Workshop,
    new_id,
};
use crate::summary::figures::{figures, figures_in_words};
use crate::text::fit;
use crate::tui::fields::{Choice, FieldKind, FieldSpec};
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::records::{self, Collection, RecordList, Row, Rows, Tone};
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use crate::tui::tabs::{tab_bar, turn};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;
use serde_json::{Value, json};

/// The lists of this step, in tab order.
static TABS: [&Collection; 4] = [&VERBATIMS, &SOURCES, &METRICS, &INSIGHTS];
const TAB_TITLES: [Text; 4] = [
    Text::new("Verbatims", "Verbatims"),
    Text::new("Sources", "Sources"),
    Text::new("Metrics", "Indicateurs"),
    Text::new("Insights", "Enseignements"),
];

fn families(_: &Workshop, lang: Lang) -> Vec<Choice> {
    enum_choices(&SourceFamily::ALL, lang)
}
fn sentiments(_: &Workshop, lang: Lang) -> Vec<Choice> {
    enum_choices(&Sentiment::ALL, lang)
}
fn metric_kinds(_: &Workshop, lang: Lang) -> Vec<Choice> {
    enum_choices(&MetricKind::ALL, lang)
}

/// Whole numbers separated by spaces, commas or semicolons.
fn numbers(text: &str) -> Result<Vec<u64>, Text> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .map(|w| w.parse::<u64>())
        .collect::<Result<_, _>>()
        .map_err(|_| {
            Text::new(
                "whole numbers only, separated by spaces",
                "des nombres entiers seulement, séparés par des espaces",
            )
        })
}

fn show(value: &Value, variant: &str) -> String {
    let items = value
        .get(variant)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    items
        .iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

fn show_answers(value: &Value) -> String {
    show(value, "answers")
}
fn show_counts(value: &Value) -> String {
    show(value, "counts")
}
fn parse_answers(text: &str) -> Result<Value, Text> {
    Ok(json!({ "answers": numbers(text)? }))
}
fn parse_counts(text: &str) -> Result<Value, Text> {
    Ok(json!({ "counts": numbers(text)? }))
}

static VERBATIM_FIELDS: [FieldSpec; 6] = [
    FieldSpec::new("text", Text::new("Words", "Paroles"), FieldKind::Lines)
        .essential()
        .hint(Text::new(
            "The customer's own words, as said.",
            "Les mots du client, tels quels.",
        )),
    FieldSpec::new(
        "sentiment",
        Text::new("Sentiment", "Tonalité"),
        FieldKind::Select {
            choices: sentiments,
            optional: false,
        },
    )
    .essential(),
    FieldSpec::new(
        "source",
        Text::new("Source", "Source"),
        FieldKind::Select {
            choices: sources,
            optional: true,
        },
    ),
    FieldSpec::new(
        "persona",
        Text::new("Persona", "Persona"),
        FieldKind::Select {
            choices: personas,
            optional: true,
        },
    )
    .essential(),
    FieldSpec::new(
        "stage",
        Text::new("Stage", "Étape"),
        FieldKind::Select {
            choices: stages,
            optional: true,
        },
    ),
    FieldSpec::new("tags", Text::new("Tags", "Étiquettes"), FieldKind::List)
        .hint(Text::new("One per line.", "Une par ligne.")),
];

static SOURCE_FIELDS: [FieldSpec; 4] = [
    FieldSpec::new("name", Text::new("Name", "Nom"), FieldKind::Line).essential(),
    FieldSpec::new("family", Text::new("Family", "Famille"), FieldKind::Select { choices: families, optional: false }).essential().hint(Text::new(
        "Diagnostics, surveys, field feedback, or uncontrolled channels (social networks, forums, review sites).",
        "Diagnostics, enquêtes, remontées terrain, ou canaux non maîtrisés (réseaux sociaux, forums, sites d'avis).",
    )),
    FieldSpec::new("kind", Text::new("Kind", "Type"), FieldKind::Line).essential(),
    FieldSpec::new("notes", Text::new("Notes", "Notes"), FieldKind::Lines),
];

static METRIC_FIELDS: [FieldSpec; 5] = [
    FieldSpec::new(
        "kind",
        Text::new("Metric", "Indicateur"),
        FieldKind::Select {
            choices: metric_kinds,
            optional: false,
        },
    )
    .essential(),
    FieldSpec::new("label", Text::new("Label", "Libellé"), FieldKind::Line).essential(),
    FieldSpec::new(
        "source",
        Text::new("Source", "Source"),
        FieldKind::Select {
            choices: sources,
            optional: true,
        },
    ),
    FieldSpec::new(
        "input",
        Text::new("Answers", "Réponses"),
        FieldKind::Parsed {
            show: show_answers,
            parse: parse_answers,
        },
    )
    .essential()
    .hint(Text::new(
        "Each respondent's answer, e.g. 9 10 7 3 8 (NPS 0-10, CSAT 1-5, CES 1-7).",
        "La réponse de chaque répondant, par ex. 9 10 7 3 8 (NPS 0-10, CSAT 1-5, CES 1-7).",
    )),
    FieldSpec::new(
        "input",
        Text::new("Or counts", "Ou effectifs"),
        FieldKind::Parsed {
            show: show_counts,
            parse: parse_counts,
        },
    )
    .essential()
    .hint(Text::new(
        "NPS: detractors passives promoters; CSAT and CES: one count per scale point.",
        "NPS : détracteurs passifs promoteurs ; CSAT et CES : un effectif par point d'échelle.",
    )),
];

static INSIGHT_FIELDS: [FieldSpec; 2] = [
    FieldSpec::new(
        "text",
        Text::new("Insight", "Enseignement"),
        FieldKind::Lines,
    )
    .essential(),
    FieldSpec::new(
        "verbatims",
        Text::new("Backed by", "Appuyé par"),
        FieldKind::Many(VERBATIM_CHOICES),
    ),
];

/// One row per verbatim, read only when drawn: there may be a million.
const VERBATIM_ROWS: Rows = Rows::Each {
    len: |doc| doc.listen.verbatims.len(),
    id: |doc, i| &doc.listen.verbatims[i].id,
    row: |doc, i, _| {
        let v = &doc.listen.verbatims[i];
        Row {
            id: Some(v.id.clone()),
            text: format!("{} {}", v.sentiment.symbol(), v.text),
            tone: Tone::Plain,
        }
    },
};

fn source_rows(doc: &Workshop, _: &str, lang: Lang) -> Vec<Row> {
    let mut rows = Vec::new();
    for family in SourceFamily::ALL {
        let mine: Vec<&Source> = doc
            .listen
            .sources
            .iter()
            .filter(|s| s.family == family)
            .collect();
        if mine.is_empty() {
            continue;
        }
        rows.push(Row {
            id: None,
            text: format!("{} {}", family.symbol_in(lang), family.label(lang)),
            tone: Tone::Plain,
        });
        rows.extend(mine.iter().map(|s| Row {
            id: Some(s.id.clone()),
            text: format!("  {}", s.name),
            tone: Tone::Plain,
        }));
    }
    rows
}

const METRIC_ROWS: Rows = Rows::Each {
    len: |doc| doc.listen.metrics.len(),
    id: |doc, i| &doc.listen.metrics[i].id,
    row: |doc, i, _| {
        let m = &doc.listen.metrics[i];
        Row {
            id: Some(m.id.clone()),
            text: format!("{} · {}", figures(m), m.label),
            tone: Tone::Plain,
        }
    },
};

const INSIGHT_ROWS: Rows = Rows::Each {
    len: |doc| doc.listen.insights.len(),
    id: |doc, i| &doc.listen.insights[i].id,
    row: |doc, i, _| {
        let insight = &doc.listen.insights[i];
        Row {
            id: Some(insight.id.clone()),
            text: format!("({}) {}", insight.verbatims.len(), insight.text),
            tone: Tone::Plain,
        }
    },
};

fn new_verbatim(doc: &Workshop, _: &str, _: Option<&str>, _: Lang) -> Option<Record> {
    Some(Record::Verbatim(Verbatim {
        id: new_id(doc, Kind::Verbatim.prefix()),
        ..Default::default()
    }))
}
fn new_source(doc: &Workshop, _: &str, _: Option<&str>, _: Lang) -> Option<Record> {
    Some(Record::Source(Source {
        id: new_id(doc, Kind::Source.prefix()),
        ..Default::default()
    }))
}
fn new_metric(doc: &Workshop, _: &str, _: Option<&str>, _: Lang) -> Option<Record> {
    let input = MetricInput::Answers(Vec::new());
    Some(Record::Metric(Metric {
        id: new_id(doc, Kind::Metric.prefix()),
        input,
        ..Default::default()
    }))
}
fn new_insight(doc: &Workshop, _: &str, _: Option<&str>, _: Lang) -> Option<Record> {
    Some(Record::Insight(Insight {
        id: new_id(doc, Kind::Insight.prefix()),
        ..Default::default()
    }))
}

static VERBATIMS: Collection = Collection {
    kind: Kind::Verbatim,
    fields: &VERBATIM_FIELDS,
    empty: Text::new(
        "No verbatim yet. Press i and type what customers said, Enter after each.",
        "Aucun verbatim pour l'instant. Appuyez sur i et tapez ce qu'ont dit les clients, Entrée après chacun.",
    ),
    rows: VERBATIM_ROWS,
    new: new_verbatim,
    quick: Some("text"),
    fixed: false,
};
static SOURCES: Collection = Collection {
    kind: Kind::Source,
    fields: &SOURCE_FIELDS,
    empty: Text::new(
        "No source yet. Press a: tickets, surveys, field feedback, social networks…",
        "Aucune source pour l'instant. Appuyez sur a : réclamations, enquêtes, terrain, réseaux sociaux…",
    ),
    rows: Rows::All(source_rows),
    new: new_source,
    quick: Some("name"),
    fixed: false,
};
static METRICS: Collection = Collection {
    kind: Kind::Metric,
    fields: &METRIC_FIELDS,
    empty: Text::new(
        "No metric yet. Press a, choose NPS, CSAT or CES, and type the answers: the score is computed.",
        "Aucun indicateur pour l'instant. Appuyez sur a, choisissez NPS, CSAT ou CES, et tapez les réponses : le score est calculé.",
    ),
    rows: METRIC_ROWS,
    new: new_metric,
    quick: Some("label"),
    fixed: false,
};
static INSIGHTS: Collection = Collection {
    kind: Kind::Insight,
    fields: &INSIGHT_FIELDS,
    empty: Text::new(
        "No insight yet. Press a to write what the team learnt, and link the verbatims behind it.",
        "Aucun enseignement pour l'instant. Appuyez sur a pour écrire ce que l'équipe a appris, et reliez les verbatims qui l'appuient.",
    ),
    rows: INSIGHT_ROWS,
    new: new_insight,
    quick: Some("text"),
    fixed: false,
};

/// Step 1's four lists, one tab each; the tab is also the slot of the list's edits.
#[derive(Default)]
pub struct Listen {
    pub lists: [RecordList; 4],
    pub tab: usize,
}

/// The metrics tab, whose selected metric's figures show above the list.
const METRICS_TAB: usize = 2;

impl Screen for Listen {
    fn texts(&self, cx: &Cx) -> Vec<String> {
        records::texts(&self.lists[self.tab], TABS[self.tab], "", cx)
    }

    fn step(&self) -> Step {
        Step::Listen
    }

    fn context(&self, _: &Cx) -> Context {
        self.lists[self.tab].context(TABS[self.tab])
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        match self.lists[self.tab].key(key, TABS[self.tab], cx, "") {
            Outcome::Ignored => match cx.action(Context::Workshop, key) {
                Some(a @ (Action::NextTab | Action::PrevTab)) => {
                    self.tab = turn(self.tab, TABS.len(), a == Action::NextTab);
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            other => other,
        }
    }

    fn paste(&mut self, text: &str, cx: &Cx) -> Outcome {
        self.lists[self.tab].paste(text, TABS[self.tab], cx)
    }

    fn slot(&self) -> Slot {
        self.tab
    }

    fn applied(&mut self, slot: Slot, result: Result<(), String>, cx: &Cx) {
        self.lists[slot].applied(result, TABS[slot], cx);
    }

    fn applies(&self, action: Action, _: &Cx) -> bool {
        matches!(action, Action::NextTab | Action::PrevTab)
            || self.lists[self.tab].applies(action, TABS[self.tab])
    }

    fn click(&mut self, x: u16, width: u16) {
        self.lists[self.tab].click(x, width);
    }

    /// The tabs with their counts, the selected metric's figures in words, then the list.
    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let (doc, lang) = (cx.doc, cx.lang);
        let [tabs, lists] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(cx.area);
        let titles: Vec<String> = TAB_TITLES
            .iter()
            .zip(TABS)
            .zip(&self.lists)
            .map(|((title, c), list)| {
                let n = list.rows(c, "", cx).records();
                format!("{} ({n})", title.get(lang))
            })
            .collect();
        tab_bar(cx.theme, &titles, self.tab, frame, tabs);
        let (list, collection) = (&self.lists[self.tab], TABS[self.tab]);
        let metric = (self.tab == METRICS_TAB)
            .then(|| list.picked(collection, "", cx))
            .flatten()
            .and_then(|id| doc.listen.metrics.iter().find(|m| m.id == id));
        let lists = match metric {
            Some(m) => {
                let [line, rest] =
                    Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(lists);
                let text = fit(&figures_in_words(m, lang), line.width as usize);
                frame.render_widget(Paragraph::new(Span::styled(text, cx.theme.title)), line);
                rest
            }
            None => lists,
        };
        let title = TAB_TITLES[self.tab].get(lang);
        records::render(list, collection, "", title, cx, frame, lists);
    }
}
