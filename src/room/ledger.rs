//! The order of changes in a room, and each author's undo. Every change gets the next sequence
//! number. An author undoes and redoes only their own changes, and never over a later change
//! someone else made to the same thing: that undo is refused and changes nothing.

use crate::edit::{self, Edit, EditError, Kind, Record, Target};
use crate::i18n::{Lang, round as r, tui as t};
use crate::model::{Id, Workshop};
use std::collections::{HashMap, VecDeque};

/// Who made a change: the name a person goes by in the room.
pub type Author = String;

/// A change the room applied: every seat applies the same edits in `seq` order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Applied {
    pub seq: u64,
    pub author: Author,
    pub edit: Edit,
}

/// Why a request changed nothing.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Refusal {
    /// The edit breaks the document's rules (see [`EditError`]).
    Edit(EditError),
    NothingToUndo,
    NothingToRedo,
    /// Someone else changed the same thing after the change to undo or redo.
    ChangedSince {
        by: Author,
    },
    /// An observer's seat changes nothing.
    ReadOnly,
    /// Only the facilitator runs the room's time boxes and ends the workshop.
    FacilitatorOnly,
    /// The seat has lost its host: the change was not made.
    Offline,
    /// A round is already open: reveal it or cancel it first.
    RoundOpen,
    /// No round takes this (none is open, or it is another kind, or what it names is gone).
    NoRound,
    /// The facilitator chose not to vote in this round.
    FacilitatorDoesNotVote,
    /// Every dot of the budget is placed.
    NoDotLeft,
    /// This action has as many of one's dots as the round allows.
    DotCap,
    /// None of one's dots is on this action.
    NoDotHere,
    /// The round could not be written beside the workshop: nothing changed.
    RoundNotKept(crate::i18n::Said),
}

impl Refusal {
    /// One line, in the seat's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::Edit(e) => e.message(lang),
            Refusal::NothingToUndo => t::NOTHING_TO_UNDO.get(lang).to_owned(),
            Refusal::NothingToRedo => t::NOTHING_TO_REDO.get(lang).to_owned(),
            Refusal::ChangedSince { by } => t::CHANGED_SINCE.fill(lang, &[("who", by)]),
            Refusal::ReadOnly => t::READ_ONLY.get(lang).to_owned(),
            Refusal::FacilitatorOnly => t::FACILITATOR_ONLY.get(lang).to_owned(),
            Refusal::Offline => t::OFFLINE.get(lang).to_owned(),
            Refusal::RoundOpen => r::ROUND_OPEN.get(lang).to_owned(),
            Refusal::NoRound => r::NO_ROUND.get(lang).to_owned(),
            Refusal::FacilitatorDoesNotVote => r::NOT_VOTING.get(lang).to_owned(),
            Refusal::NoDotLeft => r::NO_DOT_LEFT.get(lang).to_owned(),
            Refusal::DotCap => r::DOT_CAP.get(lang).to_owned(),
            Refusal::NoDotHere => r::NO_DOT_HERE.get(lang).to_owned(),
            Refusal::RoundNotKept(why) => why.get(lang).to_owned(),
        }
    }
}

impl From<EditError> for Refusal {
    fn from(e: EditError) -> Refusal {
        Refusal::Edit(e)
    }
}

/// What a change touches, to tell whether two changes overlap.
#[derive(Debug, Clone, PartialEq)]
enum Spot {
    /// One field of a record (or of the framing or facilitation).
    Field(Target, String),
    /// A whole record, inserted or removed.
    Whole(Kind, Id),
    /// A record's place in its list.
    Place(Kind, Id),
    /// One merge conflict: its record, id and field.
    Conflict(String, Id, String),
}

impl Spot {
    fn overlaps(&self, other: &Spot) -> bool {
        use Spot::*;
        match (self, other) {
            (Whole(k, i), Field(Target::Record(k2, i2), _))
            | (Field(Target::Record(k2, i2), _), Whole(k, i))
            | (Whole(k, i), Place(k2, i2))
            | (Place(k2, i2), Whole(k, i)) => k == k2 && i == i2,
            _ => self == other,
        }
    }
}

/// The spots an edit touches.
fn spots(edit: &Edit, out: &mut Vec<Spot>) {
    match edit {
        Edit::Set { target, field, .. } => out.push(Spot::Field(target.clone(), field.clone())),
        Edit::Insert { record, .. } => {
            out.push(Spot::Whole(record.kind(), record.id().to_owned()));
            if let Record::Journey(j) = record {
                let stages = j.stages.iter();
                out.extend(stages.map(|s| Spot::Whole(Kind::Stage, s.id.clone())));
            }
        }
        Edit::Remove { kind, id } => out.push(Spot::Whole(*kind, id.clone())),
        Edit::Move { kind, id, .. } => out.push(Spot::Place(*kind, id.clone())),
        Edit::Batch(edits) => edits.iter().for_each(|e| spots(e, out)),
        Edit::Conflict { conflict: c, .. } => out.push(Spot::Conflict(
            c.record.clone(),
            c.id.clone(),
            c.field.clone(),
        )),
    }
}

