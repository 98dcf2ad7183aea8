//! The choices of link and enum fields, shared by the step screens.

use crate::i18n::Lang;
use crate::method::{CHANNELS, Label};
use crate::model::{Phase, Workshop};
use crate::text::one_line;
use crate::tui::fields::{Choice, Many};

pub fn enum_choices<T: Label + serde::Serialize>(all: &[T], lang: Lang) -> Vec<Choice> {
    all.iter()
        .map(|x| Choice {
            value: serde_json::to_value(x).expect("enums serialise"),
            label: format!("{} {}", x.symbol_in(lang), x.label(lang)),
        })
        .collect()
}

pub fn phases(_: &Workshop, lang: Lang) -> Vec<Choice> {
    Phase::ALL
        .iter()
        .map(|p| Choice {
            value: serde_json::to_value(p).expect("phases serialise"),
            label: p.label(lang).to_owned(),
        })
        .collect()
}

pub fn sources(doc: &Workshop, lang: Lang) -> Vec<Choice> {
    let each = doc.listen.sources.iter();
    each.map(|s| Choice {
        value: s.id.clone().into(),
        label: format!("{} · {}", one_line(&s.name), s.family.label(lang)),
    })
    .collect()
}

pub fn personas(doc: &Workshop, _: Lang) -> Vec<Choice> {
    let each = doc.personas.iter();
    each.map(|p| Choice {
        value: p.id.clone().into(),
        label: one_line(&p.name),
    })
    .collect()
}

pub fn stages(doc: &Workshop, _: Lang) -> Vec<Choice> {
    let each = doc
        .journeys
        .iter()
        .flat_map(|j| j.stages.iter().map(move |s| (j, s)));
    each.map(|(j, s)| Choice {
        value: s.id.clone().into(),
        label: format!("{} · {}", one_line(&s.name), one_line(&j.name)),
    })
    .collect()
}

/// The verbatims, for the fields that link some: there may be a million.
pub const VERBATIM_CHOICES: Many = Many {
    len: |doc| doc.listen.verbatims.len(),
    value: |doc, i| &doc.listen.verbatims[i].id,
    label: |doc, i| one_line(&doc.listen.verbatims[i].text),
};

pub fn channels(_: &Workshop, lang: Lang) -> Vec<Choice> {
    CHANNELS
        .iter()
        .map(|c| Choice {
            value: c.key.into(),
            label: c.label.get(lang).to_owned(),
        })
        .collect()
}
