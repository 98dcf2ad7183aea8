//! Random edits for the property tests: operations drawn by proptest, turned into edits
//! against whatever document they are played on.

use parcours::edit::{self, Edit, Kind, Record};
use parcours::model::*;
use proptest::prelude::*;
use serde_json::{Value, json};

/// One random operation; numbers pick among the records present when it is played.
#[derive(Debug, Clone)]
pub enum Op {
    Add(Kind, usize, usize, String, i8),
    Set(Kind, usize, &'static str, Value),
    Remove(Kind, usize),
    Delete(Kind, usize),
    Move(Kind, usize, usize),
    Batch(Vec<(Kind, usize, &'static str, Value)>),
}

const KINDS: [Kind; 9] = [
    Kind::Source,
    Kind::Verbatim,
    Kind::Insight,
    Kind::Metric,
    Kind::Persona,
    Kind::Journey,
    Kind::Stage,
    Kind::Moment,
    Kind::Action,
];

const FIELDS: [&str; 20] = [
    "name",
    "text",
    "title",
    "quote",
    "emotion",
    "phase",
    "kind",
    "persona",
    "source",
    "stage",
    "due",
    "channels",
    "tags",
    "input",
    "owner",
    "criticity",
    "id",
    "stages",
    "family",
    "bogus",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,20}",
        Just("Élodie, gérante — « déçue » ☕ 日本語テキスト 🎉".to_owned()),
        Just("bell\x07 esc\x1b[2J nul\0 tab\t".to_owned()),
        Just("x".repeat(5000)),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        text().prop_map(Value::from),
        (-4i64..5).prop_map(Value::from),
        Just(Value::Null),
        Just(json!(["shop", "phone", "日本"])),
        Just(json!("2027-02-30")),
        Just(json!("2027-03-15")),
        Just(json!({"answers": [0, 7, 10, 11]})),
        Just(json!({"counts": [3, 4, 5]})),
        Just(json!("very-sensitive")),
        Just(json!("after-use")),
        Just(json!(true)),
    ]
}

pub fn kind() -> impl Strategy<Value = Kind> {
    proptest::sample::select(KINDS.to_vec())
}

pub fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => (kind(), any::<usize>(), any::<usize>(), text(), -3i8..4)
            .prop_map(|(k, a, b, t, e)| Op::Add(k, a, b, t, e)),
        4 => (kind(), any::<usize>(), proptest::sample::select(FIELDS.to_vec()), value())
            .prop_map(|(k, i, f, v)| Op::Set(k, i, f, v)),
        1 => (kind(), any::<usize>()).prop_map(|(k, i)| Op::Remove(k, i)),
        1 => (kind(), any::<usize>()).prop_map(|(k, i)| Op::Delete(k, i)),
        1 => (kind(), any::<usize>(), 0usize..12).prop_map(|(k, i, t)| Op::Move(k, i, t)),
        1 => proptest::collection::vec(
            (kind(), any::<usize>(), proptest::sample::select(FIELDS.to_vec()), value()),
            1..4
        ).prop_map(Op::Batch),
    ]
}

pub fn ids_of(doc: &Workshop, kind: Kind) -> Vec<String> {
    let l = &doc.listen;
    match kind {
        Kind::Source => l.sources.iter().map(|r| r.id.clone()).collect(),
        Kind::Verbatim => l.verbatims.iter().map(|r| r.id.clone()).collect(),
        Kind::Insight => l.insights.iter().map(|r| r.id.clone()).collect(),
        Kind::Metric => l.metrics.iter().map(|r| r.id.clone()).collect(),
        Kind::Persona => doc.personas.iter().map(|r| r.id.clone()).collect(),
        Kind::Journey => doc.journeys.iter().map(|r| r.id.clone()).collect(),
        Kind::Stage => doc
            .journeys
            .iter()
            .flat_map(|j| j.stages.iter().map(|s| s.id.clone()))
            .collect(),
        Kind::Moment => doc.moments.iter().map(|r| r.id.clone()).collect(),
        Kind::Action => doc.target.actions.iter().map(|r| r.id.clone()).collect(),
    }
}

