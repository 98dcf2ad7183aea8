use super::*;
use crate::model::*;
use serde_json::json;

fn doc() -> Workshop {
    let mut w = Workshop::new("Test", "en");
    let p = Persona {
        id: "per-a".into(),
        name: "Marie".into(),
        ..Default::default()
    };
    let j = Journey {
        id: "jou-a".into(),
        name: "Trial".into(),
        persona: Some("per-a".into()),
        stages: vec![Stage {
            id: "stg-a".into(),
            name: "See an ad".into(),
            ..Default::default()
        }],
    };
    for e in [
        Edit::Insert {
            index: 0,
            record: Record::Source(Source {
                id: "src-a".into(),
                ..Default::default()
            }),
        },
        Edit::Insert {
            index: 0,
            record: Record::Persona(p),
        },
        Edit::Insert {
            index: 0,
            record: Record::Journey(j),
        },
        Edit::Insert {
            index: 0,
            record: Record::Verbatim(Verbatim {
                id: "vb-a".into(),
                text: "Hidden fees!".into(),
                source: Some("src-a".into()),
                persona: Some("per-a".into()),
                stage: Some("stg-a".into()),
                ..Default::default()
            }),
        },
        Edit::Insert {
            index: 0,
            record: Record::Moment(Moment {
                id: "mom-a".into(),
                stage: "stg-a".into(),
                kind: MomentKind::Critical,
                criticity: [(
                    "per-a".to_string(),
                    Rating::new(Level::VerySensitive, String::new()),
                )]
                .into(),
                ..Default::default()
            }),
        },
        Edit::Insert {
            index: 0,
            record: Record::Action(Action {
                id: "act-a".into(),
                persona: Some("per-a".into()),
                moment: Some("mom-a".into()),
                stage: Some("stg-a".into()),
                ..Default::default()
            }),
        },
        set(Kind::Persona, "per-a", "evidence", json!(["vb-a"])),
    ] {
        apply(&mut w, e).unwrap();
    }
    w
}

#[test]
fn set_returns_the_old_value_as_inverse() {
    let mut w = doc();
    let before = w.clone();
    let inv = apply(&mut w, set_framing("objective", "cut churn to 5%")).unwrap();
    assert_eq!(w.framing.objective, "cut churn to 5%");
    apply(&mut w, inv).unwrap();
    assert_eq!(w, before);
}

#[test]
fn set_refuses_wrong_types_and_unknown_fields() {
    let mut w = doc();
    let before = w.clone();
    assert!(matches!(
        apply(&mut w, set(Kind::Stage, "stg-a", "emotion", "great")),
        Err(EditError::BadValue { .. })
    ));
    assert!(matches!(
        apply(&mut w, set(Kind::Stage, "stg-a", "emotion", 3)),
        Err(EditError::BadValue { .. })
    ));
    assert!(matches!(
        apply(&mut w, set(Kind::Stage, "stg-a", "colour", 1)),
        Err(EditError::UnknownField(_))
    ));
    assert!(matches!(
        apply(&mut w, set(Kind::Persona, "per-a", "id", "x")),
        Err(EditError::UnknownField(_))
    ));
    assert!(matches!(
        apply(&mut w, set(Kind::Journey, "jou-a", "stages", json!([]))),
        Err(EditError::UnknownField(_))
    ));
    assert!(apply(&mut w, set(Kind::Action, "act-a", "due", "2026-02-30")).is_err());
    assert!(apply(&mut w, set(Kind::Verbatim, "vb-a", "persona", "per-zz")).is_err());
    assert_eq!(w, before);
}

