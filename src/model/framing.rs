use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Framing (cadrage): what the workshop is for, agreed before the first step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Framing {
    pub title: String,
    /// A measurable objective, e.g. "cut cart abandonment from 72% to 55%".
    pub objective: String,
    pub scope: String,
    pub segment: String,
    pub horizon: String,
    pub stakeholders: String,
    pub participants: String,
    pub facilitator: String,
    /// The language the workshop's texts are written in: "fr" or "en".
    pub language: String,
}

impl Framing {
    /// The answers the framing asks for, in the order of the form: objective, scope, segment,
    /// horizon, stakeholders, participants, facilitator.
    pub fn answers(&self) -> [&str; 7] {
        [
            &self.objective,
            &self.scope,
            &self.segment,
            &self.horizon,
            &self.stakeholders,
            &self.participants,
            &self.facilitator,
        ]
    }
}
