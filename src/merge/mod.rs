//! Three-way merge of two versions of a workshop by record id, for git's merge driver.
//!
//! Records are matched by id, never by line: a record added on either side is kept, one removed
//! on a side and untouched on the other is removed, a field changed on one side is taken, and a
//! field both sides changed differently keeps ours and becomes a [`Conflict`] in the workshop,
//! for the team to choose in the interface. Lists of names or ids (channels, tags, evidence)
//! merge element by element, as do per-persona ratings and per-step time boxes and notes;
//! time spent on a step adds up. The result is then checked like any loaded file.

mod order;

use crate::edit::{Kind, Repair};
use crate::model::{Conflict, Side, Workshop};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

use order::order;

/// A merged workshop and what the merge had to decide on its own.
#[derive(Debug)]
pub struct Merged {
    pub doc: Workshop,
    /// Records a side removed that the merge kept, because the other side changed or uses them.
    pub kept: Vec<Kept>,
    /// Links whose two sides the merge brought back into agreement.
    pub repairs: Vec<Repair>,
}

/// A record removed on one side and kept by the merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub kind: Kind,
    pub id: String,
    pub why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The other side changed it.
    Changed,
    /// Something in the merge points at it.
    Used,
}

/// The record lists of a workshop, where they are and what they hold.
const LISTS: [(&[&str], Kind); 8] = [
    (&["listen", "sources"], Kind::Source),
    (&["listen", "verbatims"], Kind::Verbatim),
    (&["listen", "insights"], Kind::Insight),
    (&["listen", "metrics"], Kind::Metric),
    (&["personas"], Kind::Persona),
    (&["journeys"], Kind::Journey),
    (&["moments"], Kind::Moment),
    (&["target", "actions"], Kind::Action),
];

/// Fields that map a key (a persona, a step) to a value: merged key by key.
const MAPS: [&str; 4] = ["criticity", "timeboxes", "spent", "notes"];

/// Merges `ours` and `theirs`, two versions descended from `base`. Fails, with a one-line
/// reason, when the result would not be a valid workshop.
pub fn merge(base: &Workshop, ours: &Workshop, theirs: &Workshop) -> Result<Merged, String> {
    let [b, o, t] = [base, ours, theirs].map(|d| serde_json::to_value(d).expect("serialises"));
    let parents = parents([&b, &o, &t]);
    // A record removed on one side but pointed at on the other is kept; keeping it may bring
    // back what it points at in turn, so the merge runs again until nothing dangles.
    let mut keep: HashSet<String> = HashSet::new();
    let (value, conflicts, kept) = loop {
        let mut run = Run {
            keep: &keep,
            conflicts: Vec::new(),
            kept: Vec::new(),
        };
        let value = run.workshop(&b, &o, &t);
        let present: HashSet<&str> = ids(&value).into_iter().collect();
        let mut gone: HashSet<&str> = HashSet::new();
        for v in [&b, &o, &t] {
            gone.extend(ids(v).into_iter().filter(|id| !present.contains(id)));
        }
        let mut more: Vec<String> = Vec::new();
        pointed(&value, &gone, &mut more);
        // Either value of a conflict must be one the team can choose.
        for c in &run.conflicts {
            pointed(&c.ours, &gone, &mut more);
            pointed(&c.theirs, &gone, &mut more);
        }
        let more: Vec<String> = more
            .into_iter()
            .flat_map(|id| {
                let parent = parents.get(id.as_str()).cloned();
                [Some(id), parent]
            })
            .flatten()
            .filter(|id| !keep.contains(id))
            .collect();
        if more.is_empty() {
            break (value, run.conflicts, run.kept);
        }
        keep.extend(more);
    };
    let mut doc: Workshop = serde_json::from_value(value).map_err(|e| e.to_string())?;
    doc.conflicts = open_conflicts(base, ours, theirs, conflicts);
    // A conflict left open earlier on a record since removed has nothing left to choose.
    let live = |c: &Conflict| {
        let target = crate::edit::target_of(c);
        let fields = target.and_then(|t| crate::edit::fields(&doc, &t));
        fields.is_some_and(|f| f.get(&c.field).is_some())
    };
    let conflicts: Vec<Conflict> = doc.conflicts.iter().filter(|c| live(c)).cloned().collect();
    doc.conflicts = conflicts;
    let repairs = crate::edit::repair(&mut doc);
    crate::edit::validate(&doc)?;
    Ok(Merged { doc, kept, repairs })
}

