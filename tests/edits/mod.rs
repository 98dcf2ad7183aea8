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
    /// A link field set to records of the document: which link, which record, which value.
    Link(usize, usize, usize),
    Links(Vec<(usize, usize, usize)>),
}

/// The link fields, with the kind they point at; the two-way ones bring changes along.
const LINKS: [(Kind, &str, Kind); 8] = [
    (Kind::Verbatim, "persona", Kind::Persona),
    (Kind::Persona, "evidence", Kind::Verbatim),
    (Kind::Action, "moment", Kind::Moment),
    (Kind::Action, "stage", Kind::Stage),
    (Kind::Moment, "stage", Kind::Stage),
    (Kind::Moment, "evidence", Kind::Verbatim),
    (Kind::Verbatim, "stage", Kind::Stage),
    (Kind::Insight, "verbatims", Kind::Verbatim),
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
    proptest::sample::select(Kind::ALL.to_vec())
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
        6 => (any::<usize>(), any::<usize>(), any::<usize>()).prop_map(|(l, i, v)| Op::Link(l, i, v)),
        3 => proptest::collection::vec((any::<usize>(), any::<usize>(), any::<usize>()), 1..5)
            .prop_map(Op::Links),
    ]
}

/// Some of the records of `kind`, chosen by the bits of `n` (none when `n` is 0).
fn some(doc: &Workshop, kind: Kind, n: usize) -> Vec<String> {
    let ids = ids_of(doc, kind);
    let mut picked: Vec<String> = (0..ids.len().min(usize::BITS as usize))
        .filter(|i| n >> i & 1 == 1)
        .map(|i| ids[i].clone())
        .collect();
    // Not always in document order: an evidence list keeps the order it is given.
    if n.is_multiple_of(3) {
        picked.reverse();
    }
    picked
}

/// Link `l` of record `i` set to a value built from `v`: one record, none (one time in
/// five), or several for a list.
fn link(doc: &Workshop, l: usize, i: usize, v: usize) -> Option<Edit> {
    let (kind, field, to) = LINKS[l % LINKS.len()];
    let value = match (field, to) {
        ("evidence" | "verbatims", _) => json!(some(doc, to, v)),
        // A moment's stage cannot be empty.
        (_, Kind::Stage) if kind == Kind::Moment => json!(pick(doc, to, v)?),
        _ if v.is_multiple_of(5) => Value::Null,
        _ => json!(pick(doc, to, v)?),
    };
    Some(edit::set(kind, &pick(doc, kind, i)?, field, value))
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
            let id = new_id(doc, kind.prefix());
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
                    evidence: some(doc, Kind::Verbatim, b % 8).into(),
                    ..Default::default()
                }),
                Kind::Journey => Record::Journey(Journey {
                    id,
                    name: t,
                    persona: any(Kind::Persona),
                    stages: (0..b % 4)
                        .map(|i| Stage {
                            id: new_id(doc, "stg"),
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
                    stage: pick(doc, Kind::Stage, b),
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
        Op::Link(l, i, v) => link(doc, l, i, v)?,
        Op::Links(links) => Edit::Batch(
            links
                .into_iter()
                .filter_map(|(l, i, v)| link(doc, l, i, v))
                .collect(),
        ),
    })
}
