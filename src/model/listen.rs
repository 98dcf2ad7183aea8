use super::{Id, List};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Step 1, the voice of the customer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Listen {
    pub sources: Vec<Source>,
    #[schemars(with = "Vec<Verbatim>")]
    pub verbatims: List<Verbatim>,
    pub insights: Vec<Insight>,
    pub metrics: Vec<Metric>,
}

/// The four families of listening sources.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFamily {
    /// Complaints, published reviews, NPS measurement.
    #[default]
    Diagnostic,
    /// Satisfaction surveys, polls, user tests, interviews, focus groups.
    Survey,
    /// What advisors, sales and maintenance hear.
    Field,
    /// Social networks, forums, third-party review sites: channels the company does not control.
    Uncontrolled,
}

impl SourceFamily {
    pub const ALL: [SourceFamily; 4] = [
        Self::Diagnostic,
        Self::Survey,
        Self::Field,
        Self::Uncontrolled,
    ];
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Source {
    pub id: Id,
    pub family: SourceFamily,
    /// What kind of source within the family, e.g. "complaints", "focus group", "forum".
    pub kind: String,
    pub name: String,
    pub notes: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Sentiment {
    Negative,
    #[default]
    Neutral,
    Positive,
}

impl Sentiment {
    pub const ALL: [Sentiment; 3] = [Self::Negative, Self::Neutral, Self::Positive];
}

/// A customer's own words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Verbatim {
    pub id: Id,
    pub text: String,
    pub source: Option<Id>,
    pub persona: Option<Id>,
    pub stage: Option<Id>,
    pub sentiment: Sentiment,
    pub tags: Vec<String>,
    /// When it was said, as written by the source (often YYYY-MM-DD), or empty.
    pub date: String,
}

/// What the team learnt, backed by verbatims.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Insight {
    pub id: Id,
    pub text: String,
    #[schemars(with = "Vec<Id>")]
    pub verbatims: List<Id>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MetricKind {
    /// Net Promoter Score: "would you recommend", 0 to 10.
    #[default]
    Nps,
    /// Customer satisfaction right after an interaction, 1 to 5.
    Csat,
    /// Customer effort score, 1 (very easy) to 7 (very hard).
    Ces,
}

impl MetricKind {
    pub const ALL: [MetricKind; 3] = [Self::Nps, Self::Csat, Self::Ces];

    /// The answer scale, inclusive.
    pub fn scale(self) -> (u8, u8) {
        match self {
            MetricKind::Nps => (0, 10),
            MetricKind::Csat => (1, 5),
            MetricKind::Ces => (1, 7),
        }
    }

    /// How many counts a `Counts` input holds: NPS counts detractors, passives and promoters;
    /// CSAT and CES count the answers given for each point of their scale.
    pub fn count_slots(self) -> usize {
        match self {
            MetricKind::Nps => 3,
            k => {
                let (lo, hi) = k.scale();
                usize::from(hi - lo) + 1
            }
        }
    }
}

/// Raw material for a metric; the figures themselves are always computed (`metrics::compute`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MetricInput {
    /// Each respondent's answer on the metric's scale.
    Answers(Vec<u8>),
    /// Counts, see [`MetricKind::count_slots`].
    Counts(Vec<u32>),
}

impl Default for MetricInput {
    fn default() -> Self {
        MetricInput::Answers(Vec::new())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Metric {
    pub id: Id,
    pub kind: MetricKind,
    pub label: String,
    pub source: Option<Id>,
    pub input: MetricInput,
}