/// A change that can be reverted: the edit that reverts it and what it touched.
struct Entry {
    seq: u64,
    revert: Edit,
    spots: Vec<Spot>,
}

#[derive(Default)]
struct Stacks {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

/// A change as the guard needs it: when, by whom, on what.
struct Change {
    seq: u64,
    author: Author,
    spots: Vec<Spot>,
}

#[derive(Default)]
pub struct Ledger {
    seq: u64,
    stacks: HashMap<Author, Stacks>,
    /// Changes since the oldest one still in any undo or redo stack.
    log: VecDeque<Change>,
}

impl Ledger {
    /// The sequence number of the last change.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// Applies `edit` for `author`; with `undoable`, the author can undo it, and their redo
    /// stack is cleared as in any editor.
    pub fn apply(
        &mut self,
        doc: &mut Workshop,
        author: &str,
        edit: Edit,
        undoable: bool,
    ) -> Result<Applied, EditError> {
        let revert = edit::apply(doc, edit.clone())?;
        let mut touched = Vec::new();
        // Both directions: removing a journey also removes the stages its inverse gives back.
        spots(&edit, &mut touched);
        spots(&revert, &mut touched);
        self.seq += 1;
        if undoable {
            let stacks = self.stacks.entry(author.to_owned()).or_default();
            stacks.redo.clear();
            stacks.undo.push(Entry {
                seq: self.seq,
                revert,
                spots: touched.clone(),
            });
        }
        Ok(self.logged(author, edit, touched))
    }

    /// Reverts `author`'s last change.
    pub fn undo(&mut self, doc: &mut Workshop, author: &str) -> Result<Applied, Refusal> {
        self.revert(doc, author, false)
    }

    /// Reapplies `author`'s last undone change.
    pub fn redo(&mut self, doc: &mut Workshop, author: &str) -> Result<Applied, Refusal> {
        self.revert(doc, author, true)
    }

    fn revert(&mut self, doc: &mut Workshop, author: &str, redo: bool) -> Result<Applied, Refusal> {
        let nothing = if redo {
            Refusal::NothingToRedo
        } else {
            Refusal::NothingToUndo
        };
        let Some(stacks) = self.stacks.get_mut(author) else {
            return Err(nothing);
        };
        let (from, to) = if redo {
            (&mut stacks.redo, &mut stacks.undo)
        } else {
            (&mut stacks.undo, &mut stacks.redo)
        };
        let Some(entry) = from.last() else {
            return Err(nothing);
        };
        let later = self.log.iter().filter(|c| c.seq > entry.seq);
        if let Some(c) = later.filter(|c| c.author != author).find(|c| {
            c.spots
                .iter()
                .any(|s| entry.spots.iter().any(|e| e.overlaps(s)))
        }) {
            return Err(Refusal::ChangedSince {
                by: c.author.clone(),
            });
        }
        let back = edit::apply(doc, entry.revert.clone())?;
        let entry = from.pop().expect("checked above");
        self.seq += 1;
        to.push(Entry {
            seq: self.seq,
            revert: back,
            spots: entry.spots.clone(),
        });
        if redo {
            // A redo is a change again, which others' undos must respect.
            return Ok(self.logged(author, entry.revert, entry.spots));
        }
        // An undo withdraws the change: nothing of it is left for others' undos to respect.
        self.log.retain(|c| c.seq != entry.seq);
        Ok(Applied {
            seq: self.seq,
            author: author.to_owned(),
            edit: entry.revert,
        })
    }