/// One pass of the merge, with the ids to keep whatever the sides did.
struct Run<'a> {
    keep: &'a HashSet<String>,
    conflicts: Vec<Conflict>,
    kept: Vec<Kept>,
}

impl Run<'_> {
    fn workshop(&mut self, b: &Value, o: &Value, t: &Value) -> Value {
        let mut out = o.clone();
        for key in ["framing", "facilitation"] {
            out[key] = self.record(key, "", &b[key], &o[key], &t[key]);
        }
        for (path, kind) in LISTS {
            let list = self.list(kind, at(b, path), at(o, path), at(t, path));
            let slot = path.iter().fold(&mut out, |v, k| &mut v[*k]);
            *slot = Value::Array(list);
        }
        // The later of the two saves; RFC 3339 dates from one clock compare as text.
        if t["updated"].as_str() > o["updated"].as_str() {
            out["updated"] = t["updated"].clone();
        }
        out
    }

    /// The records of one list, merged by id and in a merged order.
    fn list(&mut self, kind: Kind, b: &Value, o: &Value, t: &Value) -> Vec<Value> {
        let [bl, ol, tl] = [b, o, t].map(|v| v.as_array().map(Vec::as_slice).unwrap_or(&[]));
        let [bs, os, ts] = [bl, ol, tl].map(Records::of);
        let mut merged: HashMap<String, Value> = HashMap::new();
        let all = os.ids.iter().chain(&ts.ids).chain(&bs.ids).copied();
        for id in all {
            if merged.contains_key(id) {
                continue;
            }
            let id = id.to_owned();
            let keep = self.keep.contains(&id);
            let value = match (bs.get(&id), os.get(&id), ts.get(&id)) {
                (Some(b), Some(o), Some(t)) => Some(self.record(name(kind), &id, b, o, t)),
                (Some(b), Some(x), None) | (Some(b), None, Some(x)) => {
                    let why = if x != b {
                        Some(Why::Changed)
                    } else {
                        keep.then_some(Why::Used)
                    };
                    why.map(|why| {
                        self.kept.push(Kept {
                            kind,
                            id: id.clone(),
                            why,
                        });
                        x.clone()
                    })
                }
                (Some(b), None, None) => keep.then(|| {
                    self.kept.push(Kept {
                        kind,
                        id: id.clone(),
                        why: Why::Used,
                    });
                    b.clone()
                }),
                (None, Some(x), None) | (None, None, Some(x)) => Some(x.clone()),
                // Both sides added it (a cherry-pick): merged as if from nothing.
                (None, Some(o), Some(t)) => {
                    Some(self.record(name(kind), &id, &Value::Object(Map::new()), o, t))
                }
                (None, None, None) => None,
            };
            if let Some(v) = value {
                merged.insert(id, v);
            }
        }
        let kept: HashSet<&str> = merged.keys().map(String::as_str).collect();
        let ordered = order(&bs.ids, &os.ids, &ts.ids, &kept);
        ordered
            .into_iter()
            .filter_map(|id| merged.remove(&id))
            .collect()
    }

    /// One record, field by field. `record` names it in a conflict (`framing`, `persona`...).
    fn record(&mut self, record: &str, id: &str, b: &Value, o: &Value, t: &Value) -> Value {
        let (Some(oo), Some(to)) = (o.as_object(), t.as_object()) else {
            return o.clone();
        };
        let none = Value::Null;
        let mut out = Map::new();
        for key in oo.keys().chain(to.keys().filter(|k| !oo.contains_key(*k))) {
            let [bv, ov, tv] = [b, o, t].map(|v| v.get(key).unwrap_or(&none));
            let value = if key == "stages" {
                Value::Array(self.list(Kind::Stage, bv, ov, tv))
            } else {
                self.field(record, id, key, bv, ov, tv)
            };
            out.insert(key.clone(), value);
        }
        Value::Object(out)
    }

    fn field(
        &mut self,
        record: &str,
        id: &str,
        key: &str,
        b: &Value,
        o: &Value,
        t: &Value,
    ) -> Value {
        if let Some(v) = three(b, o, t) {
            return v.clone();
        }
        if let Some(v) = names(b, o, t) {
            return v;
        }
        let (ours, theirs) = match (o, t) {
            (Value::Object(om), Value::Object(tm)) if MAPS.contains(&key) => {
                match by_key(key, b.as_object(), om, tm) {
                    (merged, None) => return Value::Object(merged),
                    (ours, Some(theirs)) => (Value::Object(ours), Value::Object(theirs)),
                }
            }
            _ => (o.clone(), t.clone()),
        };
        self.conflicts.push(Conflict {
            record: record.to_owned(),
            id: id.to_owned(),
            field: key.to_owned(),
            ours: ours.clone(),
            theirs,
            now: Side::Ours,
        });
        ours
    }
}

