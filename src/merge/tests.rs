use super::*;
use crate::edit::{self, Edit, Record};
use crate::i18n::Lang;
use crate::model::{Journey, Level, Persona, Rating, Stage};
use serde_json::json;

fn base() -> Workshop {
    crate::demo::demo(Lang::En)
}

fn with(doc: &Workshop, edits: Vec<Edit>) -> Workshop {
    let mut d = doc.clone();
    for e in edits {
        edit::apply(&mut d, e).expect("the edit applies");
    }
    d
}

fn stage<'a>(doc: &'a Workshop, id: &str) -> &'a Stage {
    doc.stage(id).expect("the stage exists").1
}

#[test]
fn changes_to_different_records_all_arrive_and_one_field_changed_twice_is_a_conflict() {
    let b = base();
    let ours = with(
        &b,
        vec![
            edit::set(Kind::Persona, "per-marie", "needs", "Ours"),
            edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", -1),
        ],
    );
    let theirs = with(
        &b,
        vec![
            edit::set(Kind::Persona, "per-karim", "goals", "Theirs"),
            edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", 1),
        ],
    );
    let m = merge(&b, &ours, &theirs).unwrap();
    assert_eq!(m.doc.persona("per-marie").unwrap().needs, "Ours");
    assert_eq!(m.doc.persona("per-karim").unwrap().goals, "Theirs");
    assert_eq!(stage(&m.doc, "stg-marie-subscribe").emotion, Some(-1));
    assert_eq!(
        m.doc.conflicts,
        vec![Conflict {
            record: "stage".into(),
            id: "stg-marie-subscribe".into(),
            field: "emotion".into(),
            ours: json!(-1),
            theirs: json!(1),
            now: Side::Ours,
        }]
    );
    assert!(m.kept.is_empty() && m.repairs.is_empty());
}

