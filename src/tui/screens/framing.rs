//! Framing: what the workshop is for, one form over the framing fields.

use crate::edit::Target;
use crate::i18n::Text;
use crate::method::Step;
use crate::tui::fields::{FieldKind, FieldSpec};
use crate::tui::form::{self, Ctx, Form};
use crate::tui::key::Key;
use crate::tui::keymap::Context;
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use ratatui::Frame;
use ratatui::text::Span;
use ratatui::widgets::Block;

static FIELDS: [FieldSpec; 8] = [
    FieldSpec::new("title", Text::new("Title", "Titre"), FieldKind::Line).essential(),
    // One sentence with a figure: Enter keeps it (a newcomer's Enter made a new line, and the
    // keys after it went into the objective).
    FieldSpec::new(
        "objective",
        Text::new("Objective", "Objectif"),
        FieldKind::Line,
    )
    .essential()
    .hint(Text::new(
        "Measurable: a figure to move, e.g. raise the NPS from +12 to +30 by June.",
        "Mesurable : un chiffre à faire bouger, par exemple passer le NPS de +12 à +30 d'ici juin.",
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

#[derive(Default)]
pub struct Framing {
    form: Form,
}

/// The form's context: the framing fields of the document.
fn ctx<'a>(cx: &Cx<'a>) -> Ctx<'a> {
    Ctx {
        doc: cx.doc,
        target: &Target::Framing,
        fields: crate::tui::fields::shown(&FIELDS, cx.doc),
        lang: cx.lang,
        keys: cx.keys,
    }
}

impl Screen for Framing {
    fn step(&self) -> Step {
        Step::Framing
    }

    fn context(&self, _: &Cx) -> Context {
        self.form.context()
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        self.form.key(key, &ctx(cx))
    }

    fn paste(&mut self, text: &str, cx: &Cx) -> Outcome {
        self.form.paste(text, &ctx(cx))
    }

    fn applied(&mut self, _: Slot, result: Result<(), String>, cx: &Cx) {
        self.form.applied(result, &ctx(cx));
    }

    fn texts(&self, cx: &Cx) -> Vec<String> {
        ctx(cx).texts()
    }

    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let block = Block::bordered()
            .border_style(cx.theme.border_focus)
            .title(Span::styled(
                format!(" {} ", Step::Framing.title(cx.lang)),
                cx.theme.title,
            ));
        let inner = block.inner(cx.area);
        frame.render_widget(block, cx.area);
        form::render(
            &self.form,
            &ctx(cx),
            cx.version,
            cx.theme,
            true,
            frame,
            inner,
        );
    }
}