/// The records of one list: their ids in order, and each record by id.
struct Records<'a> {
    ids: Vec<&'a str>,
    by_id: HashMap<&'a str, &'a Value>,
}

impl<'a> Records<'a> {
    fn of(list: &'a [Value]) -> Records<'a> {
        let ids: Vec<&str> = list
            .iter()
            .map(|r| r["id"].as_str().unwrap_or_default())
            .collect();
        let by_id = ids.iter().copied().zip(list).collect();
        Records { ids, by_id }
    }

    fn get(&self, id: &str) -> Option<&'a Value> {
        self.by_id.get(id).copied()
    }
}

/// The three-way rule for one value: the same on both sides, or changed on one side only.
fn three<'a>(b: &Value, o: &'a Value, t: &'a Value) -> Option<&'a Value> {
    if o == t || b == t {
        Some(o)
    } else if b == o {
        Some(t)
    } else {
        None
    }
}

/// Lists of distinct names or ids merged element by element: what a side added is added, what
/// a side took out is taken out.
fn names<'a>(b: &'a Value, o: &'a Value, t: &'a Value) -> Option<Value> {
    fn strings(v: &Value) -> Option<Vec<&str>> {
        let list = match v {
            Value::Null => Vec::new(),
            v => v
                .as_array()?
                .iter()
                .map(Value::as_str)
                .collect::<Option<_>>()?,
        };
        let distinct: HashSet<&&str> = list.iter().collect();
        (distinct.len() == list.len()).then_some(list)
    }
    let (bl, ol, tl) = (strings(b)?, strings(o)?, strings(t)?);
    if !o.is_array() || !t.is_array() {
        return None;
    }
    let set = |l: &[&'a str]| l.iter().copied().collect::<HashSet<&str>>();
    let (bs, os, ts) = (set(&bl), set(&ol), set(&tl));
    let kept: HashSet<&str> = os
        .union(&ts)
        .copied()
        .filter(|x| !bs.contains(x) || (os.contains(x) && ts.contains(x)))
        .collect();
    Some(Value::from(order(&bl, &ol, &tl, &kept)))
}

/// A map merged key by key; time spent adds up. When keys clash, the two whole maps, each
/// with its own side's values there (ours first), for one conflict on the field.
fn by_key(
    field: &str,
    b: Option<&Map<String, Value>>,
    o: &Map<String, Value>,
    t: &Map<String, Value>,
) -> (Map<String, Value>, Option<Map<String, Value>>) {
    let empty = Map::new();
    let b = b.unwrap_or(&empty);
    let (mut ours, mut theirs) = (Map::new(), Map::new());
    let mut clash = false;
    let keys = o.keys().chain(t.keys()).chain(b.keys());
    let mut seen = HashSet::new();
    for k in keys.filter(|k| seen.insert(*k)) {
        let [bv, ov, tv] = [b, o, t].map(|m| m.get(k));
        let (x, y) = if ov == tv || bv == tv {
            (ov, ov)
        } else if bv == ov {
            (tv, tv)
        } else if field == "spent" {
            let n = |v: Option<&Value>| v.and_then(Value::as_u64).unwrap_or(0);
            let sum = (n(ov) + n(tv)).saturating_sub(n(bv));
            ours.insert(k.clone(), sum.into());
            theirs.insert(k.clone(), sum.into());
            continue;
        } else {
            clash = true;
            (ov, tv)
        };
        if let Some(x) = x {
            ours.insert(k.clone(), x.clone());
        }
        if let Some(y) = y {
            theirs.insert(k.clone(), y.clone());
        }
    }
    (ours, clash.then_some(theirs))
}

/// The conflicts open after the merge: those left open by earlier merges (merged as a list,
/// so one a side closed stays closed), then the new ones, which replace an old one on the
/// same field.
fn open_conflicts(
    base: &Workshop,
    ours: &Workshop,
    theirs: &Workshop,
    new: Vec<Conflict>,
) -> Vec<Conflict> {
    let key = |c: &Conflict| format!("{}/{}/{}", c.record, c.id, c.field);
    let [bk, ok, tk] =
        [base, ours, theirs].map(|d| d.conflicts.iter().map(key).collect::<Vec<_>>());
    let [bk, ok, tk] = [&bk, &ok, &tk].map(|l| l.iter().map(String::as_str).collect::<Vec<_>>());
    let new_keys: HashSet<String> = new.iter().map(key).collect();
    let kept: HashSet<&str> = ok
        .iter()
        .chain(&tk)
        .copied()
        .filter(|k| !new_keys.contains(*k))
        .filter(|k| !bk.contains(k) || (ok.contains(k) && tk.contains(k)))
        .collect();
    let old = ours.conflicts.iter().chain(&theirs.conflicts);
    let mut out: Vec<Conflict> = order(&bk, &ok, &tk, &kept)
        .into_iter()
        .filter_map(|k| old.clone().find(|c| key(c) == k).cloned())
        .collect();
    out.extend(new);
    out
}

/// The value at `path` in `v` (null when missing).
fn at<'v>(v: &'v Value, path: &[&str]) -> &'v Value {
    path.iter().fold(v, |v, k| &v[*k])
}

