//! Action drafts for the target experience, derived from the work: each critical moment asks
//! to remove an irritant, each essential to secure it, each wow to multiply it, and each
//! channel break to carry the customer's history across channels. Most sensitive first.

use super::moments_of;
use crate::i18n::{Lang, method as t};
use crate::model::{Action, ActionKind, Impact, Level, MomentKind, Workshop};

/// Drafts for one persona that no action answers yet. They have no id until adopted.
pub fn drafts(doc: &Workshop, persona: &str, lang: Lang) -> Vec<Action> {
    let answered = |moment: &str| {
        doc.target
            .actions
            .iter()
            .any(|a| a.moment.as_deref() == Some(moment))
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
    fn a_finished_workshop_has_no_draft_left_and_a_removed_action_brings_its_back() {
        let mut doc = crate::demo::demo(Lang::En);
        for p in ["per-marie", "per-karim"] {
            assert!(drafts(&doc, p, Lang::En).is_empty());
        }
        // Without the hidden fees action, Marie, on whose journey the moment is, gets a
        // draft; Karim, only rated on it, does not.
        doc.target.actions.retain(|a| a.id != "act-full-price");
        let d = drafts(&doc, "per-marie", Lang::En);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].moment.as_deref(), Some("mom-hidden-fees"));
        assert_eq!(d[0].persona.as_deref(), Some("per-marie"));
        assert!(drafts(&doc, "per-karim", Lang::En).is_empty());
    }

    #[test]
    fn each_kind_of_moment_gives_its_draft_most_sensitive_first() {
        let mut doc = crate::demo::demo(Lang::Fr);
        doc.target.actions.clear();
        let d = drafts(&doc, "per-marie", Lang::Fr);
        assert_eq!(d[0].kind, ActionKind::SecureEssential);
        assert!(d[0].text.starts_with("Sécuriser l'essentiel\u{a0}: "));
        assert_eq!(d[0].impact, Impact::High);
        assert_eq!(d[0].effort, Effort::Low);
        let kinds: Vec<_> = d.iter().map(|a| a.kind).collect();
        for k in ActionKind::ALL {
            assert!(kinds.contains(&k), "{k:?}");
        }
        // Karim's sensitive advisor comes after his very sensitive moments.
        let d = drafts(&doc, "per-karim", Lang::Fr);
        let last_moment = d.iter().rev().find(|a| a.moment.is_some()).unwrap();
        assert_eq!(last_moment.moment.as_deref(), Some("mom-partner-advisor"));
        assert_eq!(last_moment.impact, Impact::Low);
        let d = drafts(&doc, "per-marie", Lang::Fr);
        let channel = d.iter().find(|a| a.kind == ActionKind::Channel).unwrap();
        assert_eq!(channel.stage.as_deref(), Some("stg-marie-bank"));
    }
}