#[test]
fn metric_answers_out_of_scale_are_refused() {
    let mut w = doc();
    let m = Metric {
        id: "met-a".into(),
        kind: MetricKind::Nps,
        input: MetricInput::Answers(vec![10, 11]),
        ..Default::default()
    };
    assert!(
        apply(
            &mut w,
            Edit::Insert {
                index: 0,
                record: Record::Metric(m)
            }
        )
        .is_err()
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let mut w = doc();
    let p = Persona {
        id: "stg-a".into(),
        ..Default::default()
    };
    assert_eq!(
        apply(
            &mut w,
            Edit::Insert {
                index: 0,
                record: Record::Persona(p)
            }
        ),
        Err(EditError::DuplicateId("stg-a".into()))
    );
}

#[test]
fn removing_a_used_record_is_refused() {
    let mut w = doc();
    let err = apply(
        &mut w,
        Edit::Remove {
            kind: Kind::Persona,
            id: "per-a".into(),
        },
    )
    .unwrap_err();
    assert!(matches!(err, EditError::InUse { .. }));
}

#[test]
fn deleting_a_persona_unlinks_everything_and_undoes_exactly() {
    let mut w = doc();
    let before = w.clone();
    let deps = dependents(&w, Kind::Persona, "per-a");
    let kinds: Vec<_> = deps.iter().map(|d| (d.kind, d.id.as_str())).collect();
    assert!(kinds.contains(&(Kind::Journey, "jou-a")));
    assert!(kinds.contains(&(Kind::Verbatim, "vb-a")));
    assert!(kinds.contains(&(Kind::Moment, "mom-a")));
    assert!(kinds.contains(&(Kind::Action, "act-a")));
    let inv = {
        let e = delete(&w, Kind::Persona, "per-a");
        apply(&mut w, e)
    }
    .unwrap();
    assert!(w.personas.is_empty());
    assert_eq!(w.journeys[0].persona, None);
    assert_eq!(w.listen.verbatims[0].persona, None);
    assert!(w.moments[0].criticity.is_empty());
    assert_eq!(w.target.actions[0].persona, None);
    apply(&mut w, inv).unwrap();
    assert_eq!(w, before);
}

#[test]
fn deleting_a_stage_deletes_its_moments_and_unlinks_the_rest() {
    let mut w = doc();
    let before = w.clone();
    let inv = {
        let e = delete(&w, Kind::Stage, "stg-a");
        apply(&mut w, e)
    }
    .unwrap();
    assert!(w.journeys[0].stages.is_empty());
    assert!(w.moments.is_empty());
    assert_eq!(w.listen.verbatims[0].stage, None);
    let a = &w.target.actions[0];
    assert_eq!((a.moment.as_deref(), a.stage.as_deref()), (None, None));
    apply(&mut w, inv).unwrap();
    assert_eq!(w, before);
}

#[test]
fn deleting_a_journey_or_verbatim_leaves_no_dangling_id() {
    let mut w = doc();
    {
        let e = delete(&w, Kind::Journey, "jou-a");
        apply(&mut w, e)
    }
    .unwrap();
    assert!(w.moments.is_empty() && w.journeys.is_empty());
    {
        let e = delete(&w, Kind::Verbatim, "vb-a");
        apply(&mut w, e)
    }
    .unwrap();
    assert!(w.personas[0].evidence.is_empty());
    {
        let e = delete(&w, Kind::Source, "src-a");
        apply(&mut w, e)
    }
    .unwrap();
    {
        let e = delete(&w, Kind::Persona, "per-a");
        apply(&mut w, e)
    }
    .unwrap();
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut w = doc();
    let before = w.clone();
    let bad = Edit::Batch(vec![
        set_framing("scope", "EU"),
        set(Kind::Stage, "nope", "name", "x"),
    ]);
    assert!(apply(&mut w, bad).is_err());
    assert_eq!(w, before);
}

#[test]
fn move_reorders_and_moves_back() {
    let mut w = doc();
    for (i, id) in ["stg-b", "stg-c"].into_iter().enumerate() {
        let s = Stage {
            id: id.into(),
            ..Default::default()
        };
        apply(
            &mut w,
            Edit::Insert {
                index: i + 1,
                record: Record::Stage {
                    journey: "jou-a".into(),
                    stage: s,
                },
            },
        )
        .unwrap();
    }
    let before = w.clone();
    let inv = apply(
        &mut w,
        Edit::Move {
            kind: Kind::Stage,
            id: "stg-a".into(),
            to: 2,
        },
    )
    .unwrap();
    let order: Vec<_> = w.journeys[0].stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, ["stg-b", "stg-c", "stg-a"]);
    apply(&mut w, inv).unwrap();
    assert_eq!(w, before);
}

#[test]
fn history_undoes_and_redoes() {
    let mut w = doc();
    let before = w.clone();
    let mut h = crate::room::Ledger::default();
    h.apply(&mut w, "me", set_framing("scope", "France"), true)
        .unwrap();
    let after = w.clone();
    assert!(h.undo(&mut w, "me").is_ok());
    assert_eq!(w, before);
    assert!(h.redo(&mut w, "me").is_ok());
    assert_eq!(w, after);
    assert!(h.redo(&mut w, "me").is_err());
}
