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

/// `doc()` with a second persona, a second stage and its moment, and two more verbatims:
/// vb-b without persona, vb-c of per-b.
fn linked() -> Workshop {
    let mut w = doc();
    let verbatim = |id: &str, persona: Option<&str>| Edit::Insert {
        index: 0,
        record: Record::Verbatim(Verbatim {
            id: id.into(),
            text: format!("said {id}"),
            persona: persona.map(Into::into),
            ..Default::default()
        }),
    };
    for e in [
        Edit::Insert {
            index: 1,
            record: Record::Persona(Persona {
                id: "per-b".into(),
                name: "Karim".into(),
                ..Default::default()
            }),
        },
        Edit::Insert {
            index: 1,
            record: Record::Stage {
                journey: "jou-a".into(),
                stage: Stage {
                    id: "stg-b".into(),
                    name: "Pay".into(),
                    ..Default::default()
                },
            },
        },
        Edit::Insert {
            index: 1,
            record: Record::Moment(Moment {
                id: "mom-b".into(),
                stage: "stg-b".into(),
                ..Default::default()
            }),
        },
        verbatim("vb-b", None),
        verbatim("vb-c", Some("per-b")),
    ] {
        apply(&mut w, e).unwrap();
    }
    w
}

/// Applies `e`, checks the document is valid, that the inverse gives back the document
/// before and that the redo gives back the one after; leaves the document after `e`.
fn exactly_undone(w: &mut Workshop, e: Edit) {
    let before = w.clone();
    let inverse = apply(w, e).unwrap();
    validate(w).unwrap();
    let after = w.clone();
    let redo = apply(w, inverse).unwrap();
    assert_eq!(*w, before);
    apply(w, redo).unwrap();
    assert_eq!(*w, after);
}

fn persona_of(w: &Workshop, v: &str) -> Option<String> {
    w.verbatim(v).unwrap().persona.clone()
}

fn evidence_of(w: &Workshop, p: &str) -> Vec<String> {
    w.persona(p).unwrap().evidence.iter().cloned().collect()
}

#[test]
fn a_personas_evidence_sets_its_verbatims_persona() {
    let mut w = linked();
    exactly_undone(
        &mut w,
        set(Kind::Persona, "per-a", "evidence", json!(["vb-b", "vb-c"])),
    );
    assert_eq!(
        persona_of(&w, "vb-a"),
        None,
        "left out: no persona any more"
    );
    assert_eq!(persona_of(&w, "vb-b").as_deref(), Some("per-a"));
    assert_eq!(persona_of(&w, "vb-c").as_deref(), Some("per-a"));
    assert!(
        evidence_of(&w, "per-b").is_empty(),
        "taken from Karim's evidence"
    );
}

#[test]
fn a_verbatims_persona_moves_it_between_evidence_lists() {
    let mut w = linked();
    exactly_undone(&mut w, set(Kind::Verbatim, "vb-b", "persona", "per-b"));
    assert_eq!(evidence_of(&w, "per-b"), ["vb-c", "vb-b"], "appended");
    exactly_undone(&mut w, set(Kind::Verbatim, "vb-c", "persona", "per-a"));
    assert_eq!(evidence_of(&w, "per-a"), ["vb-a", "vb-c"]);
    assert_eq!(evidence_of(&w, "per-b"), ["vb-b"]);
    exactly_undone(
        &mut w,
        set(Kind::Verbatim, "vb-a", "persona", serde_json::Value::Null),
    );
    assert_eq!(evidence_of(&w, "per-a"), ["vb-c"]);
}

#[test]
fn inserted_records_bring_their_links_along() {
    let mut w = linked();
    let verbatim = Verbatim {
        id: "vb-d".into(),
        persona: Some("per-b".into()),
        ..Default::default()
    };
    let record = Record::Verbatim(verbatim);
    exactly_undone(&mut w, Edit::Insert { index: 0, record });
    assert_eq!(evidence_of(&w, "per-b"), ["vb-c", "vb-d"]);
    let persona = Persona {
        id: "per-c".into(),
        evidence: imbl::vector!["vb-c".into(), "vb-b".into()],
        ..Default::default()
    };
    let record = Record::Persona(persona);
    exactly_undone(&mut w, Edit::Insert { index: 2, record });
    assert_eq!(persona_of(&w, "vb-b").as_deref(), Some("per-c"));
    assert_eq!(persona_of(&w, "vb-c").as_deref(), Some("per-c"));
    assert_eq!(evidence_of(&w, "per-b"), ["vb-d"]);
    let action = Action {
        id: "act-b".into(),
        moment: Some("mom-b".into()),
        stage: Some("stg-a".into()),
        ..Default::default()
    };
    let record = Record::Action(action);
    exactly_undone(&mut w, Edit::Insert { index: 1, record });
    assert_eq!(w.action("act-b").unwrap().stage.as_deref(), Some("stg-b"));
}

