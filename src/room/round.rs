//! Rounds, the collective moments of a room: everyone writes cards, or rates moments, or places
//! dots, privately; the room keeps all of it apart from the workshop until the facilitator
//! reveals it, as one batch edit, or cancels. What a person may see of a round is a
//! [`RoundView`]: counts for everyone, their own cards, never anyone's votes.

use super::Author;
use super::ledger::Refusal;
use crate::edit::{self, Edit, Kind as RecordKind, Record};
use crate::model::{Id, Ids, Level, Moment, MomentKind, Rating, Verbatim, Workshop};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the cards of a round become on reveal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cards {
    /// Step 1: what customers said.
    Verbatims,
    /// Step 2: lines of a persona's needs.
    Needs(Id),
    /// Step 2: lines of a persona's frustrations.
    Frustrations(Id),
    /// Step 3: lines of a stage's pain points.
    PainPoints(Id),
    /// Step 4: moments of a stage.
    Moments(Id),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Cards(Cards),
    /// Step 5: a level per moment and persona.
    Criticity,
    /// Step 7: dots on actions, `budget` each, at most `cap` on one action.
    Dots {
        budget: u32,
        cap: u32,
    },
}

/// How the facilitator set the round up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    pub kind: Kind,
    /// Cards come out shuffled and unsigned.
    pub anonymous: bool,
    /// The facilitator votes too.
    pub facilitator_votes: bool,
    /// One person types what the room reads out: each vote or dot adds to the count, no
    /// budget, no cap (a facilitator alone with sticky notes).
    pub tally: bool,
}

/// A change to a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Move {
    Open(Setup),
    Card(String),
    /// Takes back one's own card, by its place among one's cards.
    Uncard(usize),
    /// Rates a moment for a persona (none: takes the vote back).
    Vote {
        moment: Id,
        persona: Id,
        level: Option<Level>,
    },
    /// One dot more (or less) on an action.
    Dot {
        action: Id,
        more: bool,
    },
    Reveal,
    Cancel,
}

/// A round in progress, as the room keeps it (and writes it beside the workshop).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Round {
    /// Tells one round from the next.
    pub id: u64,
    pub setup: Setup,
    /// Who opened it.
    pub by: Author,
    cards: Vec<(Author, String)>,
    votes: Vec<(Author, Id, Id, Level)>,
    dots: Vec<(Author, Id)>,
}

/// What one person may see of a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundView {
    pub id: u64,
    /// Who this view is for.
    pub you: Author,
    pub setup: Setup,
    pub by: Author,
    /// For each person who wrote or voted: how many cards, votes or dots.
    pub counts: Vec<(Author, u32)>,
    /// Their own cards, in writing order.
    pub mine: Vec<String>,
}

/// A seat's memory of its own votes and dots in the round under way: the host never sends
/// them back, so that no vote travels before the reveal.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ballot {
    /// The round these are for.
    pub round: u64,
    /// Levels given to a moment (first) for a persona (second); several when read out.
    pub votes: BTreeMap<(Id, Id), Vec<Level>>,
    pub dots: BTreeMap<Id, u32>,
}

impl Ballot {
    /// Starts afresh when another round (or none) is under way.
    pub fn follow(&mut self, round: Option<&RoundView>) {
        let id = round.map_or(0, |r| r.id);
        if id != self.round {
            *self = Ballot {
                round: id,
                ..Ballot::default()
            };
        }
    }

    /// Remembers a move the room accepted.
    pub fn record(&mut self, change: &Move, tally: bool) {
        match change {
            Move::Vote {
                moment,
                persona,
                level,
            } => {
                let cell = self
                    .votes
                    .entry((moment.clone(), persona.clone()))
                    .or_default();
                match (level, tally) {
                    (Some(l), true) => cell.push(*l),
                    (None, true) => {
                        cell.pop();
                    }
                    (level, false) => *cell = level.iter().copied().collect(),
                }
            }
            Move::Dot { action, more } => {
                let n = self.dots.entry(action.clone()).or_default();
                *n = if *more { *n + 1 } else { n.saturating_sub(1) };
            }
            _ => {}
        }
    }

