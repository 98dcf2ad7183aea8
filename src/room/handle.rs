//! How a seat reaches its room. A seat numbers each request and hears the reply under that
//! number, later or at once: a seat never assumes the room is in its own process. The local
//! handle holds the room itself; a live workshop puts a connection to a host in its place.

use super::{Author, Refusal, Room, RoundView, SaveState, TimerCommand};
use crate::facilitation::Timer;
use crate::i18n::Said;
use crate::method::Step;
use crate::model::Workshop;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// What a seat asks of its room.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Request {
    Propose(Box<crate::edit::Edit>),
    Undo,
    Redo,
    /// The seat leaves `step` for `to` after `seconds` on it (see [`Room::leave`]).
    Leave {
        step: Step,
        seconds: u64,
        to: Step,
    },
    Timer {
        step: Step,
        command: TimerCommand,
    },
    /// A move in a round: a card, a vote, a dot; or opening, revealing, cancelling one.
    Round(super::Move),
}

/// The room's answer to the request a seat numbered `id`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    pub id: u64,
    pub result: Result<(), Refusal>,
}

/// What a person does in a live workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Drives the room: the time boxes, and ending the workshop.
    Facilitator,
    Participant,
    /// Sees everything, changes nothing.
    Observer,
}

/// Someone in a live workshop, the step they are on, and whether they are done with it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    pub name: Author,
    pub role: Role,
    pub step: Step,
    pub mark: Mark,
}

/// What a participant says of the exercise under way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    #[default]
    None,
    Ready,
    MoreTime,
}

/// Where the facilitator leads the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Lead {
    /// The facilitator's step, where following seats go.
    pub step: Step,
    /// Everyone stays on the facilitator's step (during an exercise).
    pub held: bool,
    /// How many times the facilitator called everyone back: each call brings every seat back
    /// to following.
    pub summons: u64,
}

/// How a seat is linked to its live host.
#[derive(Debug, Clone, PartialEq)]
pub enum Link {
    Up,
    /// The host is gone; the seat shows what it had and tries again.
    Lost(Said),
    /// The workshop is over.
    Ended(Said),
}

/// What a seat of a live workshop knows of the room around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Presence {
    /// The name this seat goes by (the host may have told two people apart).
    pub you: Author,
    pub role: Role,
    /// Everyone here, this seat included.
    pub people: Vec<Person>,
    pub link: Link,
    pub lead: Lead,
}

/// A seat's view of its room: what it reads to draw, and where its requests go.
pub trait Handle {
    /// The workshop file, for exports written beside it.
    fn path(&self) -> &Path;
    /// The document as the room has it.
    fn doc(&self) -> &Workshop;
    fn save_state(&self) -> &SaveState;
    /// Each step's time box, once started.
    fn timers(&self) -> &BTreeMap<Step, Timer>;
    /// Sends a request; its reply comes back from [`Handle::replies`] under `id`.
    fn send(&mut self, id: u64, request: Request, now: Instant);
    /// The replies that came since the last call, in order.
    fn replies(&mut self) -> Vec<Reply>;
    /// Time passes: what is due is saved.
    fn tick(&mut self, now: Instant);
    /// Saves everything now, before the seat leaves: whether all is safe.
    fn flush(&mut self) -> bool;
    /// Writes the file of a workshop just created (see [`Room::create`]); why it could not
    /// be, if so.
    fn settle(&mut self) -> Result<(), Said> {
        Ok(())
    }

    /// A number that moves whenever the document may have changed, for what is derived from
    /// it; for a live seat, whenever anything came from the host, so the seat draws again.
    fn version(&self) -> u64;

    /// A number that moves whenever the team's work may have changed: `version` without the
    /// room's clock (time spent, time boxes), which changes at every step change and which
    /// only the summary's appendix shows.
    fn work_version(&self) -> u64 {
        self.version()
    }

    /// Who is here, for a live workshop; none for a room of one's own.
    fn presence(&self) -> Option<&Presence> {
        None
    }

    /// Tells the room which step this seat is on.
    fn here(&mut self, _step: Step) {}

    /// Ends a live workshop for everyone (the facilitator's).
    fn end(&mut self) {}

    /// The round in progress, as this seat may see it.
    fn round(&self) -> Option<&RoundView>;

    /// Says whether this seat is done with the exercise (live workshops).
    fn mark(&mut self, _mark: Mark) {}

    /// Calls every seat back to the facilitator's step (the facilitator's).
    fn summon(&mut self) {}

    /// Holds (or frees) every seat on the facilitator's step (the facilitator's).
    fn hold(&mut self, _held: bool) {}
}

/// A room in this process, for one person at the keyboard.
pub struct Local {
    room: Room,
    author: Author,
    replies: Vec<Reply>,
    /// The round as this person sees it, kept up to date after each request.
    round: Option<RoundView>,
}

impl Local {
    pub fn new(room: Room, author: Author) -> Local {
        let round = room.round().map(|r| r.view(&author));
        Local {
            room,
            author,
            replies: Vec::new(),
            round,
        }
    }
}

impl Handle for Local {
    fn path(&self) -> &Path {
        self.room.path()
    }

    fn doc(&self) -> &Workshop {
        self.room.doc()
    }

    fn version(&self) -> u64 {
        self.room.seq()
    }

    fn work_version(&self) -> u64 {
        self.room.work()
    }

    fn save_state(&self) -> &SaveState {
        self.room.save_state()
    }

    fn timers(&self) -> &BTreeMap<Step, Timer> {
        self.room.timers()
    }

    fn send(&mut self, id: u64, request: Request, now: Instant) {
        let who = &self.author;
        let room = &mut self.room;
        let result = match request {
            Request::Propose(edit) => room
                .propose(who, *edit, now)
                .map(|_| ())
                .map_err(Into::into),
            Request::Undo => room.undo(who, now).map(|_| ()),
            Request::Redo => room.redo(who, now).map(|_| ()),
            Request::Leave { step, seconds, to } => room
                .leave(who, step, seconds, to, now)
                .map(|_| ())
                .map_err(Into::into),
            Request::Timer { step, command } => room
                .timer(who, step, command, now)
                .map(|_| ())
                .map_err(Into::into),
            Request::Round(change) => room.play(who, change, now).map(|_| ()),
        };
        self.round = self.room.round().map(|r| r.view(&self.author));
        self.replies.push(Reply { id, result });
    }

    fn replies(&mut self) -> Vec<Reply> {
        std::mem::take(&mut self.replies)
    }

    fn tick(&mut self, now: Instant) {
        self.room.autosave(now);
    }

    fn settle(&mut self) -> Result<(), Said> {
        let settled = self.room.settle();
        settled.map_err(|e| Said::new(|lang| e.message(lang)))
    }

    fn flush(&mut self) -> bool {
        self.room.flush();
        !matches!(self.room.save_state(), SaveState::Failed(_))
    }

    fn round(&self) -> Option<&RoundView> {
        self.round.as_ref()
    }
}
