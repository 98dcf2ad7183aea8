//! The room: one workshop apart from anyone's screen. It holds the file's lock, the document,
//! its saving, the time boxes and the order of changes with each author's undo. Every change
//! to the document goes through [`Room::propose`] (undo, redo, time spent and time boxes end
//! there too). No terminal code here: seats reach a room through a [`Handle`].

mod handle;
mod ledger;
pub mod round;

pub use handle::{Handle, Lead, Link, Local, Mark, Person, Presence, Reply, Request, Role};
pub use ledger::{Applied, Author, Ledger, Refusal};
pub use round::{Ballot, Move, Round, RoundView};

use crate::edit::{self, Edit, EditError, Repair, Target};
use crate::facilitation::Timer;
use crate::i18n::Said;
use crate::method::Step;
use crate::model::Workshop;
use crate::store::{self, Lock, StoreError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Saves wait this long after the last change, so typing bursts make one write.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);
/// ...but never longer than this after the first unsaved change, however busy the room.
pub const SAVE_AT_LEAST: Duration = Duration::from_secs(1);
/// Changes to the clock alone (time spent, time boxes) wait this long: a step change does not
/// rewrite a big file each time (a million verbatims are seconds of writing), and a crash
/// loses at most this much of the times.
pub const SAVE_CLOCK: Duration = Duration::from_secs(30);
/// A failed save (a full disk, a folder made read-only) is tried again this often, quietly,
/// until it goes through.
pub const SAVE_RETRY: Duration = Duration::from_secs(2);
/// A workshop file larger than this (some 10 ms of writing) is saved in the background, so
/// that its saves never hold the keys up; a smaller one is saved before the room goes on.
pub const BACKGROUND_SIZE: u64 = 1 << 20;

impl Drop for Room {
    /// A save under way finishes before the lock goes with the room; a workshop closed as saved
    /// is kept for the store's listing, which need not read it again.
    fn drop(&mut self) {
        self.collect(None);
        if self.save == SaveState::Saved && !self.unwritten {
            store::keep(&self.path, &self.doc);
        }
    }
}

/// A save under way on its own thread: the dates it wrote, or why it failed; and the change
/// it holds, so that changes made meanwhile are known to wait for the next one.
struct Writing {
    done: std::sync::mpsc::Receiver<Result<(String, String), StoreError>>,
    seq: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    Saved,
    /// Changes wait to be saved, since the first of them.
    Pending(Instant),
    /// The last save failed, why in both languages (seats may read either).
    Failed(Said),
}

/// What can be done to a step's time box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimerCommand {
    /// Start, pause or resume.
    Toggle,
    /// Five minutes more.
    Extend,
    /// Five minutes less.
    Shorten,
}

/// The name the local user goes by in a room: their login name.
pub fn local_author() -> Author {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    env("USER")
        .or_else(|| env("LOGNAME"))
        .or_else(|| {
            let me = nix::unistd::User::from_uid(nix::unistd::Uid::current());
            me.ok().flatten().map(|u| u.name)
        })
        .unwrap_or_else(|| "me".into())
}

pub struct Room {
    path: PathBuf,
    doc: Workshop,
    ledger: Ledger,
    /// How many changes the team's work has had: the ledger's count without the time records,
    /// which come at every step change and leave everything derived from the work as it was.
    work: u64,
    save: SaveState,
    /// When the last change came, for the save's debounce.
    last_change: Option<Instant>,
    /// Whether some of the unsaved changes are the team's work, not only the clock's.
    work_unsaved: bool,
    /// When a save was last tried, for the retries after a failure.
    last_try: Option<Instant>,
    /// The save under way on its own thread, if any.
    writing: Option<Writing>,
    /// A new workshop whose file is yet to be written (see [`Room::create`]).
    unwritten: bool,
    /// The size of the file as last read or written.
    size: u64,
    timers: BTreeMap<Step, Timer>,
    /// The round in progress, also kept beside the workshop until revealed or cancelled.
    round: Option<Round>,
    repairs: Vec<Repair>,
    lock: Lock,
}

