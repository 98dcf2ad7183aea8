//! Typed access to the document's records for the generic edits.

use super::{Edit, EditError, Target, links};
use crate::model::{
    Action, Id, Insight, Journey, Metric, Moment, Persona, Source, Stage, Verbatim, Workshop,
    metrics, new_id,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The kinds of records an edit can address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Source,
    Verbatim,
    Insight,
    Metric,
    Persona,
    Journey,
    Stage,
    Moment,
    Action,
}

impl Kind {
    /// The readable start of the ids of this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Source => "src",
            Kind::Verbatim => "vrb",
            Kind::Insight => "ins",
            Kind::Metric => "met",
            Kind::Persona => "per",
            Kind::Journey => "jny",
            Kind::Stage => "stg",
            Kind::Moment => "mom",
            Kind::Action => "act",
        }
    }
}

/// A whole record, as inserted (or given back by the inverse of a removal).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Record {
    Source(Source),
    Verbatim(Verbatim),
    Insight(Insight),
    Metric(Metric),
    Persona(Persona),
    Journey(Journey),
    Stage { journey: Id, stage: Stage },
    Moment(Moment),
    Action(Action),
}

impl Record {
    pub fn kind(&self) -> Kind {
        match self {
            Record::Source(_) => Kind::Source,
            Record::Verbatim(_) => Kind::Verbatim,
            Record::Insight(_) => Kind::Insight,
            Record::Metric(_) => Kind::Metric,
            Record::Persona(_) => Kind::Persona,
            Record::Journey(_) => Kind::Journey,
            Record::Stage { .. } => Kind::Stage,
            Record::Moment(_) => Kind::Moment,
            Record::Action(_) => Kind::Action,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Record::Source(r) => &r.id,
            Record::Verbatim(r) => &r.id,
            Record::Insight(r) => &r.id,
            Record::Metric(r) => &r.id,
            Record::Persona(r) => &r.id,
            Record::Journey(r) => &r.id,
            Record::Stage { stage, .. } => &stage.id,
            Record::Moment(r) => &r.id,
            Record::Action(r) => &r.id,
        }
    }
}

/// A record's index in its list (a stage: in its journey's stages).
pub fn index_of(doc: &Workshop, kind: Kind, id: &str) -> Option<usize> {
    position(doc, kind, id).ok().map(|(_, i)| i)
}

/// A copy of a record, in the shape `Edit::Insert` takes.
pub fn record(doc: &Workshop, kind: Kind, id: &str) -> Option<Record> {
    let (j, i) = position(doc, kind, id).ok()?;
    Some(match kind {
        Kind::Source => Record::Source(doc.listen.sources[i].clone()),
        Kind::Verbatim => Record::Verbatim(doc.listen.verbatims[i].clone()),
        Kind::Insight => Record::Insight(doc.listen.insights[i].clone()),
        Kind::Metric => Record::Metric(doc.listen.metrics[i].clone()),
        Kind::Persona => Record::Persona(doc.personas[i].clone()),
        Kind::Journey => Record::Journey(doc.journeys[i].clone()),
        Kind::Stage => Record::Stage {
            journey: doc.journeys[j].id.clone(),
            stage: doc.journeys[j].stages[i].clone(),
        },
        Kind::Moment => Record::Moment(doc.moments[i].clone()),
        Kind::Action => Record::Action(doc.target.actions[i].clone()),
    })
}

/// The fields of the record an edit targets, as the JSON object `Set` works on.
pub fn fields(doc: &Workshop, target: &Target) -> Option<Value> {
    let value = match target {
        Target::Framing => serde_json::to_value(&doc.framing),
        Target::Facilitation => serde_json::to_value(&doc.facilitation),
        Target::Record(kind, id) => match record(doc, *kind, id)? {
            Record::Source(r) => serde_json::to_value(r),
            Record::Verbatim(r) => serde_json::to_value(r),
            Record::Insight(r) => serde_json::to_value(r),
            Record::Metric(r) => serde_json::to_value(r),
            Record::Persona(r) => serde_json::to_value(r),
            Record::Journey(r) => serde_json::to_value(r),
            Record::Stage { stage, .. } => serde_json::to_value(stage),
            Record::Moment(r) => serde_json::to_value(r),
            Record::Action(r) => serde_json::to_value(r),
        },
    };
    Some(value.expect("records serialise"))
}

