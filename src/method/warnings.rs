//! The method's live warnings on one persona or one journey, shown while the team types and
//! reused by the audit.

use crate::i18n::{Lang, method as t};
use crate::model::{Journey, Persona, Phase};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Warning {
    PersonaJobTitle,
    PersonaSegment,
    PersonaNoGoals,
    PersonaNoFrustrations,
    PersonaNoEvidence,
    JourneyNoPersona,
    JourneyTooShort,
    JourneyStartsLate,
    JourneyEndsEarly,
    JourneyPhasesOutOfOrder,
    JourneyEmotionMissing,
    FramingNoFigure,
    ListenNoVerbatim,
    ListenOneFamily,
    ListenNoUncontrolled,
    NoPersona,
    PersonaNoJourney,
    JourneyNoMoment,
    MomentNotRated,
    StageNoChannel,
    JourneyOneChannel,
    PlanOneChannel,
    DesiredNotOffered,
    ChannelBreak,
    CriticalWithoutAction,
    PersonaNoAction,
    ActionIncomplete,
    StageOneChannel,
    WowBeforeIrritants,
}

impl Warning {
    /// A stable code, for the audit's JSON.
    pub fn code(self) -> &'static str {
        match self {
            Warning::PersonaJobTitle => "persona-job-title",
            Warning::PersonaSegment => "persona-segment",
            Warning::PersonaNoGoals => "persona-no-goals",
            Warning::PersonaNoFrustrations => "persona-no-frustrations",
            Warning::PersonaNoEvidence => "persona-no-evidence",
            Warning::JourneyNoPersona => "journey-no-persona",
            Warning::JourneyTooShort => "journey-too-short",
            Warning::JourneyStartsLate => "journey-starts-late",
            Warning::JourneyEndsEarly => "journey-ends-early",
            Warning::JourneyPhasesOutOfOrder => "journey-phases-out-of-order",
            Warning::JourneyEmotionMissing => "journey-emotion-missing",
            Warning::FramingNoFigure => "framing-no-figure",
            Warning::ListenNoVerbatim => "listen-no-verbatim",
            Warning::ListenOneFamily => "listen-one-family",
            Warning::ListenNoUncontrolled => "listen-no-uncontrolled",
            Warning::NoPersona => "no-persona",
            Warning::PersonaNoJourney => "persona-no-journey",
            Warning::JourneyNoMoment => "journey-no-moment",
            Warning::MomentNotRated => "moment-not-rated",
            Warning::StageNoChannel => "stage-no-channel",
            Warning::JourneyOneChannel => "journey-one-channel",
            Warning::PlanOneChannel => "plan-one-channel",
            Warning::DesiredNotOffered => "desired-not-offered",
            Warning::ChannelBreak => "channel-break",
            Warning::CriticalWithoutAction => "critical-without-action",
            Warning::PersonaNoAction => "persona-no-action",
            Warning::ActionIncomplete => "action-incomplete",
            Warning::StageOneChannel => "stage-one-channel",
            Warning::WowBeforeIrritants => "wow-before-irritants",
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        t::WARNINGS[self as usize].get(lang)
    }
}

/// Words that open a job title rather than a person's name.
const ROLES: &[&str] = &[
    "manager",
    "director",
    "head",
    "chief",
    "buyer",
    "officer",
    "ceo",
    "cfo",
    "cto",
    "cio",
    "accountant",
    "assistant",
    "engineer",
    "directeur",
    "directrice",
    "responsable",
    "chef",
    "acheteur",
    "acheteuse",
    "dsi",
    "daf",
    "drh",
    "comptable",
    "assistante",
    "ingenieur",
    "ingenieure",
    "gestionnaire",
    "commercial",
    "commerciale",
    "technicien",
    "technicienne",
    "charge",
    "chargee",
    "president",
    "presidente",
    "dirigeant",
    "dirigeante",
];

/// Words that name a group of customers rather than one of them.
const GROUPS: &[&str] = &[
    "pme",
    "tpe",
    "eti",
    "sme",
    "smes",
    "smb",
    "smbs",
    "b2b",
    "b2c",
    "segment",
    "segments",
    "clients",
    "customers",
    "users",
    "utilisateurs",
    "consommateurs",
    "consumers",
    "csp",
    "millennials",
    "seniors",
    "jeunes",
    "young",
    "entreprises",
    "companies",
    "businesses",
    "menages",
    "households",
    "particuliers",
    "familles",
    "families",
    "cible",
    "target",
];

const ARTICLES: &[&str] = &["le", "la", "l", "the", "a", "an", "un", "une"];

/// Lowercase with French accents folded, so "Directeur" and "directeur", "Chargée" and
/// "chargee" compare equal.
pub fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// The folded words of `s`.
/// How many characters of a persona's name its checks read.
const NAME_READ: usize = 1000;

fn words(s: &str) -> Vec<String> {
    let folded: String = fold(s)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect();
    folded.split_whitespace().map(str::to_owned).collect()
}

/// An age bracket such as "18-25" or "25-35".
fn is_bracket(w: &str) -> bool {
    let mut parts = w.split('-');
    matches!((parts.next(), parts.next(), parts.next()),
        (Some(a), Some(b), None) if a.parse::<u8>().is_ok() && b.parse::<u8>().is_ok())
}

