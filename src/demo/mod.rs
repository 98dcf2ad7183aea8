//! The built-in demo workshop: a small-business invoicing SaaS (Facturo) working on the
//! experience of two personas, Marie, a studio founder, and Karim, her kind of accountant.
//!
//! The content lives in two JSON files, one per language, with the same ids and the same
//! structure; only the texts differ. French is the method's reference language.

use crate::i18n::Lang;
use crate::model::Workshop;

const EN: &str = include_str!("en.json");
const FR: &str = include_str!("fr.json");

/// A fresh copy of the built-in demo workshop in `lang` (texts written in that language).
pub fn demo(lang: Lang) -> Workshop {
    let text = match lang {
        Lang::En => EN,
        Lang::Fr => FR,
    };
    serde_json::from_str(text).expect("the built-in demo workshop is valid JSON (tested)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        ActionKind, Effort, Impact, Level, MomentKind, Phase, SourceFamily, metrics,
    };
    use serde_json::Value;

    /// The channel keys the method knows (step 6).
    const CHANNELS: [&str; 17] = [
        "shop",
        "catalogue",
        "advisor",
        "phone",
        "sms",
        "website",
        "app",
        "email",
        "chat",
        "social",
        "click-collect",
        "web-to-store",
        "marketplace",
        "messaging",
        "video",
        "review-site",
        "event",
    ];

    fn both() -> [(Lang, Workshop); 2] {
        [(Lang::En, demo(Lang::En)), (Lang::Fr, demo(Lang::Fr))]
    }

    /// Fields whose string values are structure (ids, links, enums, channel keys, dates), not
    /// free text; `kind` is an enum everywhere except on sources, where it is text.
    const STRUCTURAL: [&str; 20] = [
        "id",
        "format",
        "family",
        "source",
        "persona",
        "stage",
        "sentiment",
        "verbatims",
        "evidence",
        "phase",
        "channels",
        "current_channels",
        "desired_channels",
        "target_channels",
        "level",
        "moment",
        "impact",
        "effort",
        "due",
        "kind",
    ];

    /// The document with every free text blanked: what is left (ids, links, enums, channel
    /// keys, numbers, dates, list lengths) must be the same in both languages.
    fn shape(doc: &Workshop) -> Value {
        fn walk(v: &mut Value, keep: bool) {
            match v {
                Value::String(s) if !keep => s.clear(),
                Value::Array(a) => a.iter_mut().for_each(|x| walk(x, keep)),
                Value::Object(o) => o
                    .iter_mut()
                    .for_each(|(k, x)| walk(x, STRUCTURAL.contains(&k.as_str()))),
                _ => {}
            }
        }
        let mut v = serde_json::to_value(doc).unwrap();
        for s in v["listen"]["sources"].as_array_mut().unwrap() {
            s["kind"] = Value::String(String::new());
        }
        walk(&mut v, false);
        v
    }

    /// Where two values first differ, as a JSON path.
    fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                if x.keys().ne(y.keys()) {
                    return Some(format!("{path}: keys differ"));
                }
                x.iter()
                    .find_map(|(k, v)| first_difference(v, &y[k], &format!("{path}.{k}")))
            }
            (Value::Array(x), Value::Array(y)) => {
                if x.len() != y.len() {
                    return Some(format!("{path}: {} items against {}", x.len(), y.len()));
                }
                x.iter()
                    .zip(y)
                    .enumerate()
                    .find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]")))
            }
            _ => (a != b).then(|| format!("{path}: {a} against {b}")),
        }
    }

    #[test]
    fn both_languages_parse_and_validate() {
        for (lang, doc) in both() {
            crate::edit::validate(&doc).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
            assert_eq!(doc.framing.language, lang.code());
            assert_eq!(doc.format, crate::model::FORMAT);
            assert_eq!(doc.schema_version, crate::model::SCHEMA_VERSION);
            assert!(doc.created.is_empty() && doc.updated.is_empty());
        }
    }

    #[test]
    fn english_and_french_have_the_same_ids_and_structure() {
        let (en, fr) = (demo(Lang::En), demo(Lang::Fr));
        let ids = |d: &Workshop| d.ids().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(ids(&en), ids(&fr));
        let diff = first_difference(&shape(&en), &shape(&fr), "$");
        assert_eq!(diff, None, "English and French differ in structure");
        // And the texts really are translated.
        assert_ne!(en.framing.objective, fr.framing.objective);
        assert_ne!(en.journeys[0].stages[0].name, fr.journeys[0].stages[0].name);
        assert!(fr.framing.scope.contains('é'), "French with its accents");
    }

    #[test]
    fn two_personas_each_with_a_journey_and_evidence() {
        for (lang, doc) in both() {
            assert_eq!(doc.personas.len(), 2, "{lang:?}");
            for p in &doc.personas {
                assert!(
                    doc.journeys_of(&p.id).next().is_some(),
                    "{} has a journey",
                    p.id
                );
                assert!(!p.evidence.is_empty(), "{} has evidence", p.id);
                for key in [&p.name, &p.quote, &p.context, &p.needs, &p.goals] {
                    assert!(!key.is_empty(), "{} is filled in", p.id);
                }
            }
        }
    }

    #[test]
    fn journeys_run_from_before_the_need_to_after_use() {
        for (_, doc) in both() {
            for j in &doc.journeys {
                assert!((7..=8).contains(&j.stages.len()), "{}", j.id);
                assert_eq!(
                    j.stages.first().unwrap().phase,
                    Phase::BeforeNeed,
                    "{}",
                    j.id
                );
                assert_eq!(j.stages.last().unwrap().phase, Phase::AfterUse, "{}", j.id);
                assert!(j.stages.windows(2).all(|w| w[0].phase <= w[1].phase));
                let emotions: Vec<i8> = j.stages.iter().map(|s| s.emotion.unwrap()).collect();
                assert!(emotions.contains(&-2) && emotions.contains(&2), "{}", j.id);
            }
        }
    }

    #[test]
    fn every_stage_is_filled_in_and_one_is_a_channel_break() {
        for (_, doc) in both() {
            for s in doc.journeys.iter().flat_map(|j| &j.stages) {
                let texts = [&s.name, &s.actions, &s.pain_points, &s.interaction_notes];
                assert!(texts.iter().all(|t| !t.is_empty()), "{}", s.id);
                let lists = [
                    &s.touchpoints,
                    &s.current_channels,
                    &s.desired_channels,
                    &s.interlocutors,
                    &s.target_channels,
                ];
                assert!(lists.iter().all(|l| !l.is_empty()), "{}", s.id);
            }
            // The channel break: the customer goes through several channels and repeats herself.
            let (_, bank) = doc.stage("stg-marie-bank").unwrap();
            assert!(bank.current_channels.len() >= 3);
            assert!(
                doc.moments_at(&bank.id)
                    .any(|m| m.kind == MomentKind::Critical)
            );
        }
    }

    #[test]
    fn the_demo_round_trips_through_json() {
        for (_, doc) in both() {
            let text = serde_json::to_string_pretty(&doc).unwrap();
            assert_eq!(serde_json::from_str::<Workshop>(&text).unwrap(), doc);
        }
    }

    #[test]
    fn channels_are_known_keys() {
        for (_, doc) in both() {
            let lists =
                doc.personas
                    .iter()
                    .map(|p| &p.channels)
                    .chain(doc.journeys.iter().flat_map(|j| {
                        j.stages.iter().flat_map(|s| {
                            [&s.current_channels, &s.desired_channels, &s.target_channels]
                        })
                    }));
            for c in lists.flatten() {
                assert!(CHANNELS.contains(&c.as_str()), "unknown channel {c}");
            }
        }
    }

    #[test]
    fn every_moment_kind_and_source_family_is_present() {
        for (_, doc) in both() {
            for k in MomentKind::ALL {
                assert!(doc.moments.iter().any(|m| m.kind == k), "{k:?}");
            }
            for f in SourceFamily::ALL {
                assert!(doc.listen.sources.iter().any(|s| s.family == f), "{f:?}");
            }
            for j in &doc.journeys {
                let n = j
                    .stages
                    .iter()
                    .map(|s| doc.moments_at(&s.id).count())
                    .sum::<usize>();
                assert!((3..=4).contains(&n), "{} has {n} moments", j.id);
            }
        }
    }

    #[test]
    fn a_few_moments_are_backed_by_verbatims_said_at_their_stage() {
        for (_, doc) in both() {
            let backed: Vec<_> = doc
                .moments
                .iter()
                .filter(|m| !m.evidence.is_empty())
                .collect();
            assert!((2..=3).contains(&backed.len()));
            for m in backed {
                for v in &m.evidence {
                    let stage = doc.verbatim(v).and_then(|v| v.stage.as_deref());
                    assert_eq!(stage, Some(m.stage.as_str()), "{v} on {}", m.id);
                }
            }
        }
    }

    #[test]
    fn each_persona_is_rated_on_the_moments_of_its_journey() {
        for (_, doc) in both() {
            for j in &doc.journeys {
                let p = j.persona.as_deref().unwrap();
                for s in &j.stages {
                    for m in doc.moments_at(&s.id) {
                        let r = m
                            .criticity
                            .get(p)
                            .unwrap_or_else(|| panic!("{p} on {}", m.id));
                        assert_ne!(r.level, Level::NotApplicable, "{p} lives {}", m.id);
                    }
                }
            }
        }
    }

    #[test]
    fn actions_cover_every_kind_and_quadrant() {
        for (_, doc) in both() {
            let a = &doc.target.actions;
            assert!((6..=8).contains(&a.len()));
            for k in ActionKind::ALL {
                assert!(a.iter().any(|x| x.kind == k), "{k:?}");
            }
            for i in [Impact::Low, Impact::High] {
                for e in [Effort::Low, Effort::High] {
                    assert!(a.iter().any(|x| x.impact == i && x.effort == e));
                }
            }
            for x in a {
                assert!(x.persona.is_some() && (x.moment.is_some() || x.stage.is_some()));
                assert!(!x.owner.is_empty() && !x.kpi.is_empty() && x.due.starts_with("2027-"));
            }
        }
    }

    #[test]
    fn listening_material_is_rich_enough() {
        for (_, doc) in both() {
            let l = &doc.listen;
            assert!((15..=20).contains(&l.verbatims.len()));
            assert!((4..=5).contains(&l.insights.len()));
            assert!(l.insights.iter().all(|i| !i.verbatims.is_empty()));
            let kinds: Vec<_> = l.metrics.iter().map(|m| m.kind).collect();
            assert_eq!(kinds.len(), 3);
            let nps = &l.metrics[0];
            assert_eq!(metrics::compute(nps.kind, &nps.input).score, Some(12.0));
        }
    }

    #[test]
    fn a_fresh_copy_each_time() {
        let mut a = demo(Lang::Fr);
        a.framing.title.clear();
        assert!(!demo(Lang::Fr).framing.title.is_empty());
    }
}
