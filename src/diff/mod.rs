//! What changed between two versions of a workshop, in words, step by step: records added,
//! removed, moved, and each changed field with its old and new value. Also the workshop as a
//! list of such statements, for git's textconv, so that `git log -p` reads as prose too.

mod words;

pub use words::Names;

use crate::edit::{Kind, Target, fields};
use crate::i18n::{Lang, history as t};
use crate::method::Step;
use crate::model::{Linking, List, Workshop};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Where a change is told: a step, then facilitation, then merge conflicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    Step(usize),
    Other,
    Conflicts,
}

impl Section {
    fn of(target: &Target, field: &str) -> Section {
        let step = match target {
            Target::Framing => Step::Framing,
            Target::Facilitation => return Section::Other,
            Target::Record(kind, _) => match (kind, field) {
                (Kind::Stage, "target_channels") => Step::Target,
                (
                    Kind::Stage,
                    "current_channels" | "desired_channels" | "interlocutors" | "interaction_notes"
                    | "channel_break",
                ) => Step::Interactions,
                (Kind::Moment, "criticity") => Step::Criticity,
                (Kind::Source | Kind::Verbatim | Kind::Insight | Kind::Metric, _) => Step::Listen,
                (Kind::Persona, _) => Step::Personas,
                (Kind::Journey | Kind::Stage, _) => Step::Journeys,
                (Kind::Moment, _) => Step::Moments,
                (Kind::Action, _) => Step::Target,
            },
        };
        Section::Step(step as usize)
    }

    fn title(self, lang: Lang) -> String {
        match self {
            Section::Step(i) => {
                let step = Step::ALL[i];
                match step.number() {
                    Some(n) => format!("{n} {}", step.title(lang)),
                    None => step.title(lang).to_owned(),
                }
            }
            Section::Other => t::OTHER.get(lang).to_owned(),
            Section::Conflicts => t::CONFLICTS.get(lang).to_owned(),
        }
    }
}

/// The step that shows a conflict: the step of its field (the facilitation's at the framing).
pub fn step_of(c: &crate::model::Conflict) -> Step {
    match crate::edit::target_of(c).map(|t| Section::of(&t, &c.field)) {
        Some(Section::Step(i)) => Step::ALL[i],
        _ => Step::Framing,
    }
}

/// Lines grouped by section, told in section order.
#[derive(Default)]
struct Report(BTreeMap<Section, Vec<String>>);

impl Report {
    fn say(&mut self, section: Section, line: String) {
        self.0.entry(section).or_default().push(line);
    }

    fn text(self, lang: Lang) -> String {
        let mut out = String::new();
        for (section, lines) in self.0 {
            out.push_str(&section.title(lang));
            out.push('\n');
            for l in lines {
                out.push_str("  ");
                out.push_str(&l);
                out.push('\n');
            }
        }
        out
    }
}

/// What changed from `a` to `b`, in `lang`; "No change." when nothing did.
pub fn diff(a: &Workshop, b: &Workshop, lang: Lang) -> String {
    let names = Names::new(vec![b, a], lang, 90);
    let old_names = Names::new(vec![a], lang, 90);
    let mut report = Report::default();
    for target in [Target::Framing, Target::Facilitation] {
        let (was, is) = (fields(a, &target), fields(b, &target));
        let (was, is) = (was.unwrap_or_default(), is.unwrap_or_default());
        changed(&names, &mut report, &target, &was, &is);
    }
    for kind in Kind::ALL {
        let (old, new) = (records(a, kind), records(b, kind));
        let before: HashMap<&str, &Value> = old.iter().map(|(id, v)| (*id, v)).collect();
        let after: HashSet<&str> = new.iter().map(|(id, _)| *id).collect();
        for (id, v) in &new {
            let target = Target::Record(kind, (*id).to_owned());
            if let Some(was) = before.get(id) {
                changed(&names, &mut report, &target, was, v);
                continue;
            }
            let section = Section::of(&target, "");
            let record = names.target(&target);
            report.say(section, t::ADDED.fill(lang, &[("record", &record)]));
            for (field, v) in shown_fields(v) {
                let value = names.value(Some(kind), field, v);
                let field = names.field(field);
                let line = t::FIELD_VALUE.fill(lang, &[("field", &field), ("value", &value)]);
                report.say(section, format!("  {line}"));
            }
        }
        for (id, _) in old.iter().filter(|(id, _)| !after.contains(id)) {
            let target = Target::Record(kind, (*id).to_owned());
            let record = old_names.target(&target);
            report.say(
                Section::of(&target, ""),
                t::REMOVED.fill(lang, &[("record", &record)]),
            );
        }
        let old_ids: Vec<&str> = old.iter().map(|(id, _)| *id).collect();
        let new_ids: Vec<&str> = new.iter().map(|(id, _)| *id).collect();
        for id in moved(&old_ids, &new_ids) {
            let target = Target::Record(kind, id.to_owned());
            let record = names.target(&target);
            report.say(
                Section::of(&target, ""),
                t::MOVED.fill(lang, &[("record", &record)]),
            );
        }
    }
    conflicts(&names, &mut report, a, b);
    if report.0.is_empty() {
        return format!("{}\n", t::SAME.get(lang));
    }
    report.text(lang)
}

