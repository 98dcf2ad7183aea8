//! Step 2, personas: the identity card of each persona, with the method's live warnings.

use super::choices::{VERBATIM_CHOICES, channels};
use crate::edit::{Kind, Record};
use crate::i18n::{Lang, Text};
use crate::method::persona_warnings;
use crate::method::{self, Step};
use crate::model::{Id, Persona, Workshop, new_id};
use crate::tui::fields::{FieldKind, FieldSpec};
use crate::tui::fitting;
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::memo::Memo;
use crate::tui::records::{self, Collection, RecordList, Row, Rows, Tone};
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

static FIELDS: [FieldSpec; 11] = [
    FieldSpec::new("name", Text::new("Name", "Nom"), FieldKind::Line)
        .essential()
        .hint(Text::new(
            "A first name and a few words: a person, not a job title or a segment.",
            "Un prénom et quelques mots : une personne, pas un poste ni un segment.",
        )),
    FieldSpec::new("quote", Text::new("Quote", "Citation"), FieldKind::Line).essential(),
    FieldSpec::new(
        "context",
        Text::new("Context", "Contexte"),
        FieldKind::Lines,
    ),
    FieldSpec::new("needs", Text::new("Needs", "Besoins"), FieldKind::Lines),
    FieldSpec::new("usages", Text::new("Usages", "Usages"), FieldKind::Lines),
    FieldSpec::new(
        "behaviours",
        Text::new("Behaviours", "Comportements"),
        FieldKind::Lines,
    ),
    FieldSpec::new(
        "interactions",
        Text::new("Relation", "Relation"),
        FieldKind::Lines,
    )
    .hint(Text::new(
        "How this persona deals with the company.",
        "Comment ce persona est en relation avec l'entreprise.",
    )),
    FieldSpec::new(
        "channels",
        Text::new("Channels", "Canaux"),
        FieldKind::Multi {
            choices: channels,
            custom: true,
        },
    ),
    FieldSpec::new("goals", Text::new("Goals", "Objectifs"), FieldKind::Lines).essential(),
    FieldSpec::new(
        "frustrations",
        Text::new("Frustrations", "Frustrations"),
        FieldKind::Lines,
    )
    .essential(),
    FieldSpec::new(
        "evidence",
        Text::new("Evidence", "Verbatims"),
        FieldKind::Many(VERBATIM_CHOICES),
    )
    .hint(Text::new(
        "The verbatims this persona is drawn from; a verbatim belongs to one persona.",
        "Les verbatims dont ce persona est tiré ; un verbatim n'appartient qu'à un persona.",
    )),
];

/// A persona's row, marked when the method warns about it.
fn row(doc: &Workshop, i: usize, _: Lang) -> Row {
    let p = &doc.personas[i];
    let mark = if persona_warnings(p).is_empty() {
        "  "
    } else {
        "! "
    };
    Row {
        id: Some(p.id.clone()),
        text: format!("{mark}{}", p.name),
        tone: Tone::Plain,
    }
}

fn new(doc: &Workshop, _: &str, _: Option<&str>, _: Lang) -> Option<Record> {
    Some(Record::Persona(Persona {
        id: new_id(doc, Kind::Persona.prefix()),
        ..Default::default()
    }))
}

static PERSONAS: Collection = Collection {
    kind: Kind::Persona,
    fields: &FIELDS,
    empty: Text::new(
        "No persona yet. Press a to draw one from what customers said.",
        "Aucun persona pour l'instant. Appuyez sur a pour en dessiner un à partir de ce qu'ont dit les clients.",
    ),
    rows: Rows::Each {
        len: |doc| doc.personas.len(),
        id: |doc, i| &doc.personas[i].id,
        row,
    },
    new,
    quick: Some("name"),
    fixed: false,
};

#[derive(Default)]
pub struct Personas {
    pub list: RecordList,
    /// The method's warnings on the selected persona, for the document's version.
    warnings: Memo<(u64, Option<Id>, Lang), Vec<&'static str>>,
}

impl Screen for Personas {
    fn step(&self) -> Step {
        Step::Personas
    }

    fn context(&self, _: &Cx) -> Context {
        self.list.context(&PERSONAS)
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        self.list.key(key, &PERSONAS, cx, "")
    }

    fn paste(&mut self, text: &str, cx: &Cx) -> Outcome {
        self.list.paste(text, &PERSONAS, cx)
    }

    fn applied(&mut self, _: Slot, result: Result<(), String>, cx: &Cx) {
        self.list.applied(result, &PERSONAS, cx);
    }

    fn applies(&self, action: Action, _: &Cx) -> bool {
        self.list.applies(action, &PERSONAS)
    }

    fn picked(&self, cx: &Cx) -> Option<crate::model::Id> {
        self.list.picked(&PERSONAS, "", cx)
    }

    fn click(&mut self, x: u16, width: u16) {
        self.list.click(x, width);
    }

    /// The selected persona's name and the method's warnings on it.
    fn texts(&self, cx: &Cx) -> Vec<String> {
        let picked = self.list.picked(&PERSONAS, "", cx);
        let Some(p) = picked.and_then(|id| cx.doc.persona(&id)) else {
            return Vec::new();
        };
        let warnings = method::persona_warnings(p).into_iter();
        let warnings = warnings.map(|w| format!("! {}", w.message(cx.lang)));
        warnings
            .chain(records::texts(&self.list, &PERSONAS, "", cx))
            .collect()
    }

    /// The list and its form, then the method's warnings on the selected persona.
    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let (doc, lang, body) = (cx.doc, cx.lang, cx.area);
        let current = self.list.picked(&PERSONAS, "", cx);
        let warnings = self.warnings.get((cx.version, current.clone(), lang), || {
            current
                .and_then(|id| doc.persona(&id))
                .map(|p| {
                    let each = method::persona_warnings(p).into_iter();
                    each.map(|w| w.message(lang)).collect()
                })
                .unwrap_or_default()
        });
        let warn_h = (warnings.len() as u16).min(body.height / 4);
        let [list_area, warn_area] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(warn_h)]).areas(body);
        let title = Step::Personas.title(lang);
        records::render(&self.list, &PERSONAS, "", title, cx, frame, list_area);
        let texts: Vec<String> = warnings.iter().map(|w| format!("! {w}")).collect();
        fitting::draw_warnings(&texts, cx, frame, warn_area);
    }
}