pub fn persona_warnings(p: &Persona) -> Vec<Warning> {
    let mut out = Vec::new();
    // A name is a few words: reading past its first lines would only cost time (a pasted
    // book in the name field is still checked on how it starts).
    let name = p
        .name
        .char_indices()
        .nth(NAME_READ)
        .map_or(&p.name[..], |(at, _)| &p.name[..at]);
    let ws = words(name);
    let first = ws.iter().find(|w| !ARTICLES.contains(&w.as_str()));
    if first.is_some_and(|w| ROLES.contains(&w.as_str())) {
        out.push(Warning::PersonaJobTitle);
    }
    let group = ws.first().is_some_and(|w| w == "les" || w == "des")
        || ws
            .iter()
            .any(|w| GROUPS.contains(&w.as_str()) || is_bracket(w));
    if group {
        out.push(Warning::PersonaSegment);
    }
    if p.goals.trim().is_empty() {
        out.push(Warning::PersonaNoGoals);
    }
    if p.frustrations.trim().is_empty() {
        out.push(Warning::PersonaNoFrustrations);
    }
    if p.evidence.is_empty() {
        out.push(Warning::PersonaNoEvidence);
    }
    out
}

pub fn journey_warnings(j: &Journey) -> Vec<Warning> {
    let mut out = Vec::new();
    if j.persona.is_none() {
        out.push(Warning::JourneyNoPersona);
    }
    if j.stages.len() < 3 {
        out.push(Warning::JourneyTooShort);
    }
    if let (Some(first), Some(last)) = (j.stages.first(), j.stages.last()) {
        if first.phase != Phase::BeforeNeed {
            out.push(Warning::JourneyStartsLate);
        }
        if !last.phase.after_use() {
            out.push(Warning::JourneyEndsEarly);
        }
    }
    if j.stages
        .windows(2)
        .any(|w| w[1].phase.rank() < w[0].phase.rank())
    {
        out.push(Warning::JourneyPhasesOutOfOrder);
    }
    if j.stages.iter().any(|s| s.emotion.is_none()) {
        out.push(Warning::JourneyEmotionMissing);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stage;

    fn named(name: &str) -> Vec<Warning> {
        let p = Persona {
            name: name.into(),
            ..Default::default()
        };
        persona_warnings(&p)
            .into_iter()
            .filter(|w| matches!(w, Warning::PersonaJobTitle | Warning::PersonaSegment))
            .collect()
    }

    #[test]
    fn job_titles_and_segments_are_flagged_people_are_not() {
        use Warning::*;
        assert_eq!(named("Directeur financier"), [PersonaJobTitle]);
        assert_eq!(named("Head of purchasing"), [PersonaJobTitle]);
        assert_eq!(named("La chargée de clientèle"), [PersonaJobTitle]);
        assert_eq!(named("PME de moins de 10 salariés"), [PersonaSegment]);
        assert_eq!(named("Les jeunes urbains"), [PersonaSegment]);
        assert_eq!(named("Urban 18-25"), [PersonaSegment]);
        assert_eq!(named("Marie, 42 ans, gérante d'un salon de coiffure"), []);
        assert_eq!(named("Karim Benali"), []);
        assert_eq!(named("陈静"), []);
    }

    #[test]
    fn a_full_card_has_no_warning() {
        let p = Persona {
            name: "Marie".into(),
            goals: "x".into(),
            frustrations: "y".into(),
            evidence: imbl::vector!["vrb-a".into()],
            ..Default::default()
        };
        assert!(persona_warnings(&p).is_empty());
    }

    fn journey(phases: &[Phase]) -> Journey {
        Journey {
            persona: Some("per-a".into()),
            stages: phases
                .iter()
                .map(|p| Stage {
                    phase: *p,
                    emotion: Some(0),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_journey_must_span_before_the_need_to_after_use() {
        use Phase::*;
        use Warning::*;
        assert!(journey_warnings(&journey(&[BeforeNeed, Purchase, AfterUse])).is_empty());
        assert_eq!(
            journey_warnings(&journey(&[Purchase, Usage, Evaluation])),
            [JourneyStartsLate, JourneyEndsEarly, JourneyPhasesOutOfOrder]
        );
        // Loyalty, recommendation and after use all follow the customer beyond the service,
        // in either order.
        for end in [
            [Usage, Loyalty],
            [Usage, Recommendation],
            [AfterUse, Recommendation],
        ] {
            let j = journey(&[BeforeNeed, Purchase, end[0], end[1]]);
            assert!(journey_warnings(&j).is_empty(), "{end:?}");
        }
        assert_eq!(
            journey_warnings(&journey(&[BeforeNeed, Awareness, Usage])),
            [JourneyEndsEarly]
        );
        assert_eq!(
            journey_warnings(&journey(&[BeforeNeed, Usage, Purchase, AfterUse])),
            [JourneyPhasesOutOfOrder]
        );
        let mut j = journey(&[BeforeNeed]);
        j.persona = None;
        j.stages[0].emotion = None;
        assert_eq!(
            journey_warnings(&j),
            [
                JourneyNoPersona,
                JourneyTooShort,
                JourneyEndsEarly,
                JourneyEmotionMissing
            ]
        );
    }

    #[test]
    fn the_demo_raises_no_warning() {
        for lang in [Lang::En, Lang::Fr] {
            let doc = crate::demo::demo(lang);
            for p in &doc.personas {
                assert!(persona_warnings(p).is_empty(), "{}", p.name);
            }
            for j in &doc.journeys {
                assert!(journey_warnings(j).is_empty(), "{}", j.name);
            }
        }
    }

    #[test]
    fn every_warning_speaks_both_languages() {
        for (i, text) in t::WARNINGS.iter().enumerate() {
            assert!(!text.en.is_empty() && !text.fr.is_empty(), "{i}");
        }
    }
}
