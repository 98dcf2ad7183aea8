//! Action drafts for the target experience, derived from the work: each critical moment asks
//! to remove an irritant, each essential to secure it, each wow to multiply it, and each
//! channel break to carry the customer's history across channels. Most sensitive first.

use super::moments_of;
use crate::i18n::{Lang, method as t};
use crate::model::{Action, ActionKind, Impact, Level, MomentKind, Workshop};

/// Drafts for one persona that no action answers yet. They have no id until adopted.
pub fn drafts(doc: &Workshop, persona: &str, lang: Lang) -> Vec<Action> {
    let answered = |moment: &str| {
        doc.target.actions.iter().any(|a| {
            a.moment.as_deref() == Some(moment) && a.persona.as_deref().is_none_or(|p| p == persona)
        })
    };
    let mut out: Vec<Action> = moments_of(doc, persona)
        .into_iter()
        .filter(|m| !answered(&m.id))
        .map(|m| {
            let kind = match m.kind {
                MomentKind::Critical => ActionKind::RemoveIrritant,
                MomentKind::Essential => ActionKind::SecureEssential,
                MomentKind::Wow => ActionKind::MultiplyWow,
            };
            Action {
                persona: Some(persona.to_owned()),
                text: t::DRAFTS[kind as usize].fill(lang, &[("what", &m.title.trim())]),
                kind,
                stage: doc.moment(&m.id).map(|x| x.stage.clone()),
                moment: Some(m.id),
                impact: if m.level == Some(Level::VerySensitive) {
                    Impact::High
                } else {
                    Impact::Low
                },
                ..Action::default()
            }
        })
        .collect();
    for j in doc.journeys_of(persona) {
        for (i, s) in j.stages.iter().enumerate() {
            let answered = doc
                .target
                .actions
                .iter()
                .any(|a| a.kind == ActionKind::Channel && a.stage.as_deref() == Some(&s.id));
            if crate::method::is_break(j, i) && !answered {
                let kind = ActionKind::Channel;
                out.push(Action {
                    persona: Some(persona.to_owned()),
                    text: t::DRAFTS[kind as usize].fill(lang, &[("what", &s.name.trim())]),
                    kind,
                    stage: Some(s.id.clone()),
                    impact: Impact::High,
                    ..Action::default()
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Effort;

    #[test]
    fn the_demo_leaves_drafts_only_where_no_action_answers() {
        let doc = crate::demo::demo(Lang::En);
        // Every moment of Marie's journey has its action; Karim's clean export has one too,
        // but Marie's hidden fees, rated sensitive for him, have none written for him.
        assert!(
            drafts(&doc, "per-marie", Lang::En)
                .iter()
                .all(|d| d.persona.as_deref() == Some("per-marie"))
        );
        let karim = drafts(&doc, "per-karim", Lang::En);
        let moments: Vec<_> = karim.iter().filter_map(|d| d.moment.as_deref()).collect();
        assert!(moments.contains(&"mom-repeat-story"));
        assert!(!moments.contains(&"mom-one-by-one"));
    }

    #[test]
    fn each_kind_of_moment_gives_its_draft_most_sensitive_first() {
        let mut doc = crate::demo::demo(Lang::Fr);
        doc.target.actions.clear();
        let d = drafts(&doc, "per-marie", Lang::Fr);
        assert_eq!(d[0].kind, ActionKind::SecureEssential);
        assert!(d[0].text.starts_with("Sécuriser l'essentiel : "));
        assert_eq!(d[0].impact, Impact::High);
        assert_eq!(d[0].effort, Effort::Low);
        let kinds: Vec<_> = d.iter().map(|a| a.kind).collect();
        for k in ActionKind::ALL {
            assert!(kinds.contains(&k), "{k:?}");
        }
        // The low-rated clean export comes after the very sensitive moments.
        let last_moment = d.iter().rev().find(|a| a.moment.is_some()).unwrap();
        assert_eq!(last_moment.moment.as_deref(), Some("mom-clean-export"));
        assert_eq!(last_moment.impact, Impact::Low);
        let channel = d.iter().find(|a| a.kind == ActionKind::Channel).unwrap();
        assert_eq!(channel.stage.as_deref(), Some("stg-marie-bank"));
    }
}
