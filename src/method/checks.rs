//! The method's checks over a whole workshop: the live warnings on personas and journeys plus
//! the rules that need the whole document (a critical moment without an action, a journey on
//! one channel, a channel break...). The summary, the step screens and the audit read them here.

use super::{Step, Warning, journey_warnings, persona_warnings};
use crate::i18n::{Lang, Text, method as t};
use crate::model::{ActionKind, Id, Journey, Level, MomentKind, Phase, SourceFamily, Workshop};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Goes against the method itself.
    Error,
    /// Something missing that the method expects.
    Warning,
    /// A hint worth a look.
    Info,
}

impl Severity {
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One open check: which rule, where, and about what.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub warning: Warning,
    pub severity: Severity,
    pub step: Step,
    /// The record it is about, if any.
    pub at: Option<Id>,
    /// The name of that record as the team wrote it, or a detail such as a channel.
    pub subject: String,
    /// What the record lacks, for a finding that names it (an action's owner, KPI, due date).
    pub lacks: Vec<Text>,
}

impl Warning {
    pub fn severity(self) -> Severity {
        use Warning::*;
        match self {
            PersonaJobTitle
            | PersonaSegment
            | JourneyStartsLate
            | JourneyEndsEarly
            | CriticalWithoutAction
            | JourneyOneChannel
            | PlanOneChannel => Severity::Error,
            DesiredNotOffered | ActionIncomplete | ListenOneFamily | FramingNoFigure
            | StageOneChannel => Severity::Info,
            _ => Severity::Warning,
        }
    }

    pub fn step(self) -> Step {
        use Warning::*;
        match self {
            FramingNoFigure => Step::Framing,
            ListenNoVerbatim | ListenOneFamily | ListenNoUncontrolled => Step::Listen,
            NoPersona
            | PersonaJobTitle
            | PersonaSegment
            | PersonaNoGoals
            | PersonaNoFrustrations
            | PersonaNoEvidence => Step::Personas,
            PersonaNoJourney
            | JourneyNoPersona
            | JourneyTooShort
            | JourneyStartsLate
            | JourneyEndsEarly
            | JourneyPhasesOutOfOrder
            | JourneyEmotionMissing => Step::Journeys,
            JourneyNoMoment => Step::Moments,
            MomentNotRated => Step::Criticity,
            StageNoChannel | StageOneChannel | JourneyOneChannel | PlanOneChannel
            | DesiredNotOffered | ChannelBreak => Step::Interactions,
            CriticalWithoutAction | PersonaNoAction | ActionIncomplete | WowBeforeIrritants => {
                Step::Target
            }
        }
    }
}

impl Finding {
    /// What the finding is about, as readers see it: channel keys become the catalogue's word.
    pub fn subject(&self, lang: Lang) -> String {
        let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        match self.subject.rsplit_once(" › ") {
            Some((stage, key)) if self.warning == Warning::DesiredNotOffered => {
                format!("{} › {}", clean(stage), super::channel_label(key, lang))
            }
            _ => clean(&self.subject),
        }
    }

    /// The rule's message, naming what is missing when the finding knows it.
    pub fn message(&self, lang: Lang) -> String {
        let words: Vec<&str> = self.lacks.iter().map(|t| t.get(lang)).collect();
        let what = match words.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{}{}{last}", rest.join(", "), t::LACKS_LAST.get(lang)),
            None => return self.warning.message(lang).to_owned(),
        };
        Text::new(
            self.warning.message(Lang::En),
            self.warning.message(Lang::Fr),
        )
        .fill(lang, &[("what", &what)])
    }

    /// "subject: message", or the message alone for a finding about the whole workshop.
    pub fn text(&self, lang: Lang) -> String {
        match self.subject(lang) {
            s if s.is_empty() => self.message(lang),
            s => t::FINDING.fill(lang, &[("subject", &s), ("message", &self.message(lang))]),
        }
    }
}

