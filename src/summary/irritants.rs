//! The irritants a client reads first: every critical moment, the most sensitive first and,
//! among equals, those lived by the most personas, each with a customer's own words and the
//! number of verbatims behind it.

use super::{in_journey_order, rank};
use crate::i18n::{Lang, export as t, plural};
use crate::method::Label;
use crate::model::{Id, Level, Moment, MomentKind, Sentiment, Verbatim, Workshop};
use std::cmp::Reverse;

/// How many irritants the opening of a deliverable shows; the rest are in the per-persona
/// parts.
pub const TOP: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct Irritant {
    pub id: Id,
    pub title: String,
    pub stage: String,
    /// Each persona who lives it, with the level the team gave it (None: not rated yet), in
    /// persona order.
    pub personas: Vec<(String, Option<Level>)>,
    pub evidence: Evidence,
}

impl Irritant {
    /// The most sensitive level any persona gave it.
    pub fn level(&self) -> Option<Level> {
        self.personas
            .iter()
            .filter_map(|(_, l)| *l)
            .min_by_key(|l| rank(Some(*l)))
    }

    /// "very sensitive for Marie, sensitive for Karim"; "to rate" when no persona is known
    /// to live it (a journey without a persona).
    pub fn felt(&self, lang: Lang) -> String {
        if self.personas.is_empty() {
            return crate::i18n::screens::NOT_RATED.get(lang).to_owned();
        }
        let each: Vec<String> = self
            .personas
            .iter()
            .map(|(name, level)| match level {
                Some(l) => t::LEVEL_FOR.fill(lang, &[("level", &l.label(lang)), ("persona", name)]),
                None => t::NOT_RATED_FOR.fill(lang, &[("persona", name)]),
            })
            .collect();
        each.join(", ")
    }
}

impl Evidence {
    /// How many verbatims stand behind, and whether the team linked them or they were heard
    /// at the stage.
    pub fn words(&self, lang: Lang) -> String {
        let n = self.count as u64;
        match (n, self.by_stage) {
            (0, _) => t::NO_QUOTE.get(lang).to_owned(),
            (_, true) => plural(lang, n, t::AT_STAGE),
            (_, false) => plural(lang, n, t::LINKED),
        }
    }
}

/// The verbatims behind an irritant.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// The first of them, to quote.
    pub quote: Option<Quote>,
    pub count: usize,
    /// The team linked none to the moment: these are the negative verbatims heard at its stage.
    pub by_stage: bool,
}

/// A customer's words with who said them and where, as far as known (empty otherwise).
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub text: String,
    pub persona: String,
    pub source: String,
}

impl Quote {
    /// "Marie Lefèvre, Support tickets": the persona and the source, those known.
    pub fn by(&self) -> String {
        let known = [&self.persona, &self.source];
        let known: Vec<&str> = known
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        known.join(", ")
    }
}

pub fn irritants(doc: &Workshop) -> Vec<Irritant> {
    let mut out: Vec<Irritant> = in_journey_order(doc)
        .into_iter()
        .filter(|m| m.kind == MomentKind::Critical)
        .filter_map(|m| {
            let owner = doc.stage(&m.stage).and_then(|(j, _)| j.persona.as_deref());
            let personas: Vec<(String, Option<Level>)> = doc
                .personas
                .iter()
                .filter_map(|p| {
                    let level = m.criticity.get(&p.id).map(|r| r.level);
                    let lives = match level {
                        Some(l) => l != Level::NotApplicable,
                        None => owner == Some(p.id.as_str()),
                    };
                    lives.then(|| (p.name.clone(), level))
                })
                .collect();
            // Rated, yet said to apply to nobody: not an irritant of this workshop.
            if personas.is_empty() && !m.criticity.is_empty() {
                return None;
            }
            Some(Irritant {
                id: m.id.clone(),
                title: m.title.clone(),
                stage: doc
                    .stage(&m.stage)
                    .map_or(String::new(), |(_, s)| s.name.clone()),
                personas,
                evidence: evidence(doc, m),
            })
        })
        .collect();
    // A stable sort: equals stay in journey order.
    out.sort_by_key(|i| (rank(i.level()), Reverse(i.personas.len())));
    out
}

