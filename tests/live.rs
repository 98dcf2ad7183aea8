//! Live workshops: a host in this process, seats over its socket. Random interleavings of
//! edits from up to 8 seats converge on the host's document, the saved file and a replay of
//! the changes the host sent.

mod edits;

use edits::{op, to_edit};
use parcours::edit;
use parcours::i18n::Lang;
use parcours::live::host::{Host, Options};
use parcours::live::protocol::{self, ToHost, ToSeat, VERSION, Visit};
use parcours::live::remote::Remote;
use parcours::method::Step;
use parcours::model::Workshop;
use parcours::room::{Applied, Handle, Mark, Presence, Refusal, Request, Role, SaveState};
use parcours::store::{self, Store};
use proptest::prelude::*;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SECOND: Duration = Duration::from_secs(1);

/// A host running on a thread of this test, on a workshop of its own store.
struct Hosted {
    socket: PathBuf,
    path: PathBuf,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<Vec<String>>>,
    _dir: tempfile::TempDir,
}

fn host(mut doc: Workshop, options: Options) -> Hosted {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let path = store.create(&mut doc).unwrap();
    let host = Host::open(path.clone(), options, Lang::En).unwrap();
    let socket = host.socket().to_owned();
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let thread = std::thread::spawn(move || {
        let mut lines = Vec::new();
        host.run(s, &mut |l| lines.push(l));
        lines
    });
    Hosted {
        socket,
        path,
        stop,
        thread: Some(thread),
        _dir: dir,
    }
}

impl Hosted {
    /// Stops the host (as Ctrl-C does) and gives its log.
    fn stop(&mut self) -> Vec<String> {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.take().unwrap().join().unwrap()
    }

    fn seat(&self, name: &str) -> Remote {
        Remote::connect(&self.socket, name, Visit::Take).unwrap()
    }

    /// The document as the host has it: what a new seat is given.
    fn doc(&self) -> Workshop {
        let look = Remote::connect(&self.socket, "look", Visit::Observe).unwrap();
        look.doc().clone()
    }
}

impl Drop for Hosted {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.stop();
        }
    }
}

/// A connection that records every change the host sends, from its welcome on.
fn recorder(h: &Hosted) -> (Workshop, Arc<Mutex<Vec<Applied>>>) {
    let mut stream = UnixStream::connect(&h.socket).unwrap();
    let hello = ToHost::Hello {
        version: VERSION,
        name: "recorder".into(),
        visit: Visit::Observe,
    };
    protocol::send(&mut stream, &hello).unwrap();
    let Ok(ToSeat::Welcome(w)) = protocol::receive(&mut stream) else {
        panic!("no welcome")
    };
    let log = Arc::new(Mutex::new(Vec::new()));
    let keep = log.clone();
    std::thread::spawn(move || {
        while let Ok(message) = protocol::receive::<ToSeat>(&mut stream) {
            if let ToSeat::Applied(a) = message {
                keep.lock().unwrap().push(*a);
            }
        }
    });
    (w.doc, log)
}

