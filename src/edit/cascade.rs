//! Deleting a record that others point at: say what depends on it, and build the one batch
//! edit that unlinks or removes those dependents before removing the record.

use super::{Edit, Kind, set};
use crate::model::{Id, List, Workshop};
use serde_json::{Value, json};

/// Something that depends on a record about to be deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct Dependent {
    pub kind: Kind,
    pub id: Id,
    pub effect: Effect,
}

/// What deleting the record does to a dependent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// It loses its link (a verbatim no longer tied to a persona...).
    Unlinked,
    /// It is deleted too (the moments of a deleted stage).
    Deleted,
    /// It loses a criticity rating (ratings are per persona).
    RatingDropped,
}

/// The ids of the records that point at `kind`/`id` (for a journey: at its stages).
pub(super) fn users(doc: &Workshop, kind: Kind, id: &str) -> Vec<Id> {
    dependents(doc, kind, id)
        .into_iter()
        .map(|d| d.id)
        .collect()
}

/// What depends on a record, with what deleting it would do to each.
pub fn dependents(doc: &Workshop, kind: Kind, id: &str) -> Vec<Dependent> {
    let gone = Gone::of(doc, kind, id);
    let mut out: Vec<Dependent> = gone
        .moments
        .iter()
        .filter(|m| kind != Kind::Moment || m.as_str() != id)
        .map(|m| Dependent {
            kind: Kind::Moment,
            id: m.clone(),
            effect: Effect::Deleted,
        })
        .collect();
    for u in unlinks(doc, &gone) {
        if !out.iter().any(|d| d.kind == u.kind && d.id == u.id) {
            let effect = if u.field == "criticity" {
                Effect::RatingDropped
            } else {
                Effect::Unlinked
            };
            out.push(Dependent {
                kind: u.kind,
                id: u.id,
                effect,
            });
        }
    }
    out
}

/// The edit that deletes a record and handles everything that depends on it, so that no
/// dangling id is ever left. Show [`dependents`] to the user before applying it.
pub fn delete(doc: &Workshop, kind: Kind, id: &str) -> Edit {
    let gone = Gone::of(doc, kind, id);
    let mut edits: Vec<Edit> = unlinks(doc, &gone)
        .into_iter()
        .map(|u| set(u.kind, &u.id, u.field, u.value))
        .collect();
    edits.extend(
        gone.moments
            .iter()
            .filter(|m| kind != Kind::Moment || m.as_str() != id)
            .map(|m| Edit::Remove {
                kind: Kind::Moment,
                id: m.clone(),
            }),
    );
    edits.push(Edit::Remove {
        kind,
        id: id.to_owned(),
    });
    Edit::Batch(edits)
}

/// The ids that disappear with a deletion, by kind.
#[derive(Default)]
struct Gone {
    personas: Vec<Id>,
    sources: Vec<Id>,
    verbatims: Vec<Id>,
    stages: Vec<Id>,
    moments: Vec<Id>,
}

impl Gone {
    fn of(doc: &Workshop, kind: Kind, id: &str) -> Gone {
        let mut g = Gone::default();
        match kind {
            Kind::Persona => g.personas.push(id.into()),
            Kind::Source => g.sources.push(id.into()),
            Kind::Verbatim => g.verbatims.push(id.into()),
            Kind::Stage => g.stages.push(id.into()),
            Kind::Journey => {
                g.stages = doc
                    .journey(id)
                    .map(|j| j.stages.iter().map(|s| s.id.clone()).collect())
                    .unwrap_or_default();
            }
            Kind::Moment => g.moments.push(id.into()),
            Kind::Insight | Kind::Metric | Kind::Action => {}
        }
        // A stage owns the moments placed at it.
        g.moments.extend(
            doc.moments
                .iter()
                .filter(|m| g.stages.contains(&m.stage))
                .map(|m| m.id.clone()),
        );
        g
    }

    fn has(list: &[Id], link: &Option<Id>) -> bool {
        link.as_ref().is_some_and(|x| list.contains(x))
    }
}

/// One link to clear: set `field` of `kind`/`id` to `value`.
struct Unlink {
    kind: Kind,
    id: Id,
    field: &'static str,
    value: Value,
}

/// Every field, in records that stay, that points at something in `gone`, and its new value.
fn unlinks(doc: &Workshop, g: &Gone) -> Vec<Unlink> {
    let mut out = Vec::new();
    let mut push = |kind, id: &Id, field, value| {
        out.push(Unlink {
            kind,
            id: id.clone(),
            field,
            value,
        })
    };
    let keep = |list: &List<Id>, gone: &[Id]| -> Option<Value> {
        list.iter().any(|x| gone.contains(x)).then(|| {
            json!(
                list.iter()
                    .filter(|x| !gone.contains(x))
                    .collect::<Vec<_>>()
            )
        })
    };
    let l = &doc.listen;
    for v in &l.verbatims {
        if Gone::has(&g.sources, &v.source) {
            push(Kind::Verbatim, &v.id, "source", Value::Null);
        }
        if Gone::has(&g.personas, &v.persona) {
            push(Kind::Verbatim, &v.id, "persona", Value::Null);
        }
        if Gone::has(&g.stages, &v.stage) {
            push(Kind::Verbatim, &v.id, "stage", Value::Null);
        }
    }
    for m in l
        .metrics
        .iter()
        .filter(|m| Gone::has(&g.sources, &m.source))
    {
        push(Kind::Metric, &m.id, "source", Value::Null);
    }
    for i in &l.insights {
        if let Some(v) = keep(&i.verbatims, &g.verbatims) {
            push(Kind::Insight, &i.id, "verbatims", v);
        }
    }
    for p in &doc.personas {
        if let Some(v) = keep(&p.evidence, &g.verbatims) {
            push(Kind::Persona, &p.id, "evidence", v);
        }
    }
    for j in doc
        .journeys
        .iter()
        .filter(|j| Gone::has(&g.personas, &j.persona))
    {
        push(Kind::Journey, &j.id, "persona", Value::Null);
    }
    for m in doc.moments.iter().filter(|m| !g.moments.contains(&m.id)) {
        if let Some(v) = keep(&m.evidence, &g.verbatims) {
            push(Kind::Moment, &m.id, "evidence", v);
        }
        if m.criticity.keys().any(|p| g.personas.contains(p)) {
            let mut c = m.criticity.clone();
            c.retain(|p, _| !g.personas.contains(p));
            push(
                Kind::Moment,
                &m.id,
                "criticity",
                serde_json::to_value(c).expect("criticity serialises"),
            );
        }
    }
    for a in &doc.target.actions {
        if Gone::has(&g.personas, &a.persona) {
            push(Kind::Action, &a.id, "persona", Value::Null);
        }
        if Gone::has(&g.moments, &a.moment) {
            push(Kind::Action, &a.id, "moment", Value::Null);
        }
        if Gone::has(&g.stages, &a.stage) {
            push(Kind::Action, &a.id, "stage", Value::Null);
        }
    }
    out
}
