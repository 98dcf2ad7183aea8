//! Typed access to the document's records for the generic edits.

use super::{BatchIds, Edit, EditError, Target, links};
use crate::model::{
    Action, Id, Ids, Insight, Journey, Linking, List, Metric, Moment, Persona, Source, Stage,
    Verbatim, Workshop, metrics, new_id,
};
use foldhash::{HashMap, HashSet};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::cell::Cell;

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
    /// Every kind, in the order the steps show them.
    pub const ALL: [Kind; 9] = [
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
        // Read in place rather than copied first: a persona may link half a million
        // verbatims.
        Target::Record(kind, id) => {
            let (j, i) = position(doc, *kind, id).ok()?;
            match kind {
                Kind::Source => serde_json::to_value(&doc.listen.sources[i]),
                Kind::Verbatim => serde_json::to_value(&doc.listen.verbatims[i]),
                Kind::Insight => serde_json::to_value(&doc.listen.insights[i]),
                Kind::Metric => serde_json::to_value(&doc.listen.metrics[i]),
                Kind::Persona => serde_json::to_value(&doc.personas[i]),
                Kind::Journey => serde_json::to_value(&doc.journeys[i]),
                Kind::Stage => serde_json::to_value(&doc.journeys[j].stages[i]),
                Kind::Moment => serde_json::to_value(&doc.moments[i]),
                Kind::Action => serde_json::to_value(&doc.target.actions[i]),
            }
        }
    };
    Some(value.expect("records serialise"))
}

/// One field of the record an edit targets, as `Set` takes it. A record's long list of
/// verbatims (a persona's evidence may hold half a million ids) is turned into JSON only when
/// it is the field asked for.
pub fn field(doc: &Workshop, target: &Target, key: &str) -> Option<Value> {
    if let Some(ids) = linked(doc, target, key) {
        return Some(serde_json::to_value(ids).expect("ids serialise"));
    }
    fields_aside(doc, target)?.get_mut(key).map(Value::take)
}

/// The record's list of verbatims named `key`, if it has one (see [`Linking`]).
pub fn linked<'a>(doc: &'a Workshop, target: &Target, key: &str) -> Option<&'a List<Id>> {
    fn named<'a, R: Linking>(record: &'a R, key: &str) -> Option<&'a List<Id>> {
        (key == R::VERBATIMS).then(|| record.verbatims())
    }
    match target {
        Target::Record(Kind::Persona, id) => named(doc.persona(id)?, key),
        Target::Record(Kind::Moment, id) => named(doc.moment(id)?, key),
        Target::Record(Kind::Insight, id) => named(doc.insight(id)?, key),
        _ => None,
    }
}

/// [`fields`], with the record's list of verbatims (see [`linked`]) left empty: read it
/// from the record itself.
pub fn fields_aside(doc: &Workshop, target: &Target) -> Option<Value> {
    fn aside<R: Linking + Serialize>(record: &R) -> Value {
        let (light, _) = without_verbatims(record);
        serde_json::to_value(light).expect("records serialise")
    }
    match target {
        Target::Record(Kind::Persona, id) => Some(aside(doc.persona(id)?)),
        Target::Record(Kind::Moment, id) => Some(aside(doc.moment(id)?)),
        Target::Record(Kind::Insight, id) => Some(aside(doc.insight(id)?)),
        _ => fields(doc, target),
    }
}

/// A copy of the record without its list of verbatims, and the list (shared, not copied).
fn without_verbatims<R: Linking>(record: &R) -> (R, List<Id>) {
    let mut light = record.clone();
    let list = std::mem::take(light.verbatims_mut());
    (light, list)
}