    /// Logs a change, forgetting those no undo or redo can reach any more.
    fn logged(&mut self, author: &str, edit: Edit, spots: Vec<Spot>) -> Applied {
        self.log.push_back(Change {
            seq: self.seq,
            author: author.to_owned(),
            spots,
        });
        // Stacks grow in sequence order, so their first entries are the oldest; a guard only
        // looks at changes after the entry it guards.
        let oldest = self
            .stacks
            .values()
            .flat_map(|s| s.undo.first().into_iter().chain(s.redo.first()))
            .map(|e| e.seq)
            .min();
        match oldest {
            Some(oldest) => {
                while self.log.front().is_some_and(|c| c.seq <= oldest) {
                    self.log.pop_front();
                }
            }
            None => self.log.clear(),
        }
        Applied {
            seq: self.seq,
            author: author.to_owned(),
            edit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::set;
    use crate::model::Persona;

    fn with_persona() -> Workshop {
        let mut doc = Workshop::new("t", "fr");
        let p = Persona {
            id: "per-a".into(),
            name: "Marie".into(),
            ..Default::default()
        };
        let record = Record::Persona(p);
        edit::apply(&mut doc, Edit::Insert { index: 0, record }).unwrap();
        doc
    }

    #[test]
    fn each_author_undoes_only_their_own_changes() {
        let mut doc = with_persona();
        let mut ledger = Ledger::default();
        let name = |v: &str| set(Kind::Persona, "per-a", "name", v);
        let quote = |v: &str| set(Kind::Persona, "per-a", "quote", v);
        ledger
            .apply(&mut doc, "ana", name("Marie, 42"), true)
            .unwrap();
        ledger
            .apply(&mut doc, "bob", quote("Vite !"), true)
            .unwrap();
        let undone = ledger.undo(&mut doc, "ana").unwrap();
        assert_eq!((undone.seq, undone.author.as_str()), (3, "ana"));
        assert_eq!(doc.personas[0].name, "Marie");
        assert_eq!(doc.personas[0].quote, "Vite !");
        assert_eq!(ledger.undo(&mut doc, "ana"), Err(Refusal::NothingToUndo));
        ledger.redo(&mut doc, "ana").unwrap();
        assert_eq!(doc.personas[0].name, "Marie, 42");
        assert_eq!(ledger.seq(), 4);
    }

    #[test]
    fn an_undo_over_someone_elses_later_change_is_refused() {
        let mut doc = with_persona();
        let mut ledger = Ledger::default();
        let name = |v: &str| set(Kind::Persona, "per-a", "name", v);
        ledger
            .apply(&mut doc, "ana", name("Marie, 42"), true)
            .unwrap();
        ledger
            .apply(&mut doc, "bob", name("Marie, 43"), true)
            .unwrap();
        let before = doc.clone();
        let refused = ledger.undo(&mut doc, "ana").unwrap_err();
        assert_eq!(refused, Refusal::ChangedSince { by: "bob".into() });
        assert_eq!(doc, before);
        assert!(refused.message(Lang::Fr).contains("bob"));
        // Bob takes his back: Ana's undo is possible again.
        ledger.undo(&mut doc, "bob").unwrap();
        ledger.undo(&mut doc, "ana").unwrap();
        assert_eq!(doc.personas[0].name, "Marie");
        assert!(edit::validate(&doc).is_ok());
    }

    #[test]
    fn a_record_removed_by_someone_else_blocks_the_undo_of_its_fields() {
        let mut doc = with_persona();
        let mut ledger = Ledger::default();
        let name = set(Kind::Persona, "per-a", "name", "Léa");
        ledger.apply(&mut doc, "ana", name, true).unwrap();
        let gone = edit::delete(&doc, Kind::Persona, "per-a");
        ledger.apply(&mut doc, "bob", gone, true).unwrap();
        let refused = ledger.undo(&mut doc, "ana");
        assert_eq!(refused, Err(Refusal::ChangedSince { by: "bob".into() }));
        assert!(doc.personas.is_empty());
    }

    #[test]
    fn a_change_brought_along_by_someone_elses_edit_blocks_the_undo() {
        let mut doc = with_persona();
        let karim = Persona {
            id: "per-b".into(),
            name: "Karim".into(),
            ..Default::default()
        };
        let v = crate::model::Verbatim {
            id: "vb-a".into(),
            ..Default::default()
        };
        for record in [Record::Persona(karim), Record::Verbatim(v)] {
            edit::apply(&mut doc, Edit::Insert { index: 0, record }).unwrap();
        }
        let mut ledger = Ledger::default();
        let ana = set(Kind::Verbatim, "vb-a", "persona", "per-a");
        ledger.apply(&mut doc, "ana", ana, true).unwrap();
        // Bob never names the verbatim's persona field: his evidence list changes it.
        let bob = set(
            Kind::Persona,
            "per-b",
            "evidence",
            serde_json::json!(["vb-a"]),
        );
        ledger.apply(&mut doc, "bob", bob, true).unwrap();
        assert_eq!(doc.listen.verbatims[0].persona.as_deref(), Some("per-b"));
        let before = doc.clone();
        let refused = ledger.undo(&mut doc, "ana");
        assert_eq!(refused, Err(Refusal::ChangedSince { by: "bob".into() }));
        assert_eq!(doc, before);
        ledger.undo(&mut doc, "bob").unwrap();
        ledger.undo(&mut doc, "ana").unwrap();
        assert_eq!(doc.listen.verbatims[0].persona, None);
        assert!(doc.personas.iter().all(|p| p.evidence.is_empty()));
    }

    #[test]
    fn changes_that_are_not_undoable_leave_the_stacks_alone() {
        let mut doc = with_persona();
        let mut ledger = Ledger::default();
        let name = set(Kind::Persona, "per-a", "name", "Léa");
        ledger.apply(&mut doc, "ana", name, true).unwrap();
        ledger.undo(&mut doc, "ana").unwrap();
        let clock = edit::set_facilitation("bell", true);
        ledger.apply(&mut doc, "ana", clock, false).unwrap();
        ledger.redo(&mut doc, "ana").unwrap();
        assert_eq!(doc.personas[0].name, "Léa");
        assert!(doc.facilitation.bell);
        assert_eq!(ledger.undo(&mut doc, "ana").map(|a| a.seq), Ok(5));
        assert!(doc.facilitation.bell, "the bell is not the team's content");
    }
}
