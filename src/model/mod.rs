//! The workshop document: pure data and its invariants. Knows nothing of the terminal.
//!
//! Every change to a loaded document goes through [`crate::edit::apply`]; the types here are
//! public so that screens can read them, never so that they can be mutated in place.

mod conflict;
mod facilitation;
mod framing;
mod journey;
mod listen;
pub mod metrics;
mod persona;
mod target;

pub use conflict::{Conflict, Side};
pub use facilitation::{Facilitation, Plan};
pub use framing::Framing;
pub use journey::{Journey, Level, Moment, MomentKind, Phase, Rating, Stage};
pub use listen::{
    Insight, Listen, Metric, MetricInput, MetricKind, Sentiment, Source, SourceFamily, Verbatim,
};
pub use persona::Persona;
pub use target::{Action, ActionKind, Effort, Impact, Target};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The value of `format` in every workshop file.
pub const FORMAT: &str = "parcours-workshop";
/// The schema this build writes; older ones are migrated on load, newer ones refused.
pub const SCHEMA_VERSION: u32 = 1;

/// A record's stable identifier: a short kind prefix and random letters, e.g.
/// `per-k3m9qzt4wx2a` (older files hold six letters; any unique string is accepted).
pub type Id = String;

/// A list that can grow to a million entries (verbatims, and the ids linking to them): copied
/// in constant time, so a save snapshots the document without holding the keys up.
pub type List<T> = imbl::Vector<T>;

/// A record that links verbatims in a list of its own, which may be long: a persona's or a
/// moment's evidence, an insight's verbatims. Code that must not copy or convert a million ids
/// reaches the list through this, whatever the record.
pub trait Linking: Clone {
    /// The name of the field that holds the list.
    const VERBATIMS: &'static str;
    fn verbatims(&self) -> &List<Id>;
    fn verbatims_mut(&mut self) -> &mut List<Id>;
}

impl Linking for Persona {
    const VERBATIMS: &'static str = "evidence";
    fn verbatims(&self) -> &List<Id> {
        &self.evidence
    }
    fn verbatims_mut(&mut self) -> &mut List<Id> {
        &mut self.evidence
    }
}

impl Linking for Moment {
    const VERBATIMS: &'static str = "evidence";
    fn verbatims(&self) -> &List<Id> {
        &self.evidence
    }
    fn verbatims_mut(&mut self) -> &mut List<Id> {
        &mut self.evidence
    }
}

impl Linking for Insight {
    const VERBATIMS: &'static str = "verbatims";
    fn verbatims(&self) -> &List<Id> {
        &self.verbatims
    }
    fn verbatims_mut(&mut self) -> &mut List<Id> {
        &mut self.verbatims
    }
}

/// One workshop: the single source of truth, saved as one pretty-printed JSON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Workshop {
    pub format: String,
    pub schema_version: u32,
    /// RFC 3339 timestamps, stamped by the store, not by edits.
    #[serde(default)]
    pub created: String,
    #[serde(default)]
    pub updated: String,
    pub framing: Framing,
    #[serde(default)]
    pub listen: Listen,
    #[serde(default)]
    pub personas: Vec<Persona>,
    #[serde(default)]
    pub journeys: Vec<Journey>,
    #[serde(default)]
    pub moments: Vec<Moment>,
    #[serde(default)]
    pub target: Target,
    /// How the workshop is run; never part of the method's content.
    #[serde(default)]
    pub facilitation: Facilitation,
    /// Fields a merge of two versions left for the team to choose (empty outside merges).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

impl Workshop {
    /// An empty workshop with a title and the language its texts are written in.
    pub fn new(title: &str, language: &str) -> Self {
        Workshop {
            format: FORMAT.into(),
            schema_version: SCHEMA_VERSION,
            created: String::new(),
            updated: String::new(),
            framing: Framing {
                title: title.into(),
                language: language.into(),
                ..Framing::default()
            },
            listen: Listen::default(),
            personas: Vec::new(),
            journeys: Vec::new(),
            moments: Vec::new(),
            target: Target::default(),
            facilitation: Facilitation::default(),
            conflicts: Vec::new(),
        }
    }