impl Record {
    /// Gives the record (and a journey's stages) fresh ids, unused in `doc`, for a duplicate.
    /// A persona's copy starts without evidence, which stays with the original.
    pub fn renew_ids(&mut self, doc: &Workshop) {
        let id = new_id(doc, self.kind().prefix());
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
                let mut ids = Ids::of(doc);
                for s in &mut r.stages {
                    s.id = ids.fresh(Kind::Stage.prefix());
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

/// [`with_field`] for a record that links verbatims: unless the field is that list, the list
/// stays aside, not turned into JSON and back (half a million ids in a persona's evidence).
fn beside<R: Linking + Serialize + DeserializeOwned>(
    record: &R,
    field: &str,
    value: Value,
) -> Result<(R, Value), EditError> {
    if field == R::VERBATIMS {
        return with_field(record, field, value);
    }
    let (light, list) = without_verbatims(record);
    let (mut new, old) = with_field(&light, field, value)?;
    *new.verbatims_mut() = list;
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
    // `with` makes the changed record: `with_field`, or `beside` for a record whose list of
    // verbatims may be long.
    macro_rules! go {
        ($list:expr, $with:ident) => {{
            let i = $list
                .iter()
                .position(|r| r.id == id)
                .ok_or_else(|| EditError::NotFound(kind, id.to_owned()))?;
            let (new, old) = $with(&$list[i], field, value)?;
            Ok((i, new, old))
        }};
    }
    // Build the new record, check it against the document, then swap it in.
    match kind {
        Kind::Source => {
            let (i, new, old) = go!(doc.listen.sources, with_field)?;
            doc.listen.sources[i] = new;
            Ok(old)
        }
        Kind::Verbatim => {
            let (i, new, old) = go!(doc.listen.verbatims, with_field)?;
            check(doc, &Record::Verbatim(new.clone()))?;
            doc.listen.verbatims[i] = new;
            Ok(old)
        }
        Kind::Insight => {
            let (i, new, old) = go!(doc.listen.insights, beside)?;
            if field == Insight::VERBATIMS {
                check(doc, &Record::Insight(new.clone()))?;
            }
            doc.listen.insights[i] = new;
            Ok(old)
        }
        Kind::Metric => {
            let (i, new, old) = go!(doc.listen.metrics, with_field)?;
            check(doc, &Record::Metric(new.clone()))?;
            doc.listen.metrics[i] = new;
            Ok(old)
        }
        Kind::Persona => {
            let (i, new, old) = go!(doc.personas, beside)?;
            if field == Persona::VERBATIMS {
                check(doc, &Record::Persona(new.clone()))?;
            }
            doc.personas[i] = new;
            Ok(old)
        }
        Kind::Journey => {
            let (i, new, old) = go!(doc.journeys, with_field)?;
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
            let (i, new, old) = go!(doc.moments, beside)?;
            check(doc, &Record::Moment(new.clone()))?;
            doc.moments[i] = new;
            Ok(old)
        }
        Kind::Action => {
            let (i, new, old) = go!(doc.target.actions, with_field)?;
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
    fn pos<'a, T: 'a>(
        list: impl IntoIterator<Item = &'a T>,
        id: &str,
        get: impl Fn(&T) -> &str,
    ) -> Option<usize> {
        list.into_iter().position(|r| get(r) == id)
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

pub(super) fn insert(
    doc: &mut Workshop,
    index: usize,
    record: Record,
    ids: Option<&mut BatchIds>,
) -> Result<Edit, EditError> {
    let kind = record.kind();
    let id = record.id().to_owned();
    let linked = links::inserted(&record);
    check_ids(doc, &record, ids)?;
    check(doc, &record)?;
    fn put<T>(list: &mut impl Seq<T>, index: usize, item: T) -> Result<(), EditError> {
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
    let follows = linked.map_or_else(Vec::new, |f| links::follow(doc, kind, &id, f));
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
    fn shift<T>(list: &mut impl Seq<T>, from: usize, to: usize) -> Result<(), EditError> {
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

/// What inserting and moving records needs of a list, plain or persistent.
trait Seq<T> {
    fn len(&self) -> usize;
    fn insert(&mut self, index: usize, item: T);
    fn remove(&mut self, index: usize) -> T;
}

impl<T> Seq<T> for Vec<T> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn insert(&mut self, index: usize, item: T) {
        Vec::insert(self, index, item)
    }
    fn remove(&mut self, index: usize) -> T {
        Vec::remove(self, index)
    }
}

impl<T: Clone> Seq<T> for List<T> {
    fn len(&self) -> usize {
        List::len(self)
    }
    fn insert(&mut self, index: usize, item: T) {
        List::insert(self, index, item)
    }
    fn remove(&mut self, index: usize) -> T {
        List::remove(self, index)
    }
}

/// Refuses empty or already used ids, for the record and, for a journey, its stages; in a
/// batch, the ids are looked up in (and added to) the batch's set.
fn check_ids(doc: &Workshop, record: &Record, ids: Option<&mut BatchIds>) -> Result<(), EditError> {
    let mut new: Vec<&str> = vec![record.id()];
    if let Record::Journey(j) = record {
        new.extend(j.stages.iter().map(|s| s.id.as_str()));
    }
    if new.iter().any(|id| id.is_empty()) {
        return Err(EditError::Invalid("a record needs an id".into()));
    }
    let duplicate = |id: &str| EditError::DuplicateId(id.to_owned());
    match ids {
        Some(ids) => {
            let set = ids.get_or_insert_with(|| doc.ids().map(str::to_owned).collect());
            // Checked in full before any is added, so a refusal leaves the set as it was.
            for (i, id) in new.iter().enumerate() {
                if new[..i].contains(id) || set.contains(*id) {
                    return Err(duplicate(id));
                }
            }
            set.extend(new.iter().map(|id| (*id).to_owned()));
        }
        None => {
            for (i, id) in new.iter().enumerate() {
                if new[..i].contains(id) || doc.ids().any(|x| x == *id) {
                    return Err(duplicate(id));
                }
            }
        }
    }
    Ok(())
}

/// Where a record's links are looked up: the document itself, for the one record an edit
/// changes, or an [`Index`] of it, for a whole document being validated.
pub(super) trait Known {
    fn source(&self, id: &str) -> bool;
    fn persona(&self, id: &str) -> bool;
    fn stage(&self, id: &str) -> bool;
    fn moment(&self, id: &str) -> bool;
    /// The first of `ids` that is no verbatim.
    fn missing_verbatim<'a>(&self, ids: &'a List<Id>) -> Option<&'a Id>;
}

impl Known for Workshop {
    fn source(&self, id: &str) -> bool {
        Workshop::source(self, id).is_some()
    }
    fn persona(&self, id: &str) -> bool {
        Workshop::persona(self, id).is_some()
    }
    fn stage(&self, id: &str) -> bool {
        Workshop::stage(self, id).is_some()
    }
    fn moment(&self, id: &str) -> bool {
        Workshop::moment(self, id).is_some()
    }
    fn missing_verbatim<'a>(&self, ids: &'a List<Id>) -> Option<&'a Id> {
        // A long evidence list is checked against a set: one scan per id would be quadratic.
        if ids.len() <= 8 {
            return ids.iter().find(|v| self.verbatim(v).is_none());
        }
        let all: HashSet<&str> = self
            .listen
            .verbatims
            .iter()
            .map(|v| v.id.as_str())
            .collect();
        ids.iter().find(|v| !all.contains(v.as_str()))
    }
}

/// Every id of a document, with its record's kind, so that validating it is linear in its
/// size: one map holds them all, and is how duplicates are found. The few records that
/// verbatims link to have small sets of their own, which stay in the processor's cache.
pub(super) struct Index<'a> {
    ids: HashMap<&'a str, Entry<'a>>,
    sources: HashSet<&'a str>,
    personas: HashSet<&'a str>,
    stages: HashSet<&'a str>,
    moments: HashSet<&'a str>,
}

/// What validation needs of a record besides its id.
pub(super) struct Entry<'a> {
    pub kind: Kind,
    /// A verbatim's persona.
    pub persona: Option<&'a str>,
    /// A verbatim: met in its persona's evidence (set by [`links::check`]).
    pub listed: Cell<bool>,
}

impl<'a> Index<'a> {
    /// Fails on the first id used twice, then on a record without id.
    pub(super) fn of(doc: &'a Workshop) -> Result<Index<'a>, String> {
        let l = &doc.listen;
        let stages = || doc.journeys.iter().flat_map(|j| &j.stages);
        let mut ix = Index {
            ids: HashMap::with_capacity_and_hasher(
                l.sources.len() + l.verbatims.len() + l.insights.len() + l.metrics.len(),
                Default::default(),
            ),
            sources: l.sources.iter().map(|r| r.id.as_str()).collect(),
            personas: doc.personas.iter().map(|r| r.id.as_str()).collect(),
            stages: stages().map(|r| r.id.as_str()).collect(),
            moments: doc.moments.iter().map(|r| r.id.as_str()).collect(),
        };
        ix.add(Kind::Source, l.sources.iter().map(|r| (&r.id, None)))?;
        ix.add(
            Kind::Verbatim,
            l.verbatims.iter().map(|r| (&r.id, r.persona.as_deref())),
        )?;
        ix.add(Kind::Insight, l.insights.iter().map(|r| (&r.id, None)))?;
        ix.add(Kind::Metric, l.metrics.iter().map(|r| (&r.id, None)))?;
        ix.add(Kind::Persona, doc.personas.iter().map(|r| (&r.id, None)))?;
        ix.add(Kind::Journey, doc.journeys.iter().map(|r| (&r.id, None)))?;
        ix.add(Kind::Stage, stages().map(|r| (&r.id, None)))?;
        ix.add(Kind::Moment, doc.moments.iter().map(|r| (&r.id, None)))?;
        ix.add(
            Kind::Action,
            doc.target.actions.iter().map(|r| (&r.id, None)),
        )?;
        if ix.ids.contains_key("") {
            return Err("a record has no id".into());
        }
        Ok(ix)
    }

    fn add(
        &mut self,
        kind: Kind,
        records: impl Iterator<Item = (&'a Id, Option<&'a str>)>,
    ) -> Result<(), String> {
        for (id, persona) in records {
            let entry = Entry {
                kind,
                persona,
                listed: Cell::new(false),
            };
            if self.ids.insert(id, entry).is_some() {
                return Err(format!("id {id} is used twice"));
            }
        }
        Ok(())
    }

    /// The record with this id, if it is of this kind.
    pub(super) fn get(&self, kind: Kind, id: &str) -> Option<&Entry<'a>> {
        self.ids.get(id).filter(|e| e.kind == kind)
    }

    pub(super) fn entries(&self) -> impl Iterator<Item = &Entry<'a>> {
        self.ids.values()
    }
}

impl Known for Index<'_> {
    fn source(&self, id: &str) -> bool {
        self.sources.contains(id)
    }
    fn persona(&self, id: &str) -> bool {
        self.personas.contains(id)
    }
    fn stage(&self, id: &str) -> bool {
        self.stages.contains(id)
    }
    fn moment(&self, id: &str) -> bool {
        self.moments.contains(id)
    }
    fn missing_verbatim<'b>(&self, ids: &'b List<Id>) -> Option<&'b Id> {
        ids.iter().find(|v| self.get(Kind::Verbatim, v).is_none())
    }
}

