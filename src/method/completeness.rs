//! How far a workshop has gone in each step, counted from concrete items filled in, so the
//! stepper, the home screen and `list` show the same figures.

use super::Step;
use crate::model::{Phase, Workshop};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

impl Progress {
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        (self.done.min(self.total) * 100 / self.total) as u8
    }

    fn add(&mut self, filled: bool) {
        self.total += 1;
        self.done += u32::from(filled);
    }
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// What is counted follows the forms: a quick audit only asks for the essential fields, so
/// only those count there.
pub fn completeness(doc: &Workshop, step: Step) -> Progress {
    let mut p = Progress::default();
    let quick = doc.facilitation.quick;
    match step {
        Step::Framing if quick => {
            p.add(filled(&doc.framing.objective));
            p.add(filled(&doc.framing.scope));
        }
        Step::Framing => {
            for s in doc.framing.answers() {
                p.add(filled(s));
            }
        }
        Step::Listen => {
            let l = &doc.listen;
            p.add(l.verbatims.len() >= 3);
            p.add(l.verbatims.iter().any(|v| v.persona.is_some()));
            if !quick {
                p.add(!l.sources.is_empty());
                p.add(!l.metrics.is_empty());
                p.add(!l.insights.is_empty());
            }
        }
        Step::Personas => {
            p.add(!doc.personas.is_empty());
            for per in &doc.personas {
                let full = [&per.context, &per.needs];
                let essential = [&per.quote, &per.goals, &per.frustrations];
                let asked = essential
                    .iter()
                    .chain(if quick { &[][..] } else { &full[..] });
                for s in asked {
                    p.add(filled(s));
                }
                if !quick {
                    p.add(!per.evidence.is_empty());
                }
            }
        }
        Step::Journeys => {
            p.add(!doc.journeys.is_empty());
            for per in &doc.personas {
                p.add(doc.journeys_of(&per.id).next().is_some());
            }
            for j in &doc.journeys {
                let first = j.stages.first().map(|s| s.phase);
                let last = j.stages.last().map(|s| s.phase);
                p.add(first == Some(Phase::BeforeNeed));
                p.add(last == Some(Phase::AfterUse));
                for s in &j.stages {
                    p.add(s.emotion.is_some() && (quick || filled(&s.actions)));
                }
            }
        }
        Step::Moments => {
            let marked: std::collections::HashSet<&str> =
                doc.moments.iter().map(|m| m.stage.as_str()).collect();
            for j in &doc.journeys {
                p.add(j.stages.iter().any(|s| marked.contains(s.id.as_str())));
            }
        }
        Step::Criticity => {
            for m in &doc.moments {
                for per in &doc.personas {
                    p.add(m.criticity.contains_key(&per.id));
                }
            }
        }
        Step::Interactions => {
            for s in doc.journeys.iter().flat_map(|j| &j.stages) {
                p.add(!s.current_channels.is_empty() && (quick || !s.desired_channels.is_empty()));
            }
        }
        Step::Target => {
            for per in &doc.personas {
                let mine = doc
                    .target
                    .actions
                    .iter()
                    .filter(|a| a.persona.as_deref() == Some(&per.id));
                p.add(mine.count() > 0);
            }
            for a in &doc.target.actions {
                p.add(filled(&a.owner) && (quick || (filled(&a.kpi) && filled(&a.due))));
            }
        }
        Step::Summary => return overall(doc),
    }
    p
}

/// The mean of the steps before the summary, as a percentage out of 100.
pub fn overall(doc: &Workshop) -> Progress {
    let steps = &Step::ALL[..Step::ALL.len() - 1];
    let sum: u32 = steps
        .iter()
        .map(|s| u32::from(completeness(doc, *s).percent()))
        .sum();
    Progress {
        done: sum / steps.len() as u32,
        total: 100,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_quick_audit_counts_only_what_its_forms_ask() {
        let mut doc = crate::demo::demo(Lang::En);
        doc.framing.stakeholders.clear();
        doc.listen.insights.clear();
        doc.personas[0].context.clear();
        doc.target.actions[0].kpi.clear();
        for s in [Step::Framing, Step::Listen, Step::Personas, Step::Target] {
            assert!(completeness(&doc, s).percent() < 100, "{s:?}");
        }
        doc.facilitation.quick = true;
        for s in Step::ALL {
            assert_eq!(completeness(&doc, s).percent(), 100, "{s:?}");
        }
    }

    #[test]
    fn empty_is_nothing_and_the_demo_is_complete() {
        let empty = Workshop::new("x", "en");
        assert_eq!(overall(&empty).percent(), 0);
        let demo = crate::demo::demo(Lang::En);
        for s in Step::ALL {
            assert_eq!(completeness(&demo, s).percent(), 100, "{s:?}");
        }
    }
}