    /// Makes a new workshop a quick audit: condensed forms and the one-hour plan. Only for a
    /// document being created; later changes go through the edit path.
    pub fn quick_audit(&mut self) {
        self.facilitation.quick = true;
        self.facilitation.plan = Plan::QuickAudit;
    }

    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    pub fn journey(&self, id: &str) -> Option<&Journey> {
        self.journeys.iter().find(|j| j.id == id)
    }

    /// The journeys drawn for a persona, in document order.
    pub fn journeys_of<'a>(&'a self, persona: &'a str) -> impl Iterator<Item = &'a Journey> + 'a {
        self.journeys
            .iter()
            .filter(move |j| j.persona.as_deref() == Some(persona))
    }

    /// A stage and the journey that holds it.
    pub fn stage(&self, id: &str) -> Option<(&Journey, &Stage)> {
        self.journeys
            .iter()
            .find_map(|j| j.stages.iter().find(|s| s.id == id).map(|s| (j, s)))
    }

    pub fn moment(&self, id: &str) -> Option<&Moment> {
        self.moments.iter().find(|m| m.id == id)
    }

    /// The moments placed at a stage, in document order.
    pub fn moments_at<'a>(&'a self, stage: &'a str) -> impl Iterator<Item = &'a Moment> + 'a {
        self.moments.iter().filter(move |m| m.stage == stage)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.listen.sources.iter().find(|s| s.id == id)
    }

    pub fn insight(&self, id: &str) -> Option<&Insight> {
        self.listen.insights.iter().find(|i| i.id == id)
    }

    pub fn verbatim(&self, id: &str) -> Option<&Verbatim> {
        self.listen.verbatims.iter().find(|v| v.id == id)
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.target.actions.iter().find(|a| a.id == id)
    }

    /// Every id in the document, for uniqueness checks.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let l = &self.listen;
        l.sources
            .iter()
            .map(|r| r.id.as_str())
            .chain(l.verbatims.iter().map(|r| r.id.as_str()))
            .chain(l.insights.iter().map(|r| r.id.as_str()))
            .chain(l.metrics.iter().map(|r| r.id.as_str()))
            .chain(self.personas.iter().map(|r| r.id.as_str()))
            .chain(self.journeys.iter().flat_map(|j| {
                std::iter::once(j.id.as_str()).chain(j.stages.iter().map(|s| s.id.as_str()))
            }))
            .chain(self.moments.iter().map(|r| r.id.as_str()))
            .chain(self.target.actions.iter().map(|r| r.id.as_str()))
    }
}

/// A fresh random id with a readable prefix, checked unused in `doc`. Tests seed `fastrand`
/// for stable ids.
pub fn new_id(doc: &Workshop, prefix: &str) -> Id {
    fresh_id(prefix, |id| doc.ids().any(|x| x == id))
}

/// The ids of a document and those made since, for records made many at a time (an import,
/// a round's cards): each new id is checked in a set rather than in the whole document.
pub struct Ids(foldhash::HashSet<Id>);

impl Ids {
    pub fn of(doc: &Workshop) -> Ids {
        Ids(doc.ids().map(str::to_owned).collect())
    }

    /// A fresh id, unused in the document and unlike any made before by this set.
    pub fn fresh(&mut self, prefix: &str) -> Id {
        let id = fresh_id(prefix, |id| self.0.contains(id));
        self.0.insert(id.clone());
        id
    }
}

/// A fresh random id with a readable prefix for which `taken` is false.
/// Twelve letters out of 32 are 60 bits: a million records meet a collision about once in
/// two million imports, and the check makes even that one a redraw, never a refusal.
fn fresh_id(prefix: &str, taken: impl Fn(&str) -> bool) -> Id {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    loop {
        let mut id = String::with_capacity(prefix.len() + 13);
        id.push_str(prefix);
        id.push('-');
        id.extend((0..12).map(|_| ALPHABET[fastrand::usize(..ALPHABET.len())] as char));
        if !taken(&id) {
            return id;
        }
    }
}

/// The JSON Schema of a workshop file, generated from these types (kept in
/// `docs/workshop.schema.json`, which a test compares with this).
pub fn schema() -> serde_json::Value {
    let mut s = serde_json::to_value(schemars::schema_for!(Workshop)).expect("schemas serialise");
    s["title"] = "parcours workshop".into();
    s["description"] = "A customer-experience workshop file written by parcours.".into();
    s
}