/// The invariants of one record against the rest of the document: links resolve, values in range.
pub(super) fn check(doc: &Workshop, record: &Record) -> Result<(), EditError> {
    match record {
        Record::Source(_) => Ok(()),
        Record::Verbatim(v) => check_verbatim(doc, v),
        Record::Insight(r) => all_verbatims(doc, &r.verbatims),
        Record::Metric(m) => check_metric(doc, m),
        Record::Persona(p) => all_verbatims(doc, &p.evidence),
        Record::Journey(j) => check_journey(doc, j),
        Record::Stage { stage, .. } => check_stage(stage),
        Record::Moment(m) => check_moment(doc, m),
        Record::Action(a) => check_action(doc, a),
    }
}

fn link(what: &str, id: &Option<Id>, exists: impl Fn(&str) -> bool) -> Result<(), EditError> {
    match id {
        Some(id) if !exists(id) => Err(EditError::Invalid(format!("{what} {id} does not exist"))),
        _ => Ok(()),
    }
}

fn check_verbatim(known: &impl Known, v: &Verbatim) -> Result<(), EditError> {
    link("source", &v.source, |x| known.source(x))?;
    link("persona", &v.persona, |x| known.persona(x))?;
    link("stage", &v.stage, |x| known.stage(x))
}

fn check_metric(known: &impl Known, m: &Metric) -> Result<(), EditError> {
    link("source", &m.source, |x| known.source(x))?;
    metrics::check_input(m.kind, &m.input).map_err(|reason| EditError::BadValue {
        field: "input".into(),
        reason,
    })
}

