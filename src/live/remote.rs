//! A seat's handle on a live host: a copy of the workshop kept in step by the changes the host
//! sends, in their order; requests written to the socket, replies read back under their
//! number. When the host goes, the seat keeps what it shows and a thread keeps trying to come
//! back, then takes the whole workshop again.

use super::protocol::{self, ToHost, ToSeat, VERSION, Visit, Welcome};
use crate::edit;
use crate::facilitation::Timer;
use crate::i18n::{Said, live as t};
use crate::method::Step;
use crate::model::Workshop;
use crate::room::{Handle, Link, Mark, Presence, Refusal, Reply, Request, RoundView, SaveState};
use std::collections::BTreeMap;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long a seat waits for the host to let it in.
const DOOR_TIMEOUT: Duration = Duration::from_secs(5);
/// How often a seat that lost its host tries again.
const RETRY: Duration = Duration::from_millis(500);

/// What the connection's thread passes on.
enum Heard {
    Message(ToSeat),
    Lost(Said),
}

pub struct Remote {
    path: PathBuf,
    doc: Workshop,
    seq: u64,
    timers: BTreeMap<Step, Timer>,
    save: SaveState,
    presence: Presence,
    observe: bool,
    heard: Receiver<Heard>,
    /// Where requests are written; none while the host is away.
    line: Arc<Mutex<Option<UnixStream>>>,
    stop: Arc<AtomicBool>,
    replies: Vec<Reply>,
    /// Requests sent and not answered, failed if the host goes.
    waiting: Vec<u64>,
    /// The step this seat is on, told again to a host that comes back.
    step: Option<Step>,
    round: Option<RoundView>,
    /// How many messages came from the host, so a seat knows when to draw again.
    heard_count: u64,
}

/// Connects, says hello and waits for the welcome (or the reason for a refusal).
fn dial(socket: &Path, name: &str, visit: Visit) -> Result<(UnixStream, Welcome), Said> {
    let cannot = |e: &dyn std::fmt::Display| {
        Said::new(|l| t::CANNOT_REACH.fill(l, &[("socket", &socket.display()), ("error", e)]))
    };
    let mut stream = UnixStream::connect(socket).map_err(|e| cannot(&e))?;
    let hello = ToHost::Hello {
        version: VERSION,
        name: name.to_owned(),
        visit,
    };
    stream
        .set_read_timeout(Some(DOOR_TIMEOUT))
        .map_err(|e| cannot(&e))?;
    protocol::send(&mut stream, &hello).map_err(|e| cannot(&e))?;
    match protocol::receive::<ToSeat>(&mut stream) {
        Ok(ToSeat::Welcome(w)) => {
            stream.set_read_timeout(None).map_err(|e| cannot(&e))?;
            Ok((stream, *w))
        }
        Ok(ToSeat::Refused { reason }) => Err(reason),
        Ok(_) => Err(cannot(&"no welcome")),
        Err(e) => Err(cannot(&e)),
    }
}

impl Remote {
    /// Takes a seat at the host listening at `socket`, as `name`. The error says why in one
    /// line (a refusal at the door, a host that does not answer).
    pub fn connect(socket: &Path, name: &str, visit: Visit) -> Result<Remote, Said> {
        let (stream, welcome) = dial(socket, name, visit)?;
        let observe = visit == Visit::Observe;
        let (tell, heard) = mpsc::channel();
        let line = Arc::new(Mutex::new(Some(stream.try_clone().map_err(|e| {
            Said::new(|l| t::CANNOT_REACH.fill(l, &[("socket", &socket.display()), ("error", &e)]))
        })?)));
        let stop = Arc::new(AtomicBool::new(false));
        let mut remote = Remote {
            path: PathBuf::new(),
            doc: Workshop::new("", "en"),
            seq: 0,
            timers: BTreeMap::new(),
            save: SaveState::Saved,
            presence: Presence {
                you: welcome.you.clone(),
                role: welcome.role,
                people: Vec::new(),
                link: Link::Up,
                lead: welcome.lead,
            },
            observe,
            heard,
            line: line.clone(),
            stop: stop.clone(),
            replies: Vec::new(),
            waiting: Vec::new(),
            step: None,
            round: None,
            heard_count: 0,
        };
        remote.take(welcome);
        let (socket, name) = (socket.to_owned(), remote.presence.you.clone());
        thread::spawn(move || listen(stream, &socket, &name, visit, &tell, &line, &stop));
        Ok(remote)
    }