fn finding(warning: Warning, at: Option<&str>, subject: &str) -> Finding {
    Finding {
        warning,
        severity: warning.severity(),
        step: warning.step(),
        at: at.map(str::to_owned),
        subject: subject.trim().to_owned(),
        lacks: Vec::new(),
    }
}

/// Every open check of the workshop, in the order of the steps.
pub fn checks(doc: &Workshop) -> Vec<Finding> {
    let mut out = Vec::new();
    let f = &doc.framing;
    if !f.objective.trim().is_empty() && !f.objective.chars().any(|c| c.is_ascii_digit()) {
        out.push(finding(Warning::FramingNoFigure, None, &f.objective));
    }
    listen(doc, &mut out);
    if doc.personas.is_empty() {
        out.push(finding(Warning::NoPersona, None, ""));
    }
    for p in &doc.personas {
        for w in persona_warnings(p) {
            out.push(finding(w, Some(&p.id), &p.name));
        }
        if doc.journeys_of(&p.id).next().is_none() {
            out.push(finding(Warning::PersonaNoJourney, Some(&p.id), &p.name));
        }
    }
    for j in &doc.journeys {
        for w in journey_warnings(j) {
            out.push(finding(w, Some(&j.id), &j.name));
        }
        let has_moment = j
            .stages
            .iter()
            .any(|s| doc.moments_at(&s.id).next().is_some());
        if !j.stages.is_empty() && !has_moment {
            out.push(finding(Warning::JourneyNoMoment, Some(&j.id), &j.name));
        }
    }
    for m in &doc.moments {
        if doc
            .personas
            .iter()
            .any(|p| !m.criticity.contains_key(&p.id))
        {
            out.push(finding(Warning::MomentNotRated, Some(&m.id), &m.title));
        }
    }
    let offered = offered(doc);
    for j in &doc.journeys {
        out.extend(journey_channels(doc, j, &offered));
    }
    target(doc, &mut out);
    out.sort_by_key(|f| f.step);
    out
}

fn listen(doc: &Workshop, out: &mut Vec<Finding>) {
    let l = &doc.listen;
    if l.verbatims.is_empty() {
        out.push(finding(Warning::ListenNoVerbatim, None, ""));
    }
    let families: std::collections::HashSet<SourceFamily> =
        l.sources.iter().map(|s| s.family).collect();
    if families.len() == 1 {
        out.push(finding(Warning::ListenOneFamily, None, ""));
    }
    if !l.sources.is_empty() && !families.contains(&SourceFamily::Uncontrolled) {
        out.push(finding(Warning::ListenNoUncontrolled, None, ""));
    }
}

/// Channels the company offers today: any channel in use at some stage of any journey.
pub fn offered(doc: &Workshop) -> BTreeSet<&str> {
    doc.journeys
        .iter()
        .flat_map(|j| &j.stages)
        .flat_map(|s| &s.current_channels)
        .map(String::as_str)
        .collect()
}

/// Whether the customer must switch channel and start over at stage `i`: the team said so,
/// or the stage shares no channel with the previous one although both are in the same phase
/// (the customer is sent elsewhere in the middle of one task).
pub fn is_break(j: &Journey, i: usize) -> bool {
    let s = &j.stages[i];
    if s.channel_break {
        return true;
    }
    let Some(prev) = i.checked_sub(1).map(|p| &j.stages[p]) else {
        return false;
    };
    prev.phase == s.phase
        && !prev.current_channels.is_empty()
        && !s.current_channels.is_empty()
        && !s
            .current_channels
            .iter()
            .any(|c| prev.current_channels.contains(c))
}

/// The omnichannel checks of one journey (step 6).
pub fn channel_checks(doc: &Workshop, j: &Journey) -> Vec<Finding> {
    journey_channels(doc, j, &offered(doc))
}