/// How a conflict names a record of `kind`.
fn name(kind: Kind) -> &'static str {
    match kind {
        Kind::Source => "source",
        Kind::Verbatim => "verbatim",
        Kind::Insight => "insight",
        Kind::Metric => "metric",
        Kind::Persona => "persona",
        Kind::Journey => "journey",
        Kind::Stage => "stage",
        Kind::Moment => "moment",
        Kind::Action => "action",
    }
}

/// The ids of every record of a workshop value.
fn ids(doc: &Value) -> Vec<&str> {
    let mut out = Vec::new();
    for (path, kind) in LISTS {
        for r in at(doc, path).as_array().into_iter().flatten() {
            out.extend(r["id"].as_str());
            if kind == Kind::Journey {
                let stages = r["stages"].as_array().into_iter().flatten();
                out.extend(stages.filter_map(|s| s["id"].as_str()));
            }
        }
    }
    out
}

/// Each stage's journey, over all versions: keeping a stage keeps its journey.
fn parents(docs: [&Value; 3]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for doc in docs {
        for j in doc["journeys"].as_array().into_iter().flatten() {
            let jid = j["id"].as_str().unwrap_or_default();
            for s in j["stages"].as_array().into_iter().flatten() {
                let sid = s["id"].as_str().unwrap_or_default();
                out.insert(sid.to_owned(), jid.to_owned());
            }
        }
    }
    out
}

/// The ids of `gone` that something in `v` points at, as a value or as a map's key.
fn pointed(v: &Value, gone: &HashSet<&str>, out: &mut Vec<String>) {
    match v {
        Value::String(s) if gone.contains(s.as_str()) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|x| pointed(x, gone, out)),
        Value::Object(m) => {
            for (k, x) in m {
                if k == "id" {
                    continue;
                }
                if gone.contains(k.as_str()) {
                    out.push(k.clone());
                }
                pointed(x, gone, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