impl Room {
    /// Opens the workshop at `path`, holding its lock for as long as the room lives. Links
    /// repaired on loading are saved like a change.
    pub fn open(path: PathBuf) -> Result<Room, StoreError> {
        let lock = Lock::acquire(&path)?;
        let store::Loaded { doc, repairs } = store::load(&path)?;
        let round = read_round(&round_path(&path))?;
        let now = Instant::now();
        let repaired = !repairs.is_empty();
        let size = std::fs::metadata(&path).map_or(0, |m| m.len());
        Ok(Room {
            path,
            doc,
            ledger: Ledger::default(),
            work: 0,
            save: if repaired {
                SaveState::Pending(now)
            } else {
                SaveState::Saved
            },
            last_change: repaired.then_some(now),
            work_unsaved: repaired,
            last_try: None,
            writing: None,
            unwritten: false,
            size,
            timers: BTreeMap::new(),
            round,
            repairs,
            lock,
        })
    }

    /// A room on a new workshop of `store`, named after its title, holding the name's lock.
    /// Its file is written by [`Room::settle`], so that the interface can show its first frame
    /// before the disk is done (a synced write takes milliseconds); call it before anything
    /// else.
    pub fn create(store: &store::Store, mut doc: Workshop) -> Result<Room, StoreError> {
        let (path, lock) = store.reserve(&mut doc)?;
        Ok(Room {
            path,
            doc,
            ledger: Ledger::default(),
            work: 0,
            save: SaveState::Saved,
            last_change: None,
            work_unsaved: false,
            last_try: None,
            writing: None,
            unwritten: true,
            size: 0,
            timers: BTreeMap::new(),
            round: None,
            repairs: Vec::new(),
            lock,
        })
    }

    /// Writes the file of a workshop just created, if not done yet.
    pub fn settle(&mut self) -> Result<(), StoreError> {
        if self.unwritten {
            store::create_at(&self.path, &self.doc)?;
            self.unwritten = false;
            self.size = std::fs::metadata(&self.path).map_or(0, |m| m.len());
        }
        Ok(())
    }

    /// The links mended when the workshop was read, for the person who opened it.
    pub fn repairs(&self) -> &[Repair] {
        &self.repairs
    }