impl Record {
    /// Gives the record (and a journey's stages) fresh ids, for a duplicate. A persona's copy
    /// starts without evidence, which stays with the original.
    pub fn renew_ids(&mut self) {
        let id = new_id(self.kind().prefix());
        match self {
            Record::Source(r) => r.id = id,
            Record::Verbatim(r) => r.id = id,
            Record::Insight(r) => r.id = id,
            Record::Metric(r) => r.id = id,
            Record::Persona(r) => {
                r.id = id;
                // A verbatim has one persona: the copy would take the original's evidence.
                r.evidence.clear();
            }
            Record::Journey(r) => {
                r.id = id;
                for s in &mut r.stages {
                    s.id = new_id(Kind::Stage.prefix());
                }
            }
            Record::Stage { stage, .. } => stage.id = id,
            Record::Moment(r) => r.id = id,
            Record::Action(r) => r.id = id,
        }
    }
}

/// Fields no `Set` may touch: ids are stable, and child lists have their own edits.
const FROZEN: [&str; 2] = ["id", "stages"];

pub(super) fn set(
    doc: &mut Workshop,
    target: Target,
    field: String,
    value: Value,
) -> Result<Edit, EditError> {
    if FROZEN.contains(&field.as_str()) {
        return Err(EditError::UnknownField(field));
    }
    let old = match &target {
        Target::Framing => {
            let (new, old) = with_field(&doc.framing, &field, value)?;
            doc.framing = new;
            old
        }
        Target::Facilitation => {
            let (new, old) = with_field(&doc.facilitation, &field, value)?;
            doc.facilitation = new;
            old
        }
        Target::Record(kind, id) => {
            let old = set_record(doc, *kind, id, &field, value)?;
            let follows = links::follow(doc, *kind, id, &field);
            if !follows.is_empty() {
                // Undone by restoring this field first: its own follow-ups then bring the
                // other side back, and the restores after it only put lists back in order.
                let mut undo = vec![super::set(*kind, id, &field, old)];
                undo.extend(follow_up(doc, follows).into_iter().rev());
                return Ok(Edit::Batch(undo));
            }
            old
        }
    };
    Ok(Edit::Set {
        target,
        field,
        value: old,
    })
}

/// Makes the follow-up changes (which bring nothing further along) and returns, in the same
/// order, the edits that restore each field.
fn follow_up(doc: &mut Workshop, follows: Vec<links::Follow>) -> Vec<Edit> {
    follows
        .into_iter()
        .map(|f| {
            let old = set_record(doc, f.kind, &f.id, f.field, f.value)
                .expect("a follow-up keeps its record valid");
            super::set(f.kind, &f.id, f.field, old)
        })
        .collect()
}

/// A copy of `rec` with `field` set to `value`, and the field's old value.
fn with_field<T: Serialize + DeserializeOwned>(
    rec: &T,
    field: &str,
    value: Value,
) -> Result<(T, Value), EditError> {
    let mut v = serde_json::to_value(rec).expect("records serialise");
    let obj = v.as_object_mut().expect("records are objects");
    let slot = obj
        .get_mut(field)
        .ok_or_else(|| EditError::UnknownField(field.to_owned()))?;
    let old = std::mem::replace(slot, value);
    let new = serde_json::from_value(v).map_err(|e| EditError::BadValue {
        field: field.to_owned(),
        reason: e.to_string(),
    })?;
    Ok((new, old))
}