pub fn pick(doc: &Workshop, kind: Kind, n: usize) -> Option<String> {
    let ids = ids_of(doc, kind);
    (!ids.is_empty()).then(|| ids[n % ids.len()].clone())
}

/// The edit an operation stands for on `doc`, if it can be expressed there.
pub fn to_edit(doc: &Workshop, op: &Op) -> Option<Edit> {
    Some(match op.clone() {
        Op::Add(kind, a, b, t, e) => {
            let id = new_id(kind.prefix());
            let any = |k| pick(doc, k, a);
            let record = match kind {
                Kind::Source => Record::Source(Source {
                    id,
                    family: SourceFamily::ALL[a % 4],
                    name: t,
                    ..Default::default()
                }),
                Kind::Verbatim => Record::Verbatim(Verbatim {
                    id,
                    text: t,
                    source: any(Kind::Source),
                    persona: any(Kind::Persona),
                    stage: any(Kind::Stage),
                    ..Default::default()
                }),
                Kind::Insight => Record::Insight(Insight {
                    id,
                    text: t,
                    verbatims: any(Kind::Verbatim).into_iter().collect(),
                }),
                Kind::Metric => Record::Metric(Metric {
                    id,
                    kind: MetricKind::ALL[a % 3],
                    label: t,
                    input: MetricInput::Answers(vec![(b % 12) as u8, 5]),
                    ..Default::default()
                }),
                Kind::Persona => Record::Persona(Persona {
                    id,
                    name: t,
                    ..Default::default()
                }),
                Kind::Journey => Record::Journey(Journey {
                    id,
                    name: t,
                    persona: any(Kind::Persona),
                    stages: (0..b % 4)
                        .map(|i| Stage {
                            id: new_id("stg"),
                            phase: Phase::ALL[i % 8],
                            ..Default::default()
                        })
                        .collect(),
                }),
                Kind::Stage => Record::Stage {
                    journey: any(Kind::Journey)?,
                    stage: Stage {
                        id,
                        name: t,
                        phase: Phase::ALL[b % 8],
                        emotion: Some(e),
                        ..Default::default()
                    },
                },
                Kind::Moment => Record::Moment(Moment {
                    id,
                    stage: any(Kind::Stage)?,
                    kind: MomentKind::ALL[b % 3],
                    title: t,
                    criticity: any(Kind::Persona)
                        .map(|p| (p, Rating::default()))
                        .into_iter()
                        .collect(),
                    ..Default::default()
                }),
                Kind::Action => Record::Action(Action {
                    id,
                    text: t,
                    persona: any(Kind::Persona),
                    moment: any(Kind::Moment),
                    ..Default::default()
                }),
            };
            let len = match &record {
                Record::Stage { journey, .. } => doc.journey(journey)?.stages.len(),
                _ => ids_of(doc, kind).len(),
            };
            // Sometimes one past the end, which must be refused.
            Edit::Insert {
                index: b % (len + 2),
                record,
            }
        }
        Op::Set(kind, i, field, value) => edit::set(kind, &pick(doc, kind, i)?, field, value),
        Op::Remove(kind, i) => Edit::Remove {
            kind,
            id: pick(doc, kind, i)?,
        },
        Op::Delete(kind, i) => edit::delete(doc, kind, &pick(doc, kind, i)?),
        Op::Move(kind, i, to) => Edit::Move {
            kind,
            id: pick(doc, kind, i)?,
            to,
        },
        Op::Batch(sets) => Edit::Batch(
            sets.into_iter()
                .filter_map(|(k, i, f, v)| Some(edit::set(k, &pick(doc, k, i)?, f, v)))
                .collect(),
        ),
    })
}
