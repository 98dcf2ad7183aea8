//! How far a workshop has gone in each step, counted from concrete items filled in, so the
//! stepper, the home screen and `list` show the same figures.

use super::Step;
use crate::i18n::{Lang, method as t};
use crate::model::Workshop;

/// Something a step still asks for; its words are `t::GAPS[gap as usize]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    Objective,
    Scope,
    Segment,
    Horizon,
    Stakeholders,
    Participants,
    Facilitator,
    Verbatims,
    VerbatimPersona,
    Source,
    Metric,
    Insight,
    Persona,
    Quote,
    Goals,
    Frustrations,
    Context,
    Needs,
    Evidence,
    Journey,
    PersonaJourney,
    StartBeforeNeed,
    EndAfterUse,
    Emotion,
    CustomerActions,
    JourneyMoment,
    Rating,
    CurrentChannels,
    DesiredChannels,
    PersonaAction,
    Owner,
    Kpi,
    Due,
}

impl Gap {
    /// A stable code, for the audit's JSON: the variant's name in kebab case.
    pub fn code(self) -> String {
        let mut out = String::new();
        for c in format!("{self:?}").chars() {
            if c.is_uppercase() && !out.is_empty() {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    pub fn words(self, lang: Lang) -> &'static str {
        t::GAPS[self as usize].get(lang)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
    /// What is still asked for, in the order of the forms, with how many records lack it.
    pub missing: Vec<(Gap, u32)>,
}

impl Progress {
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        (self.done.min(self.total) * 100 / self.total) as u8
    }

    /// One item counted: done when every part is filled; each part left empty is a gap.
    fn add(&mut self, parts: &[(bool, Gap)]) {
        self.total += 1;
        self.done += u32::from(parts.iter().all(|(filled, _)| *filled));
        for (_, gap) in parts.iter().filter(|(filled, _)| !filled) {
            match self.missing.iter_mut().find(|(g, _)| g == gap) {
                Some((_, n)) => *n += 1,
                None => self.missing.push((*gap, 1)),
            }
        }
    }

    /// What is missing, for a reader: "quote ×2, goals".
    pub fn missing_text(&self, lang: Lang) -> String {
        let items: Vec<String> = self
            .missing
            .iter()
            .map(|(gap, n)| match n {
                1 => gap.words(lang).to_owned(),
                n => format!("{} ×{n}", gap.words(lang)),
            })
            .collect();
        items.join(", ")
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
        Step::Framing => {
            let f = &doc.framing;
            let all = [
                (&f.objective, Gap::Objective),
                (&f.scope, Gap::Scope),
                (&f.segment, Gap::Segment),
                (&f.horizon, Gap::Horizon),
                (&f.stakeholders, Gap::Stakeholders),
                (&f.participants, Gap::Participants),
                (&f.facilitator, Gap::Facilitator),
            ];
            let asked = if quick { &all[..2] } else { &all[..] };
            for (s, gap) in asked {
                p.add(&[(filled(s), *gap)]);
            }
        }
        Step::Listen => {
            let l = &doc.listen;
            p.add(&[(l.verbatims.len() >= 3, Gap::Verbatims)]);
            let linked = l.verbatims.iter().any(|v| v.persona.is_some());
            p.add(&[(linked, Gap::VerbatimPersona)]);
            if !quick {
                p.add(&[(!l.sources.is_empty(), Gap::Source)]);
                p.add(&[(!l.metrics.is_empty(), Gap::Metric)]);
                p.add(&[(!l.insights.is_empty(), Gap::Insight)]);
            }
        }
        Step::Personas => {
            p.add(&[(!doc.personas.is_empty(), Gap::Persona)]);
            for per in &doc.personas {
                let essential = [
                    (&per.quote, Gap::Quote),
                    (&per.goals, Gap::Goals),
                    (&per.frustrations, Gap::Frustrations),
                ];
                let full = [(&per.context, Gap::Context), (&per.needs, Gap::Needs)];
                let asked = essential
                    .iter()
                    .chain(if quick { &[][..] } else { &full[..] });
                for (s, gap) in asked {
                    p.add(&[(filled(s), *gap)]);
                }
                if !quick {
                    p.add(&[(!per.evidence.is_empty(), Gap::Evidence)]);
                }
            }
        }
        Step::Journeys => {
            p.add(&[(!doc.journeys.is_empty(), Gap::Journey)]);
            for per in &doc.personas {
                let drawn = doc.journeys_of(&per.id).next().is_some();
                p.add(&[(drawn, Gap::PersonaJourney)]);
            }
            for j in &doc.journeys {
                let first = j.stages.first().map(|s| s.phase);
                let last = j.stages.last().map(|s| s.phase);
                let starts = first == Some(crate::model::Phase::BeforeNeed);
                p.add(&[(starts, Gap::StartBeforeNeed)]);
                p.add(&[(last.is_some_and(|l| l.after_use()), Gap::EndAfterUse)]);
                for s in &j.stages {
                    p.add(&[
                        (s.emotion.is_some(), Gap::Emotion),
                        (quick || filled(&s.actions), Gap::CustomerActions),
                    ]);
                }
            }
        }
        Step::Moments => {
            let marked: std::collections::HashSet<&str> =
                doc.moments.iter().map(|m| m.stage.as_str()).collect();
            for j in &doc.journeys {
                let any = j.stages.iter().any(|s| marked.contains(s.id.as_str()));
                p.add(&[(any, Gap::JourneyMoment)]);
            }
        }
        Step::Criticity => {
            for m in &doc.moments {
                for per in &doc.personas {
                    p.add(&[(m.criticity.contains_key(&per.id), Gap::Rating)]);
                }
            }
        }
        Step::Interactions => {
            for s in doc.journeys.iter().flat_map(|j| &j.stages) {
                p.add(&[
                    (!s.current_channels.is_empty(), Gap::CurrentChannels),
                    (
                        quick || !s.desired_channels.is_empty(),
                        Gap::DesiredChannels,
                    ),
                ]);
            }
        }
        Step::Target => {
            for per in &doc.personas {
                let mine = doc
                    .target
                    .actions
                    .iter()
                    .any(|a| a.persona.as_deref() == Some(&per.id));
                p.add(&[(mine, Gap::PersonaAction)]);
            }
            for a in &doc.target.actions {
                p.add(&[
                    (filled(&a.owner), Gap::Owner),
                    (quick || filled(&a.kpi), Gap::Kpi),
                    (quick || filled(&a.due), Gap::Due),
                ]);
            }
        }
        Step::Summary => return overall(doc),
    }
    p.missing.sort_by_key(|(gap, _)| *gap as u8);
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
        missing: Vec::new(),
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
    fn each_step_says_what_it_still_asks_for() {
        let mut doc = crate::demo::demo(Lang::En);
        doc.listen.insights.clear();
        doc.personas[0].goals.clear();
        doc.personas[1].goals.clear();
        doc.personas[1].quote.clear();
        doc.target.actions[0].kpi.clear();
        let said = |doc: &Workshop, s, lang| completeness(doc, s).missing_text(lang);
        assert_eq!(said(&doc, Step::Listen, Lang::En), "an insight");
        assert_eq!(said(&doc, Step::Personas, Lang::En), "a quote, goals ×2");
        assert_eq!(
            said(&doc, Step::Personas, Lang::Fr),
            "une citation, des objectifs ×2"
        );
        assert_eq!(said(&doc, Step::Target, Lang::En), "a KPI");
        assert_eq!(said(&doc, Step::Framing, Lang::En), "");
        // A journey ending on a recommendation ends after use.
        let j = &mut doc.journeys[0];
        j.stages.last_mut().unwrap().phase = crate::model::Phase::Recommendation;
        assert_eq!(said(&doc, Step::Journeys, Lang::En), "");
        let empty = Workshop::new("x", "en");
        assert_eq!(
            said(&empty, Step::Listen, Lang::En),
            "3 verbatims or more, a verbatim linked to a persona, a source, a metric (NPS, CSAT or CES), an insight"
        );
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
