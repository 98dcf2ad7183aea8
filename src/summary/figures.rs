//! A survey metric's figures as people read them: short in a list, in words in a report.

use crate::i18n::{Lang, tui as t};
use crate::method::Label;
use crate::model::metrics::compute;
use crate::model::{Metric, MetricKind};

/// The score in the metric's own form: `+12`, `84%`, `2.3`, or `—` without answers.
fn score(m: &Metric) -> String {
    match (m.kind, compute(m.kind, &m.input).score) {
        (_, None) => "—".to_owned(),
        (MetricKind::Nps, Some(s)) => format!("{s:+.0}"),
        (MetricKind::Csat, Some(s)) => format!("{s:.0}%"),
        (MetricKind::Ces, Some(s)) => format!("{s:.1}"),
    }
}

/// The figures in words, e.g. "NPS +12: 9 promoters, 10 passives, 6 detractors, 25 answers".
pub fn figures_in_words(m: &Metric, lang: Lang) -> String {
    let f = compute(m.kind, &m.input);
    let (kind, score) = (m.kind.symbol(), score(m));
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
