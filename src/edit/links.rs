//! Links written on both records they join, kept in step by the edit path:
//! - a verbatim's `persona` and that persona's `evidence`: a verbatim is in P's evidence exactly
//!   when its persona is P;
//! - an action's `moment` and its `stage`: an action with a moment is at the moment's stage.
//!
//! Changing one side brings the other along ([`follow`]), [`check`] refuses a document whose
//! sides disagree, and [`repair`] mends a loaded one and says what it changed.

use super::record::{Entry, Index, Known};
use super::{Kind, Record};
use crate::i18n::{Lang, edit as t};
use crate::model::{Id, Persona, Workshop};
use crate::text::{fit, one_line};
use foldhash::{HashMap, HashSet};
use serde_json::{Value, json};

/// A field change that another one brings along: `field` of `kind`/`id` becomes `value`.
pub(super) struct Follow {
    pub kind: Kind,
    pub id: Id,
    pub field: &'static str,
    pub value: Value,
}

/// What the change of `field` on `kind`/`id`, already made in `doc`, brings along, in order.
pub(super) fn follow(doc: &Workshop, kind: Kind, id: &str, field: &str) -> Vec<Follow> {
    let mut out = Vec::new();
    match (kind, field) {
        (Kind::Verbatim, "persona") => {
            let Some(v) = doc.verbatim(id) else {
                return out;
            };
            for p in &doc.personas {
                let mine = v.persona.as_deref() == Some(p.id.as_str());
                let listed = p.evidence.iter().any(|e| e == id);
                if listed && !mine {
                    out.push(evidence(p, p.evidence.iter().filter(|e| *e != id)));
                } else if mine && !listed {
                    out.push(evidence(p, p.evidence.iter().chain([&v.id])));
                }
            }
        }
        (Kind::Persona, "evidence") => {
            let Some(p) = doc.persona(id) else {
                return out;
            };
            let listed = &p.evidence;
            // A verbatim has one persona: those listed here leave any other evidence list.
            for q in doc.personas.iter().filter(|q| q.id != id) {
                if q.evidence.iter().any(|e| listed.contains(e)) {
                    out.push(evidence(
                        q,
                        q.evidence.iter().filter(|e| !listed.contains(e)),
                    ));
                }
            }
            for v in &doc.listen.verbatims {
                let here = listed.contains(&v.id);
                if here != (v.persona.as_deref() == Some(id)) {
                    let value = if here { json!(id) } else { Value::Null };
                    out.push(change(Kind::Verbatim, &v.id, "persona", value));
                }
            }
        }
        (Kind::Action, "moment" | "stage") => {
            let Some(a) = doc.action(id) else {
                return out;
            };
            let Some(m) = a.moment.as_deref().and_then(|m| doc.moment(m)) else {
                return out;
            };
            if a.stage.as_deref() != Some(m.stage.as_str()) {
                // A new moment takes the action to its stage; a new stage leaves the moment.
                out.push(match field {
                    "moment" => change(Kind::Action, id, "stage", json!(m.stage)),
                    _ => change(Kind::Action, id, "moment", Value::Null),
                });
            }
        }
        (Kind::Moment, "stage") => {
            let Some(m) = doc.moment(id) else {
                return out;
            };
            let along = doc.target.actions.iter().filter(|a| {
                a.moment.as_deref() == Some(id) && a.stage.as_deref() != Some(m.stage.as_str())
            });
            out.extend(along.map(|a| change(Kind::Action, &a.id, "stage", json!(m.stage))));
        }
        _ => {}
    }
    out
}

fn change(kind: Kind, id: &str, field: &'static str, value: Value) -> Follow {
    Follow {
        kind,
        id: id.to_owned(),
        field,
        value,
    }
}

fn evidence<'a>(p: &Persona, list: impl Iterator<Item = &'a Id>) -> Follow {
    change(
        Kind::Persona,
        &p.id,
        "evidence",
        json!(list.collect::<Vec<_>>()),
    )
}

/// The field whose links an inserted record brings along, if it has any: a verbatim without
/// persona, a persona without evidence or an action without moment brings nothing, and is
/// not looked for again in the document (an import inserts thousands of them).
pub(super) fn inserted(record: &Record) -> Option<&'static str> {
    match record {
        Record::Verbatim(v) if v.persona.is_some() => Some("persona"),
        Record::Persona(p) if !p.evidence.is_empty() => Some("evidence"),
        Record::Action(a) if a.moment.is_some() => Some("moment"),
        _ => None,
    }
}