#[test]
fn an_action_stays_at_its_moments_stage() {
    let mut w = linked();
    let stage_of = |w: &Workshop| w.action("act-a").unwrap().stage.clone();
    let moment_of = |w: &Workshop| w.action("act-a").unwrap().moment.clone();
    exactly_undone(&mut w, set(Kind::Action, "act-a", "moment", "mom-b"));
    assert_eq!(stage_of(&w).as_deref(), Some("stg-b"));
    // Moving the moment takes its actions along.
    exactly_undone(&mut w, set(Kind::Moment, "mom-b", "stage", "stg-a"));
    assert_eq!(stage_of(&w).as_deref(), Some("stg-a"));
    // Another stage than the moment's: the action leaves the moment.
    exactly_undone(&mut w, set(Kind::Action, "act-a", "stage", "stg-b"));
    assert_eq!(moment_of(&w), None);
    exactly_undone(&mut w, set(Kind::Action, "act-a", "moment", "mom-a"));
    exactly_undone(
        &mut w,
        set(Kind::Action, "act-a", "stage", serde_json::Value::Null),
    );
    assert_eq!((moment_of(&w), stage_of(&w)), (None, None));
    // No moment: any stage will do, and clearing the moment keeps the stage.
    exactly_undone(&mut w, set(Kind::Action, "act-a", "stage", "stg-b"));
    exactly_undone(&mut w, set(Kind::Action, "act-a", "moment", "mom-b"));
    assert_eq!(stage_of(&w).as_deref(), Some("stg-a"), "mom-b moved there");
    exactly_undone(
        &mut w,
        set(Kind::Action, "act-a", "moment", serde_json::Value::Null),
    );
    assert_eq!(stage_of(&w).as_deref(), Some("stg-a"));
}

#[test]
fn a_batch_of_linked_changes_is_undone_exactly() {
    let mut w = linked();
    exactly_undone(
        &mut w,
        Edit::Batch(vec![
            set(Kind::Verbatim, "vb-a", "persona", "per-b"),
            set(Kind::Persona, "per-a", "evidence", json!(["vb-c", "vb-a"])),
            set(Kind::Moment, "mom-a", "stage", "stg-b"),
            set(Kind::Action, "act-a", "stage", "stg-a"),
        ]),
    );
    assert_eq!(evidence_of(&w, "per-a"), ["vb-c", "vb-a"]);
    assert!(evidence_of(&w, "per-b").is_empty());
}

#[test]
fn a_duplicated_persona_leaves_the_evidence_with_the_original() {
    let w = linked();
    let mut copy = record(&w, Kind::Persona, "per-a").unwrap();
    copy.renew_ids(&w);
    let Record::Persona(p) = &copy else {
        panic!("a persona")
    };
    assert!(p.evidence.is_empty());
}

#[test]
fn validate_names_both_sides_of_a_link_that_disagrees() {
    let w = linked();
    let mut bad = w.clone();
    bad.listen
        .verbatims
        .iter_mut()
        .for_each(|v| v.persona = None);
    let why = validate(&bad).unwrap_err();
    assert!(why.contains("vb-a") && why.contains("per-a"), "{why}");
    let mut bad = w.clone();
    bad.personas[1].evidence.clear();
    let why = validate(&bad).unwrap_err();
    assert!(why.contains("vb-c") && why.contains("per-b"), "{why}");
    let mut bad = w;
    bad.target.actions[0].stage = Some("stg-b".into());
    let why = validate(&bad).unwrap_err();
    assert!(
        why.contains("act-a") && why.contains("mom-a") && why.contains("stg-b"),
        "{why}"
    );
}

/// Verbatims of per-b inserted first in the document, so that its evidence lists them in
/// another order than the document's.
fn said_by_karim(w: &mut Workshop, ids: impl IntoIterator<Item = impl Into<String>>) {
    for id in ids {
        let v = Verbatim {
            id: id.into(),
            persona: Some("per-b".into()),
            ..Default::default()
        };
        let insert = Edit::Insert {
            index: 0,
            record: Record::Verbatim(v),
        };
        apply(w, insert).unwrap();
    }
}

