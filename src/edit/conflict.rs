//! Choosing a side of a merge conflict is an edit like any other, so it can be undone.

use super::{Edit, EditError, Kind, Target};
use crate::model::{Conflict, Side, Workshop};
use serde_json::Value;

/// What a conflict's `record` and `id` name, as an edit addresses it.
pub fn target_of(c: &Conflict) -> Option<Target> {
    match c.record.as_str() {
        "framing" => Some(Target::Framing),
        "facilitation" => Some(Target::Facilitation),
        kind => {
            let kind: Kind = serde_json::from_value(Value::from(kind)).ok()?;
            Some(Target::Record(kind, c.id.clone()))
        }
    }
}

/// The one edit that puts `side`'s value of the conflict at `index` in its field and closes
/// the conflict. A conflict whose record was deleted since is simply closed.
pub fn resolve(doc: &Workshop, index: usize, side: Side) -> Option<Edit> {
    let c = doc.conflicts.get(index)?;
    let value = match side {
        Side::Ours => c.ours.clone(),
        Side::Theirs => c.theirs.clone(),
    };
    let close = Edit::Conflict {
        index,
        conflict: c.clone(),
        open: false,
    };
    let Some(target) = target_of(c).filter(|t| super::fields(doc, t).is_some()) else {
        return Some(close);
    };
    let set = Edit::Set {
        target,
        field: c.field.clone(),
        value,
    };
    Some(Edit::Batch(vec![set, close]))
}

/// Opens `conflict` at `index` (at most the end), or closes it; gives the edit that undoes it.
pub(super) fn toggle(
    doc: &mut Workshop,
    index: usize,
    conflict: Conflict,
    open: bool,
) -> Result<Edit, EditError> {
    let at = doc.conflicts.iter().position(|c| *c == conflict);
    let index = match (open, at) {
        (true, None) => {
            let index = index.min(doc.conflicts.len());
            doc.conflicts.insert(index, conflict.clone());
            index
        }
        (false, Some(at)) => {
            doc.conflicts.remove(at);
            at
        }
        (true, Some(_)) => return Err(EditError::Invalid("this conflict is already open".into())),
        (false, None) => {
            return Err(EditError::Invalid(
                "this conflict is already settled".into(),
            ));
        }
    };
    Ok(Edit::Conflict {
        index,
        conflict,
        open: !open,
    })
}
