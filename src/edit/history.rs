//! Undo and redo on top of the one edit path.

use super::{Edit, EditError, apply};
use crate::model::Workshop;

/// The inverses of applied edits (undo) and of undone ones (redo).
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl History {
    /// Applies a new edit; it can be undone, and it drops what could be redone.
    pub fn apply(&mut self, doc: &mut Workshop, edit: Edit) -> Result<(), EditError> {
        let inverse = apply(doc, edit)?;
        self.undo.push(inverse);
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last edit; false when there is nothing to undo.
    pub fn undo(&mut self, doc: &mut Workshop) -> bool {
        Self::swap(doc, &mut self.undo, &mut self.redo)
    }

    /// Redoes the last undone edit; false when there is nothing to redo.
    pub fn redo(&mut self, doc: &mut Workshop) -> bool {
        Self::swap(doc, &mut self.redo, &mut self.undo)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn swap(doc: &mut Workshop, from: &mut Vec<Edit>, to: &mut Vec<Edit>) -> bool {
        let Some(edit) = from.pop() else { return false };
        let inverse =
            apply(doc, edit).expect("an inverse always applies to the state it came from");
        to.push(inverse);
        true
    }
}
