//! The target customer experience, derived from the document and never stored: first what a
//! client reads (the measured figures beside the objective, what was heard, the top irritants
//! with a customer's words, the quick wins); per persona the journey strip, the irritants to
//! remove, the essentials to secure, the wow effects to multiply and the channel plan; then
//! the prioritised actions, the open checks and the completeness per step. The summary screen
//! and every export read this one module, so they never disagree.

mod drafts;
pub mod figures;
mod irritants;

pub use drafts::drafts;
pub use irritants::{Evidence, Irritant, Quote, TOP};

use figures::{Heard, Measure};

use crate::method::{self, Finding, Label, Step};
use crate::model::{Action, Effort, Id, Impact, Level, MomentKind, Phase, Workshop};
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

/// The four boxes of the impact / effort matrix, in the order they are acted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Quadrant {
    /// High impact, low effort: launch now.
    QuickWin,
    /// High impact, high effort: plan it.
    Strategic,
    /// Low impact, low effort: if time allows.
    IfTime,
    /// Low impact, high effort: avoid.
    Avoid,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [Self::QuickWin, Self::Strategic, Self::IfTime, Self::Avoid];

    pub fn of(impact: Impact, effort: Effort) -> Quadrant {
        match (impact, effort) {
            (Impact::High, Effort::Low) => Quadrant::QuickWin,
            (Impact::High, Effort::High) => Quadrant::Strategic,
            (Impact::Low, Effort::Low) => Quadrant::IfTime,
            (Impact::Low, Effort::High) => Quadrant::Avoid,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub title: String,
    pub objective: String,
    /// Every metric of step 1, as measured.
    pub measures: Vec<Measure>,
    pub heard: Heard,
    /// Every critical moment, the most sensitive and widely lived first.
    pub irritants: Vec<Irritant>,
    pub personas: Vec<PersonaPlan>,
    /// Every action, most urgent first.
    pub actions: Vec<Priority>,
    pub checks: Vec<Finding>,
    pub completeness: Vec<(Step, method::Progress)>,
    pub overall: u8,
    /// The audit's score out of 100.
    pub score: u8,
    /// Per step the team spent time on: minutes planned (if any), seconds spent.
    pub time: Vec<(Step, Option<u32>, u64)>,
    /// The facilitator's notes, by step; only shown where asked.
    pub notes: Vec<(Step, String)>,
    /// A quick audit: its findings come first.
    pub quick: bool,
    /// The cells where the team's criticity votes split, in journey order.
    pub disputes: Vec<Dispute>,
}

/// A moment and persona on which the team did not vote as one.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispute {
    pub moment: String,
    pub persona: String,
    /// The level kept (proposed by the vote, or settled by the facilitator).
    pub level: Level,
    pub votes: BTreeMap<Level, u32>,
    /// Still the vote's proposal: the facilitator has not settled it.
    pub unsettled: bool,
}

impl Dispute {
    /// "The export × Karim: votes !!! 2 · !! 2, kept !!! very sensitive (to settle)".
    pub fn words(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::export as t;
        let level = format!("{} {}", self.level.symbol(), self.level.label(lang));
        let settle = if self.unsettled {
            t::TO_SETTLE.get(lang)
        } else {
            ""
        };
        let line = t::DISPUTE.fill(
            lang,
            &[
                ("moment", &self.moment),
                ("persona", &self.persona),
                ("spread", &spread(&self.votes)),
                ("level", &level),
            ],
        );
        format!("{line}{settle}")
    }
}

/// A vote's spread as read: "!!! 4 · !! 2 · ! 1", most sensitive first.
pub fn spread(votes: &BTreeMap<Level, u32>) -> String {
    let each = votes.iter().filter(|(_, n)| **n > 0);
    let each: Vec<String> = each.map(|(l, n)| format!("{} {n}", l.symbol())).collect();
    each.join(" · ")
}

fn disputes(doc: &Workshop) -> Vec<Dispute> {
    let mut out = Vec::new();
    for m in in_journey_order(doc) {
        for p in &doc.personas {
            let Some(r) = m.criticity.get(&p.id).filter(|r| r.disputed()) else {
                continue;
            };
            out.push(Dispute {
                moment: m.title.clone(),
                persona: p.name.clone(),
                level: r.level,
                votes: r.votes.clone().unwrap_or_default(),
                unsettled: r.unsettled,
            });
        }
    }
    out
}