#[test]
fn choosing_a_side_is_one_undoable_edit() {
    let b = base();
    let ours = with(
        &b,
        vec![edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", -1)],
    );
    let theirs = with(
        &b,
        vec![edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", 1)],
    );
    let mut doc = merge(&b, &ours, &theirs).unwrap().doc;
    let before = doc.clone();
    let choose = edit::resolve(&doc, 0, Side::Theirs).unwrap();
    let undo = edit::apply(&mut doc, choose).unwrap();
    assert_eq!(stage(&doc, "stg-marie-subscribe").emotion, Some(1));
    assert!(doc.conflicts.is_empty());
    edit::apply(&mut doc, undo).unwrap();
    assert_eq!(doc, before);
}

#[test]
fn additions_removals_and_moves_from_both_sides() {
    let b = base();
    let persona = |id: &str| Persona {
        id: id.into(),
        name: id.into(),
        ..Default::default()
    };
    let ours = with(
        &b,
        vec![
            Edit::Insert {
                index: 2,
                record: Record::Persona(persona("per-ours")),
            },
            Edit::Move {
                kind: Kind::Stage,
                id: "stg-marie-closing".into(),
                to: 0,
            },
        ],
    );
    let theirs = with(
        &b,
        vec![
            Edit::Insert {
                index: 2,
                record: Record::Persona(persona("per-theirs")),
            },
            edit::delete(&b, Kind::Source, "src-social"),
        ],
    );
    let m = merge(&b, &ours, &theirs).unwrap();
    let names: Vec<&str> = m.doc.personas.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(names, ["per-marie", "per-karim", "per-ours", "per-theirs"]);
    assert!(m.doc.source("src-social").is_none());
    assert_eq!(m.doc.journeys[0].stages[0].id, "stg-marie-closing");
    assert!(m.doc.conflicts.is_empty());
}

#[test]
fn a_record_removed_on_one_side_stays_when_the_other_changed_or_used_it() {
    let b = base();
    let ours = with(&b, vec![edit::delete(&b, Kind::Source, "src-social")]);
    let theirs = with(
        &b,
        vec![edit::set(Kind::Source, "src-social", "notes", "still here")],
    );
    let m = merge(&b, &ours, &theirs).unwrap();
    assert_eq!(m.doc.source("src-social").unwrap().notes, "still here");
    assert_eq!(m.kept[0].why, Why::Changed);

    // Karim is deleted on one side while the other draws him a new journey.
    let ours = with(&b, vec![edit::delete(&b, Kind::Persona, "per-karim")]);
    let journey = Journey {
        id: "jrn-new".into(),
        persona: Some("per-karim".into()),
        ..Default::default()
    };
    let theirs = with(
        &b,
        vec![Edit::Insert {
            index: 0,
            record: Record::Journey(journey),
        }],
    );
    let m = merge(&b, &ours, &theirs).unwrap();
    assert_eq!(
        m.doc.journey("jrn-new").unwrap().persona.as_deref(),
        Some("per-karim")
    );
    assert!(
        m.kept
            .iter()
            .any(|k| k.id == "per-karim" && k.why == Why::Used)
    );
    assert!(edit::validate(&m.doc).is_ok());
}

#[test]
fn ratings_channels_and_time_spent_merge_key_by_key() {
    let b = base();
    let mut rated = b.moment("mom-hidden-fees").unwrap().criticity.clone();
    rated.insert("per-marie".into(), Rating::new(Level::Low, "ours".into()));
    let ours = with(
        &b,
        vec![
            edit::set(
                Kind::Moment,
                "mom-hidden-fees",
                "criticity",
                serde_json::to_value(&rated).unwrap(),
            ),
            edit::set(
                Kind::Stage,
                "stg-marie-subscribe",
                "current_channels",
                json!(["shop"]),
            ),
            edit::set_facilitation("spent", json!({"personas": 100})),
        ],
    );
    let mut rated = b.moment("mom-hidden-fees").unwrap().criticity.clone();
    rated.insert("per-karim".into(), Rating::new(Level::Low, "theirs".into()));
    let theirs = with(
        &b,
        vec![
            edit::set(
                Kind::Moment,
                "mom-hidden-fees",
                "criticity",
                serde_json::to_value(&rated).unwrap(),
            ),
            edit::set(
                Kind::Stage,
                "stg-marie-subscribe",
                "current_channels",
                json!(["phone"]),
            ),
            edit::set_facilitation("spent", json!({"personas": 60})),
        ],
    );
    let b = with(
        &b,
        vec![edit::set_facilitation("spent", json!({"personas": 40}))],
    );
    let m = merge(&b, &ours, &theirs).unwrap();
    let c = &m.doc.moment("mom-hidden-fees").unwrap().criticity;
    assert_eq!(c["per-marie"].rationale, "ours");
    assert_eq!(c["per-karim"].rationale, "theirs");
    assert_eq!(
        stage(&m.doc, "stg-marie-subscribe").current_channels,
        ["shop", "phone"]
    );
    assert_eq!(m.doc.facilitation.spent["personas"], 120);
    assert!(m.doc.conflicts.is_empty());
}

#[test]
fn a_merge_that_cannot_be_valid_is_refused() {
    let b = base();
    let at = |journey: &str| Edit::Insert {
        index: 0,
        record: Record::Stage {
            journey: journey.into(),
            stage: Stage {
                id: "stg-twice".into(),
                ..Default::default()
            },
        },
    };
    let ours = with(&b, vec![at("jrn-marie")]);
    let theirs = with(&b, vec![at("jrn-karim")]);
    let e = merge(&b, &ours, &theirs).unwrap_err();
    assert!(e.contains("stg-twice"), "{e}");
}

#[test]
fn a_conflict_closed_on_one_side_stays_closed() {
    let b = base();
    let ours = with(
        &b,
        vec![edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", -1)],
    );
    let theirs = with(
        &b,
        vec![edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", 1)],
    );
    let open = merge(&b, &ours, &theirs).unwrap().doc;
    let closed = with(&open, vec![edit::resolve(&open, 0, Side::Theirs).unwrap()]);
    let other = with(
        &open,
        vec![edit::set(Kind::Persona, "per-marie", "goals", "x")],
    );
    let m = merge(&open, &closed, &other).unwrap();
    assert!(m.doc.conflicts.is_empty());
    assert_eq!(stage(&m.doc, "stg-marie-subscribe").emotion, Some(1));
}

#[test]
fn two_people_settling_two_conflicts_from_the_same_view_close_both() {
    let b = base();
    let ours = with(
        &b,
        vec![
            edit::set(Kind::Persona, "per-marie", "needs", "ours"),
            edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", -1),
        ],
    );
    let theirs = with(
        &b,
        vec![
            edit::set(Kind::Persona, "per-marie", "needs", "theirs"),
            edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", 1),
        ],
    );
    let mut doc = merge(&b, &ours, &theirs).unwrap().doc;
    assert_eq!(doc.conflicts.len(), 2);
    let first = edit::resolve(&doc, 0, Side::Theirs).unwrap();
    let second = edit::resolve(&doc, 1, Side::Ours).unwrap();
    let undo_first = edit::apply(&mut doc, first.clone()).unwrap();
    edit::apply(&mut doc, second).unwrap();
    assert!(doc.conflicts.is_empty());
    assert_eq!(doc.persona("per-marie").unwrap().needs, "theirs");
    // Settling one twice is refused, and changes nothing.
    assert!(edit::apply(&mut doc.clone(), first).is_err());
    edit::apply(&mut doc, undo_first).unwrap();
    assert_eq!(doc.conflicts.len(), 1);
}