    /// Waits up to `timeout` for the reply to request `id`, taking in what comes meanwhile.
    pub fn wait(&mut self, id: u64, timeout: Duration) -> Option<Reply> {
        let end = Instant::now() + timeout;
        loop {
            if let Some(at) = self.replies.iter().position(|r| r.id == id) {
                return Some(self.replies.remove(at));
            }
            let left = end.checked_duration_since(Instant::now())?;
            match self.heard.recv_timeout(left) {
                Ok(heard) => self.hear(heard, Instant::now()),
                Err(_) => return None,
            }
        }
    }

    /// The sequence number of the last change this seat applied.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// The whole workshop, as at a first welcome or after the host came back.
    fn take(&mut self, w: Welcome) {
        let now = Instant::now();
        self.path = w.path;
        self.doc = w.doc;
        self.seq = w.seq;
        self.timers = w
            .timers
            .into_iter()
            .map(|(s, st)| (s, Timer::from_state(st, now)))
            .collect();
        self.save = if w.saved {
            SaveState::Saved
        } else {
            SaveState::Pending(now)
        };
        self.presence = Presence {
            you: w.you,
            role: w.role,
            people: w.people,
            link: Link::Up,
            lead: w.lead,
        };
        self.round = w.round;
        if let Some(step) = self.step {
            self.write(&ToHost::Here { step });
        }
    }

    fn hear(&mut self, heard: Heard, now: Instant) {
        self.heard_count += 1;
        match heard {
            Heard::Lost(why) => {
                self.presence.link = Link::Lost(why);
                // What was asked and not answered will not be: say so to whoever asked.
                for id in std::mem::take(&mut self.waiting) {
                    self.replies.push(Reply {
                        id,
                        result: Err(Refusal::Offline),
                    });
                }
            }
            Heard::Message(message) => self.message(message, now),
        }
    }

    fn message(&mut self, message: ToSeat, now: Instant) {
        match message {
            ToSeat::Welcome(w) => self.take(*w),
            ToSeat::Applied(a) if a.seq <= self.seq => {}
            ToSeat::Applied(a) => {
                let next = a.seq == self.seq + 1;
                if next && edit::apply(&mut self.doc, a.edit).is_ok() {
                    self.seq = a.seq;
                    self.save = SaveState::Pending(now);
                } else {
                    // A change missed or not applying here: take the whole workshop again.
                    self.write(&ToHost::Resync);
                }
            }
            ToSeat::Reply(r) => {
                self.waiting.retain(|id| *id != r.id);
                self.replies.push(r);
            }
            ToSeat::Timers(timers) => {
                let timers = timers.into_iter();
                self.timers = timers
                    .map(|(s, st)| (s, Timer::from_state(st, now)))
                    .collect();
            }
            ToSeat::Saved { created, updated } => {
                self.doc.created = created;
                self.doc.updated = updated;
                self.save = SaveState::Saved;
            }
            ToSeat::SaveFailed(why) => self.save = SaveState::Failed(why),
            ToSeat::People(people) => self.presence.people = people,
            ToSeat::Lead(lead) => self.presence.lead = lead,
            ToSeat::Round(round) => self.round = round,
            ToSeat::Bye { reason, over: true } => self.presence.link = Link::Ended(reason),
            // Passed on as a loss by the connection's thread.
            ToSeat::Bye { over: false, .. } => {}
            ToSeat::Refused { reason } => self.presence.link = Link::Lost(reason),
        }
    }

    /// Writes to the host; false when it is away.
    fn write(&mut self, message: &ToHost) -> bool {
        let mut line = self.line.lock().expect("the line is never poisoned");
        match line.as_mut() {
            Some(stream) => protocol::send(stream, message).is_ok(),
            None => false,
        }
    }
}

