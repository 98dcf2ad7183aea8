//! The stops of a workshop: framing, the six steps of the method, the target and the summary.

use crate::i18n::{Lang, Text, method as t};

/// The guidance panel of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guidance {
    pub what: Text,
    pub why: Text,
    pub warning: Text,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Framing,
    Listen,
    Personas,
    Journeys,
    Moments,
    Criticity,
    Interactions,
    Target,
    Summary,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Framing,
        Step::Listen,
        Step::Personas,
        Step::Journeys,
        Step::Moments,
        Step::Criticity,
        Step::Interactions,
        Step::Target,
        Step::Summary,
    ];

    /// The name used on the command line (`--step`).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Framing => "framing",
            Step::Listen => "listen",
            Step::Personas => "personas",
            Step::Journeys => "journeys",
            Step::Moments => "moments",
            Step::Criticity => "criticity",
            Step::Interactions => "interactions",
            Step::Target => "target",
            Step::Summary => "summary",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn title(self, lang: Lang) -> &'static str {
        t::STEP_TITLES[self as usize].get(lang)
    }

    /// 1 to 6 for the method's six steps; framing, target and summary have no number.
    pub fn number(self) -> Option<u8> {
        let i = self as u8;
        (1..=6).contains(&i).then_some(i)
    }

    /// What to do at this step, why, and the method's warning.
    pub fn guidance(self) -> Guidance {
        let [what, why, warning] = t::GUIDANCE[self as usize];
        Guidance { what, why, warning }
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self as usize + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        (self as usize).checked_sub(1).map(|i| Step::ALL[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_steps_chain() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
            assert!(!s.title(Lang::Fr).is_empty());
            let g = s.guidance();
            for text in [g.what, g.why, g.warning] {
                assert!(!text.en.is_empty() && !text.fr.is_empty());
            }
        }
        assert_eq!(Step::Framing.next(), Some(Step::Listen));
        assert_eq!(Step::Summary.next(), None);
        assert_eq!(Step::Framing.prev(), None);
        assert_eq!(Step::Interactions.number(), Some(6));
        assert_eq!(Step::Target.number(), None);
    }
}
