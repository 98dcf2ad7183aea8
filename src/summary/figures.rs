//! A survey metric's figures as people read them: short in a list, in words in a report,
//! and beside the objective at the opening of a deliverable; and how much the team heard.

use crate::i18n::{Lang, export as e, plural, tui as t};
use crate::method::Label;
use crate::model::metrics::compute;
use crate::model::{Metric, MetricKind, Workshop};
use std::collections::BTreeSet;

/// A metric as measured, to read beside the objective.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub kind: MetricKind,
    pub label: String,
    pub score: Option<f64>,
    pub respondents: u64,
}

impl Measure {
    pub fn of(m: &Metric) -> Measure {
        let f = compute(m.kind, &m.input);
        Measure {
            kind: m.kind,
            label: m.label.clone(),
            score: f.score,
            respondents: f.respondents,
        }
    }

    /// "NPS +12 (25 answers)"; CES gets its scale, since a lower effort is better.
    pub fn short(&self, lang: Lang) -> String {
        let name = e::METRIC_NAMES[self.kind as usize].get(lang);
        let score = match (self.kind, self.score) {
            (_, None) => return format!("{name} ({})", e::NO_ANSWER.get(lang)),
            (MetricKind::Ces, Some(s)) => format!("{s:.1}/7"),
            (kind, s) => shown(kind, s),
        };
        let n = plural(lang, self.respondents, e::ANSWERS);
        format!("{name} {score} ({n})")
    }
}

/// How much of the customers' voice the team heard: verbatims, and the sources they came from.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Heard {
    pub verbatims: usize,
    pub sources: usize,
}

impl Heard {
    pub fn of(doc: &Workshop) -> Heard {
        let v = &doc.listen.verbatims;
        let sources: BTreeSet<&str> = v
            .iter()
            .filter_map(|v| v.source.as_deref())
            .filter(|s| doc.source(s).is_some())
            .collect();
        Heard {
            verbatims: v.len(),
            sources: sources.len(),
        }
    }

    /// "19 verbatims from 9 sources".
    pub fn words(self, lang: Lang) -> String {
        if self.verbatims == 0 {
            return e::NO_VERBATIM.get(lang).to_owned();
        }
        let verbatims = plural(lang, self.verbatims as u64, e::VERBATIM_COUNT);
        if self.sources == 0 {
            return verbatims;
        }
        let sources = plural(lang, self.sources as u64, e::SOURCE_COUNT);
        e::HEARD.fill(lang, &[("verbatims", &verbatims), ("sources", &sources)])
    }
}

/// The score in the metric's own form: `+12`, `84%`, `2.3`, or `—` without answers.
fn score(m: &Metric) -> String {
    shown(m.kind, compute(m.kind, &m.input).score)
}

fn shown(kind: MetricKind, score: Option<f64>) -> String {
    match (kind, score) {
        (_, None) => "—".to_owned(),
        (MetricKind::Nps, Some(s)) => format!("{s:+.0}"),
        (MetricKind::Csat, Some(s)) => format!("{s:.0}%"),
        (MetricKind::Ces, Some(s)) => format!("{s:.1}"),
    }
}

/// The figures in words, e.g. "NPS +12: 9 promoters, 10 passives, 6 detractors, 25 answers".
pub fn figures_in_words(m: &Metric, lang: Lang) -> String {
    let f = compute(m.kind, &m.input);
    let (kind, score) = (e::METRIC_NAMES[m.kind as usize].get(lang), score(m));
    if m.kind == MetricKind::Nps {
        t::NPS_FIGURES.fill(
            lang,
            &[
                ("kind", &kind),
                ("score", &score),
                ("promoters", &f.promoters),
                ("passives", &f.passives),
                ("detractors", &f.detractors),
                ("n", &f.respondents),
            ],
        )
    } else {
        t::FIGURES.fill(
            lang,
            &[("kind", &kind), ("score", &score), ("n", &f.respondents)],
        )
    }
}

/// What the figures say, short, e.g. "NPS +12 · n=25 · −6 =10 +9".
pub fn figures(m: &Metric) -> String {
    let f = compute(m.kind, &m.input);
    let score = score(m);
    let split = if m.kind == MetricKind::Nps {
        format!(" · −{} ={} +{}", f.detractors, f.passives, f.promoters)
    } else {
        String::new()
    };
    format!("{} {score} · n={}{split}", m.kind.symbol(), f.respondents)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MetricInput;

    #[test]
    fn measures_read_beside_the_objective() {
        let doc = crate::demo::demo(Lang::En);
        let shown: Vec<String> = doc
            .listen
            .metrics
            .iter()
            .map(|m| Measure::of(m).short(Lang::En))
            .collect();
        assert_eq!(
            shown,
            [
                "NPS +12 (25 answers)",
                "CSAT 73% (90 answers)",
                "CES 4.7/7 (15 answers)"
            ]
        );
        let one = Metric {
            kind: MetricKind::Csat,
            input: MetricInput::Answers(vec![5]),
            ..Metric::default()
        };
        assert_eq!(Measure::of(&one).short(Lang::Fr), "CSAT 100% (1 réponse)");
        let none = Measure::of(&Metric::default());
        assert_eq!(none.short(Lang::Fr), "NPS (pas encore de réponse)");
    }

    #[test]
    fn heard_counts_verbatims_and_the_sources_they_came_from() {
        let mut doc = crate::demo::demo(Lang::En);
        let heard = Heard::of(&doc);
        assert_eq!(
            heard,
            Heard {
                verbatims: 19,
                sources: 9
            }
        );
        assert_eq!(heard.words(Lang::En), "19 verbatims from 9 sources");
        assert_eq!(heard.words(Lang::Fr), "19 verbatims issus de 9 sources");
        doc.listen.verbatims.truncate(1);
        assert_eq!(Heard::of(&doc).words(Lang::En), "1 verbatim from 1 source");
        doc.listen.verbatims[0].source = None;
        assert_eq!(Heard::of(&doc).words(Lang::En), "1 verbatim");
        doc.listen.verbatims.clear();
        assert_eq!(Heard::of(&doc).words(Lang::Fr), "pas encore de verbatim");
    }
}
