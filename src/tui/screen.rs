//! What a step screen is: one trait the seat drives, the context every screen reads from,
//! and the one outcome that forms, record lists, the grid and the drafts hand back.

use super::key::Key;
use super::keymap::{Action, Context, KeyMap};
use super::theme::Theme;
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::method::Step;
use crate::model::Workshop;
use crate::room::{Ballot, Move, RoundView};
use ratatui::Frame;
use ratatui::layout::Rect;
use std::path::Path;

/// What a widget asks of the seat after a key or a paste.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// Not for this widget: the caller may use the key.
    Ignored,
    Handled,
    /// Propose this edit to the room; the widget hears the answer in `applied`.
    Edit(Box<Edit>),
    /// Ask this question first, then propose the edit on yes.
    Confirm(String, Box<Edit>),
    /// Tell the person this, in the status line.
    Say(String),
    /// Play this move in the round under way (a card, a vote, a dot).
    Play(Move),
}

/// Which of a screen's widgets asked for an edit, so the reply reaches it whatever the
/// screen shows by then.
pub type Slot = usize;

/// What a screen reads: the document, how its person sees it, and where it is drawn.
pub struct Cx<'a> {
    pub doc: &'a Workshop,
    /// Moves whenever the team's work in `doc` may have changed: what is derived from it is
    /// kept until then. The room's clock (time spent at each step) does not move it.
    pub version: u64,
    /// Moves with every change, the clock's included: for what shows the time spent.
    pub changes: u64,
    /// The workshop file, for exports written beside it.
    pub path: &'a Path,
    pub lang: Lang,
    pub theme: &'a Theme,
    pub keys: &'a KeyMap,
    /// The screen's area at the terminal's current size.
    pub area: Rect,
    /// The round under way, as this person may see it.
    pub round: Option<&'a RoundView>,
    /// This person's own votes and dots in it.
    pub ballot: &'a Ballot,
}

impl Cx<'_> {
    /// The action `key` does in `context`, by this person's key map.
    pub fn action(&self, context: Context, key: Key) -> Option<Action> {
        self.keys.action(context, key)
    }
}

/// A step's screen: its own state, keys, paste, drawing, and what a reply means for it.
/// Adding one is a file in `screens/` and a line in `screens/mod.rs`.
pub trait Screen {
    /// The step of the method this screen is for.
    fn step(&self) -> Step;

    /// The key-map context of the widget that has the keys now.
    fn context(&self, cx: &Cx) -> Context;

    /// A key, before the workshop-wide ones: `Ignored` lets those have it.
    fn key(&mut self, key: Key, cx: &Cx) -> Outcome;

    /// Pasted text, already whole (bracketed paste).
    fn paste(&mut self, _text: &str, _cx: &Cx) -> Outcome {
        Outcome::Ignored
    }

    /// The widget that handed back the last edit; read right after `key` or `paste`.
    fn slot(&self) -> Slot {
        0
    }

    /// The room's answer to an edit `slot` asked for: applied, or refused with why.
    fn applied(&mut self, _slot: Slot, _result: Result<(), String>, _cx: &Cx) {}

    /// What this screen may have to cut at a small size (its warnings, long titles), whole,
    /// for the reading overlay.
    fn texts(&self, _cx: &Cx) -> Vec<String> {
        Vec::new()
    }

    /// Draws the screen in `cx.area`. Pure: reads, never changes, never does I/O.
    fn draw(&self, cx: &Cx, frame: &mut Frame);

    /// Whether a workshop-wide action does something here, so the footer offers only those.
    fn applies(&self, action: Action, _cx: &Cx) -> bool {
        !matches!(
            action,
            Action::FocusNext
                | Action::FocusPrev
                | Action::NextTab
                | Action::PrevTab
                | Action::ToggleView
                | Action::Add
                | Action::Back
        )
    }

    /// A click at column `x` of a terminal `width` columns wide (with `--mouse`).
    fn click(&mut self, _x: u16, _width: u16) {}

    /// The record the person has chosen in the list shown, for a round about it.
    fn picked(&self, _cx: &Cx) -> Option<crate::model::Id> {
        None
    }
}