/// Copies of `a` and `b` without the long lists that are the same in both (verbatims,
/// evidence, insights' verbatims): an undo says what it changed without turning a million
/// verbatims it did not touch into words. A list still shared is known to be the same at once.
fn narrowed(a: &Workshop, b: &Workshop) -> (Workshop, Workshop) {
    let (mut a, mut b) = (a.clone(), b.clone());
    fn unshare<T: Clone + PartialEq>(a: &mut List<T>, b: &mut List<T>) {
        if a.ptr_eq(b) || a == b {
            (*a, *b) = Default::default();
        }
    }
    unshare(&mut a.listen.verbatims, &mut b.listen.verbatims);
    fn each<R: Linking>(a: &mut [R], b: &mut [R], id: fn(&R) -> &str) {
        let mine: HashMap<String, usize> = b
            .iter()
            .enumerate()
            .map(|(i, r)| (id(r).to_owned(), i))
            .collect();
        for r in a.iter_mut() {
            if let Some(&i) = mine.get(id(r)) {
                unshare(r.verbatims_mut(), b[i].verbatims_mut());
            }
        }
    }
    each(&mut a.personas, &mut b.personas, |r| &r.id);
    each(&mut a.moments, &mut b.moments, |r| &r.id);
    each(&mut a.listen.insights, &mut b.listen.insights, |r| &r.id);
    (a, b)
}

/// The first change from `a` to `b` in a few words (the record, and the field without its
/// values), and how many more there are: what an undo or a redo tells in the status line.
pub fn brief(a: &Workshop, b: &Workshop, lang: Lang) -> String {
    let (a, b) = narrowed(a, b);
    let report = diff(&a, &b, lang);
    // Changes are indented once under their step; the fields of an added record, twice.
    let mut changes = report
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "));
    let short = |line: &str| match line.trim().split_once(" › ") {
        Some((record, change)) => {
            let field = change.split_once(':').map_or(change, |(f, _)| f);
            // The record's kind and a short name; a stage without its journey.
            let named = record.split_once(" «").and_then(|(kind, rest)| {
                let (name, _) = rest.split_once('»')?;
                Some(format!("{kind} «{}»", crate::text::fit(name, 24)))
            });
            format!("{} › {}", named.as_deref().unwrap_or(record), field.trim())
        }
        None => line.trim().to_owned(),
    };
    let first = changes
        .next()
        .map_or_else(|| t::SAME.get(lang).to_owned(), short);
    match changes.count() {
        0 => first,
        more => format!("{first} (+{more})"),
    }
}

/// The workshop as statements, one a line, for git's textconv: git's own line diff of two
/// of these reads as the fields that changed.
pub fn facts(doc: &Workshop, lang: Lang) -> String {
    let names = Names::new(vec![doc], lang, usize::MAX);
    let mut report = Report::default();
    let singles =
        [Target::Framing, Target::Facilitation].map(|t| (fields(doc, &t).unwrap_or_default(), t));
    let records = Kind::ALL.iter().flat_map(|k| {
        records(doc, *k)
            .into_iter()
            .map(|(id, v)| (v, Target::Record(*k, id.to_owned())))
    });
    for (v, target) in singles.into_iter().chain(records) {
        let kind = match &target {
            Target::Record(k, _) => Some(*k),
            _ => None,
        };
        let record = names.target(&target);
        for (field, v) in shown_fields(&v) {
            let value = names.value(kind, field, v);
            let line =
                t::FIELD_VALUE.fill(lang, &[("field", &names.field(field)), ("value", &value)]);
            report.say(Section::of(&target, field), format!("{record} › {line}"));
        }
    }
    for c in &doc.conflicts {
        report.say(
            Section::Conflicts,
            conflict_line(&names, c, t::CONFLICT_OPENED),
        );
    }
    report.text(lang)
}

/// The fields worth telling: not ids, not child lists, not empty.
fn shown_fields(v: &Value) -> Vec<(&str, &Value)> {
    let Value::Object(m) = v else {
        return Vec::new();
    };
    m.iter()
        .filter(|(k, _)| !matches!(k.as_str(), "id" | "stages"))
        .filter(|(_, v)| !is_empty(v))
        .map(|(k, v)| (k.as_str(), v))
        .collect()
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
        Value::Number(n) => n.as_f64() == Some(0.0),
    }
}