/// Sets a field on the record `kind`/`id` after checking the changed record.
fn set_record(
    doc: &mut Workshop,
    kind: Kind,
    id: &str,
    field: &str,
    value: Value,
) -> Result<Value, EditError> {
    macro_rules! go {
        ($list:expr, $ty:ty) => {{
            let i = $list
                .iter()
                .position(|r| r.id == id)
                .ok_or_else(|| EditError::NotFound(kind, id.to_owned()))?;
            let (new, old): ($ty, Value) = with_field(&$list[i], field, value)?;
            Ok((i, new, old))
        }};
    }
    // Build the new record, check it against the document, then swap it in.
    match kind {
        Kind::Source => {
            let (i, new, old) = go!(doc.listen.sources, Source)?;
            doc.listen.sources[i] = new;
            Ok(old)
        }
        Kind::Verbatim => {
            let (i, new, old) = go!(doc.listen.verbatims, Verbatim)?;
            check(doc, &Record::Verbatim(new.clone()))?;
            doc.listen.verbatims[i] = new;
            Ok(old)
        }
        Kind::Insight => {
            let (i, new, old) = go!(doc.listen.insights, Insight)?;
            check(doc, &Record::Insight(new.clone()))?;
            doc.listen.insights[i] = new;
            Ok(old)
        }
        Kind::Metric => {
            let (i, new, old) = go!(doc.listen.metrics, Metric)?;
            check(doc, &Record::Metric(new.clone()))?;
            doc.listen.metrics[i] = new;
            Ok(old)
        }
        Kind::Persona => {
            let (i, new, old) = go!(doc.personas, Persona)?;
            check(doc, &Record::Persona(new.clone()))?;
            doc.personas[i] = new;
            Ok(old)
        }
        Kind::Journey => {
            let (i, new, old) = go!(doc.journeys, Journey)?;
            check(doc, &Record::Journey(new.clone()))?;
            doc.journeys[i] = new;
            Ok(old)
        }
        Kind::Stage => {
            let (j, s) = stage_pos(doc, id)?;
            let (new, old): (Stage, Value) = with_field(&doc.journeys[j].stages[s], field, value)?;
            check_stage(&new)?;
            doc.journeys[j].stages[s] = new;
            Ok(old)
        }
        Kind::Moment => {
            let (i, new, old) = go!(doc.moments, Moment)?;
            check(doc, &Record::Moment(new.clone()))?;
            doc.moments[i] = new;
            Ok(old)
        }
        Kind::Action => {
            let (i, new, old) = go!(doc.target.actions, Action)?;
            check(doc, &Record::Action(new.clone()))?;
            doc.target.actions[i] = new;
            Ok(old)
        }
    }
}

fn stage_pos(doc: &Workshop, id: &str) -> Result<(usize, usize), EditError> {
    doc.journeys
        .iter()
        .enumerate()
        .find_map(|(j, jr)| jr.stages.iter().position(|s| s.id == id).map(|s| (j, s)))
        .ok_or_else(|| EditError::NotFound(Kind::Stage, id.to_owned()))
}

/// Position of a record in its list: (journey index for stages, index).
fn position(doc: &Workshop, kind: Kind, id: &str) -> Result<(usize, usize), EditError> {
    fn pos<T>(list: &[T], id: &str, get: impl Fn(&T) -> &str) -> Option<usize> {
        list.iter().position(|r| get(r) == id)
    }
    let found = match kind {
        Kind::Source => pos(&doc.listen.sources, id, |r| &r.id),
        Kind::Verbatim => pos(&doc.listen.verbatims, id, |r| &r.id),
        Kind::Insight => pos(&doc.listen.insights, id, |r| &r.id),
        Kind::Metric => pos(&doc.listen.metrics, id, |r| &r.id),
        Kind::Persona => pos(&doc.personas, id, |r| &r.id),
        Kind::Journey => pos(&doc.journeys, id, |r| &r.id),
        Kind::Stage => return stage_pos(doc, id),
        Kind::Moment => pos(&doc.moments, id, |r| &r.id),
        Kind::Action => pos(&doc.target.actions, id, |r| &r.id),
    };
    found
        .map(|i| (0, i))
        .ok_or_else(|| EditError::NotFound(kind, id.to_owned()))
}

pub(super) fn insert(doc: &mut Workshop, index: usize, record: Record) -> Result<Edit, EditError> {
    let kind = record.kind();
    let id = record.id().to_owned();
    check_ids(doc, &record)?;
    check(doc, &record)?;
    fn put<T>(list: &mut Vec<T>, index: usize, item: T) -> Result<(), EditError> {
        if index > list.len() {
            return Err(EditError::Invalid(format!(
                "position {index} is past the end"
            )));
        }
        list.insert(index, item);
        Ok(())
    }
    match record {
        Record::Source(r) => put(&mut doc.listen.sources, index, r)?,
        Record::Verbatim(r) => put(&mut doc.listen.verbatims, index, r)?,
        Record::Insight(r) => put(&mut doc.listen.insights, index, r)?,
        Record::Metric(r) => put(&mut doc.listen.metrics, index, r)?,
        Record::Persona(r) => put(&mut doc.personas, index, r)?,
        Record::Journey(r) => put(&mut doc.journeys, index, r)?,
        Record::Stage { journey, stage } => {
            let (_, j) = position(doc, Kind::Journey, &journey)?;
            put(&mut doc.journeys[j].stages, index, stage)?
        }
        Record::Moment(r) => put(&mut doc.moments, index, r)?,
        Record::Action(r) => put(&mut doc.target.actions, index, r)?,
    }
    let follows = links::inserted(kind).map_or_else(Vec::new, |f| links::follow(doc, kind, &id, f));
    let mut undo = follow_up(doc, follows);
    if undo.is_empty() {
        return Ok(Edit::Remove { kind, id });
    }
    // The links are undone first: nothing may point at a record being removed.
    undo.reverse();
    undo.push(Edit::Remove { kind, id });
    Ok(Edit::Batch(undo))
}