fn journey_channels(doc: &Workshop, j: &Journey, offered: &BTreeSet<&str>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut now = BTreeSet::new();
    let mut plan = BTreeSet::new();
    for (i, s) in j.stages.iter().enumerate() {
        // Before the need the customer is not in touch with the company yet: one channel
        // (where the need shows up) is no gap there.
        match s.current_channels.len() {
            0 => out.push(finding(Warning::StageNoChannel, Some(&s.id), &s.name)),
            1 if s.phase != Phase::BeforeNeed => {
                out.push(finding(Warning::StageOneChannel, Some(&s.id), &s.name))
            }
            _ => {}
        }
        now.extend(&s.current_channels);
        plan.extend(s.desired_channels.iter().chain(&s.target_channels));
        for c in &s.desired_channels {
            if !offered.contains(c.as_str()) {
                // The channel's key: readers label it in their language.
                let subject = format!("{} › {c}", s.name.trim());
                out.push(finding(Warning::DesiredNotOffered, Some(&s.id), &subject));
            }
        }
        let answered = doc
            .target
            .actions
            .iter()
            .any(|a| a.kind == ActionKind::Channel && a.stage.as_deref() == Some(&s.id));
        if is_break(j, i) && !answered {
            out.push(finding(Warning::ChannelBreak, Some(&s.id), &s.name));
        }
    }
    if now.len() == 1 && j.stages.len() > 1 {
        out.push(finding(Warning::JourneyOneChannel, Some(&j.id), &j.name));
    }
    if plan.len() == 1 && j.stages.len() > 1 {
        out.push(finding(Warning::PlanOneChannel, Some(&j.id), &j.name));
    }
    out
}

fn target(doc: &Workshop, out: &mut Vec<Finding>) {
    let actions = &doc.target.actions;
    for m in &doc.moments {
        let rated_low = !m.criticity.is_empty()
            && m.criticity
                .values()
                .all(|r| matches!(r.level, Level::Low | Level::NotApplicable));
        let answered = actions.iter().any(|a| a.moment.as_deref() == Some(&m.id));
        if m.kind == MomentKind::Critical && !answered && !rated_low {
            out.push(finding(
                Warning::CriticalWithoutAction,
                Some(&m.id),
                &m.title,
            ));
        }
    }
    // Only once the team has started designing the target, so early steps stay quiet.
    if actions.is_empty() {
        return;
    }
    for p in &doc.personas {
        if !actions.iter().any(|a| a.persona.as_deref() == Some(&p.id)) {
            out.push(finding(Warning::PersonaNoAction, Some(&p.id), &p.name));
        }
    }
    // A quick audit's action form asks for the owner only.
    let asked = if doc.facilitation.quick { 1 } else { 3 };
    for a in actions {
        let lacks: Vec<Text> = [&a.owner, &a.kpi, &a.due][..asked]
            .iter()
            .zip(t::ACTION_LACKS)
            .filter(|(s, _)| s.trim().is_empty())
            .map(|(_, what)| what)
            .collect();
        if !lacks.is_empty() {
            let mut f = finding(Warning::ActionIncomplete, Some(&a.id), &a.text);
            f.lacks = lacks;
            out.push(f);
        }
    }
    flop(doc, out);
}

