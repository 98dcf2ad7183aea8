//! Framing: what the workshop is for, one form over the framing fields.

use crate::edit::Target;
use crate::i18n::Text;
use crate::method::Step;
use crate::tui::app::{App, Session};
use crate::tui::fields::{FieldKind, FieldSpec};
use crate::tui::form::{self, Ctx};
use crate::tui::screens;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Block;

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

/// Draws the step: its lists and what goes with them.
pub fn render(app: &App, s: &Session, frame: &mut Frame, body: Rect) {
    let lang = app.lang;
    let block = Block::bordered()
        .border_style(app.theme.border_focus)
        .title(Span::styled(
            format!(" {} ", Step::Framing.title(lang)),
            app.theme.title,
        ));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let ctx = Ctx {
        doc: &s.doc,
        target: &Target::Framing,
        fields: crate::tui::fields::shown(&screens::framing::FIELDS, &s.doc),
        lang,
    };
    form::render(&s.framing, &ctx, &app.theme, true, frame, inner);
}