    /// Says in the workshop's lock where a live host takes seats.
    pub fn announce(&mut self, socket: &Path) -> Result<(), StoreError> {
        self.lock.announce(socket)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn doc(&self) -> &Workshop {
        &self.doc
    }

    /// The sequence number of the last change.
    pub fn seq(&self) -> u64 {
        self.ledger.seq()
    }

    /// Moves with every change but the room's clock (time spent, time boxes, the bell).
    pub fn work(&self) -> u64 {
        self.work
    }

    pub fn save_state(&self) -> &SaveState {
        &self.save
    }

    /// Each step's time box, once started.
    pub fn timers(&self) -> &BTreeMap<Step, Timer> {
        &self.timers
    }

    /// The round in progress.
    pub fn round(&self) -> Option<&Round> {
        self.round.as_ref()
    }

    /// Plays `author`'s move in a round; a reveal applies the round as one batch, undoable by
    /// `author` like any edit. Who may open, reveal and cancel is the host's to say.
    pub fn play(
        &mut self,
        author: &str,
        change: Move,
        now: Instant,
    ) -> Result<Option<Applied>, Refusal> {
        let before = self.round.clone();
        let applied = match (change, &mut self.round) {
            (Move::Open(_), Some(_)) => return Err(Refusal::RoundOpen),
            (Move::Open(setup), None) => {
                self.round = Some(Round::open(author, setup, &self.doc)?);
                None
            }
            (_, None) => return Err(Refusal::NoRound),
            (Move::Reveal, Some(round)) => {
                let edit = round.reveal(&self.doc);
                let applied = self.propose(author, edit, now)?;
                self.round = None;
                Some(applied)
            }
            (Move::Cancel, Some(_)) => {
                self.round = None;
                None
            }
            (other, Some(round)) => {
                round.play(author, other, &self.doc)?;
                None
            }
        };
        if let Err(why) = write_round(&round_path(&self.path), self.round.as_ref()) {
            // Not kept on disk, not played: the round is as it was.
            if applied.is_none() {
                self.round = before;
            }
            return Err(Refusal::RoundNotKept(why));
        }
        Ok(applied)
    }

    /// Applies `author`'s edit, or says why not (the document is then unchanged).
    pub fn propose(
        &mut self,
        author: &str,
        edit: Edit,
        now: Instant,
    ) -> Result<Applied, EditError> {
        let undoable = !is_room_clock(&edit);
        let applied = self.ledger.apply(&mut self.doc, author, edit, undoable)?;
        self.work += u64::from(undoable);
        self.work_unsaved |= undoable;
        self.changed(now);
        Ok(applied)
    }

    /// Reverts `author`'s last change, unless someone else changed the same thing since.
    pub fn undo(&mut self, author: &str, now: Instant) -> Result<Applied, Refusal> {
        let applied = self.ledger.undo(&mut self.doc, author)?;
        // Only the team's work is ever undone: the clock's records are not.
        self.work += 1;
        self.work_unsaved = true;
        self.changed(now);
        Ok(applied)
    }

    /// Reapplies `author`'s last undone change, on the same condition.
    pub fn redo(&mut self, author: &str, now: Instant) -> Result<Applied, Refusal> {
        let applied = self.ledger.redo(&mut self.doc, author)?;
        // Only the team's work is ever undone: the clock's records are not.
        self.work += 1;
        self.work_unsaved = true;
        self.changed(now);
        Ok(applied)
    }

    fn changed(&mut self, now: Instant) {
        if !matches!(self.save, SaveState::Pending(_)) {
            self.save = SaveState::Pending(now);
        }
        self.last_change = Some(now);
    }

    /// Writes pending changes once the last has waited [`SAVE_DELAY`], or the first
    /// [`SAVE_AT_LEAST`] (the clock's alone: [`SAVE_CLOCK`]); after a failure, tries again every [`SAVE_RETRY`].
    pub fn autosave(&mut self, now: Instant) {
        self.collect(Some(Duration::ZERO));
        if self.writing.is_some() {
            return;
        }
        let due = match (&self.save, self.last_change) {
            (SaveState::Pending(first), Some(last)) if self.work_unsaved => {
                now.saturating_duration_since(last) >= SAVE_DELAY
                    || now.saturating_duration_since(*first) >= SAVE_AT_LEAST
            }
            (SaveState::Pending(first), _) => now.saturating_duration_since(*first) >= SAVE_CLOCK,
            (SaveState::Failed(_), _) => self
                .last_try
                .is_none_or(|t| now.saturating_duration_since(t) >= SAVE_RETRY),
            _ => false,
        };
        if due {
            self.save_at(now);
        }
    }

    /// Writes unsaved changes now (on leaving), once the save under way is done.
    pub fn flush(&mut self) {
        self.collect(None);
        if self.save != SaveState::Saved {
            self.save_at(Instant::now());
            self.collect(None);
        }
    }

    /// Saves a copy of the document on a thread of its own; a big workshop goes on meanwhile
    /// (see [`BACKGROUND_SIZE`]), a small one waits for it.
    fn save_at(&mut self, now: Instant) {
        self.last_try = Some(now);
        self.work_unsaved = false;
        let (path, mut copy) = (self.path.clone(), self.doc.clone());
        let (tell, done) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let saved = store::save(&path, &mut copy);
            let _ = tell.send(saved.map(|()| (copy.created, copy.updated)));
        });
        self.writing = Some(Writing {
            done,
            seq: self.ledger.seq(),
        });
        let background = self.size > BACKGROUND_SIZE;
        self.collect(background.then_some(Duration::ZERO));
    }

    /// Takes the outcome of the save under way, waiting for it up to `wait` (none: until it
    /// is done). Changes made meanwhile stay to be saved.
    fn collect(&mut self, wait: Option<Duration>) {
        use std::sync::mpsc::RecvTimeoutError;
        let Some(writing) = &self.writing else {
            return;
        };
        let outcome = match wait {
            Some(wait) => writing.done.recv_timeout(wait),
            None => writing
                .done
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
        };
        let outcome = match outcome {
            Err(RecvTimeoutError::Timeout) => return,
            Err(RecvTimeoutError::Disconnected) => Err(Said::new(|lang| {
                crate::i18n::tui::SAVE_STOPPED.get(lang).to_owned()
            })),
            Ok(saved) => saved.map_err(|e| Said::new(|lang| e.message(lang))),
        };
        let seq = writing.seq;
        self.writing = None;
        match outcome {
            Ok((created, updated)) => {
                // The dates the file now holds; nothing else of the document was touched.
                self.doc.created = created;
                self.doc.updated = updated;
                self.size = std::fs::metadata(&self.path).map_or(self.size, |m| m.len());
                if self.ledger.seq() == seq {
                    self.save = SaveState::Saved;
                }
            }
            Err(why) => self.save = SaveState::Failed(why),
        }
    }

    /// The team leaves `step` for `to` after `seconds` on it: the time is added to the
    /// step's, and its time box pauses; a running one hands over to `to`'s, so the room
    /// stays on plan.
    pub fn leave(
        &mut self,
        author: &str,
        step: Step,
        seconds: u64,
        to: Step,
        now: Instant,
    ) -> Result<Vec<Applied>, EditError> {
        let mut applied = Vec::new();
        if seconds > 0 {
            let mut spent = self.doc.facilitation.spent.clone();
            *spent.entry(step.slug().to_owned()).or_default() += seconds;
            let edit = edit::set_facilitation("spent", serde_json::json!(spent));
            applied.push(self.propose(author, edit, now)?);
        }
        let Some(timer) = self.timers.get_mut(&step) else {
            return Ok(applied);
        };
        let running = timer.running();
        timer.pause(now);
        if running {
            let budget = self.budget(to);
            let next = self.timers.entry(to).or_insert_with(|| Timer::new(budget));
            next.start(now);
            applied.extend(self.keep_timebox(author, to, now)?);
        }
        Ok(applied)
    }

    /// Runs a command on `step`'s time box, and keeps its length in the workshop.
    pub fn timer(
        &mut self,
        author: &str,
        step: Step,
        command: TimerCommand,
        now: Instant,
    ) -> Result<Option<Applied>, EditError> {
        let five = Duration::from_secs(300);
        let budget = self.budget(step);
        let timer = self
            .timers
            .entry(step)
            .or_insert_with(|| Timer::new(budget));
        match command {
            TimerCommand::Toggle if timer.running() => timer.pause(now),
            TimerCommand::Toggle => timer.start(now),
            TimerCommand::Extend => timer.extend(five),
            TimerCommand::Shorten => timer.shorten(five),
        }
        self.keep_timebox(author, step, now)
    }

    /// A step's time box: as set before, else the plan's, else 15 minutes.
    fn budget(&self, step: Step) -> Duration {
        let f = &self.doc.facilitation;
        let minutes = f
            .timeboxes
            .get(step.slug())
            .copied()
            .or(crate::facilitation::planned(f.plan, step))
            .unwrap_or(15);
        Duration::from_secs(u64::from(minutes) * 60)
    }

    /// Remembers `step`'s time box, in minutes, in the workshop.
    fn keep_timebox(
        &mut self,
        author: &str,
        step: Step,
        now: Instant,
    ) -> Result<Option<Applied>, EditError> {
        let Some(t) = self.timers.get(&step) else {
            return Ok(None);
        };
        let minutes = (t.budget.as_secs() / 60) as u32;
        if self.doc.facilitation.timeboxes.get(step.slug()) == Some(&minutes) {
            return Ok(None);
        }
        let mut boxes = self.doc.facilitation.timeboxes.clone();
        boxes.insert(step.slug().to_owned(), minutes);
        let edit = edit::set_facilitation("timeboxes", serde_json::json!(boxes));
        self.propose(author, edit, now).map(Some)
    }
}