/// The method's "effet flop": a wow effect planned for a persona while one of its very
/// sensitive critical moments has no action yet. Said on the wow action, naming the moment.
fn flop(doc: &Workshop, out: &mut Vec<Finding>) {
    let actions = &doc.target.actions;
    for wow in actions.iter().filter(|a| a.kind == ActionKind::MultiplyWow) {
        let Some(persona) = wow.persona.as_deref() else {
            continue;
        };
        let open: Vec<&str> = doc
            .moments
            .iter()
            .filter(|m| m.kind == MomentKind::Critical)
            .filter(|m| {
                m.criticity
                    .get(persona)
                    .is_some_and(|r| r.level == Level::VerySensitive)
            })
            .filter(|m| !actions.iter().any(|a| a.moment.as_deref() == Some(&m.id)))
            .map(|m| m.title.trim())
            .collect();
        if let Some(first) = open.first() {
            let more = match open.len() {
                1 => String::new(),
                n => format!(" (+{})", n - 1),
            };
            let subject = format!("{} › {first}{more}", wow.text.trim());
            out.push(finding(
                Warning::WowBeforeIrritants,
                Some(&wow.id),
                &subject,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{self, Kind};
    use crate::i18n::Lang;
    use crate::model::{Action, Moment, Rating, Source, Stage};
    use Warning::*;

    fn codes(doc: &Workshop) -> Vec<Warning> {
        checks(doc).into_iter().map(|f| f.warning).collect()
    }

    fn demo() -> Workshop {
        crate::demo::demo(Lang::En)
    }

    #[test]
    fn the_demo_has_no_error_left() {
        let found = checks(&demo());
        assert!(
            found.iter().all(|f| f.severity != Severity::Error),
            "{found:?}"
        );
    }

    #[test]
    fn an_empty_workshop_asks_for_personas_and_verbatims() {
        let doc = Workshop::new("t", "en");
        assert_eq!(codes(&doc), [ListenNoVerbatim, NoPersona]);
    }

    #[test]
    fn an_objective_without_a_figure_is_flagged() {
        let mut doc = demo();
        doc.framing.objective = "Make customers happier".into();
        assert!(codes(&doc).contains(&FramingNoFigure));
    }

    #[test]
    fn listening_needs_several_families_and_uncontrolled_channels() {
        let mut doc = demo();
        doc.listen
            .sources
            .retain(|s| s.family == SourceFamily::Survey);
        doc.listen
            .verbatims
            .iter_mut()
            .for_each(|v| v.source = None);
        doc.listen.metrics.iter_mut().for_each(|m| m.source = None);
        let c = codes(&doc);
        assert!(c.contains(&ListenOneFamily) && c.contains(&ListenNoUncontrolled));
        doc.listen.sources.push(Source {
            id: "src-x".into(),
            family: SourceFamily::Uncontrolled,
            ..Default::default()
        });
        let c = codes(&doc);
        assert!(!c.contains(&ListenOneFamily) && !c.contains(&ListenNoUncontrolled));
    }

    #[test]
    fn a_persona_without_journey_and_a_journey_without_moment() {
        let mut doc = demo();
        let e = edit::delete(&doc, Kind::Journey, "jrn-karim");
        edit::apply(&mut doc, e).unwrap();
        let found = checks(&doc);
        assert!(
            found
                .iter()
                .any(|f| f.warning == PersonaNoJourney && f.at.as_deref() == Some("per-karim"))
        );
        doc.moments.retain(|m| !m.stage.starts_with("stg-marie"));
        doc.target.actions.iter_mut().for_each(|a| a.moment = None);
        assert!(codes(&doc).contains(&JourneyNoMoment));
    }

    #[test]
    fn a_moment_not_rated_for_every_persona() {
        let mut doc = demo();
        doc.moments[0].criticity.remove("per-karim");
        let f = checks(&doc);
        let open: Vec<_> = f.iter().filter(|f| f.warning == MomentNotRated).collect();
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].at.as_deref(), Some(doc.moments[0].id.as_str()));
        assert_eq!(open[0].step, Step::Criticity);
    }

    #[test]
    fn a_critical_moment_needs_an_action_unless_rated_low_for_all() {
        let mut doc = demo();
        doc.target
            .actions
            .retain(|a| a.moment.as_deref() != Some("mom-hidden-fees"));
        let f = checks(&doc);
        let open = f
            .iter()
            .find(|f| f.warning == CriticalWithoutAction)
            .unwrap();
        assert_eq!(open.at.as_deref(), Some("mom-hidden-fees"));
        assert_eq!(open.severity, Severity::Error);
        for r in doc.moments[1].criticity.values_mut() {
            r.level = Level::Low;
        }
        assert!(!codes(&doc).contains(&CriticalWithoutAction));
    }

    fn one_journey(channels: &[&[&str]]) -> Workshop {
        let mut doc = Workshop::new("t", "en");
        let stages = channels
            .iter()
            .enumerate()
            .map(|(i, cs)| Stage {
                id: format!("stg-{i}"),
                name: format!("S{i}"),
                phase: crate::model::Phase::ALL[i.min(7)],
                current_channels: cs.iter().map(|c| c.to_string()).collect(),
                ..Default::default()
            })
            .collect();
        doc.journeys.push(Journey {
            id: "jny-a".into(),
            name: "J".into(),
            stages,
            ..Default::default()
        });
        doc
    }

    #[test]
    fn omnichannel_rules() {
        let doc = one_journey(&[&["phone"], &["phone"], &[]]);
        let f = channel_checks(&doc, &doc.journeys[0]);
        let c: Vec<_> = f
            .iter()
            .map(|f| (f.warning, f.at.as_deref().unwrap()))
            .collect();
        assert_eq!(
            c,
            [
                (StageOneChannel, "stg-1"),
                (StageNoChannel, "stg-2"),
                (JourneyOneChannel, "jny-a")
            ]
        );
        // Stage 0 is before the need: one channel is where the need shows up, no gap.
        assert_eq!(doc.journeys[0].stages[0].phase, Phase::BeforeNeed);
        assert_eq!(StageOneChannel.severity(), Severity::Info);

        let mut doc = one_journey(&[&["phone", "email"], &["website", "chat"]]);
        doc.journeys[0].stages[1].desired_channels = vec!["sms".into(), "phone".into()];
        let c: Vec<_> = channel_checks(&doc, &doc.journeys[0])
            .into_iter()
            .map(|f| (f.warning, f.subject))
            .collect();
        assert_eq!(c, [(DesiredNotOffered, "S1 › sms".to_owned())]);

        let mut doc = one_journey(&[&["phone", "email"], &["website", "chat"]]);
        doc.journeys[0].stages[0].target_channels = vec!["phone".into()];
        doc.journeys[0].stages[1].target_channels = vec!["phone".into()];
        assert_eq!(
            codes(&doc)
                .into_iter()
                .filter(|w| w.step() == Step::Interactions)
                .collect::<Vec<_>>(),
            [PlanOneChannel]
        );
    }

    #[test]
    fn a_channel_break_stays_open_until_a_channel_action_answers_it() {
        let mut doc = one_journey(&[&["chat"], &["phone"]]);
        // Different phases: moving from chat to phone between two tasks is not a break.
        assert!(!is_break(&doc.journeys[0], 1));
        doc.journeys[0].stages[1].phase = doc.journeys[0].stages[0].phase;
        assert!(is_break(&doc.journeys[0], 1));
        assert!(codes(&doc).contains(&ChannelBreak));
        doc.target.actions.push(Action {
            id: "act-a".into(),
            kind: ActionKind::Channel,
            stage: Some("stg-1".into()),
            ..Default::default()
        });
        assert!(!codes(&doc).contains(&ChannelBreak));
        // The demo's flagged break is answered by its shared-history action.
        let demo = demo();
        let j = demo.journey("jrn-marie").unwrap();
        let at = j
            .stages
            .iter()
            .position(|s| s.id == "stg-marie-bank")
            .unwrap();
        assert!(is_break(j, at));
        assert!(!codes(&demo).contains(&ChannelBreak));
    }

    #[test]
    fn target_checks_wait_for_the_first_action() {
        let mut doc = demo();
        doc.moments.push(Moment {
            id: "mom-x".into(),
            stage: "stg-marie-bank".into(),
            kind: MomentKind::Wow,
            criticity: [("per-marie".into(), Rating::default())].into(),
            ..Default::default()
        });
        doc.target.actions[0].owner.clear();
        let c = codes(&doc);
        assert!(c.contains(&ActionIncomplete) && c.contains(&MomentNotRated));
        doc.target
            .actions
            .retain(|a| a.persona.as_deref() != Some("per-karim"));
        assert!(codes(&doc).contains(&PersonaNoAction));
        doc.target.actions.clear();
        let c = codes(&doc);
        assert!(!c.contains(&PersonaNoAction) && !c.contains(&ActionIncomplete));
    }

    fn lacks(doc: &Workshop, lang: Lang) -> Vec<String> {
        checks(doc)
            .iter()
            .filter(|f| f.warning == ActionIncomplete)
            .map(|f| f.message(lang))
            .collect()
    }

    #[test]
    fn an_incomplete_action_says_exactly_what_it_lacks() {
        let mut doc = demo();
        assert!(lacks(&doc, Lang::En).is_empty());
        doc.target.actions[0].kpi.clear();
        doc.target.actions[0].due.clear();
        assert_eq!(
            lacks(&doc, Lang::En),
            ["Action without a KPI or a due date."]
        );
        assert_eq!(
            lacks(&doc, Lang::Fr),
            ["Action sans indicateur ni échéance."]
        );
        doc.target.actions[1].owner.clear();
        assert_eq!(lacks(&doc, Lang::En)[1], "Action without an owner.");
        doc.target.actions[0].owner.clear();
        assert_eq!(
            lacks(&doc, Lang::En)[0],
            "Action without an owner, a KPI or a due date."
        );
        // A quick audit's form asks for the owner only.
        doc.facilitation.quick = true;
        assert_eq!(
            lacks(&doc, Lang::En),
            ["Action without an owner.", "Action without an owner."]
        );
    }

    #[test]
    fn a_wow_effect_before_the_irritants_falls_flat() {
        let mut doc = demo();
        assert!(!codes(&doc).contains(&WowBeforeIrritants));
        // Marie's hidden fees are very sensitive for her; take their action away.
        assert_eq!(
            doc.moment("mom-hidden-fees").unwrap().criticity["per-marie"].level,
            Level::VerySensitive
        );
        doc.target
            .actions
            .retain(|a| a.moment.as_deref() != Some("mom-hidden-fees"));
        let flops: Vec<_> = checks(&doc)
            .into_iter()
            .filter(|f| f.warning == WowBeforeIrritants)
            .collect();
        assert_eq!(flops.len(), 1, "{flops:?}");
        let wow = doc.action(flops[0].at.as_deref().unwrap()).unwrap();
        assert_eq!(wow.kind, ActionKind::MultiplyWow);
        assert_eq!(wow.persona.as_deref(), Some("per-marie"));
        let title = &doc.moment("mom-hidden-fees").unwrap().title;
        assert!(flops[0].subject.ends_with(title.as_str()), "{flops:?}");
        assert_eq!(flops[0].severity, Severity::Warning);
        // Not for another persona's wow, nor once the moment is only sensitive.
        doc.moments
            .iter_mut()
            .filter(|m| m.id == "mom-hidden-fees")
            .for_each(|m| m.criticity.get_mut("per-marie").unwrap().level = Level::Sensitive);
        assert!(!codes(&doc).contains(&WowBeforeIrritants));
    }

    #[test]
    fn findings_come_in_step_order_with_a_message_in_both_languages() {
        let doc = Workshop::new("t", "en");
        let mut doc2 = demo();
        doc2.personas[0].name = "Head of marketing".into();
        for f in checks(&doc).into_iter().chain(checks(&doc2)) {
            assert!(!f.warning.message(Lang::Fr).is_empty());
        }
        let steps: Vec<_> = checks(&doc2).iter().map(|f| f.step).collect();
        assert!(steps.is_sorted());
    }
}
