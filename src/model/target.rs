use super::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The designed target experience: actions, per persona; channel plans live on the stages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Target {
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// Remove an irritant (a critical moment).
    #[default]
    RemoveIrritant,
    /// Secure an essential.
    SecureEssential,
    /// Multiply a wow effect.
    MultiplyWow,
    /// Put the right channel at a stage.
    Channel,
}

impl ActionKind {
    pub const ALL: [ActionKind; 4] = [
        Self::RemoveIrritant,
        Self::SecureEssential,
        Self::MultiplyWow,
        Self::Channel,
    ];
}

#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Impact {
    #[default]
    Low,
    High,
}

impl Impact {
    pub const ALL: [Impact; 2] = [Self::Low, Self::High];
}

#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Effort {
    #[default]
    Low,
    High,
}

impl Effort {
    pub const ALL: [Effort; 2] = [Self::Low, Self::High];
}

/// One action of the target experience.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Action {
    pub id: Id,
    pub persona: Option<Id>,
    pub text: String,
    pub kind: ActionKind,
    /// The moment this action answers, if any.
    pub moment: Option<Id>,
    /// The stage it acts on, if any (channel actions).
    pub stage: Option<Id>,
    pub impact: Impact,
    pub effort: Effort,
    pub owner: String,
    pub kpi: String,
    /// A date, YYYY-MM-DD, or empty.
    pub due: String,
    /// Dots the team gave it in the last dot vote: they order actions inside a quadrant.
    pub dots: u32,
}