fn check_journey(known: &impl Known, j: &Journey) -> Result<(), EditError> {
    link("persona", &j.persona, |x| known.persona(x))?;
    j.stages.iter().try_for_each(check_stage)
}

fn check_moment(known: &impl Known, m: &Moment) -> Result<(), EditError> {
    if !known.stage(&m.stage) {
        return Err(EditError::Invalid(format!(
            "stage {} does not exist",
            m.stage
        )));
    }
    all_verbatims(known, &m.evidence)?;
    match m.criticity.keys().find(|p| !known.persona(p)) {
        Some(p) => Err(EditError::Invalid(format!("persona {p} does not exist"))),
        None => Ok(()),
    }
}

fn check_action(known: &impl Known, a: &Action) -> Result<(), EditError> {
    link("persona", &a.persona, |x| known.persona(x))?;
    link("moment", &a.moment, |x| known.moment(x))?;
    link("stage", &a.stage, |x| known.stage(x))?;
    check_date(&a.due)
}

fn all_verbatims(known: &impl Known, ids: &List<Id>) -> Result<(), EditError> {
    match known.missing_verbatim(ids) {
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
/// both sides of every two-way link in agreement. Linear in the document's size: links are
/// looked up in an [`Index`], and no record is copied.
/// Returns the first problem found, naming the record.
pub fn validate(doc: &Workshop) -> Result<(), String> {
    let ix = Index::of(doc)?;
    fn named(kind: Kind, id: &str) -> impl FnOnce(EditError) -> String + '_ {
        move |e| format!("{} {id}: {e}", kind_name(kind))
    }
    let l = &doc.listen;
    for r in &l.verbatims {
        check_verbatim(&ix, r).map_err(named(Kind::Verbatim, &r.id))?;
    }
    for r in &l.insights {
        all_verbatims(&ix, &r.verbatims).map_err(named(Kind::Insight, &r.id))?;
    }
    for r in &l.metrics {
        check_metric(&ix, r).map_err(named(Kind::Metric, &r.id))?;
    }
    // A persona's evidence is checked with its links, which look each verbatim up anyway.
    for r in &doc.journeys {
        check_journey(&ix, r).map_err(named(Kind::Journey, &r.id))?;
    }
    for r in &doc.moments {
        check_moment(&ix, r).map_err(named(Kind::Moment, &r.id))?;
    }
    for r in &doc.target.actions {
        check_action(&ix, r).map_err(named(Kind::Action, &r.id))?;
    }
    links::check(doc, &ix)
}

fn kind_name(k: Kind) -> String {
    format!("{k:?}").to_lowercase()
}
