//! The merge conflicts a git merge left in the workshop: the step concerned shows its first
//! one with both values, and one key settles it through the edit path (so `u` undoes it).

use super::{Asker, Seat};
use crate::diff::{self, Names};
use crate::edit;
use crate::i18n::history as t;
use crate::model::{Conflict, Side};
use crate::room::Request;
use crate::tui::keymap::{Action, Context};
use std::time::Instant;

impl Seat {
    /// The first open conflict shown on the current step, with its place in the list.
    pub(super) fn step_conflict(&self) -> Option<(usize, &Conflict)> {
        let doc = self.room.doc();
        (doc.conflicts.iter().enumerate()).find(|(_, c)| diff::step_of(c) == self.step)
    }

    /// The conflict line shown under the steps, if this step has one.
    pub fn conflict_banner(&self) -> Option<String> {
        let (i, c) = self.step_conflict()?;
        let doc = self.room.doc();
        let names = Names::new(vec![doc], self.look.lang, 24);
        let key = |a| {
            let keys = self.look.keys.keys(Context::Workshop, a);
            keys.first()
                .map_or_else(String::new, |k| k.name(self.look.lang))
        };
        let line = diff::conflict_line(&names, c, t::BANNER);
        let fill = [
            ("{n}", (i + 1).to_string()),
            ("{of}", doc.conflicts.len().to_string()),
            ("{keep}", key(Action::KeepOurs)),
            ("{take}", key(Action::TakeTheirs)),
        ];
        Some(fill.iter().fold(line, |l, (k, v)| l.replace(k, v)))
    }

    pub(super) fn merge_applies(&self, action: Action) -> Option<bool> {
        match action {
            Action::KeepOurs | Action::TakeTheirs => Some(self.step_conflict().is_some()),
            _ => None,
        }
    }

    /// Settles the step's conflict; true when the key was one of the two choices.
    pub(super) fn merge_key(&mut self, action: Action, now: Instant) -> bool {
        let side = match action {
            Action::KeepOurs => Side::Ours,
            Action::TakeTheirs => Side::Theirs,
            _ => return false,
        };
        let Some((i, c)) = self.step_conflict() else {
            return false;
        };
        let doc = self.room.doc();
        let names = Names::new(vec![doc], self.look.lang, 24);
        let value = match side {
            Side::Ours => &c.ours,
            Side::Theirs => &c.theirs,
        };
        let kind = match edit::target_of(c) {
            Some(edit::Target::Record(k, _)) => Some(k),
            _ => None,
        };
        let said = t::CHOSEN.fill(
            self.look.lang,
            &[
                ("field", &names.field(&c.field)),
                ("value", &names.value(kind, &c.field, value)),
            ],
        );
        if let Some(e) = edit::resolve(doc, i, side) {
            self.send(Request::Propose(Box::new(e)), Asker::Seat, now);
            self.note = self.note.take().or(Some(said));
        }
        true
    }
}
