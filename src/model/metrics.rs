//! NPS, CSAT and CES figures, computed from raw answers or counts; never stored.

use super::{MetricInput, MetricKind};

/// What a metric's input says, ready to show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub respondents: u64,
    /// NPS: detractors (0-6), passives (7-8), promoters (9-10).
    pub detractors: u64,
    pub passives: u64,
    pub promoters: u64,
    /// NPS from -100 to +100, CSAT as % of 4-5 answers, CES as the mean effort.
    /// None when there are no answers, or when counts cannot give it.
    pub score: Option<f64>,
}

/// Computes the figures of a metric. Inputs are assumed valid (see `check_input`).
pub fn compute(kind: MetricKind, input: &MetricInput) -> Figures {
    // Normalise both inputs to a count per scale point (NPS counts are per category).
    let (lo, hi) = kind.scale();
    let mut per_point = vec![0u64; usize::from(hi - lo) + 1];
    let mut f = Figures::default();
    match (kind, input) {
        (MetricKind::Nps, MetricInput::Counts(c)) => {
            let get = |i: usize| u64::from(c.get(i).copied().unwrap_or(0));
            f.detractors = get(0);
            f.passives = get(1);
            f.promoters = get(2);
            f.respondents = f.detractors + f.passives + f.promoters;
            f.score = nps(&f);
            return f;
        }
        (_, MetricInput::Answers(a)) => {
            for &x in a {
                if (lo..=hi).contains(&x) {
                    per_point[usize::from(x - lo)] += 1;
                }
            }
        }
        (_, MetricInput::Counts(c)) => {
            for (slot, n) in per_point.iter_mut().zip(c) {
                *slot = u64::from(*n);
            }
        }
    }
    f.respondents = per_point.iter().sum();
    if f.respondents == 0 {
        return f;
    }
    match kind {
        MetricKind::Nps => {
            f.detractors = per_point[..=6].iter().sum();
            f.passives = per_point[7..=8].iter().sum();
            f.promoters = per_point[9..].iter().sum();
            f.score = nps(&f);
        }
        MetricKind::Csat => {
            let satisfied: u64 = per_point[3..].iter().sum();
            f.score = Some(100.0 * satisfied as f64 / f.respondents as f64);
        }
        MetricKind::Ces => {
            let total: u64 = per_point
                .iter()
                .enumerate()
                .map(|(i, n)| (i as u64 + u64::from(lo)) * n)
                .sum();
            f.score = Some(total as f64 / f.respondents as f64);
        }
    }
    f
}

fn nps(f: &Figures) -> Option<f64> {
    (f.respondents > 0)
        .then(|| 100.0 * (f.promoters as f64 - f.detractors as f64) / f.respondents as f64)
}

/// Why an input does not fit its metric, if it does not.
pub fn check_input(kind: MetricKind, input: &MetricInput) -> Result<(), String> {
    let (lo, hi) = kind.scale();
    match input {
        MetricInput::Answers(a) => match a.iter().find(|x| !(lo..=hi).contains(*x)) {
            Some(x) => Err(format!("answer {x} is outside {lo}-{hi}")),
            None => Ok(()),
        },
        MetricInput::Counts(c) if c.len() != kind.count_slots() => Err(format!(
            "{} counts expected, {} given",
            kind.count_slots(),
            c.len()
        )),
        MetricInput::Counts(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nps_from_answers_splits_the_three_groups() {
        let f = compute(
            MetricKind::Nps,
            &MetricInput::Answers(vec![10, 9, 8, 7, 6, 0, 10, 9, 3, 5]),
        );
        assert_eq!((f.promoters, f.passives, f.detractors), (4, 2, 4));
        assert_eq!(f.score, Some(0.0));
    }

    #[test]
    fn nps_from_counts() {
        let f = compute(MetricKind::Nps, &MetricInput::Counts(vec![10, 20, 70]));
        assert_eq!(f.respondents, 100);
        assert_eq!(f.score, Some(60.0));
    }

    #[test]
    fn nps_spans_minus_to_plus_hundred() {
        assert_eq!(
            compute(MetricKind::Nps, &MetricInput::Answers(vec![0, 1])).score,
            Some(-100.0)
        );
        assert_eq!(
            compute(MetricKind::Nps, &MetricInput::Answers(vec![9, 10])).score,
            Some(100.0)
        );
    }

    #[test]
    fn csat_is_the_share_of_four_and_five() {
        let f = compute(MetricKind::Csat, &MetricInput::Answers(vec![5, 4, 3, 1]));
        assert_eq!(f.score, Some(50.0));
        let f = compute(MetricKind::Csat, &MetricInput::Counts(vec![1, 0, 1, 1, 1]));
        assert_eq!(f.score, Some(50.0));
    }

    #[test]
    fn ces_is_the_mean_effort() {
        let f = compute(MetricKind::Ces, &MetricInput::Answers(vec![1, 2, 3]));
        assert_eq!(f.score, Some(2.0));
    }

    #[test]
    fn empty_input_has_no_score() {
        assert_eq!(
            compute(MetricKind::Csat, &MetricInput::Answers(vec![])).score,
            None
        );
        assert_eq!(
            compute(MetricKind::Nps, &MetricInput::Counts(vec![0, 0, 0])).score,
            None
        );
    }

    #[test]
    fn out_of_scale_input_is_refused() {
        assert!(check_input(MetricKind::Nps, &MetricInput::Answers(vec![11])).is_err());
        assert!(check_input(MetricKind::Csat, &MetricInput::Answers(vec![0])).is_err());
        assert!(check_input(MetricKind::Ces, &MetricInput::Counts(vec![1; 5])).is_err());
        assert!(check_input(MetricKind::Nps, &MetricInput::Answers(vec![0, 10])).is_ok());
    }
}
