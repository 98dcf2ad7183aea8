use super::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One field that two merged versions changed differently (see `crate::merge`): the workshop
/// keeps one value in the field and the other here, until someone chooses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Conflict {
    /// `framing`, `facilitation`, or a record kind (`persona`, `stage`...).
    pub record: String,
    /// The record's id; empty for the framing and the facilitation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: Id,
    pub field: String,
    /// The value of the branch merged into (git's "ours").
    pub ours: Value,
    /// The value of the branch merged in (git's "theirs").
    pub theirs: Value,
    /// Which of the two is in the field now.
    pub now: Side,
}

/// One of the two merged versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Ours,
    Theirs,
}

impl Conflict {
    /// The value that is not in the field.
    pub fn other(&self) -> &Value {
        match self.now {
            Side::Ours => &self.theirs,
            Side::Theirs => &self.ours,
        }
    }

    /// The value in the field.
    pub fn current(&self) -> &Value {
        match self.now {
            Side::Ours => &self.ours,
            Side::Theirs => &self.theirs,
        }
    }
}
