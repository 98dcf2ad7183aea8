use super::{Id, List};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A persona (personae): an imaginary customer drawn from real cases heard while listening.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    /// A short description or a quote that makes the persona recognisable.
    pub quote: String,
    pub context: String,
    pub needs: String,
    pub usages: String,
    pub behaviours: String,
    /// How the persona deals with the company.
    pub interactions: String,
    /// Preferred channels, as channel keys (see `method::channels`) or free text.
    pub channels: Vec<String>,
    pub goals: String,
    pub frustrations: String,
    /// Verbatims that ground this persona in what customers said.
    #[schemars(with = "Vec<Id>")]
    pub evidence: List<Id>,
}