/// Takes in what the host sent until every seat has applied the same changes.
fn settle(seats: &mut [Remote]) {
    let end = Instant::now() + 5 * SECOND;
    loop {
        for s in seats.iter_mut() {
            s.replies();
        }
        let first = seats[0].seq();
        if seats.iter().all(|s| s.seq() == first) || Instant::now() > end {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The document without what only saving changes.
fn content(doc: &Workshop) -> Workshop {
    let mut doc = doc.clone();
    doc.created.clear();
    doc.updated.clear();
    doc
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn seats_converge_on_the_hosts_document_the_file_and_the_log(
        seats in 2usize..=8,
        rounds in proptest::collection::vec(
            proptest::collection::vec((0usize..8, op()), 1..16), 1..5),
    ) {
        let mut h = host(parcours::demo::demo(Lang::En), Options::default());
        let (start, log) = recorder(&h);
        let mut people: Vec<Remote> =
            (0..seats).map(|i| h.seat(&format!("seat {i}"))).collect();
        let mut id = 0;
        for round in rounds {
            // Every seat proposes what it sees, without waiting: the host orders them.
            let mut asked = Vec::new();
            for (who, op) in round {
                let s = who % seats;
                if let Some(e) = to_edit(people[s].doc(), &op) {
                    id += 1;
                    people[s].send(id, Request::Propose(Box::new(e)), Instant::now());
                    asked.push((s, id));
                }
            }
            for (s, id) in asked {
                let reply = people[s].wait(id, 5 * SECOND);
                prop_assert!(reply.is_some(), "no reply to {id}");
            }
            settle(&mut people);
            let hosts = content(&h.doc());
            for (i, s) in people.iter().enumerate() {
                prop_assert_eq!(&content(s.doc()), &hosts, "seat {}", i);
            }
            prop_assert!(edit::validate(&hosts).is_ok());
        }
        h.stop();
        let saved = store::load(&h.path).unwrap().doc;
        for s in people.iter_mut() {
            // The host's goodbye comes after its last save.
            let end = Instant::now() + 2 * SECOND;
            while s.save_state() != &SaveState::Saved && Instant::now() < end {
                s.replies();
                std::thread::sleep(Duration::from_millis(5));
            }
            prop_assert_eq!(s.doc(), &saved);
        }
        let mut replayed = start;
        for a in log.lock().unwrap().drain(..) {
            edit::apply(&mut replayed, a.edit).unwrap();
        }
        (replayed.created, replayed.updated) = (saved.created.clone(), saved.updated.clone());
        prop_assert_eq!(&replayed, &saved);
    }
}

#[test]
fn an_observer_changes_nothing_and_only_the_facilitator_runs_the_clock() {
    let h = host(Workshop::new("Live", "en"), Options::default());
    let mut ana = h.seat("Ana");
    let mut bob = h.seat("Bob");
    let mut eve = Remote::connect(&h.socket, "Eve", Visit::Observe).unwrap();
    assert_eq!(ana.presence().unwrap().role, Role::Facilitator);
    assert_eq!(bob.presence().unwrap().role, Role::Participant);
    assert_eq!(eve.presence().unwrap().role, Role::Observer);
    let scope = |v: &str| Request::Propose(Box::new(edit::set_framing("scope", v)));
    eve.send(1, scope("Eve was here"), Instant::now());
    assert_eq!(eve.wait(1, SECOND).unwrap().result, Err(Refusal::ReadOnly));
    eve.send(2, Request::Undo, Instant::now());
    assert_eq!(eve.wait(2, SECOND).unwrap().result, Err(Refusal::ReadOnly));
    let timer = Request::Timer {
        step: parcours::method::Step::Framing,
        command: parcours::room::TimerCommand::Toggle,
    };
    bob.send(1, timer.clone(), Instant::now());
    assert_eq!(
        bob.wait(1, SECOND).unwrap().result,
        Err(Refusal::FacilitatorOnly)
    );
    ana.send(1, timer, Instant::now());
    assert_eq!(ana.wait(1, SECOND).unwrap().result, Ok(()));
    // Every seat gets the running time box, the observer too.
    let end = Instant::now() + SECOND;
    while eve.timers().is_empty() && Instant::now() < end {
        eve.replies();
    }
    assert!(eve.timers()[&parcours::method::Step::Framing].running());
    assert_eq!(h.doc().framing.scope, "");
}

/// Takes in what the host sent until `seen` holds for `seat`, or a few seconds passed.
fn until(seat: &mut Remote, seen: impl Fn(&Presence) -> bool) -> bool {
    let end = Instant::now() + 5 * SECOND;
    while Instant::now() < end {
        seat.replies();
        if seen(seat.presence().unwrap()) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

fn mark_of(p: &Presence, name: &str) -> Option<Mark> {
    p.people.iter().find(|x| x.name == name).map(|x| x.mark)
}

#[test]
fn the_facilitator_leads_calls_back_and_holds_and_sees_who_is_ready() {
    use parcours::room::round::{Cards, Kind, Move, Setup};
    let h = host(Workshop::new("Live", "en"), Options::default());
    let mut ana = h.seat("Ana");
    let mut bob = h.seat("Bob");
    assert!(until(&mut bob, |p| mark_of(p, "Bob").is_some()));
    // Two quick presses: the second steps on from the first before the host has answered.
    bob.mark(Mark::Ready);
    assert_eq!(mark_of(bob.presence().unwrap(), "Bob"), Some(Mark::Ready));
    bob.mark(Mark::MoreTime);
    assert!(until(&mut ana, |p| mark_of(p, "Bob") == Some(Mark::MoreTime)));
    // A participant cannot lead: the host ignores their step and their hold.
    bob.here(Step::Target);
    assert!(until(&mut ana, |p| p
        .people
        .iter()
        .any(|x| x.step == Step::Target)));
    assert_eq!(ana.presence().unwrap().lead.step, Step::Framing);
    // The facilitator moving on leads everyone there and starts a new exercise: no marks.
    ana.here(Step::Personas);
    assert!(until(&mut bob, |p| p.lead.step == Step::Personas
        && mark_of(p, "Bob") == Some(Mark::None)));
    ana.summon();
    assert!(until(&mut bob, |p| p.lead.summons == 1));
    ana.hold(true);
    assert!(until(&mut bob, |p| p.lead.held));
    ana.hold(false);
    assert!(until(&mut bob, |p| !p.lead.held));
    // Opening a round starts an exercise too.
    bob.mark(Mark::Ready);
    assert!(until(&mut ana, |p| mark_of(p, "Bob") == Some(Mark::Ready)));
    let open = Move::Open(Setup {
        kind: Kind::Cards(Cards::Verbatims),
        anonymous: true,
        facilitator_votes: true,
        tally: false,
    });
    ana.send(1, Request::Round(open), Instant::now());
    ana.wait(1, SECOND).unwrap().result.unwrap();
    assert!(until(&mut bob, |p| mark_of(p, "Bob") == Some(Mark::None)));
    // One who arrives later is told where the room is led.
    let cid = h.seat("Cid");
    assert_eq!(cid.presence().unwrap().lead.step, Step::Personas);
    assert_eq!(cid.presence().unwrap().lead.summons, 1);
}

#[test]
fn each_seat_undoes_its_own_edits_and_not_over_someone_elses() {
    let h = host(Workshop::new("Live", "en"), Options::default());
    let mut ana = h.seat("Ana");
    let mut bob = h.seat("Bob");
    let scope = |v: &str| Request::Propose(Box::new(edit::set_framing("scope", v)));
    let title = |v: &str| Request::Propose(Box::new(edit::set_framing("title", v)));
    ana.send(1, scope("France"), Instant::now());
    ana.wait(1, SECOND).unwrap().result.unwrap();
    bob.send(1, title("Bob's title"), Instant::now());
    bob.wait(1, SECOND).unwrap().result.unwrap();
    bob.send(2, scope("Europe"), Instant::now());
    bob.wait(2, SECOND).unwrap().result.unwrap();
    ana.send(2, Request::Undo, Instant::now());
    let refused = ana.wait(2, SECOND).unwrap().result;
    assert_eq!(refused, Err(Refusal::ChangedSince { by: "Bob".into() }));
    bob.send(3, Request::Undo, Instant::now());
    bob.wait(3, SECOND).unwrap().result.unwrap();
    ana.send(3, Request::Undo, Instant::now());
    ana.wait(3, SECOND).unwrap().result.unwrap();
    let doc = h.doc();
    assert_eq!(doc.framing.scope, "");
    assert_eq!(doc.framing.title, "Bob's title");
}

#[test]
fn two_people_of_one_name_are_told_apart_and_versions_must_match() {
    let h = host(Workshop::new("Live", "en"), Options::default());
    let a = h.seat("Ana");
    let b = h.seat("Ana");
    assert_eq!(a.presence().unwrap().you, "Ana");
    assert_eq!(b.presence().unwrap().you, "Ana 2");
    let mut old = UnixStream::connect(&h.socket).unwrap();
    let hello = ToHost::Hello {
        version: VERSION + 1,
        name: "Zed".into(),
        visit: Visit::Take,
    };
    protocol::send(&mut old, &hello).unwrap();
    match protocol::receive::<ToSeat>(&mut old) {
        Ok(ToSeat::Refused { reason }) => {
            assert!(reason.get(Lang::En).contains("version"), "{reason:?}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_facilitator_ends_the_workshop_for_everyone() {
    let mut h = host(Workshop::new("Live", "en"), Options::default());
    let mut ana = h.seat("Ana");
    let mut bob = h.seat("Bob");
    bob.end();
    std::thread::sleep(Duration::from_millis(200));
    bob.replies();
    assert_eq!(bob.presence().unwrap().link, parcours::room::Link::Up);
    ana.end();
    let end = Instant::now() + 2 * SECOND;
    while bob.presence().unwrap().link == parcours::room::Link::Up && Instant::now() < end {
        bob.replies();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(matches!(
        bob.presence().unwrap().link,
        parcours::room::Link::Ended(_)
    ));
    let log = h.thread.take().unwrap().join().unwrap();
    assert!(log.iter().any(|l| l.contains("ended by Ana")), "{log:?}");
    assert!(!h.socket.exists(), "the socket is removed");
}

#[test]
fn a_joined_seat_ends_the_program_when_the_workshop_ends() {
    use parcours::tui::app::App;
    use parcours::tui::key::{Key, Msg};
    let h = host(Workshop::new("Live", "en"), Options::default());
    let mut claire = h.seat("Claire");
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    app.sit(Box::new(h.seat("Karim")), None);
    app.only_seat = true;
    app.update(Msg::Key(Key::Char('X')), Instant::now());
    assert!(
        app.seat().unwrap().overlay.is_none(),
        "only the facilitator ends it"
    );
    claire.end();
    let end = Instant::now() + 2 * SECOND;
    while !app.quit && Instant::now() < end {
        app.update(Msg::Tick, Instant::now());
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(app.quit, "no home screen for a joined seat");
    let farewell = app.farewell.clone().unwrap_or_default();
    assert!(farewell.contains("ended by Claire"), "{farewell}");
}

/// Every byte the host sends to one seat, from its welcome on.
fn eavesdrop(h: &Hosted, name: &str) -> Arc<Mutex<Vec<u8>>> {
    use std::io::Read;
    let mut stream = UnixStream::connect(&h.socket).unwrap();
    let hello = ToHost::Hello {
        version: VERSION,
        name: name.into(),
        visit: Visit::Take,
    };
    protocol::send(&mut stream, &hello).unwrap();
    let heard = Arc::new(Mutex::new(Vec::new()));
    let keep = heard.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stream.read(&mut buf) {
            if n == 0 {
                return;
            }
            keep.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    heard
}

fn contains(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn no_card_and_no_vote_reaches_another_seat_before_the_reveal() {
    use parcours::room::round::{Cards, Kind, Move, Setup};
    let mut doc = Workshop::new("Private", "en");
    let persona = parcours::model::Persona {
        id: "per-a".into(),
        name: "Marie".into(),
        ..Default::default()
    };
    let journey = parcours::model::Journey {
        id: "jny-a".into(),
        stages: vec![parcours::model::Stage {
            id: "stg-a".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let moment = parcours::model::Moment {
        id: "mom-a".into(),
        stage: "stg-a".into(),
        ..Default::default()
    };
    use parcours::edit::{Edit, Record};
    for record in [
        Record::Persona(persona),
        Record::Journey(journey),
        Record::Moment(moment),
    ] {
        edit::apply(&mut doc, Edit::Insert { index: 0, record }).unwrap();
    }
    let h = host(doc, Options::default());
    let mut claire = h.seat("Claire");
    let mut ana = h.seat("Ana");
    let bob = eavesdrop(&h, "Bob");
    let round = |kind| {
        Request::Round(Move::Open(Setup {
            kind,
            anonymous: false,
            facilitator_votes: true,
            tally: false,
        }))
    };
    let ask = |seat: &mut Remote, id, request| {
        seat.send(id, request, Instant::now());
        seat.wait(id, SECOND).unwrap().result.unwrap();
    };
    ask(&mut claire, 1, round(Kind::Cards(Cards::Verbatims)));
    ask(
        &mut ana,
        1,
        Request::Round(Move::Card("SECRET-CARD-ANA".into())),
    );
    ask(
        &mut claire,
        2,
        Request::Round(Move::Card("CLAIRE-CARD".into())),
    );
    // Ana sees her own card; Bob's connection carries counts only.
    let end = Instant::now() + SECOND;
    while ana.round().is_none_or(|r| r.mine.is_empty()) && Instant::now() < end {
        ana.replies();
    }
    assert_eq!(ana.round().unwrap().mine, ["SECRET-CARD-ANA"]);
    std::thread::sleep(Duration::from_millis(200));
    let heard = bob.lock().unwrap().clone();
    assert!(contains(&heard, "Ana"), "Bob hears who wrote");
    for secret in ["SECRET-CARD-ANA", "CLAIRE-CARD"] {
        assert!(!contains(&heard, secret), "{secret} reached Bob");
    }
    ask(&mut claire, 3, Request::Round(Move::Reveal));
    ask(&mut claire, 4, round(Kind::Criticity));
    let before = bob.lock().unwrap().len();
    let vote = |level| {
        Request::Round(Move::Vote {
            moment: "mom-a".into(),
            persona: "per-a".into(),
            level: Some(level),
        })
    };
    ask(&mut ana, 2, vote(parcours::model::Level::NotApplicable));
    ask(&mut claire, 5, vote(parcours::model::Level::Low));
    std::thread::sleep(Duration::from_millis(200));
    let during = bob.lock().unwrap()[before..].to_vec();
    assert!(!during.is_empty(), "Bob is told the counts");
    for level in ["not-applicable", "\"low\"", "sensitive"] {
        assert!(!contains(&during, level), "a vote reached Bob: {level}");
    }
    ask(&mut claire, 6, Request::Round(Move::Reveal));
    std::thread::sleep(Duration::from_millis(200));
    let all = bob.lock().unwrap().clone();
    assert!(contains(&all, "SECRET-CARD-ANA") && contains(&all, "not-applicable"));
}

#[test]
fn a_participant_who_leaves_mid_round_still_has_their_cards_revealed() {
    use parcours::room::round::{Cards, Kind, Move, Setup};
    let h = host(parcours::demo::demo(Lang::En), Options::default());
    let mut claire = h.seat("Claire");
    let open = Request::Round(Move::Open(Setup {
        kind: Kind::Cards(Cards::Verbatims),
        anonymous: true,
        facilitator_votes: true,
        tally: false,
    }));
    claire.send(1, open, Instant::now());
    claire.wait(1, SECOND).unwrap().result.unwrap();
    {
        let mut ana = h.seat("Ana");
        ana.send(
            1,
            Request::Round(Move::Card("Ana's last word".into())),
            Instant::now(),
        );
        ana.wait(1, SECOND).unwrap().result.unwrap();
    }
    // Ana has left; her card waits for the reveal.
    claire.send(2, Request::Round(Move::Reveal), Instant::now());
    claire.wait(2, SECOND).unwrap().result.unwrap();
    settle(std::slice::from_mut(&mut claire));
    let texts: Vec<&str> = claire
        .doc()
        .listen
        .verbatims
        .iter()
        .map(|v| v.text.as_str())
        .collect();
    assert!(texts.contains(&"Ana's last word"), "{texts:?}");
}
