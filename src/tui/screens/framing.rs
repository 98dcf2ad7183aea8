//! Framing: what the workshop is for, one form over the framing fields.

use crate::i18n::Text;
use crate::tui::fields::{FieldKind, FieldSpec};

pub static FIELDS: [FieldSpec; 8] = [
    FieldSpec::new("title", Text::new("Title", "Titre"), FieldKind::Line).essential(),
    FieldSpec::new(
        "objective",
        Text::new("Objective", "Objectif"),
        FieldKind::Lines,
    )
    .essential()
    .hint(Text::new(
        "Measurable: a figure to move, e.g. raise the NPS from +12 to +30 by June.",
        "Mesurable : un chiffre à faire bouger, par exemple passer le NPS de +12 à +30 d'ici juin.",
    )),
    FieldSpec::new("scope", Text::new("Scope", "Périmètre"), FieldKind::Lines).essential(),
    FieldSpec::new(
        "segment",
        Text::new("Customer segment", "Segment de clients"),
        FieldKind::Line,
    ),
    FieldSpec::new("horizon", Text::new("Horizon", "Horizon"), FieldKind::Line),
    FieldSpec::new(
        "stakeholders",
        Text::new("Stakeholders", "Parties prenantes"),
        FieldKind::Lines,
    ),
    FieldSpec::new(
        "participants",
        Text::new("Participants", "Participants"),
        FieldKind::Lines,
    ),
    FieldSpec::new(
        "facilitator",
        Text::new("Facilitator", "Animateur"),
        FieldKind::Line,
    ),
];
