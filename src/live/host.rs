//! The live host: one room, and a seat for everyone who connects. It is the only writer of
//! the workshop file. Every request goes through the room in the order it arrives; what the
//! room applies goes to every seat, numbered, so all of them converge on the host's document.
//!
//! Threads: one accepts connections and checks who is at the door; each connection has a
//! reader (frames in, to the room's queue) and a writer (a bounded queue out, so a seat that
//! stops reading is dropped instead of slowing the others); the room runs on the caller's.

use super::access::{Door, Who};
use super::protocol::{self, FrameError, ToHost, ToSeat, VERSION, Visit, Welcome};
use super::runtime::{self, Shared};
use crate::i18n::{Lang, Said, live as t};
use crate::method::Step;
use crate::room::{
    Author, Lead, Mark, Move, Person, Refusal, Reply, Request, Role, Room, SaveState,
};
use std::collections::BTreeMap;
use std::io::{ErrorKind, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// Frames waiting for one seat; a seat further behind is dropped.
const QUEUE: usize = 1024;
/// A seat that takes longer than this to take a frame is dropped.
const WRITE_TIMEOUT: Duration = Duration::from_secs(2);

/// What `parcours host` was asked.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Share the socket with this group (its folder 0770) instead of keeping it private.
    pub group: Option<String>,
    /// Users let in besides the host's user and the group.
    pub allow: Vec<String>,
    /// Who facilitates; by default the first seat that is not an observer.
    pub facilitator: Option<String>,
}

pub struct Host {
    room: Room,
    socket: PathBuf,
    listener: UnixListener,
    door: Door,
    facilitator: Option<Author>,
    lang: Lang,
}

/// What the room's thread hears.
enum Event {
    Opened(u64, Conn),
    Heard(u64, ToHost),
    Closed(u64, FrameError),
    /// A seat took longer than [`WRITE_TIMEOUT`] to take a frame.
    Stalled(u64),
    Refused(String),
}

/// A connection, and the seat it holds once it said hello.
struct Conn {
    stream: UnixStream,
    out: SyncSender<Arc<[u8]>>,
    writer: JoinHandle<()>,
    who: Who,
    seat: Option<Person>,
}

impl Host {
    /// Opens the workshop at `path` and listens for seats; the lock says where.
    pub fn open(path: PathBuf, options: Options, lang: Lang) -> Result<Host, String> {
        let shared = options
            .group
            .as_deref()
            .map(|g| Shared::find(g, lang))
            .transpose()?;
        let mut room = Room::open(path).map_err(|e| e.message(lang))?;
        let dir = runtime::folder(shared.as_ref(), lang)?;
        let socket = runtime::socket_path(&dir, room.path());
        let listener = runtime::bind(&socket, shared.as_ref(), lang)?;
        room.announce(&socket).map_err(|e| e.message(lang))?;
        let door = Door {
            owner: nix::unistd::Uid::current().as_raw(),
            group: shared.map(|g| (g.name, g.gid)),
            allow: options.allow,
        };
        Ok(Host {
            room,
            socket,
            listener,
            door,
            facilitator: options.facilitator,
            lang,
        })
    }

    pub fn socket(&self) -> &Path {
        &self.socket
    }

    pub fn room(&self) -> &Room {
        &self.room
    }

    pub fn door(&self) -> &Door {
        &self.door
    }

    /// Takes seats until `stop` is set or the facilitator ends the workshop; then saves, says
    /// goodbye to every seat and removes the socket. `log` gets a line per join, leave,
    /// refusal and drop.
    pub fn run(self, stop: Arc<AtomicBool>, log: &mut dyn FnMut(String)) {
        let (events, heard) = mpsc::sync_channel(QUEUE);
        let listener = self.listener.try_clone().expect("a listener clones");
        let (door, lang) = (self.door.clone(), self.lang);
        let stopping = stop.clone();
        let acceptor = thread::spawn(move || accept(listener, door, lang, events, stopping));
        let mut hall = Hall {
            room: self.room,
            conns: BTreeMap::new(),
            facilitator: self.facilitator,
            lang,
            ended: None,
            lead: Lead {
                step: Step::Framing,
                held: false,
                summons: 0,
            },
            doomed: Vec::new(),
        };
        let reason = hall.serve(&heard, &stop, log);
        hall.close(&reason, log);
        // Wake the acceptor so that it sees `stop`.
        stop.store(true, Ordering::SeqCst);
        let _ = UnixStream::connect(&self.socket);
        let _ = acceptor.join();
        let _ = std::fs::remove_file(&self.socket);
    }
}