    /// Dots placed so far.
    pub fn spent(&self) -> u32 {
        self.dots.values().sum()
    }
}

/// Cards longer than this are cut: a card is a sticky note.
const CARD: usize = 500;

impl Round {
    pub fn open(by: &str, setup: Setup, doc: &Workshop) -> Result<Round, Refusal> {
        let missing = match &setup.kind {
            Kind::Cards(Cards::Needs(p) | Cards::Frustrations(p)) => doc.persona(p).is_none(),
            Kind::Cards(Cards::PainPoints(s) | Cards::Moments(s)) => doc.stage(s).is_none(),
            Kind::Dots { budget, cap } => *budget == 0 || *cap == 0,
            Kind::Cards(Cards::Verbatims) | Kind::Criticity => false,
        };
        if missing {
            return Err(Refusal::NoRound);
        }
        Ok(Round {
            id: fastrand::u64(..),
            setup,
            by: by.to_owned(),
            cards: Vec::new(),
            votes: Vec::new(),
            dots: Vec::new(),
        })
    }

    /// Plays `who`'s move; `Open`, `Reveal` and `Cancel` are the room's to play.
    pub fn play(&mut self, who: &str, change: Move, doc: &Workshop) -> Result<(), Refusal> {
        let votes = who != self.by || self.setup.facilitator_votes;
        match (change, &self.setup.kind) {
            (Move::Card(text), Kind::Cards(_)) => {
                let text: String = crate::text::one_line(&text).chars().take(CARD).collect();
                if text.trim().is_empty() {
                    return Err(Refusal::NoRound);
                }
                self.cards.push((who.to_owned(), text.trim().to_owned()));
            }
            (Move::Uncard(n), Kind::Cards(_)) => {
                let at = self
                    .cards
                    .iter()
                    .enumerate()
                    .filter(|(_, (a, _))| a == who)
                    .nth(n)
                    .map(|(i, _)| i)
                    .ok_or(Refusal::NoRound)?;
                self.cards.remove(at);
            }
            (Move::Vote { .. } | Move::Dot { .. }, _) if !votes => {
                return Err(Refusal::FacilitatorDoesNotVote);
            }
            (
                Move::Vote {
                    moment,
                    persona,
                    level,
                },
                Kind::Criticity,
            ) => {
                if doc.moment(&moment).is_none() || doc.persona(&persona).is_none() {
                    return Err(Refusal::NoRound);
                }
                let mine =
                    |v: &(Author, Id, Id, Level)| v.0 == who && v.1 == moment && v.2 == persona;
                match (level, self.setup.tally) {
                    // Read out: each key is one more vote; taking back takes the last one.
                    (Some(l), true) => self.votes.push((who.to_owned(), moment, persona, l)),
                    (None, true) => {
                        if let Some(at) = self.votes.iter().rposition(mine) {
                            self.votes.remove(at);
                        }
                    }
                    (level, false) => {
                        self.votes.retain(|v| !mine(v));
                        if let Some(l) = level {
                            self.votes.push((who.to_owned(), moment, persona, l));
                        }
                    }
                }
            }
            (Move::Dot { action, more }, Kind::Dots { budget, cap }) => {
                if doc.action(&action).is_none() {
                    return Err(Refusal::NoRound);
                }
                let spent = self.dots.iter().filter(|(a, _)| a == who).count() as u32;
                let here = self
                    .dots
                    .iter()
                    .filter(|(a, x)| a == who && *x == action)
                    .count() as u32;
                if !more {
                    let at = self
                        .dots
                        .iter()
                        .rposition(|(a, x)| a == who && *x == action);
                    self.dots.remove(at.ok_or(Refusal::NoDotHere)?);
                } else if !self.setup.tally && spent >= *budget {
                    return Err(Refusal::NoDotLeft);
                } else if !self.setup.tally && here >= *cap {
                    return Err(Refusal::DotCap);
                } else {
                    self.dots.push((who.to_owned(), action));
                }
            }
            _ => return Err(Refusal::NoRound),
        }
        Ok(())
    }