pub(super) fn remove(doc: &mut Workshop, kind: Kind, id: Id) -> Result<Edit, EditError> {
    let (j, i) = position(doc, kind, &id)?;
    let by = super::cascade::users(doc, kind, &id);
    if !by.is_empty() {
        return Err(EditError::InUse { id, by });
    }
    let record = match kind {
        Kind::Source => Record::Source(doc.listen.sources.remove(i)),
        Kind::Verbatim => Record::Verbatim(doc.listen.verbatims.remove(i)),
        Kind::Insight => Record::Insight(doc.listen.insights.remove(i)),
        Kind::Metric => Record::Metric(doc.listen.metrics.remove(i)),
        Kind::Persona => Record::Persona(doc.personas.remove(i)),
        Kind::Journey => Record::Journey(doc.journeys.remove(i)),
        Kind::Stage => Record::Stage {
            journey: doc.journeys[j].id.clone(),
            stage: doc.journeys[j].stages.remove(i),
        },
        Kind::Moment => Record::Moment(doc.moments.remove(i)),
        Kind::Action => Record::Action(doc.target.actions.remove(i)),
    };
    Ok(Edit::Insert { index: i, record })
}

pub(super) fn move_to(
    doc: &mut Workshop,
    kind: Kind,
    id: Id,
    to: usize,
) -> Result<Edit, EditError> {
    let (j, from) = position(doc, kind, &id)?;
    fn shift<T>(list: &mut Vec<T>, from: usize, to: usize) -> Result<(), EditError> {
        if to >= list.len() {
            return Err(EditError::Invalid(format!("position {to} is past the end")));
        }
        let item = list.remove(from);
        list.insert(to, item);
        Ok(())
    }
    match kind {
        Kind::Source => shift(&mut doc.listen.sources, from, to)?,
        Kind::Verbatim => shift(&mut doc.listen.verbatims, from, to)?,
        Kind::Insight => shift(&mut doc.listen.insights, from, to)?,
        Kind::Metric => shift(&mut doc.listen.metrics, from, to)?,
        Kind::Persona => shift(&mut doc.personas, from, to)?,
        Kind::Journey => shift(&mut doc.journeys, from, to)?,
        Kind::Stage => shift(&mut doc.journeys[j].stages, from, to)?,
        Kind::Moment => shift(&mut doc.moments, from, to)?,
        Kind::Action => shift(&mut doc.target.actions, from, to)?,
    }
    Ok(Edit::Move { kind, id, to: from })
}

/// Refuses empty or already used ids, for the record and, for a journey, its stages.
fn check_ids(doc: &Workshop, record: &Record) -> Result<(), EditError> {
    let mut new: Vec<&str> = vec![record.id()];
    if let Record::Journey(j) = record {
        new.extend(j.stages.iter().map(|s| s.id.as_str()));
    }
    for (i, id) in new.iter().enumerate() {
        if id.is_empty() {
            return Err(EditError::Invalid("a record needs an id".into()));
        }
        if new[..i].contains(id) || doc.ids().any(|x| x == *id) {
            return Err(EditError::DuplicateId((*id).to_owned()));
        }
    }
    Ok(())
}