/// Takes connections, lets in who the door allows, and gives each a reader and a writer.
fn accept(
    listener: UnixListener,
    door: Door,
    lang: Lang,
    events: SyncSender<Event>,
    stop: Arc<AtomicBool>,
) {
    for (n, stream) in listener.incoming().enumerate() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut stream) = stream else { continue };
        let who = match Who::peer(&stream) {
            Ok(who) => who,
            Err(_) => continue,
        };
        if let Err(why) = door.check(&who, lang) {
            let reason = Said::new(|l| door.check(&who, l).err().unwrap_or_default());
            let _ = protocol::send(&mut stream, &ToSeat::Refused { reason });
            let _ = events.send(Event::Refused(why));
            continue;
        }
        let (Ok(reading), Ok(writing)) = (stream.try_clone(), stream.try_clone()) else {
            continue;
        };
        let (out, queue) = mpsc::sync_channel(QUEUE);
        let id = n as u64;
        let stalled = events.clone();
        let writer = thread::spawn(move || write(id, writing, queue, stalled));
        let conn = Conn {
            stream,
            out,
            writer,
            who,
            seat: None,
        };
        if events.send(Event::Opened(id, conn)).is_err() {
            return;
        }
        let events = events.clone();
        thread::spawn(move || read(id, reading, events));
    }
}

/// Frames from one connection to the room, until it closes or says something wrong.
fn read(id: u64, mut stream: UnixStream, events: SyncSender<Event>) {
    loop {
        let event = match protocol::receive::<ToHost>(&mut stream) {
            Ok(message) => Event::Heard(id, message),
            Err(e) => Event::Closed(id, e),
        };
        let last = matches!(event, Event::Closed(..));
        if events.send(event).is_err() || last {
            return;
        }
    }
}

/// Frames from the room to one connection, in order; once the room lets go of the queue and
/// everything in it is written, the connection closes (its reader ends with it). A seat that
/// does not take a frame in time is reported.
fn write(id: u64, mut stream: UnixStream, queue: Receiver<Arc<[u8]>>, events: SyncSender<Event>) {
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    for frame in queue {
        if let Err(e) = stream.write_all(&frame) {
            if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) {
                let _ = events.send(Event::Stalled(id));
            }
            break;
        }
    }
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// The room and the seats around it, on the room's thread.
struct Hall {
    room: Room,
    conns: BTreeMap<u64, Conn>,
    facilitator: Option<Author>,
    lang: Lang,
    /// Set when the facilitator ends the workshop.
    ended: Option<Said>,
    /// Where the facilitator leads.
    lead: Lead,
    /// Connections that stopped reading, to close once the current event is handled.
    doomed: Vec<(u64, String)>,
}