    /// What `who` may see: everyone's counts, their own cards.
    pub fn view(&self, who: &str) -> RoundView {
        let mut counts: Vec<(Author, u32)> = Vec::new();
        let authors = self
            .cards
            .iter()
            .map(|c| &c.0)
            .chain(self.votes.iter().map(|v| &v.0))
            .chain(self.dots.iter().map(|d| &d.0));
        for author in authors {
            match counts.iter_mut().find(|(a, _)| a == author) {
                Some((_, n)) => *n += 1,
                None => counts.push((author.clone(), 1)),
            }
        }
        RoundView {
            id: self.id,
            you: who.to_owned(),
            setup: self.setup.clone(),
            by: self.by.clone(),
            counts,
            mine: self
                .cards
                .iter()
                .filter(|(a, _)| a == who)
                .map(|(_, t)| t.clone())
                .collect(),
        }
    }

    /// The edit that puts the round in the workshop, as one batch.
    pub fn reveal(&self, doc: &Workshop) -> Edit {
        let edits = match &self.setup.kind {
            Kind::Cards(target) => self.cards_edits(target, doc),
            Kind::Criticity => self.criticity_edits(doc),
            Kind::Dots { .. } => self.dots_edits(doc),
        };
        Edit::Batch(edits)
    }

    /// The cards in the order they go in: shuffled when anonymous, else by author (in the
    /// order they first wrote) and writing order.
    fn ordered_cards(&self) -> Vec<(&str, &str)> {
        let mut cards: Vec<(&str, &str)> = self
            .cards
            .iter()
            .map(|(a, t)| (a.as_str(), t.as_str()))
            .collect();
        if self.setup.anonymous {
            fastrand::shuffle(&mut cards);
        } else {
            let first = |who: &str| self.cards.iter().position(|(a, _)| a == who);
            cards.sort_by_key(|(who, _)| first(who));
        }
        cards
    }

    fn cards_edits(&self, target: &Cards, doc: &Workshop) -> Vec<Edit> {
        let cards = self.ordered_cards();
        let lines = |old: &str| {
            let mut all: Vec<&str> = old.lines().filter(|l| !l.trim().is_empty()).collect();
            all.extend(cards.iter().map(|(_, t)| *t));
            all.join("\n")
        };
        let mut ids = Ids::of(doc);
        match target {
            Cards::Verbatims => cards
                .iter()
                .enumerate()
                .map(|(i, (who, text))| Edit::Insert {
                    index: doc.listen.verbatims.len() + i,
                    record: Record::Verbatim(Verbatim {
                        id: ids.fresh(RecordKind::Verbatim.prefix()),
                        text: (*text).to_owned(),
                        tags: if self.setup.anonymous {
                            Vec::new()
                        } else {
                            vec![(*who).to_owned()]
                        },
                        ..Default::default()
                    }),
                })
                .collect(),
            Cards::Needs(p) | Cards::Frustrations(p) => {
                let Some(persona) = doc.persona(p) else {
                    return Vec::new();
                };
                let (field, old) = match target {
                    Cards::Needs(_) => ("needs", &persona.needs),
                    _ => ("frustrations", &persona.frustrations),
                };
                vec![edit::set(RecordKind::Persona, p, field, lines(old))]
            }
            Cards::PainPoints(s) => match doc.stage(s) {
                Some((_, stage)) => vec![edit::set(
                    RecordKind::Stage,
                    s,
                    "pain_points",
                    lines(&stage.pain_points),
                )],
                None => Vec::new(),
            },
            Cards::Moments(s) => cards
                .iter()
                .enumerate()
                .map(|(i, (_, title))| Edit::Insert {
                    index: doc.moments.len() + i,
                    record: Record::Moment(Moment {
                        id: ids.fresh(RecordKind::Moment.prefix()),
                        stage: s.clone(),
                        kind: MomentKind::Essential,
                        title: (*title).to_owned(),
                        ..Default::default()
                    }),
                })
                .collect(),
        }
    }