/// What the workshop designed for one persona.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonaPlan {
    pub id: Id,
    pub name: String,
    pub journeys: Vec<Strip>,
    /// Critical moments: irritants to remove.
    pub irritants: Vec<MomentItem>,
    /// Essential moments: to secure.
    pub essentials: Vec<MomentItem>,
    /// Wow moments: to multiply.
    pub wows: Vec<MomentItem>,
}

/// One journey as a strip of stages.
#[derive(Debug, Clone, PartialEq)]
pub struct Strip {
    pub id: Id,
    pub name: String,
    pub stages: Vec<StageCell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StageCell {
    pub id: Id,
    pub name: String,
    pub phase: Phase,
    pub emotion: Option<i8>,
    /// The moments at this stage with their criticity for the strip's persona.
    pub moments: Vec<(MomentKind, String, Option<Level>)>,
    pub now: Vec<String>,
    pub desired: Vec<String>,
    /// The target channel plan, or the desired channels while no plan is written.
    pub target: Vec<String>,
    /// Target channels the stage does not use today.
    pub added: Vec<String>,
    pub interlocutors: Vec<String>,
    /// The customer must switch channel and start over here.
    pub channel_break: bool,
    /// What hurts the customer here, as the team wrote it in step 3.
    pub pain_points: String,
}

/// A moment of truth as it concerns one persona.
#[derive(Debug, Clone, PartialEq)]
pub struct MomentItem {
    pub id: Id,
    pub kind: MomentKind,
    pub title: String,
    pub stage: String,
    /// None: not rated yet for this persona.
    pub level: Option<Level>,
    pub rationale: String,
    /// How the team voted on it for this persona, when the votes split across levels.
    pub split: Option<BTreeMap<Level, u32>>,
    /// The level is the vote's proposal, not yet settled.
    pub unsettled: bool,
    /// The texts of the actions written for it.
    pub actions: Vec<String>,
}

/// An action with what decides its priority.
#[derive(Debug, Clone, PartialEq)]
pub struct Priority {
    pub action: Action,
    pub quadrant: Quadrant,
    /// The criticity of its moment for its persona, when both are known.
    pub level: Option<Level>,
    pub persona: String,
    pub moment: String,
    pub stage: String,
}

pub fn summary(doc: &Workshop) -> Summary {
    let completeness = Step::ALL[..Step::ALL.len() - 1]
        .iter()
        .map(|s| (*s, method::completeness(doc, *s)))
        .collect();
    let checks = method::checks(doc);
    let overall = method::overall(doc).percent();
    let f = &doc.facilitation;
    let time = Step::ALL
        .iter()
        .filter_map(|st| {
            let planned = f
                .timeboxes
                .get(st.slug())
                .copied()
                .or(crate::facilitation::planned(f.plan, *st));
            let spent = f.spent.get(st.slug()).copied().unwrap_or(0);
            (spent > 0).then_some((*st, planned, spent))
        })
        .collect();
    let notes = Step::ALL
        .iter()
        .filter_map(|st| f.notes.get(st.slug()).map(|n| (*st, n.clone())))
        .collect();
    Summary {
        title: doc.framing.title.clone(),
        objective: doc.framing.objective.clone(),
        measures: doc.listen.metrics.iter().map(Measure::of).collect(),
        heard: Heard::of(doc),
        irritants: irritants::irritants(doc),
        personas: doc.personas.iter().map(|p| plan(doc, &p.id)).collect(),
        actions: priorities(doc),
        score: crate::audit::score(overall, &checks),
        checks,
        completeness,
        overall,
        time,
        notes,
        quick: f.quick,
        disputes: disputes(doc),
    }
}

impl Summary {
    /// The high impact, low effort actions: to launch now.
    pub fn quick_wins(&self) -> impl Iterator<Item = &Priority> {
        self.actions
            .iter()
            .filter(|p| p.quadrant == Quadrant::QuickWin)
    }
}

/// The name of a persona, or nothing when there is none.
fn name_of(doc: &Workshop, persona: Option<&str>) -> String {
    persona
        .and_then(|p| doc.persona(p))
        .map_or(String::new(), |p| p.name.clone())
}

/// How much a level weighs when ordering: unrated moments come after the rated ones,
/// moments that do not apply last.
pub fn rank(level: Option<Level>) -> u8 {
    match level {
        Some(Level::VerySensitive) => 0,
        Some(Level::Sensitive) => 1,
        Some(Level::Low) => 2,
        None => 3,
        Some(Level::NotApplicable) => 4,
    }
}

/// The moments of a persona's own journeys, most sensitive first for it, except where the
/// team said it does not live them. A rating on another persona's moment does not make the
/// moment its own: a persona without a journey has none (the criticity table and the top
/// irritants still count that rating).
pub fn moments_of(doc: &Workshop, persona: &str) -> Vec<MomentItem> {
    // Actions by moment, built once: the loop below would otherwise scan them per moment.
    let mut by_moment: HashMap<&str, Vec<String>> = HashMap::new();
    for a in &doc.target.actions {
        if let Some(m) = &a.moment {
            by_moment.entry(m).or_default().push(a.text.clone());
        }
    }
    let stage_names: HashMap<&str, &str> = doc
        .journeys
        .iter()
        .flat_map(|j| &j.stages)
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let own: Vec<&str> = doc
        .journeys_of(persona)
        .flat_map(|j| j.stages.iter().map(|s| s.id.as_str()))
        .collect();
    let mut items: Vec<MomentItem> = doc
        .moments
        .iter()
        .filter_map(|m| {
            let rating = m.criticity.get(persona);
            let level = rating.map(|r| r.level);
            if !own.contains(&m.stage.as_str()) || level == Some(Level::NotApplicable) {
                return None;
            }
            // An action on the moment answers it for every persona who lives it.
            let actions = by_moment.get(m.id.as_str()).cloned().unwrap_or_default();
            Some(MomentItem {
                id: m.id.clone(),
                kind: m.kind,
                title: m.title.clone(),
                stage: stage_names
                    .get(m.stage.as_str())
                    .map_or(String::new(), |s| s.to_string()),
                level,
                rationale: rating.map_or(String::new(), |r| r.rationale.clone()),
                split: rating
                    .filter(|r| r.disputed())
                    .and_then(|r| r.votes.clone()),
                unsettled: rating.is_some_and(|r| r.unsettled),
                actions,
            })
        })
        .collect();
    items.sort_by_key(|m| rank(m.level));
    items
}

/// The moments stage by stage, journey by journey.
pub fn in_journey_order(doc: &Workshop) -> Vec<&crate::model::Moment> {
    // Grouped by stage first: looking each stage's moments up would be stages × moments.
    let mut at: std::collections::HashMap<&str, Vec<&crate::model::Moment>> = Default::default();
    for m in &doc.moments {
        at.entry(m.stage.as_str()).or_default().push(m);
    }
    doc.journeys
        .iter()
        .flat_map(|j| &j.stages)
        .flat_map(|s| at.remove(s.id.as_str()).unwrap_or_default())
        .collect()
}

fn plan(doc: &Workshop, persona: &str) -> PersonaPlan {
    let name = doc
        .persona(persona)
        .map_or(String::new(), |p| p.name.clone());
    let journeys = doc
        .journeys_of(persona)
        .map(|j| Strip {
            id: j.id.clone(),
            name: j.name.clone(),
            stages: j
                .stages
                .iter()
                .enumerate()
                .map(|(i, s)| StageCell {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    phase: s.phase,
                    emotion: s.emotion,
                    moments: doc
                        .moments_at(&s.id)
                        .map(|m| {
                            let level = m.criticity.get(persona).map(|r| r.level);
                            (m.kind, m.title.clone(), level)
                        })
                        .collect(),
                    now: s.current_channels.clone(),
                    desired: s.desired_channels.clone(),
                    target: target(s).to_vec(),
                    added: target(s)
                        .iter()
                        .filter(|c| !s.current_channels.contains(c))
                        .cloned()
                        .collect(),
                    interlocutors: s.interlocutors.clone(),
                    channel_break: method::is_break(j, i),
                    pain_points: s.pain_points.clone(),
                })
                .collect(),
        })
        .collect();
    let all = moments_of(doc, persona);
    let of = |k: MomentKind| all.iter().filter(|m| m.kind == k).cloned().collect();
    PersonaPlan {
        id: persona.to_owned(),
        name,
        journeys,
        irritants: of(MomentKind::Critical),
        essentials: of(MomentKind::Essential),
        wows: of(MomentKind::Wow),
    }
}

/// The target channel plan of a stage, or the desired channels while no plan is written.
fn target(s: &crate::model::Stage) -> &[String] {
    if s.target_channels.is_empty() {
        &s.desired_channels
    } else {
        &s.target_channels
    }
}

/// Every action, ordered by quadrant (quick wins first), then by the team's dots, then by the
/// criticity of its moment, then by due date (dated before undated), then as written.
fn priorities(doc: &Workshop) -> Vec<Priority> {
    let mut out: Vec<Priority> = doc
        .target
        .actions
        .iter()
        .map(|a| {
            let moment = a.moment.as_deref().and_then(|m| doc.moment(m));
            let level = match (moment, a.persona.as_deref()) {
                (Some(m), Some(p)) => m.criticity.get(p).map(|r| r.level),
                // An action for everyone weighs what its moment weighs for the most sensitive.
                (Some(m), None) => m.criticity.values().map(|r| r.level).min(),
                _ => None,
            };
            let stage = a
                .stage
                .as_deref()
                .or(moment.map(|m| m.stage.as_str()))
                .and_then(|s| doc.stage(s))
                .map_or(String::new(), |(_, s)| s.name.clone());
            Priority {
                action: a.clone(),
                quadrant: Quadrant::of(a.impact, a.effort),
                level,
                persona: name_of(doc, a.persona.as_deref()),
                moment: moment.map_or(String::new(), |m| m.title.clone()),
                stage,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let due = |p: &Priority| (p.action.due.is_empty(), p.action.due.clone());
        let key = |p: &Priority| (p.quadrant, Reverse(p.action.dots), rank(p.level), due(p));
        key(a).cmp(&key(b))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn demo() -> Workshop {
        crate::demo::demo(Lang::En)
    }

    #[test]
    fn dots_order_actions_inside_a_quadrant_and_split_votes_are_told() {
        let mut doc = demo();
        let order = |doc: &Workshop| -> Vec<String> {
            let all = summary(doc).actions;
            let first = all[0].quadrant;
            let same = all.iter().filter(|p| p.quadrant == first);
            same.map(|p| p.action.id.clone()).collect()
        };
        let before = order(&doc);
        assert!(before.len() >= 2, "{before:?}");
        let last = before.last().unwrap().clone();
        let a = doc
            .target
            .actions
            .iter_mut()
            .find(|a| a.id == last)
            .unwrap();
        a.dots = 4;
        assert_eq!(order(&doc)[0], last);
        assert!(summary(&doc).disputes.is_empty());
        let m = &mut doc.moments[0];
        let rating = m.criticity.values_mut().next().unwrap();
        rating.votes = Some([(Level::VerySensitive, 2), (Level::Low, 1)].into());
        rating.unsettled = true;
        let s = summary(&doc);
        let d = &s.disputes[0];
        assert_eq!(spread(&d.votes), "!!! 2 · ! 1");
        assert!(
            d.words(Lang::En).ends_with("(to settle)"),
            "{}",
            d.words(Lang::En)
        );
    }

    #[test]
    fn quadrants_follow_the_matrix() {
        assert_eq!(Quadrant::of(Impact::High, Effort::Low), Quadrant::QuickWin);
        assert_eq!(
            Quadrant::of(Impact::High, Effort::High),
            Quadrant::Strategic
        );
        assert_eq!(Quadrant::of(Impact::Low, Effort::Low), Quadrant::IfTime);
        assert_eq!(Quadrant::of(Impact::Low, Effort::High), Quadrant::Avoid);
    }

    #[test]
    fn the_demo_sorts_irritants_essentials_and_wow_per_persona() {
        let s = summary(&demo());
        let marie = &s.personas[0];
        assert_eq!(marie.name, "Marie Lefèvre");
        let irritants: Vec<(&str, Option<Level>)> = marie
            .irritants
            .iter()
            .map(|m| (m.id.as_str(), m.level))
            .collect();
        assert_eq!(
            irritants,
            [
                ("mom-hidden-fees", Some(Level::VerySensitive)),
                ("mom-repeat-story", Some(Level::VerySensitive)),
            ]
        );
        assert_eq!(marie.irritants[0].actions.len(), 1);
        assert!(marie.irritants[0].actions[0].starts_with("Show the full price"));
        // Karim is rated on Marie's trial and checkout, but they are moments of her journey.
        let karim = &s.personas[1];
        let ids =
            |items: &[MomentItem]| -> Vec<String> { items.iter().map(|m| m.id.clone()).collect() };
        assert_eq!(ids(&karim.essentials), ["mom-clean-export"]);
        assert_eq!(ids(&karim.irritants), ["mom-one-by-one"]);
        assert_eq!(ids(&karim.wows), ["mom-partner-advisor"]);
    }

    #[test]
    fn a_persona_without_a_journey_borrows_no_moment() {
        let mut doc = demo();
        doc.personas.push(crate::model::Persona {
            id: "per-new".into(),
            name: "Nadia".into(),
            ..Default::default()
        });
        // The criticity grid offers every cell: the team rated her on Marie's moments.
        for m in &mut doc.moments {
            let rating = crate::model::Rating::new(Level::VerySensitive, String::new());
            m.criticity.insert("per-new".into(), rating);
        }
        let s = summary(&doc);
        let nadia = &s.personas[2];
        assert!(nadia.journeys.is_empty());
        assert!(nadia.irritants.is_empty() && nadia.essentials.is_empty());
        assert!(nadia.wows.is_empty());
        assert!(drafts(&doc, "per-new", crate::i18n::Lang::En).is_empty());
        // Her ratings still count where moments are compared across personas.
        let fees = s
            .irritants
            .iter()
            .find(|i| i.id == "mom-hidden-fees")
            .unwrap();
        assert_eq!(fees.personas.len(), 3);
        // A moment rated not applicable for its own persona leaves that persona's lists.
        let m = doc
            .moments
            .iter_mut()
            .find(|m| m.id == "mom-day7-call")
            .unwrap();
        m.criticity.get_mut("per-marie").unwrap().level = Level::NotApplicable;
        assert!(summary(&doc).personas[0].wows.is_empty());
    }

    #[test]
    fn the_opening_carries_figures_what_was_heard_irritants_and_quick_wins() {
        let s = summary(&demo());
        assert_eq!(s.measures.len(), 3);
        assert_eq!(s.measures[0].score, Some(12.0));
        assert_eq!(s.heard.verbatims, 19);
        assert_eq!(s.irritants.len(), 3);
        let owners: Vec<&str> = s.quick_wins().map(|p| p.action.owner.as_str()).collect();
        assert_eq!(
            owners,
            [
                "Sophie Marchal (marketing)",
                "Julien Morel (product)",
                "Léa Garnier (customer success)"
            ]
        );
    }

    #[test]
    fn strips_carry_emotion_moments_criticity_and_channels() {
        let s = summary(&demo());
        let strip = &s.personas[0].journeys[0];
        assert_eq!(strip.stages.len(), 8);
        let sub = strip
            .stages
            .iter()
            .find(|c| c.id == "stg-marie-subscribe")
            .unwrap();
        assert_eq!(sub.emotion, Some(-2));
        assert_eq!(
            sub.moments,
            [(
                MomentKind::Critical,
                "Extra fees appear at checkout".to_owned(),
                Some(Level::VerySensitive)
            )]
        );
        assert_eq!(sub.now, ["website", "email"]);
        assert_eq!(sub.target, ["website", "chat", "email"]);
        assert_eq!(sub.added, ["chat"]);
        assert!(
            sub.pain_points
                .starts_with("The bank connection and the second user")
        );
        assert!(strip.stages.iter().any(|c| c.channel_break));
    }

    #[test]
    fn actions_come_quick_wins_first_then_by_criticity() {
        let s = summary(&demo());
        let q: Vec<Quadrant> = s.actions.iter().map(|p| p.quadrant).collect();
        assert!(q.is_sorted());
        assert_eq!(q.len(), 8);
        assert_eq!(s.actions[0].quadrant, Quadrant::QuickWin);
        assert_eq!(s.actions[0].level, Some(Level::VerySensitive));
        let last = s.actions.last().unwrap();
        assert_eq!(last.quadrant, Quadrant::Avoid);
        assert_eq!(last.action.id, "act-congress-stands");
    }

    #[test]
    fn completeness_and_checks_are_carried() {
        let s = summary(&demo());
        assert_eq!(s.completeness.len(), 8);
        assert!(s.completeness.iter().all(|(_, p)| p.percent() == 100));
        assert_eq!(s.overall, 100);
        let empty = summary(&Workshop::new("t", "en"));
        assert!(empty.personas.is_empty() && empty.actions.is_empty());
        assert!(!empty.checks.is_empty());
    }

    #[test]
    fn a_moment_without_rating_is_listed_after_the_rated_ones() {
        let mut doc = demo();
        let m = doc
            .moments
            .iter_mut()
            .find(|m| m.id == "mom-hidden-fees")
            .unwrap();
        m.criticity.remove("per-marie");
        let s = summary(&doc);
        let ids: Vec<&str> = s.personas[0]
            .irritants
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(ids, ["mom-repeat-story", "mom-hidden-fees"]);
        assert_eq!(s.personas[0].irritants[1].level, None);
    }
}
