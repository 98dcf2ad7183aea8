use super::{Id, List};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A customer journey: the timeline of one persona's stages, from before the need to after use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Journey {
    pub id: Id,
    pub name: String,
    pub persona: Option<Id>,
    /// Ordered; changed by the stage edits, never through the journey's own fields.
    pub stages: Vec<Stage>,
}

/// The phases of a journey, in their natural order.
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
pub enum Phase {
    BeforeNeed,
    #[default]
    Awareness,
    Evaluation,
    Purchase,
    Usage,
    Loyalty,
    Recommendation,
    AfterUse,
}

impl Phase {
    pub const ALL: [Phase; 8] = [
        Self::BeforeNeed,
        Self::Awareness,
        Self::Evaluation,
        Self::Purchase,
        Self::Usage,
        Self::Loyalty,
        Self::Recommendation,
        Self::AfterUse,
    ];

    /// Loyalty, recommendation and after use all follow the customer beyond the service: a
    /// journey may end on any of them.
    pub fn after_use(self) -> bool {
        matches!(
            self,
            Phase::Loyalty | Phase::Recommendation | Phase::AfterUse
        )
    }

    /// The place in the journey's order; the phases after use share one, since a customer
    /// may recommend before or after becoming loyal.
    pub fn rank(self) -> usize {
        let at = Phase::ALL.iter().position(|p| *p == self).unwrap_or(0);
        at.min(Phase::ALL.len() - 3)
    }

    /// The phase a stage added after one in `self` most likely takes.
    pub fn next(self) -> Phase {
        let at = Phase::ALL.iter().position(|p| *p == self).unwrap_or(0);
        Phase::ALL[(at + 1).min(Phase::ALL.len() - 1)]
    }
}

/// One stage of a journey, with what happens there (step 3) and its channels (step 6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Stage {
    pub id: Id,
    pub name: String,
    pub phase: Phase,
    /// What the customer does.
    pub actions: String,
    pub touchpoints: Vec<String>,
    /// How the customer feels, -2 (very bad) to +2 (delighted); None until the team says.
    #[schemars(range(min = -2, max = 2))]
    pub emotion: Option<i8>,
    pub pain_points: String,
    /// Step 6: channels used today, channels the customer would like, people they want to deal with.
    pub current_channels: Vec<String>,
    pub desired_channels: Vec<String>,
    pub interlocutors: Vec<String>,
    pub interaction_notes: String,
    /// The customer must switch channel here and start over (tell their story again).
    pub channel_break: bool,
    /// The target channel plan for this stage.
    pub target_channels: Vec<String>,
}

/// The three kinds of moments of truth.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MomentKind {
    /// The minimum expected; a strong disappointment when missed.
    #[default]
    Essential,
    /// Disappointing today and talked about; to improve fast.
    Critical,
    /// Expectation exceeded; creates delight and loyalty.
    Wow,
}

impl MomentKind {
    pub const ALL: [MomentKind; 3] = [Self::Essential, Self::Critical, Self::Wow];
}

/// A moment of truth lived at a stage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Moment {
    pub id: Id,
    pub stage: Id,
    pub kind: MomentKind,
    pub title: String,
    pub description: String,
    /// Step 5: how sensitive the moment is for each persona, keyed by persona id.
    pub criticity: BTreeMap<Id, Rating>,
    /// Verbatims that show customers living this moment.
    #[schemars(with = "Vec<Id>")]
    pub evidence: List<Id>,
}

/// Criticity levels, most sensitive first; `NotApplicable` says the moment is not lived by
/// that persona, which is different from "not rated yet" (no entry).
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
pub enum Level {
    VerySensitive,
    #[default]
    Sensitive,
    Low,
    NotApplicable,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Self::VerySensitive,
        Self::Sensitive,
        Self::Low,
        Self::NotApplicable,
    ];
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Rating {
    pub level: Level,
    pub rationale: String,
    /// How the team voted, when the level came from a vote: the count for each level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<BTreeMap<Level, u32>>,
    /// The level is the vote's proposal, not yet settled by the facilitator.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unsettled: bool,
}

impl Rating {
    /// A level decided by hand, with its rationale.
    pub fn new(level: Level, rationale: String) -> Rating {
        Rating {
            level,
            rationale,
            ..Rating::default()
        }
    }

    /// Whether the votes behind the level were split across levels.
    pub fn disputed(&self) -> bool {
        self.votes
            .as_ref()
            .is_some_and(|v| v.values().filter(|n| **n > 0).count() > 1)
    }

    /// Whether more than one level got the most votes: nothing to propose, the team decides.
    pub fn tied(&self) -> bool {
        let Some(votes) = &self.votes else {
            return false;
        };
        let top = votes.values().max().copied().unwrap_or(0);
        top > 0 && votes.values().filter(|n| **n == top).count() > 1
    }
}