    /// Each moment rated: the spread of each persona's cell, the most common level proposed
    /// (a tie proposes the more sensitive), left to settle unless everyone agreed.
    fn criticity_edits(&self, doc: &Workshop) -> Vec<Edit> {
        let mut spreads: BTreeMap<&Id, BTreeMap<&Id, BTreeMap<Level, u32>>> = BTreeMap::new();
        for (_, moment, persona, level) in &self.votes {
            let cell = spreads
                .entry(moment)
                .or_default()
                .entry(persona)
                .or_default();
            *cell.entry(*level).or_default() += 1;
        }
        let mut edits = Vec::new();
        for (moment_id, cells) in spreads {
            let Some(moment) = doc.moment(moment_id) else {
                continue;
            };
            let mut criticity = moment.criticity.clone();
            for (persona, spread) in cells {
                let top = spread.values().max().copied().unwrap_or(0);
                let proposed = *spread
                    .iter()
                    .find(|(_, n)| **n == top)
                    .map(|(l, _)| l)
                    .unwrap_or(&Level::Sensitive);
                let rationale = criticity
                    .get(persona)
                    .map(|r| r.rationale.clone())
                    .unwrap_or_default();
                let rating = Rating {
                    level: proposed,
                    rationale,
                    unsettled: spread.len() > 1,
                    votes: Some(spread),
                };
                criticity.insert(persona.clone(), rating);
            }
            let value = serde_json::to_value(criticity).expect("ratings serialise");
            edits.push(edit::set(RecordKind::Moment, moment_id, "criticity", value));
        }
        edits
    }