/// One line per changed field of a record found in both versions; the ratings of a moment
/// and other maps one line per key.
fn changed(names: &Names, report: &mut Report, target: &Target, a: &Value, b: &Value) {
    let (Value::Object(a), Value::Object(b)) = (a, b) else {
        return;
    };
    let lang = names.lang();
    let kind = match target {
        Target::Record(k, _) => Some(*k),
        _ => None,
    };
    let none = Value::Null;
    let record = names.target(target);
    for (field, new) in b
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "id" | "stages"))
    {
        let old = a.get(field).unwrap_or(&none);
        if old == new {
            continue;
        }
        let section = Section::of(target, field);
        let mut say = |what: String, old: &Value, new: &Value| {
            let line = t::FIELD_CHANGE.fill(
                lang,
                &[
                    ("field", &what),
                    ("old", &names.value(kind, field, old)),
                    ("new", &names.value(kind, field, new)),
                ],
            );
            report.say(section, format!("{record} › {line}"));
        };
        match (old, new) {
            (Value::Object(om), Value::Object(nm)) if field != "input" => {
                let keys = om.keys().chain(nm.keys().filter(|k| !om.contains_key(*k)));
                for k in keys {
                    let (o, n) = (om.get(k).unwrap_or(&none), nm.get(k).unwrap_or(&none));
                    if o != n {
                        let whom = names.key(k);
                        let whom = whom.trim_matches(['«', '»']);
                        say(
                            t::FOR.fill(lang, &[("field", &names.field(field)), ("whom", &whom)]),
                            o,
                            n,
                        );
                    }
                }
            }
            _ => say(names.field(field), old, new),
        }
    }
}

/// Merge conflicts opened and settled between the two versions.
fn conflicts(names: &Names, report: &mut Report, a: &Workshop, b: &Workshop) {
    let key = |c: &crate::model::Conflict| (c.record.clone(), c.id.clone(), c.field.clone());
    let before: HashSet<_> = a.conflicts.iter().map(key).collect();
    let after: HashSet<_> = b.conflicts.iter().map(key).collect();
    for c in b.conflicts.iter().filter(|c| !before.contains(&key(c))) {
        report.say(
            Section::Conflicts,
            conflict_line(names, c, t::CONFLICT_OPENED),
        );
    }
    for c in a.conflicts.iter().filter(|c| !after.contains(&key(c))) {
        report.say(
            Section::Conflicts,
            conflict_line(names, c, t::CONFLICT_CLOSED),
        );
    }
}

/// A conflict in words, with `text` holding `{record}`, `{field}`, `{ours}` and `{theirs}`.
pub fn conflict_line(names: &Names, c: &crate::model::Conflict, text: crate::i18n::Text) -> String {
    let target = crate::edit::target_of(c);
    let kind = match &target {
        Some(Target::Record(k, _)) => Some(*k),
        _ => None,
    };
    let record = target.map_or_else(|| c.record.clone(), |t| names.target(&t));
    text.fill(
        names.lang(),
        &[
            ("record", &record),
            ("field", &names.field(&c.field)),
            ("ours", &names.value(kind, &c.field, &c.ours)),
            ("theirs", &names.value(kind, &c.field, &c.theirs)),
        ],
    )
}

/// A kind's records in document order (stages journey after journey), each with its fields.
fn records(doc: &Workshop, kind: Kind) -> Vec<(&str, Value)> {
    fn each<'a, T: Serialize + 'a>(
        items: impl Iterator<Item = &'a T>,
        id: impl Fn(&'a T) -> &'a str,
    ) -> Vec<(&'a str, Value)> {
        let value = |r| serde_json::to_value(r).expect("records serialise");
        items.map(|r| (id(r), value(r))).collect()
    }
    let l = &doc.listen;
    match kind {
        Kind::Source => each(l.sources.iter(), |r| &r.id),
        Kind::Verbatim => each(l.verbatims.iter(), |r| &r.id),
        Kind::Insight => each(l.insights.iter(), |r| &r.id),
        Kind::Metric => each(l.metrics.iter(), |r| &r.id),
        Kind::Persona => each(doc.personas.iter(), |r| &r.id),
        Kind::Journey => each(doc.journeys.iter(), |r| &r.id),
        Kind::Stage => each(doc.journeys.iter().flat_map(|j| &j.stages), |r| &r.id),
        Kind::Moment => each(doc.moments.iter(), |r| &r.id),
        Kind::Action => each(doc.target.actions.iter(), |r| &r.id),
    }
}

/// The records found in both lists that changed place: those outside the longest run kept in
/// the same order.
fn moved<'a>(old: &[&str], new: &[&'a str]) -> Vec<&'a str> {
    let in_old: HashSet<&str> = old.iter().copied().collect();
    let common: Vec<&str> = new
        .iter()
        .copied()
        .filter(|id| in_old.contains(id))
        .collect();
    let rank: BTreeMap<&str, usize> = old.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let seq: Vec<usize> = common.iter().map(|id| rank[id]).collect();
    if seq.is_sorted() {
        return Vec::new();
    }
    // Longest increasing subsequence, patience style, with links back to rebuild it.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; seq.len()];
    for i in 0..seq.len() {
        let at = tails.partition_point(|&j| seq[j] < seq[i]);
        back[i] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut stay = vec![false; seq.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        stay[i] = true;
        cur = back[i];
    }
    common
        .into_iter()
        .zip(stay)
        .filter(|(_, s)| !s)
        .map(|(id, _)| id)
        .collect()
}

#[cfg(test)]
mod tests;