/// The verbatims the team linked to the moment. Until it links any, the negative verbatims
/// tagged with the moment's stage stand in, marked `by_stage` so that every reader says so:
/// they were heard where the moment happens, but nobody said they are about this moment.
fn evidence(doc: &Workshop, m: &Moment) -> Evidence {
    let linked: Vec<&Verbatim> = m.evidence.iter().filter_map(|v| doc.verbatim(v)).collect();
    let (said, by_stage) = if linked.is_empty() {
        let at_stage = doc.listen.verbatims.iter().filter(|v| {
            v.stage.as_deref() == Some(m.stage.as_str()) && v.sentiment == Sentiment::Negative
        });
        (at_stage.collect::<Vec<_>>(), true)
    } else {
        (linked, false)
    };
    Evidence {
        quote: said.first().map(|v| Quote {
            text: v.text.clone(),
            persona: super::name_of(doc, v.persona.as_deref()),
            source: v
                .source
                .as_deref()
                .and_then(|s| doc.source(s))
                .map_or(String::new(), |s| s.name.clone()),
        }),
        count: said.len(),
        by_stage: by_stage && !said.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Rating;

    fn demo() -> Workshop {
        crate::demo::demo(Lang::En)
    }

    #[test]
    fn most_sensitive_first_then_lived_by_more_personas() {
        let ids: Vec<String> = irritants(&demo()).into_iter().map(|i| i.id).collect();
        // All three are very sensitive for someone; the two Karim also feels come first.
        assert_eq!(
            ids,
            ["mom-hidden-fees", "mom-repeat-story", "mom-one-by-one"]
        );
        let mut doc = demo();
        let m = doc
            .moments
            .iter_mut()
            .find(|m| m.id == "mom-hidden-fees")
            .unwrap();
        m.criticity
            .insert("per-marie".into(), Rating::new(Level::Low, String::new()));
        m.criticity.remove("per-karim");
        let all = irritants(&doc);
        assert_eq!(all.last().unwrap().id, "mom-hidden-fees");
        assert_eq!(all.last().unwrap().level(), Some(Level::Low));
        assert_eq!(all.last().unwrap().felt(Lang::En), "low for Marie Lefèvre");
    }

    #[test]
    fn a_moment_nobody_lives_is_left_out_and_an_unrated_one_belongs_to_its_journey() {
        let mut doc = demo();
        let m = doc
            .moments
            .iter_mut()
            .find(|m| m.id == "mom-one-by-one")
            .unwrap();
        for r in m.criticity.values_mut() {
            r.level = Level::NotApplicable;
        }
        assert!(!irritants(&doc).iter().any(|i| i.id == "mom-one-by-one"));
        let m = doc
            .moments
            .iter_mut()
            .find(|m| m.id == "mom-one-by-one")
            .unwrap();
        m.criticity.clear();
        let i = irritants(&doc);
        let unrated = i.iter().find(|i| i.id == "mom-one-by-one").unwrap();
        assert_eq!(unrated.personas, [("Karim Benali".to_owned(), None)]);
        assert_eq!(unrated.felt(Lang::Fr), "à noter pour Karim Benali");
        // On a journey nobody owns, unrated: still an irritant, to rate.
        doc.journeys.iter_mut().for_each(|j| j.persona = None);
        let i = irritants(&doc);
        let orphan = i.iter().find(|i| i.id == "mom-one-by-one").unwrap();
        assert!(orphan.personas.is_empty());
        assert_eq!(orphan.felt(Lang::En), "to rate");
        assert_eq!(i.last().unwrap().id, "mom-one-by-one");
    }

    #[test]
    fn linked_verbatims_are_quoted_before_those_heard_at_the_stage() {
        let mut doc = demo();
        let fees = |doc: &Workshop| {
            irritants(doc)
                .into_iter()
                .find(|i| i.id == "mom-hidden-fees")
                .unwrap()
        };
        // The demo links verbatims to the moment: they are the ones behind it.
        let e = fees(&doc).evidence;
        assert!(!e.by_stage);
        assert_eq!(
            e.count,
            doc.moment("mom-hidden-fees").unwrap().evidence.len()
        );
        // Nothing linked: the negative verbatims of the checkout stage stand in.
        doc.moments
            .iter_mut()
            .filter(|m| m.id == "mom-hidden-fees")
            .for_each(|m| m.evidence.clear());
        let e = fees(&doc).evidence;
        assert!(e.by_stage);
        assert_eq!(e.count, 2);
        let quote = e.quote.unwrap();
        assert!(quote.text.starts_with("At checkout"), "{}", quote.text);
        assert_eq!(
            quote.by(),
            "Marie Lefèvre, Cancellations in the first 30 days"
        );
        // Once the team links verbatims, only those count, in the team's order.
        let m = doc
            .moments
            .iter_mut()
            .find(|m| m.id == "mom-hidden-fees")
            .unwrap();
        m.evidence = imbl::vector!["vb-second-user".into(), "vb-gone".into()];
        let e = fees(&doc).evidence;
        assert!(!e.by_stage);
        assert_eq!(e.count, 1);
        assert!(
            e.quote
                .as_ref()
                .unwrap()
                .text
                .starts_with("Why am I paying")
        );
        assert_eq!(e.words(Lang::Fr), "1 verbatim à l'appui");
        // No verbatim at all: no quote, and nothing claimed.
        doc.listen.verbatims.clear();
        doc.moments.iter_mut().for_each(|m| m.evidence.clear());
        assert_eq!(fees(&doc).evidence, Evidence::default());
    }
}