    /// Every action's dots from this vote (the last vote's dots are replaced).
    fn dots_edits(&self, doc: &Workshop) -> Vec<Edit> {
        doc.target
            .actions
            .iter()
            .filter_map(|a| {
                let n = self.dots.iter().filter(|(_, x)| *x == a.id).count() as u32;
                (n != a.dots).then(|| edit::set(RecordKind::Action, &a.id, "dots", n))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::room::Room;
    use std::time::Instant;

    /// A room on the demo workshop (two personas, moments, eight actions).
    fn demo() -> (tempfile::TempDir, Room) {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::Store::locate(Some(dir.path().into())).unwrap();
        let mut doc = crate::demo::demo(crate::i18n::Lang::En);
        let path = store.create(&mut doc).unwrap();
        (dir, Room::open(path).unwrap())
    }

    fn setup(kind: Kind) -> Setup {
        Setup {
            kind,
            anonymous: false,
            facilitator_votes: true,
            tally: false,
        }
    }

    fn vote(moment: &str, persona: &str, level: Option<Level>) -> Move {
        Move::Vote {
            moment: moment.into(),
            persona: persona.into(),
            level,
        }
    }

    fn dot(action: &str, more: bool) -> Move {
        Move::Dot {
            action: action.into(),
            more,
        }
    }

    #[test]
    fn cards_stay_private_until_revealed_in_one_batch() {
        let (_dir, mut room) = demo();
        let now = Instant::now();
        let verbatims = room.doc().listen.verbatims.len();
        let open = Move::Open(setup(Kind::Cards(Cards::Verbatims)));
        room.play("claire", open, now).unwrap();
        assert_eq!(
            room.play("claire", open_again(), now),
            Err(Refusal::RoundOpen)
        );
        for (who, text) in [
            ("ana", "Too slow"),
            ("bob", "Kind staff"),
            ("ana", "Pricey"),
        ] {
            room.play(who, Move::Card(text.into()), now).unwrap();
        }
        room.play("ana", Move::Uncard(1), now).unwrap();
        let view = room.round().unwrap().view("bob");
        assert_eq!(view.mine, ["Kind staff"]);
        assert_eq!(view.counts, [("ana".into(), 1), ("bob".into(), 1)]);
        assert_eq!(room.doc().listen.verbatims.len(), verbatims);
        let revealed = room.play("claire", Move::Reveal, now).unwrap().unwrap();
        assert_eq!(revealed.author, "claire");
        let added: Vec<&str> = room
            .doc()
            .listen
            .verbatims
            .iter()
            .skip(verbatims)
            .map(|v| v.text.as_str())
            .collect();
        assert_eq!(added, ["Too slow", "Kind staff"]);
        assert_eq!(room.doc().listen.verbatims[verbatims].tags, ["ana"]);
        assert!(room.round().is_none());
        // The facilitator can take the whole reveal back.
        room.undo("claire", now).unwrap();
        assert_eq!(room.doc().listen.verbatims.len(), verbatims);
    }

    fn open_again() -> Move {
        Move::Open(setup(Kind::Criticity))
    }

    #[test]
    fn criticity_votes_give_a_spread_a_proposal_and_ties_to_settle() {
        let (_dir, mut room) = demo();
        let now = Instant::now();
        room.play("claire", Move::Open(setup(Kind::Criticity)), now)
            .unwrap();
        let m = "mom-hidden-fees";
        let (vs, s, low) = (Level::VerySensitive, Level::Sensitive, Level::Low);
        for (who, level) in [("ana", vs), ("bob", vs), ("cid", s), ("dan", low)] {
            room.play(who, vote(m, "per-marie", Some(level)), now)
                .unwrap();
        }
        // Changing one's mind replaces one's vote; taking it back removes it.
        room.play("dan", vote(m, "per-marie", Some(s)), now)
            .unwrap();
        room.play("ana", vote(m, "per-karim", Some(low)), now)
            .unwrap();
        room.play("bob", vote(m, "per-karim", Some(vs)), now)
            .unwrap();
        room.play("eve", vote(m, "per-karim", Some(low)), now)
            .unwrap();
        room.play("eve", vote(m, "per-karim", None), now).unwrap();
        // Two against one: a proposal, still to settle.
        let n = "mom-day7-call";
        for (who, level) in [("ana", low), ("bob", low), ("cid", s)] {
            room.play(who, vote(n, "per-marie", Some(level)), now)
                .unwrap();
        }
        assert_eq!(room.round().unwrap().view("x").counts.len(), 4);
        room.play("claire", Move::Reveal, now).unwrap();
        let moment = room.doc().moment(m).unwrap();
        let marie = &moment.criticity["per-marie"];
        assert_eq!(marie.level, vs);
        assert_eq!(marie.votes.as_ref().unwrap()[&vs], 2);
        assert_eq!(marie.votes.as_ref().unwrap()[&s], 2);
        assert!(marie.unsettled && marie.disputed() && marie.tied());
        // A tie proposes the more sensitive level.
        let karim = &moment.criticity["per-karim"];
        assert_eq!(karim.level, vs);
        assert!(karim.unsettled && karim.tied());
        let most = &room.doc().moment(n).unwrap().criticity["per-marie"];
        assert_eq!(most.level, low);
        assert!(most.unsettled && most.disputed() && !most.tied());
    }

    #[test]
    fn budget_cap_and_a_facilitator_who_does_not_vote() {
        let (_dir, mut room) = demo();
        let now = Instant::now();
        let kind = Kind::Dots { budget: 3, cap: 2 };
        let open = Setup {
            facilitator_votes: false,
            ..setup(kind)
        };
        room.play("claire", Move::Open(open), now).unwrap();
        let (a, b) = ("act-full-price", "act-day7-call");
        room.play("ana", dot(a, true), now).unwrap();
        room.play("ana", dot(a, true), now).unwrap();
        assert_eq!(room.play("ana", dot(a, true), now), Err(Refusal::DotCap));
        room.play("ana", dot(b, true), now).unwrap();
        assert_eq!(room.play("ana", dot(b, true), now), Err(Refusal::NoDotLeft));
        room.play("ana", dot(a, false), now).unwrap();
        assert_eq!(
            room.play("ana", dot("act-bank-check", false), now),
            Err(Refusal::NoDotHere)
        );
        room.play("bob", dot(b, true), now).unwrap();
        let refused = room.play("claire", dot(b, true), now);
        assert_eq!(refused, Err(Refusal::FacilitatorDoesNotVote));
        room.play("claire", Move::Reveal, now).unwrap();
        let dots = |id: &str| room.doc().action(id).unwrap().dots;
        assert_eq!((dots(a), dots(b)), (1, 2));
    }

    #[test]
    fn read_out_votes_add_up_and_cancel_leaves_nothing() {
        let (_dir, mut room) = demo();
        let now = Instant::now();
        let tally = Setup {
            tally: true,
            ..setup(Kind::Criticity)
        };
        room.play("claire", Move::Open(tally), now).unwrap();
        let m = "mom-day7-call";
        for level in [Level::Low, Level::Low, Level::Sensitive, Level::Low] {
            room.play("claire", vote(m, "per-karim", Some(level)), now)
                .unwrap();
        }
        room.play("claire", vote(m, "per-karim", None), now)
            .unwrap();
        let before = room.doc().clone();
        room.play("claire", Move::Cancel, now).unwrap();
        assert!(room.round().is_none());
        assert_eq!(room.doc(), &before);
        room.play("claire", Move::Open(tally_again()), now).unwrap();
        for level in [Level::Low, Level::Low, Level::Sensitive] {
            room.play("claire", vote(m, "per-karim", Some(level)), now)
                .unwrap();
        }
        room.play("claire", Move::Reveal, now).unwrap();
        let r = &room.doc().moment(m).unwrap().criticity["per-karim"];
        assert_eq!(
            (r.level, r.votes.as_ref().unwrap()[&Level::Low]),
            (Level::Low, 2)
        );
    }

    fn tally_again() -> Setup {
        Setup {
            tally: true,
            ..setup(Kind::Criticity)
        }
    }

    #[test]
    fn a_round_survives_a_restart_and_someone_leaving() {
        let (dir, mut room) = demo();
        let now = Instant::now();
        let stage = room.doc().journeys[0].stages[0].id.clone();
        let open = Move::Open(setup(Kind::Cards(Cards::PainPoints(stage.clone()))));
        room.play("claire", open, now).unwrap();
        room.play("ana", Move::Card("Forms on paper".into()), now)
            .unwrap();
        room.play("bob", Move::Card("Lost receipts".into()), now)
            .unwrap();
        let path = room.path().to_owned();
        drop(room);
        // Ana has left; the host comes back with her card.
        let mut room = Room::open(path.clone()).unwrap();
        assert_eq!(room.round().unwrap().view("ana").mine, ["Forms on paper"]);
        room.play("claire", Move::Reveal, now).unwrap();
        let (_, s) = room.doc().stage(&stage).unwrap();
        assert!(
            s.pain_points.ends_with("Forms on paper\nLost receipts"),
            "{}",
            s.pain_points
        );
        assert!(
            !dir.path()
                .join(format!(
                    "{}.round",
                    path.file_name().unwrap().to_string_lossy()
                ))
                .exists()
        );
        // A round file that does not read stops the opening rather than being lost.
        drop(room);
        let side = round_file(&path);
        std::fs::write(&side, "{ not a round").unwrap();
        assert!(Room::open(path).is_err());
    }

    fn round_file(path: &std::path::Path) -> std::path::PathBuf {
        let mut name = path.as_os_str().to_owned();
        name.push(".round");
        name.into()
    }
}