/// Where a workshop's round in progress waits: `NAME.json.round`, beside it.
fn round_path(workshop: &Path) -> PathBuf {
    let mut name = workshop.as_os_str().to_owned();
    name.push(".round");
    PathBuf::from(name)
}

/// The round kept at `path`, if any; one that does not read stops the opening, lest a round of
/// private cards be lost by the next write.
fn read_round(path: &Path) -> Result<Option<Round>, StoreError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(StoreError::Io {
                op: store::Op::Read,
                path: path.to_owned(),
                error,
            });
        }
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| StoreError::Syntax {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
            msg: e.to_string(),
        })
}

/// Writes the round beside the workshop (whole or not at all), or removes it once over.
fn write_round(path: &Path, round: Option<&Round>) -> Result<(), Said> {
    let fail = |e: &dyn std::fmt::Display| {
        Said::new(|l| crate::i18n::round::NOT_KEPT.fill(l, &[("error", e)]))
    };
    let Some(round) = round else {
        return match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(fail(&e)),
            _ => Ok(()),
        };
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(&e))?;
    let text = serde_json::to_string_pretty(round).expect("rounds serialise");
    use std::io::Write;
    temp.write_all(text.as_bytes()).map_err(|e| fail(&e))?;
    temp.as_file().sync_all().map_err(|e| fail(&e))?;
    temp.persist(path).map_err(|e| fail(&e.error))?;
    Ok(())
}

