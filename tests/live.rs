//! Live workshops: a host in this process, seats over its socket.

use parcours::edit;
use parcours::i18n::Lang;
use parcours::live::host::{Host, Options};
use parcours::live::protocol::Visit;
use parcours::live::remote::Remote;
use parcours::model::Workshop;
use parcours::room::{Handle, Request};
use parcours::store::Store;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

struct Hosted {
    socket: std::path::PathBuf,
    path: std::path::PathBuf,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<Vec<String>>>,
    _dir: tempfile::TempDir,
}

fn host(doc: Workshop) -> Hosted {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let mut doc = doc;
    let path = store.create(&mut doc).unwrap();
    let host = Host::open(path.clone(), Options::default(), Lang::En).unwrap();
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
    fn stop(&mut self) -> Vec<String> {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        self.thread.take().unwrap().join().unwrap()
    }
}

#[test]
fn two_seats_see_each_others_changes() {
    let mut h = host(Workshop::new("Live", "en"));
    let mut ana = Remote::connect(&h.socket, "ana", Visit::Take).unwrap();
    let mut bob = Remote::connect(&h.socket, "bob", Visit::Take).unwrap();
    ana.send(
        1,
        Request::Propose(Box::new(edit::set_framing("scope", "France"))),
        Instant::now(),
    );
    assert_eq!(ana.wait(1, Duration::from_secs(2)).unwrap().result, Ok(()));
    let end = Instant::now() + Duration::from_secs(2);
    while bob.doc().framing.scope != "France" && Instant::now() < end {
        bob.replies();
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(bob.doc().framing.scope, "France");
    drop(ana);
    drop(bob);
    let log = h.stop();
    let saved = parcours::store::load(&h.path).unwrap();
    assert_eq!(saved.framing.scope, "France");
    assert!(
        log.iter()
            .any(|l| l.contains("ana") && l.contains("joined")),
        "{log:?}"
    );
}