/// The connection's thread: passes on what the host says; when the host goes, tries again
/// until it answers, or until the seat or the workshop ends.
fn listen(
    mut stream: UnixStream,
    socket: &Path,
    name: &str,
    visit: Visit,
    tell: &Sender<Heard>,
    line: &Mutex<Option<UnixStream>>,
    stop: &AtomicBool,
) {
    loop {
        let why = loop {
            match protocol::receive::<ToSeat>(&mut stream) {
                Ok(ToSeat::Bye {
                    reason,
                    over: false,
                }) => break reason,
                Ok(message) => {
                    let over = matches!(message, ToSeat::Bye { .. });
                    if tell.send(Heard::Message(message)).is_err() || over {
                        return;
                    }
                }
                Err(e) => break Said::new(|_| e.to_string()),
            }
        };
        *line.lock().expect("the line is never poisoned") = None;
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let lost = Said::new(|l| t::HOST_LOST.fill(l, &[("error", &why.get(l))]));
        if tell.send(Heard::Lost(lost)).is_err() {
            return;
        }
        stream = loop {
            thread::sleep(RETRY);
            if stop.load(Ordering::SeqCst) {
                return;
            }
            if let Ok((back, welcome)) = dial(socket, name, visit)
                && let Ok(writing) = back.try_clone()
            {
                *line.lock().expect("the line is never poisoned") = Some(writing);
                if tell
                    .send(Heard::Message(ToSeat::Welcome(Box::new(welcome))))
                    .is_err()
                {
                    return;
                }
                break back;
            }
        };
    }
}

impl Handle for Remote {
    fn path(&self) -> &Path {
        &self.path
    }

    fn doc(&self) -> &Workshop {
        &self.doc
    }

    fn save_state(&self) -> &SaveState {
        &self.save
    }

    fn timers(&self) -> &BTreeMap<Step, Timer> {
        &self.timers
    }

    fn send(&mut self, id: u64, request: Request, _now: Instant) {
        let refused = |result| Reply { id, result };
        let changes = !matches!(request, Request::Leave { .. });
        if self.observe && changes {
            return self.replies.push(refused(Err(Refusal::ReadOnly)));
        }
        if self.observe || self.presence.link != Link::Up {
            let result = if changes {
                Err(Refusal::Offline)
            } else {
                Ok(())
            };
            return self.replies.push(refused(result));
        }
        if self.write(&ToHost::Ask { id, request }) {
            self.waiting.push(id);
        } else {
            self.replies.push(refused(Err(Refusal::Offline)));
        }
    }

    fn replies(&mut self) -> Vec<Reply> {
        let now = Instant::now();
        while let Ok(heard) = self.heard.try_recv() {
            self.hear(heard, now);
        }
        std::mem::take(&mut self.replies)
    }

    fn tick(&mut self, _now: Instant) {}

    /// Only what the host says changes the document here (or anything else this seat shows).
    fn version(&self) -> u64 {
        self.heard_count
    }

    /// The host holds the workshop and saves it; nothing waits here.
    fn flush(&mut self) -> bool {
        true
    }

    fn presence(&self) -> Option<&Presence> {
        Some(&self.presence)
    }

    fn here(&mut self, step: Step) {
        self.step = Some(step);
        self.write(&ToHost::Here { step });
    }

    fn end(&mut self) {
        self.write(&ToHost::End);
    }

    fn round(&self) -> Option<&RoundView> {
        self.round.as_ref()
    }

    // Mark and hold show at once, so that a second key press steps on from the new state
    // rather than from the host's echo still on its way; the host's next word settles it.
    fn mark(&mut self, mark: Mark) {
        let you = &self.presence.you;
        if let Some(me) = self.presence.people.iter_mut().find(|p| &p.name == you) {
            me.mark = mark;
        }
        self.write(&ToHost::Mark(mark));
    }

    fn summon(&mut self) {
        self.write(&ToHost::Summon);
    }

    fn hold(&mut self, held: bool) {
        self.presence.lead.held = held;
        self.write(&ToHost::Hold(held));
    }
}

impl Drop for Remote {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.write(&ToHost::Bye);
        if let Some(stream) = self.line.lock().ok().and_then(|mut l| l.take()) {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
    }
}