/// The first place where the two sides of a link disagree, naming both records. Linear in the
/// number of links: each side is looked up in a map of the other.
pub(super) fn check(doc: &Workshop, ix: &Index) -> Result<(), String> {
    if !evidence_in_order(doc) {
        check_evidence(doc, ix)?;
    }
    let stage_of = moment_stages(doc);
    for a in &doc.target.actions {
        if let Some((m, stage)) = a.moment.as_deref().and_then(|m| stage_of.get_key_value(m))
            && a.stage.as_deref() != Some(*stage)
        {
            return Err(format!(
                "action {} is at stage {} but its moment {m} is at stage {stage}",
                a.id,
                a.stage.as_deref().unwrap_or("none"),
            ));
        }
    }
    Ok(())
}

/// Whether each persona's evidence lists exactly the verbatims whose persona it is, in the
/// document's order: the usual case (imports and quick adds append to both), then checked in
/// one pass in the order the records lie in memory, with no lookup per verbatim (on a million
/// verbatims those lookups were most of a load's time).
fn evidence_in_order(doc: &Workshop) -> bool {
    let mut next: HashMap<&str, _> = doc
        .personas
        .iter()
        .map(|p| (p.id.as_str(), p.evidence.iter()))
        .collect();
    for v in &doc.listen.verbatims {
        // A verbatim whose persona does not exist is the record check's to report.
        let Some(listed) = v.persona.as_deref().and_then(|p| next.get_mut(p)) else {
            continue;
        };
        if listed.next() != Some(&v.id) {
            return false;
        }
    }
    next.into_values().all(|mut rest| rest.next().is_none())
}

/// The agreement of personas' evidence with verbatims' personas in any order, each evidence
/// entry looked up in the index.
fn check_evidence(doc: &Workshop, ix: &Index) -> Result<(), String> {
    for p in &doc.personas {
        for e in &p.evidence {
            match ix.get(Kind::Verbatim, e) {
                Some(v) if v.persona == Some(p.id.as_str()) => v.listed.set(true),
                Some(v) => {
                    return Err(format!(
                        "verbatim {e} is in the evidence of persona {} but its persona is {}",
                        p.id,
                        v.persona.unwrap_or("none")
                    ));
                }
                None => return Err(format!("persona {}: verbatim {e} does not exist", p.id)),
            }
        }
    }
    // The index's entries are read in its own order, without hashing; the document is read in
    // its order only to name the first verbatim left out.
    let left_out = |v: &Entry| {
        v.kind == Kind::Verbatim && !v.listed.get() && v.persona.is_some_and(|p| ix.persona(p))
    };
    if ix.entries().any(left_out) {
        let first = doc
            .listen
            .verbatims
            .iter()
            .find(|v| ix.get(Kind::Verbatim, &v.id).is_some_and(left_out));
        if let Some(v) = first {
            return Err(format!(
                "verbatim {} has persona {} but is not in its evidence",
                v.id,
                v.persona.as_deref().unwrap_or_default()
            ));
        }
    }
    Ok(())
}

/// Each moment's stage, by the moment's id.
fn moment_stages(doc: &Workshop) -> HashMap<&str, &str> {
    doc.moments
        .iter()
        .map(|m| (m.id.as_str(), m.stage.as_str()))
        .collect()
}

/// One disagreement mended on load, with the records named as the user knows them.
#[derive(Debug, Clone, PartialEq)]
pub enum Repair {
    /// A verbatim in a persona's evidence had no persona: it now has that one.
    Given { verbatim: String, persona: String },
    /// A verbatim was in the evidence of a persona other than its own: it left that list.
    Dropped {
        verbatim: String,
        persona: String,
        own: String,
    },
    /// A verbatim's persona did not list it: it is now at the end of that persona's evidence.
    Listed { verbatim: String, persona: String },
    /// An action was at another stage than its moment's: it is now at the moment's stage.
    Moved { action: String, stage: String },
}

impl Repair {
    /// One short line in `lang`.
    pub fn note(&self, lang: Lang) -> String {
        match self {
            Repair::Given { verbatim, persona } => {
                t::GIVEN.fill(lang, &[("verbatim", verbatim), ("persona", persona)])
            }
            Repair::Dropped {
                verbatim,
                persona,
                own,
            } => t::DROPPED.fill(
                lang,
                &[("verbatim", verbatim), ("persona", persona), ("own", own)],
            ),
            Repair::Listed { verbatim, persona } => {
                t::LISTED.fill(lang, &[("verbatim", verbatim), ("persona", persona)])
            }
            Repair::Moved { action, stage } => {
                t::MOVED.fill(lang, &[("action", action), ("stage", stage)])
            }
        }
    }
}