impl Hall {
    /// Hears events until the workshop ends or the host is stopped; why, and whether the
    /// workshop is over.
    fn serve(
        &mut self,
        heard: &Receiver<Event>,
        stop: &AtomicBool,
        log: &mut dyn FnMut(String),
    ) -> (Said, bool) {
        loop {
            match heard.recv_timeout(Duration::from_millis(50)) {
                Ok(event) => {
                    self.event(event, log);
                    // Closing one may fill another's queue (it is told who left): until none.
                    while let Some((id, why)) = self.doomed.pop() {
                        self.drop_conn(id, &why, false, log);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            let before = self.room.save_state().clone();
            self.room.autosave(Instant::now());
            self.tell_saved(&before);
            if let Some(reason) = self.ended.take() {
                return (reason, true);
            }
            if stop.load(Ordering::SeqCst) {
                break;
            }
        }
        (Said::new(|l| t::INTERRUPTED.get(l).to_owned()), false)
    }

    /// Saves, says goodbye and why, and lets the writers finish.
    fn close(mut self, (reason, over): &(Said, bool), log: &mut dyn FnMut(String)) {
        let before = self.room.save_state().clone();
        self.room.flush();
        self.tell_saved(&before);
        self.broadcast(&ToSeat::Bye {
            reason: reason.clone(),
            over: *over,
        });
        let path = self.room.path().display().to_string();
        log(t::ENDING.fill(
            self.lang,
            &[("why", &reason.get(self.lang)), ("path", &path)],
        ));
        for (_, conn) in std::mem::take(&mut self.conns) {
            drop(conn.out);
            let _ = conn.writer.join();
        }
    }

    fn event(&mut self, event: Event, log: &mut dyn FnMut(String)) {
        match event {
            Event::Opened(id, conn) => {
                self.conns.insert(id, conn);
            }
            Event::Refused(why) => log(t::REFUSED.fill(self.lang, &[("why", &why)])),
            Event::Closed(id, why) => {
                let quiet = matches!(why, FrameError::Closed);
                self.drop_conn(id, &why.to_string(), quiet, log);
            }
            Event::Stalled(id) => {
                let why = t::STOPPED_READING.get(self.lang).to_owned();
                self.drop_conn(id, &why, false, log);
            }
            Event::Heard(id, message) => self.heard(id, message, log),
        }
    }

    fn heard(&mut self, id: u64, message: ToHost, log: &mut dyn FnMut(String)) {
        let Some(conn) = self.conns.get(&id) else {
            return;
        };
        let seat = conn.seat.clone();
        match (message, seat) {
            (ToHost::Hello { version, .. }, None) if version != VERSION => {
                let reason = Said::new(|l| {
                    t::OTHER_VERSION.fill(l, &[("host", &VERSION), ("seat", &version)])
                });
                self.tell(id, &ToSeat::Refused { reason });
                let why =
                    t::OTHER_VERSION.fill(self.lang, &[("host", &VERSION), ("seat", &version)]);
                self.drop_conn(id, &why, false, log);
            }
            (ToHost::Hello { name, visit, .. }, None) => self.welcome(id, &name, visit, log),
            (_, None) => {
                let why = t::BEFORE_HELLO.get(self.lang).to_owned();
                self.drop_conn(id, &why, false, log);
            }
            (ToHost::Ask { id: ask, request }, Some(seat)) => {
                let result = self.ask(&seat, request);
                self.tell(id, &ToSeat::Reply(Reply { id: ask, result }));
            }
            (ToHost::Here { step }, Some(seat)) => {
                if let Some(Some(seat)) = self.conns.get_mut(&id).map(|c| c.seat.as_mut()) {
                    seat.step = step;
                }
                // The facilitator moving on starts a new exercise: everyone leads there.
                if seat.role == Role::Facilitator && step != self.lead.step {
                    self.lead.step = step;
                    self.unmark();
                    self.broadcast(&ToSeat::Lead(self.lead));
                }
                self.broadcast(&ToSeat::People(self.people()));
            }
            (ToHost::Mark(mark), Some(_)) => {
                if let Some(Some(seat)) = self.conns.get_mut(&id).map(|c| c.seat.as_mut()) {
                    seat.mark = mark;
                }
                self.broadcast(&ToSeat::People(self.people()));
            }
            (ToHost::Summon, Some(seat)) if seat.role == Role::Facilitator => {
                self.lead.summons += 1;
                self.broadcast(&ToSeat::Lead(self.lead));
            }
            (ToHost::Hold(held), Some(seat)) if seat.role == Role::Facilitator => {
                self.lead.held = held;
                self.broadcast(&ToSeat::Lead(self.lead));
            }
            (ToHost::Resync, Some(seat)) => {
                let welcome = self.welcome_for(&seat);
                self.tell(id, &ToSeat::Welcome(Box::new(welcome)));
            }
            (ToHost::End, Some(seat)) if seat.role == Role::Facilitator => {
                self.ended = Some(Said::new(|l| t::ENDED_BY.fill(l, &[("who", &seat.name)])));
            }
            (ToHost::Bye, Some(_)) => self.drop_conn(id, "bye", true, log),
            (ToHost::Hello { .. } | ToHost::End | ToHost::Summon | ToHost::Hold(_), Some(_)) => {}
        }
    }

    /// Gives the connection its seat: a name no one here has, a role, the whole workshop.
    fn welcome(&mut self, id: u64, asked: &str, visit: Visit, log: &mut dyn FnMut(String)) {
        let who = &self.conns[&id].who;
        let base: String = crate::text::one_line(asked).chars().take(32).collect();
        let base = if base.trim().is_empty() {
            who.name
                .clone()
                .unwrap_or_else(|| format!("uid {}", who.uid))
        } else {
            base.trim().to_owned()
        };
        let taken = |n: &str| self.people().iter().any(|p| p.name == n);
        let mut name = base.clone();
        for n in 2.. {
            if !taken(&name) {
                break;
            }
            name = format!("{base} {n}");
        }
        let role = match visit {
            Visit::Observe => Role::Observer,
            Visit::Pass => Role::Participant,
            Visit::Take if self.facilitator.get_or_insert_with(|| name.clone()) == &name => {
                Role::Facilitator
            }
            Visit::Take => Role::Participant,
        };
        let seat = Person {
            name,
            role,
            step: Step::Framing,
            mark: Mark::None,
        };
        let welcome = self.welcome_for(&seat);
        if let Some(conn) = self.conns.get_mut(&id) {
            conn.seat = Some(seat.clone());
        }
        self.tell(id, &ToSeat::Welcome(Box::new(welcome)));
        self.broadcast(&ToSeat::People(self.people()));
        let role = t::ROLES[role as usize].get(self.lang);
        let who = format!("{} [{}]", seat.name, self.conns[&id].who.describe());
        let n = self.people().len();
        log(t::JOINED.fill(self.lang, &[("who", &who), ("role", &role), ("n", &n)]));
    }

    fn welcome_for(&self, seat: &Person) -> Welcome {
        Welcome {
            version: VERSION,
            you: seat.name.clone(),
            role: seat.role,
            seq: self.room.seq(),
            path: self.room.path().to_owned(),
            doc: self.room.doc().clone(),
            timers: self.timers(),
            people: self.people(),
            lead: self.lead,
            round: self.room.round().map(|r| r.view(&seat.name)),
            saved: matches!(self.room.save_state(), SaveState::Saved),
        }
    }

    /// Runs a seat's request through the room, and tells everyone what it changed.
    fn ask(&mut self, seat: &Person, request: Request) -> Result<(), Refusal> {
        let now = Instant::now();
        let who = seat.name.as_str();
        let facilitator = seat.role == Role::Facilitator;
        if seat.role == Role::Observer {
            return Err(Refusal::ReadOnly);
        }
        let applied = match request {
            Request::Propose(edit) => vec![self.room.propose(who, *edit, now)?],
            Request::Undo => vec![self.room.undo(who, now)?],
            Request::Redo => vec![self.room.redo(who, now)?],
            // The room keeps the facilitator's time: the others' steps are their own.
            Request::Leave { .. } if !facilitator => return Ok(()),
            Request::Timer { .. } if !facilitator => return Err(Refusal::FacilitatorOnly),
            Request::Leave { step, seconds, to } => {
                let applied = self.room.leave(who, step, seconds, to, now)?;
                self.broadcast(&ToSeat::Timers(self.timers()));
                applied
            }
            Request::Timer { step, command } => {
                let applied = self.room.timer(who, step, command, now)?;
                self.unmark();
                self.broadcast(&ToSeat::Timers(self.timers()));
                self.broadcast(&ToSeat::People(self.people()));
                applied.into_iter().collect()
            }
            Request::Round(Move::Open(_) | Move::Reveal | Move::Cancel) if !facilitator => {
                return Err(Refusal::FacilitatorOnly);
            }
            Request::Round(change) => {
                // Opening, revealing or cancelling starts or ends an exercise: marks start over.
                let exercise = matches!(change, Move::Open(_) | Move::Reveal | Move::Cancel);
                let applied = self.room.play(who, change, now)?;
                if exercise {
                    self.unmark();
                    self.broadcast(&ToSeat::People(self.people()));
                }
                // After the change itself: a seat that sees the round gone sees the reveal.
                if let Some(a) = applied {
                    self.broadcast(&ToSeat::Applied(Box::new(a)));
                }
                self.tell_rounds();
                return Ok(());
            }
        };
        for a in applied {
            self.broadcast(&ToSeat::Applied(Box::new(a)));
        }
        Ok(())
    }

    /// Clears everyone's ready or more-time mark, for a new exercise.
    fn unmark(&mut self) {
        for conn in self.conns.values_mut() {
            if let Some(seat) = conn.seat.as_mut() {
                seat.mark = Mark::None;
            }
        }
    }

    /// Tells each seat the round as it may see it: counts, and its own cards only.
    fn tell_rounds(&mut self) {
        let seats: Vec<(u64, String)> = self
            .conns
            .iter()
            .filter_map(|(id, c)| Some((*id, c.seat.as_ref()?.name.clone())))
            .collect();
        for (id, name) in seats {
            let view = self.room.round().map(|r| r.view(&name));
            self.tell(id, &ToSeat::Round(view));
        }
    }

    /// Everyone with a seat, in the order they came.
    fn people(&self) -> Vec<Person> {
        self.conns.values().filter_map(|c| c.seat.clone()).collect()
    }

    fn timers(&self) -> Vec<(Step, crate::facilitation::TimerState)> {
        let now = Instant::now();
        let timers = self.room.timers().iter();
        timers.map(|(s, t)| (*s, t.state(now))).collect()
    }

    /// Tells every seat that the workshop was saved, or could not be, if that changed.
    fn tell_saved(&mut self, before: &SaveState) {
        let now = self.room.save_state();
        if now == before {
            return;
        }
        let message = match now {
            SaveState::Saved => ToSeat::Saved {
                created: self.room.doc().created.clone(),
                updated: self.room.doc().updated.clone(),
            },
            SaveState::Failed(why) => ToSeat::SaveFailed(why.clone()),
            SaveState::Pending(_) => return,
        };
        self.broadcast(&message);
    }

    /// One message to one connection.
    fn tell(&mut self, id: u64, message: &ToSeat) {
        let frame: Arc<[u8]> = protocol::frame(message).into();
        self.queue(id, frame);
    }

    /// One message to every seat, encoded once.
    fn broadcast(&mut self, message: &ToSeat) {
        let frame: Arc<[u8]> = protocol::frame(message).into();
        let seated: Vec<u64> = self
            .conns
            .iter()
            .filter(|(_, c)| c.seat.is_some())
            .map(|(id, _)| *id)
            .collect();
        for id in seated {
            self.queue(id, frame.clone());
        }
    }

    /// Queues a frame for a connection; one whose queue is full has stopped reading and goes.
    fn queue(&mut self, id: u64, frame: Arc<[u8]>) {
        let Some(conn) = self.conns.get(&id) else {
            return;
        };
        if let Err(TrySendError::Full(_)) = conn.out.try_send(frame) {
            // Closed at once: its writer may be stuck on a socket nobody reads.
            let _ = conn.stream.shutdown(std::net::Shutdown::Both);
            let why = t::STOPPED_READING.get(self.lang).to_owned();
            self.doomed.push((id, why));
        }
    }

    /// Lets a connection go: its writer sends what is queued, then closes it. Says so unless
    /// it left quietly before taking a seat.
    fn drop_conn(&mut self, id: u64, why: &str, quiet: bool, log: &mut dyn FnMut(String)) {
        let Some(conn) = self.conns.remove(&id) else {
            return;
        };
        match &conn.seat {
            Some(seat) => {
                let n = self.people().len();
                let who = seat.name.as_str();
                log(t::LEFT.fill(self.lang, &[("who", &who), ("why", &why), ("n", &n)]));
                self.broadcast(&ToSeat::People(self.people()));
            }
            None if !quiet => {
                let who = conn.who.describe();
                log(t::DROPPED.fill(self.lang, &[("who", &who), ("why", &why)]));
            }
            None => {}
        }
    }
}
