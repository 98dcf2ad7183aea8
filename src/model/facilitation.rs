use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the workshop is run: its session plan, the time boxes and the time actually spent per
/// step, and the facilitator's private notes. Maps are keyed by step slug (`framing`,
/// `listen`... as `--step` takes them).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Facilitation {
    pub plan: Plan,
    /// Condensed forms with only the essential fields (a quick audit); the document is the
    /// same, so switching back to full forms loses nothing.
    pub quick: bool,
    /// Minutes planned per step.
    pub timeboxes: BTreeMap<String, u32>,
    /// Seconds actually spent per step.
    pub spent: BTreeMap<String, u64>,
    /// The facilitator's note per step: not shown in presentation mode, nor exported unless asked.
    pub notes: BTreeMap<String, String>,
    /// Ring the terminal bell when a time box runs out.
    pub bell: bool,
}

/// Session plans: which steps each session covers, and for how long.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Plan {
    /// No plan: time boxes are set step by step.
    #[default]
    Free,
    /// Framing and personas; stages, touchpoints and emotions; moments, criticity, channels
    /// and prioritisation.
    ThreeSessions,
    /// The whole method condensed into about an hour.
    QuickAudit,
}

impl Plan {
    pub const ALL: [Plan; 3] = [Plan::Free, Plan::ThreeSessions, Plan::QuickAudit];
}