/// Makes the two sides of every link agree, in a document read from a file (never one in a
/// room: those only change through edits). Deterministic, in document order:
/// - a verbatim in a persona's evidence without a persona gets that persona;
/// - a verbatim whose own persona is another keeps it and leaves this evidence list;
/// - a verbatim whose persona does not list it is appended to that persona's evidence;
/// - an action with a moment moves to the moment's stage.
///
/// A document whose links agree, the usual case, is only read.
pub fn repair(doc: &mut Workshop) -> Vec<Repair> {
    let mut done = Vec::new();
    if Index::of(doc).is_ok_and(|ix| check(doc, &ix).is_ok()) {
        return done;
    }
    let at: HashMap<Id, usize> = doc
        .listen
        .verbatims
        .iter()
        .enumerate()
        .map(|(i, v)| (v.id.clone(), i))
        .collect();
    for pi in 0..doc.personas.len() {
        mend_evidence(doc, pi, &at, &mut done);
    }
    list_missing(doc, &mut done);
    move_actions(doc, &mut done);
    done
}

/// The first two rules, on the evidence of the persona at `pi`; `at` finds a verbatim's index.
fn mend_evidence(doc: &mut Workshop, pi: usize, at: &HashMap<Id, usize>, done: &mut Vec<Repair>) {
    let p = doc.personas[pi].id.clone();
    let mut keep = Vec::new();
    for e in std::mem::take(&mut doc.personas[pi].evidence) {
        let Some(&vi) = at.get(&e) else {
            // A missing verbatim is for `validate` to refuse.
            keep.push(e);
            continue;
        };
        match doc.listen.verbatims[vi].persona.clone() {
            None => {
                doc.listen.verbatims[vi].persona = Some(p.clone());
                done.push(Repair::Given {
                    verbatim: short(&doc.listen.verbatims[vi].text, &e),
                    persona: persona_name(doc, &p),
                });
                keep.push(e);
            }
            Some(own) if own != p => done.push(Repair::Dropped {
                verbatim: short(&doc.listen.verbatims[vi].text, &e),
                persona: persona_name(doc, &p),
                own: persona_name(doc, &own),
            }),
            Some(_) => keep.push(e),
        }
    }
    doc.personas[pi].evidence = keep.into();
}

/// The third rule: each verbatim in its persona's evidence.
fn list_missing(doc: &mut Workshop, done: &mut Vec<Repair>) {
    let index: HashMap<Id, usize> = doc
        .personas
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();
    let mut listed: Vec<HashSet<Id>> = doc
        .personas
        .iter()
        .map(|p| p.evidence.iter().cloned().collect())
        .collect();
    for vi in 0..doc.listen.verbatims.len() {
        let v = &doc.listen.verbatims[vi];
        let Some(&pi) = v.persona.as_ref().and_then(|p| index.get(p)) else {
            continue;
        };
        if listed[pi].insert(v.id.clone()) {
            let id = v.id.clone();
            done.push(Repair::Listed {
                verbatim: short(&v.text, &id),
                persona: short(&doc.personas[pi].name, &doc.personas[pi].id),
            });
            doc.personas[pi].evidence.push_back(id);
        }
    }
}

/// The fourth rule: each action with a moment at the moment's stage.
fn move_actions(doc: &mut Workshop, done: &mut Vec<Repair>) {
    let stage_of: HashMap<Id, Id> = moment_stages(doc)
        .into_iter()
        .map(|(m, s)| (m.to_owned(), s.to_owned()))
        .collect();
    for ai in 0..doc.target.actions.len() {
        let a = &doc.target.actions[ai];
        let Some(stage) = a.moment.as_ref().and_then(|m| stage_of.get(m)) else {
            continue;
        };
        if a.stage.as_ref() != Some(stage) {
            done.push(Repair::Moved {
                action: short(&a.text, &a.id),
                stage: doc
                    .stage(stage)
                    .map_or(stage.clone(), |(_, s)| short(&s.name, &s.id)),
            });
            doc.target.actions[ai].stage = Some(stage.clone());
        }
    }
}

/// A record's text, short and on one line, or its id when it has no text.
fn short(text: &str, id: &str) -> String {
    match one_line(text) {
        t if t.is_empty() => id.to_owned(),
        t => fit(&t, 32),
    }
}

fn persona_name(doc: &Workshop, id: &str) -> String {
    doc.persona(id)
        .map_or(id.to_owned(), |p| short(&p.name, id))
}