#[test]
fn evidence_in_another_order_than_the_verbatims_is_sound_and_a_missing_one_is_named() {
    let mut w = linked();
    said_by_karim(&mut w, ["vb-d", "vb-e"]);
    let evidence = evidence_of(&w, "per-b");
    let order: Vec<&str> = w
        .listen
        .verbatims
        .iter()
        .filter(|v| v.persona.as_deref() == Some("per-b"))
        .map(|v| v.id.as_str())
        .collect();
    assert_ne!(
        evidence, order,
        "the evidence lists them in the order they were linked"
    );
    validate(&w).unwrap();
    let mut gone = w;
    gone.personas[1].evidence.push_back("vb-gone".into());
    let why = validate(&gone).unwrap_err();
    assert_eq!(why, "persona per-b: verbatim vb-gone does not exist");
}

#[test]
fn repair_follows_each_rule_and_says_what_it_did() {
    let good = linked();
    assert!(repair(&mut good.clone()).is_empty());
    let mut w = good.clone();
    // vb-b in Marie's evidence without a persona; vb-c, Karim's, also in Marie's; vb-a,
    // Marie's, missing from her list; the action away from its moment's stage.
    w.personas[0].evidence = imbl::vector!["vb-b".into(), "vb-c".into()];
    w.target.actions[0].stage = Some("stg-b".into());
    let done = repair(&mut w);
    validate(&w).unwrap();
    assert_eq!(
        done,
        [
            Repair::Given {
                verbatim: "said vb-b".into(),
                persona: "Marie".into()
            },
            Repair::Dropped {
                verbatim: "said vb-c".into(),
                persona: "Marie".into(),
                own: "Karim".into()
            },
            Repair::Listed {
                verbatim: "Hidden fees!".into(),
                persona: "Marie".into()
            },
            Repair::Moved {
                action: "act-a".into(),
                stage: "See an ad".into()
            },
        ]
    );
    assert_eq!(evidence_of(&w, "per-a"), ["vb-b", "vb-a"]);
    assert_eq!(persona_of(&w, "vb-c").as_deref(), Some("per-b"));
    assert_eq!(w.target.actions[0].stage.as_deref(), Some("stg-a"));
    let lang = crate::i18n::Lang::Fr;
    assert_eq!(
        done[1].note(lang),
        "« said vb-c » retiré des verbatims de Marie\u{a0}: il appartient à Karim"
    );
    assert_eq!(
        done[3].note(crate::i18n::Lang::En),
        "action “act-a” moved to its moment's stage, See an ad"
    );
    // The same file repairs the same way.
    let mut again = good;
    again.personas[0].evidence = imbl::vector!["vb-b".into(), "vb-c".into()];
    again.target.actions[0].stage = Some("stg-b".into());
    repair(&mut again);
    assert_eq!(again, w);
}

#[test]
fn a_change_beside_a_long_list_leaves_the_list_untouched() {
    let mut w = linked();
    said_by_karim(&mut w, (0..100).map(|n| format!("vb-{n}")));
    let before = w.personas[1].evidence.clone();
    apply(&mut w, super::set(Kind::Persona, "per-b", "name", "Zoé")).unwrap();
    assert_eq!(w.personas[1].name, "Zoé");
    assert!(
        w.personas[1].evidence.ptr_eq(&before),
        "the evidence was rebuilt"
    );
    let why = apply(
        &mut w,
        super::set(Kind::Persona, "per-b", "evidence", json!(["vb-gone"])),
    );
    assert!(why.is_err());
}

#[test]
fn one_field_is_read_as_the_whole_record_gives_it() {
    let w = linked();
    for (kind, id) in [
        (Kind::Persona, "per-b"),
        (Kind::Moment, "mom-b"),
        (Kind::Verbatim, "vb-c"),
    ] {
        let target = super::Target::Record(kind, id.into());
        let whole = fields(&w, &target).unwrap();
        for (key, value) in whole.as_object().unwrap() {
            assert_eq!(
                field(&w, &target, key).as_ref(),
                Some(value),
                "{kind:?} {key}"
            );
        }
        assert_eq!(field(&w, &target, "no-such-field"), None);
    }
}
