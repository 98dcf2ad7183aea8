//! The one edit path: every change to a workshop is an [`Edit`] applied by [`apply`], which
//! checks the document's invariants and returns the edit that undoes it.
//!
//! The room's per-author undo, autosave and live workshops all build on this.

mod cascade;
mod conflict;
mod links;
mod record;

pub use cascade::{Dependent, Effect, delete, dependents};
pub use conflict::{resolve, target_of};
pub use links::{Repair, repair};
pub use record::{Kind, Record, field, fields, fields_aside, index_of, linked, record, validate};

use crate::model::{Conflict, Id, Workshop};
use foldhash::HashSet;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Which record a field edit addresses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    Framing,
    /// The session plan, time boxes, time spent and facilitator notes.
    Facilitation,
    Record(Kind, Id),
}

/// One change to a workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Edit {
    /// Set one field of a record to a JSON value of the field's type.
    Set {
        target: Target,
        field: String,
        value: Value,
    },
    /// Insert a record at a position of its list (a stage: of its journey's stages).
    Insert { index: usize, record: Record },
    /// Remove a record; refused while anything still points at it (see [`delete`]).
    Remove { kind: Kind, id: Id },
    /// Move a record to a position of its list.
    Move { kind: Kind, id: Id, to: usize },
    /// Several edits applied together, all or nothing.
    Batch(Vec<Edit>),
    /// Opens a merge conflict at a place of the list of open ones, or closes it (`open:
    /// false`: that same conflict, wherever it is now, so that closing two commutes).
    Conflict {
        index: usize,
        conflict: Conflict,
        open: bool,
    },
}

/// Why an edit was refused. The document is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EditError {
    NotFound(Kind, Id),
    DuplicateId(Id),
    UnknownField(String),
    /// The value does not fit the field's type.
    BadValue {
        field: String,
        reason: String,
    },
    /// An invariant would break: a dangling link, an out-of-range value...
    Invalid(String),
    /// Something still points at the record to remove.
    InUse {
        id: Id,
        by: Vec<Id>,
    },
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NotFound(k, id) => write!(f, "no {k:?} with id {id}"),
            EditError::DuplicateId(id) => write!(f, "id {id} is already used"),
            EditError::UnknownField(x) => write!(f, "no field named {x}"),
            EditError::BadValue { field, reason } => write!(f, "{field}: {reason}"),
            EditError::Invalid(why) => f.write_str(why),
            EditError::InUse { id, by } => write!(f, "{id} is still used by {}", by.join(", ")),
        }
    }
}

impl std::error::Error for EditError {}

impl EditError {
    /// The error as a form shows it: the ones a user can provoke by typing are worded in
    /// their language; the others cannot come from the interface and keep their English detail.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::edit as t;
        match self {
            EditError::BadValue { field, .. } if field == "input" => {
                t::OUT_OF_SCALE.get(lang).into()
            }
            EditError::BadValue { field, .. } if field == "due" => t::BAD_DATE.get(lang).into(),
            EditError::BadValue { field, .. } if field == "emotion" => {
                t::BAD_EMOTION.get(lang).into()
            }
            other => t::REFUSED.fill(lang, &[("why", other)]),
        }
    }
}

/// Applies an edit and returns its inverse: applying the inverse gives back the document
/// exactly as it was. On error nothing has changed.
pub fn apply(doc: &mut Workshop, edit: Edit) -> Result<Edit, EditError> {
    apply_in(doc, edit, None)
}

/// The document's ids while a batch is applied: made at its first insertion and kept up to
/// date, so a batch of many insertions (an import) checks each new id in a set instead of
/// scanning the whole document each time. Outside a batch, one scan is cheaper.
pub(super) type BatchIds = Option<HashSet<Id>>;

fn apply_in(doc: &mut Workshop, edit: Edit, ids: Option<&mut BatchIds>) -> Result<Edit, EditError> {
    match edit {
        Edit::Set {
            target,
            field,
            value,
        } => record::set(doc, target, field, value),
        Edit::Insert { index, record } => record::insert(doc, index, record, ids),
        Edit::Remove { kind, id } => {
            if let Some(ids) = ids {
                // A removal can take more than one id away (a journey's stages): start over.
                *ids = None;
            }
            record::remove(doc, kind, id)
        }
        Edit::Move { kind, id, to } => record::move_to(doc, kind, id, to),
        Edit::Conflict {
            index,
            conflict,
            open,
        } => conflict::toggle(doc, index, conflict, open),
        Edit::Batch(edits) => {
            let mut own = None;
            let ids = match ids {
                Some(ids) => ids,
                None => &mut own,
            };
            let mut done: Vec<Edit> = Vec::with_capacity(edits.len());
            for e in edits {
                match apply_in(doc, e, Some(&mut *ids)) {
                    Ok(inv) => done.push(inv),
                    Err(err) => {
                        // Roll back what was applied so the batch is all or nothing.
                        for inv in done.into_iter().rev() {
                            apply(doc, inv).expect("an inverse always applies");
                        }
                        return Err(err);
                    }
                }
            }
            done.reverse();
            Ok(Edit::Batch(done))
        }
    }
}

/// Shorthand for a field edit on a record.
pub fn set(kind: Kind, id: &str, field: &str, value: impl Into<Value>) -> Edit {
    Edit::Set {
        target: Target::Record(kind, id.to_owned()),
        field: field.to_owned(),
        value: value.into(),
    }
}

/// Shorthand for a facilitation field edit.
pub fn set_facilitation(field: &str, value: impl Into<Value>) -> Edit {
    Edit::Set {
        target: Target::Facilitation,
        field: field.to_owned(),
        value: value.into(),
    }
}

/// Shorthand for a framing field edit.
pub fn set_framing(field: &str, value: impl Into<Value>) -> Edit {
    Edit::Set {
        target: Target::Framing,
        field: field.to_owned(),
        value: value.into(),
    }
}

#[cfg(test)]
mod tests;