/// The room's clock and bell: time spent, time boxes and the bell setting change through the
/// edit path like everything else, but they are not the team's content, so undo skips them.
fn is_room_clock(edit: &Edit) -> bool {
    matches!(edit, Edit::Set { target: Target::Facilitation, field, .. }
        if matches!(field.as_str(), "spent" | "timeboxes" | "bell"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Kind, Record, set};
    use crate::model::Persona;

    fn room() -> (tempfile::TempDir, Room) {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::Store::locate(Some(dir.path().into())).unwrap();
        let mut doc = Workshop::new("Room", "en");
        let path = store.create(&mut doc).unwrap();
        (dir, Room::open(path).unwrap())
    }

    #[test]
    fn two_authors_on_one_room_undo_their_own_edits_only() {
        let (_dir, mut room) = room();
        let now = Instant::now();
        let persona = |id: &str, name: &str| Edit::Insert {
            index: 0,
            record: Record::Persona(Persona {
                id: id.into(),
                name: name.into(),
                ..Default::default()
            }),
        };
        room.propose("ana", persona("per-a", "Marie"), now).unwrap();
        room.propose("bob", persona("per-b", "Karim"), now).unwrap();
        let rename = |id: &str, v: &str| set(Kind::Persona, id, "name", v);
        room.propose("ana", rename("per-b", "Karim, 35"), now)
            .unwrap();
        room.propose("bob", rename("per-b", "Karim B."), now)
            .unwrap();
        assert_eq!(room.seq(), 4);
        // Ana's rename was overwritten by Bob's: refused, nothing changes.
        let before = room.doc().clone();
        let refused = room.undo("ana", now).unwrap_err();
        assert_eq!(refused, Refusal::ChangedSince { by: "bob".into() });
        assert_eq!(room.doc(), &before);
        assert_eq!(room.seq(), 4);
        // Bob undoes his rename, then his persona's insert: Ana's persona stays.
        room.undo("bob", now).unwrap();
        assert_eq!(room.doc().persona("per-b").unwrap().name, "Karim, 35");
        // Ana renamed Bob's persona after he created it: his undo of the insert is refused.
        let refused = room.undo("bob", now).unwrap_err();
        assert_eq!(refused, Refusal::ChangedSince { by: "ana".into() });
        room.undo("ana", now).unwrap();
        room.undo("bob", now).unwrap();
        let names: Vec<&str> = room
            .doc()
            .personas
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["Marie"]);
        assert!(edit::validate(room.doc()).is_ok());
        room.flush();
        let saved = store::load(room.path()).unwrap().doc;
        assert_eq!(&saved.personas, &room.doc().personas);
    }

    #[test]
    fn time_boxes_and_time_spent_are_kept_but_not_undone() {
        let (_dir, mut room) = room();
        let t0 = Instant::now();
        room.timer("ana", Step::Listen, TimerCommand::Toggle, t0)
            .unwrap();
        room.timer("ana", Step::Listen, TimerCommand::Extend, t0)
            .unwrap();
        let at = t0 + Duration::from_secs(60);
        room.leave("ana", Step::Listen, 42, Step::Personas, at)
            .unwrap();
        // Leaving a step whose box never started starts none.
        room.leave("ana", Step::Framing, 3, Step::Moments, at)
            .unwrap();
        assert!(!room.timers().contains_key(&Step::Moments));
        assert!(room.timers()[&Step::Personas].running());
        assert!(!room.timers()[&Step::Listen].running());
        let f = &room.doc().facilitation;
        assert_eq!(f.timeboxes.get("listen"), Some(&20));
        assert_eq!(f.timeboxes.get("personas"), Some(&15));
        assert_eq!(f.spent.get("listen"), Some(&42));
        assert_eq!(room.undo("ana", at), Err(Refusal::NothingToUndo));
        // The clock moved the document, not the team's work: nothing derived is redone.
        assert_eq!((room.work(), room.seq() > 0), (0, true));
        room.propose("ana", edit::set_framing("scope", "Shops"), at)
            .unwrap();
        room.undo("ana", at).unwrap();
        assert_eq!(room.work(), 2);
        // The first unsaved change is a minute old: saved at once.
        room.autosave(at);
        assert!(matches!(room.save_state(), SaveState::Saved));
    }

    #[test]
    fn saves_wait_for_a_pause_but_never_more_than_a_second() {
        let (_dir, mut room) = room();
        let t0 = Instant::now();
        let ms = |n: u64| t0 + Duration::from_millis(n);
        let scope = |v: &str| edit::set_framing("scope", v);
        room.propose("ana", scope("a"), ms(0)).unwrap();
        room.autosave(ms(200));
        assert!(matches!(room.save_state(), SaveState::Pending(_)));
        room.autosave(ms(300));
        assert!(matches!(room.save_state(), SaveState::Saved));
        // A change every 200 ms never leaves a pause of 300 ms: saved after a second anyway.
        for n in 0..6 {
            let at = ms(1000 + 200 * n);
            room.propose("ana", scope(&n.to_string()), at).unwrap();
            room.autosave(at);
            let due = 200 * n >= 1000;
            assert_eq!(matches!(room.save_state(), SaveState::Saved), due, "{n}");
        }
    }

    #[test]
    fn the_clock_alone_is_saved_after_half_a_minute_and_with_the_next_work() {
        let (_dir, mut room) = room();
        let t0 = Instant::now();
        let s = |n: u64| t0 + Duration::from_secs(n);
        let on_disk = |room: &Room| store::load(room.path()).unwrap().doc.facilitation.spent;
        room.leave("ana", Step::Listen, 42, Step::Personas, s(0))
            .unwrap();
        room.autosave(s(5));
        assert!(matches!(room.save_state(), SaveState::Pending(_)));
        assert_eq!(on_disk(&room).get("listen"), None);
        room.autosave(s(30));
        assert!(matches!(room.save_state(), SaveState::Saved));
        assert_eq!(on_disk(&room).get("listen"), Some(&42));
        // Time spent, then work: both go with the work's usual delay.
        room.leave("ana", Step::Personas, 7, Step::Listen, s(40))
            .unwrap();
        room.propose("ana", edit::set_framing("scope", "Shops"), s(40))
            .unwrap();
        room.autosave(s(41));
        assert!(matches!(room.save_state(), SaveState::Saved));
        assert_eq!(on_disk(&room).get("personas"), Some(&7));
    }

    #[test]
    fn a_big_workshop_is_saved_in_the_background_and_nothing_typed_meanwhile_is_lost() {
        let (_dir, mut room) = room();
        let t0 = Instant::now();
        let ms = |n: u64| t0 + Duration::from_millis(n);
        let big = "x".repeat(2 << 20);
        room.propose("ana", edit::set_framing("scope", big), ms(0))
            .unwrap();
        room.autosave(ms(300));
        room.flush();
        assert!(room.size > BACKGROUND_SIZE);
        // Now in the background: a change made while it writes waits for the next save.
        room.propose("ana", edit::set_framing("scope", "a"), ms(400))
            .unwrap();
        room.autosave(ms(700));
        room.propose("ana", edit::set_framing("segment", "b"), ms(710))
            .unwrap();
        room.autosave(ms(720));
        assert!(matches!(room.save_state(), SaveState::Pending(_)));
        room.flush();
        assert_eq!(room.save_state(), &SaveState::Saved);
        let saved = store::load(room.path()).unwrap().doc;
        assert_eq!(
            (saved.framing.scope, saved.framing.segment),
            ("a".into(), "b".into())
        );
        assert_eq!(saved.updated, room.doc().updated);
    }

    #[test]
    fn a_failed_save_is_tried_again_until_it_goes_through() {
        let (_dir, mut room) = room();
        let good = std::fs::read(room.path()).unwrap();
        // A file that does not load is never overwritten: the save fails, whoever runs it.
        std::fs::write(room.path(), "{").unwrap();
        let t0 = Instant::now();
        let ms = |n: u64| t0 + Duration::from_millis(n);
        room.propose("ana", edit::set_framing("scope", "a"), ms(0))
            .unwrap();
        room.autosave(ms(300));
        assert!(matches!(room.save_state(), SaveState::Failed(_)));
        std::fs::write(room.path(), good).unwrap();
        room.autosave(ms(1000));
        assert!(matches!(room.save_state(), SaveState::Failed(_)));
        room.autosave(ms(2300));
        assert!(matches!(room.save_state(), SaveState::Saved));
        assert_eq!(store::load(room.path()).unwrap().doc.framing.scope, "a");
    }
}