/// The invariants of one record against the rest of the document: links resolve, values in range.
pub(super) fn check(doc: &Workshop, record: &Record) -> Result<(), EditError> {
    let link = |what: &str, id: &Option<Id>, exists: bool| match id {
        Some(id) if !exists => Err(EditError::Invalid(format!("{what} {id} does not exist"))),
        _ => Ok(()),
    };
    match record {
        Record::Source(_) => Ok(()),
        Record::Verbatim(v) => {
            link(
                "source",
                &v.source,
                v.source.as_deref().is_some_and(|x| doc.source(x).is_some()),
            )?;
            link(
                "persona",
                &v.persona,
                v.persona
                    .as_deref()
                    .is_some_and(|x| doc.persona(x).is_some()),
            )?;
            link(
                "stage",
                &v.stage,
                v.stage.as_deref().is_some_and(|x| doc.stage(x).is_some()),
            )
        }
        Record::Insight(r) => all_verbatims(doc, &r.verbatims),
        Record::Metric(m) => {
            link(
                "source",
                &m.source,
                m.source.as_deref().is_some_and(|x| doc.source(x).is_some()),
            )?;
            metrics::check_input(m.kind, &m.input).map_err(|reason| EditError::BadValue {
                field: "input".into(),
                reason,
            })
        }
        Record::Persona(p) => all_verbatims(doc, &p.evidence),
        Record::Journey(j) => {
            link(
                "persona",
                &j.persona,
                j.persona
                    .as_deref()
                    .is_some_and(|x| doc.persona(x).is_some()),
            )?;
            j.stages.iter().try_for_each(check_stage)
        }
        Record::Stage { stage, .. } => check_stage(stage),
        Record::Moment(m) => {
            if doc.stage(&m.stage).is_none() {
                return Err(EditError::Invalid(format!(
                    "stage {} does not exist",
                    m.stage
                )));
            }
            all_verbatims(doc, &m.evidence)?;
            match m.criticity.keys().find(|p| doc.persona(p).is_none()) {
                Some(p) => Err(EditError::Invalid(format!("persona {p} does not exist"))),
                None => Ok(()),
            }
        }
        Record::Action(a) => {
            link(
                "persona",
                &a.persona,
                a.persona
                    .as_deref()
                    .is_some_and(|x| doc.persona(x).is_some()),
            )?;
            link(
                "moment",
                &a.moment,
                a.moment.as_deref().is_some_and(|x| doc.moment(x).is_some()),
            )?;
            link(
                "stage",
                &a.stage,
                a.stage.as_deref().is_some_and(|x| doc.stage(x).is_some()),
            )?;
            check_date(&a.due)
        }
    }
}

fn all_verbatims(doc: &Workshop, ids: &[Id]) -> Result<(), EditError> {
    match ids.iter().find(|v| doc.verbatim(v).is_none()) {
        Some(v) => Err(EditError::Invalid(format!("verbatim {v} does not exist"))),
        None => Ok(()),
    }
}

fn check_stage(s: &Stage) -> Result<(), EditError> {
    match s.emotion {
        Some(e) if !(-2..=2).contains(&e) => Err(EditError::BadValue {
            field: "emotion".into(),
            reason: format!("{e} is outside -2..+2"),
        }),
        _ => Ok(()),
    }
}

/// A due date is empty or a real calendar date written YYYY-MM-DD.
fn check_date(due: &str) -> Result<(), EditError> {
    if due.is_empty() {
        return Ok(());
    }
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(due, &fmt)
        .map(|_| ())
        .map_err(|_| EditError::BadValue {
            field: "due".into(),
            reason: format!("{due} is not a date (YYYY-MM-DD)"),
        })
}

/// Checks a whole document, as loaded from a file: ids unique, every record's invariants, and
/// both sides of every two-way link in agreement.
/// Returns the first problem found, naming the record.
pub fn validate(doc: &Workshop) -> Result<(), String> {
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = doc.ids().find(|id| !seen.insert(*id)) {
        return Err(format!("id {dup} is used twice"));
    }
    let l = &doc.listen;
    let records = l
        .sources
        .iter()
        .map(|r| Record::Source(r.clone()))
        .chain(l.verbatims.iter().map(|r| Record::Verbatim(r.clone())))
        .chain(l.insights.iter().map(|r| Record::Insight(r.clone())))
        .chain(l.metrics.iter().map(|r| Record::Metric(r.clone())))
        .chain(doc.personas.iter().map(|r| Record::Persona(r.clone())))
        .chain(doc.journeys.iter().map(|r| Record::Journey(r.clone())))
        .chain(doc.moments.iter().map(|r| Record::Moment(r.clone())))
        .chain(doc.target.actions.iter().map(|r| Record::Action(r.clone())));
    for r in records {
        if r.id().is_empty() {
            return Err(format!("a {:?} has no id", r.kind()));
        }
        check(doc, &r).map_err(|e| format!("{} {}: {e}", kind_name(r.kind()), r.id()))?;
    }
    links::check(doc)
}

fn kind_name(k: Kind) -> String {
    format!("{k:?}").to_lowercase()
}
