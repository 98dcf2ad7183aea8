//! A real `parcours host` process under abuse: garbage, a frame cut short, a length prefix of
//! 100 MB, a seat that never reads while three others type for 30 s, and a user the door does
//! not know. The host stays up, its memory stays bounded, the others keep working.

use parcours::edit;
use parcours::i18n::Lang;
use parcours::live::protocol::{self, ToHost, ToSeat, VERSION, Visit};
use parcours::live::remote::Remote;
use parcours::model::Workshop;
use parcours::room::{Handle, Request};
use parcours::store::Store;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// A host process and the lines it prints.
struct HostProcess {
    child: Child,
    lines: Receiver<String>,
    socket: PathBuf,
}

impl HostProcess {
    /// Starts `parcours host` on a new workshop in `dir`, through `prefix` (a command that
    /// runs it as another user, such as `setpriv ...`), and waits for its socket.
    fn start(dir: &Path, bin: &Path, prefix: &[&str], runtime: &Path) -> HostProcess {
        let store = Store::locate(Some(dir.into())).unwrap();
        let path = store.create(&mut Workshop::new("Faults", "en")).unwrap();
        // The workshop belongs to whoever owns the store, the user the host runs as.
        let owner = std::fs::metadata(dir).unwrap();
        use std::os::unix::fs::MetadataExt;
        std::os::unix::fs::chown(&path, Some(owner.uid()), Some(owner.gid())).unwrap();
        let mut cmd = match prefix.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(bin);
                c
            }
            None => Command::new(bin),
        };
        cmd.args(["--lang", "en", "--dir"])
            .arg(dir)
            .arg("host")
            .arg(&path)
            .env("PARCOURS_RUNTIME", runtime)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = cmd.spawn().unwrap();
        let out = BufReader::new(child.stdout.take().unwrap());
        let (tell, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in out.lines().map_while(Result::ok) {
                if tell.send(line).is_err() {
                    return;
                }
            }
        });
        let mut host = HostProcess {
            child,
            lines,
            socket: PathBuf::new(),
        };
        let join = host.wait_for("parcours join ");
        host.socket = PathBuf::from(join.rsplit(' ').next().unwrap());
        host
    }

    /// The next line holding `needle` (within 10 s).
    fn wait_for(&mut self, needle: &str) -> String {
        let end = Instant::now() + Duration::from_secs(10);
        while let Some(left) = end.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        panic!("the host never said “{needle}”");
    }

    /// Resident memory of the host, in kB.
    fn rss(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()));
        let status = status.unwrap_or_default();
        let line = status.lines().find(|l| l.starts_with("VmRSS:"));
        let kb = line.and_then(|l| l.split_whitespace().nth(1)?.parse().ok());
        kb.unwrap_or(0)
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for HostProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_parcours"))
}

fn raw(socket: &Path) -> UnixStream {
    UnixStream::connect(socket).unwrap()
}

fn hello(name: &str) -> Vec<u8> {
    protocol::frame(&ToHost::Hello {
        version: VERSION,
        name: name.into(),
        visit: Visit::Take,
    })
}

#[test]
fn bad_frames_and_a_seat_that_never_reads_leave_the_host_and_the_others_working() {
    let dir = tempfile::tempdir().unwrap();
    let mut host = HostProcess::start(dir.path(), &bin(), &[], dir.path());
    let socket = host.socket.clone();

    // Garbage, half a frame, and a length of 100 MB: each dropped with its reason.
    raw(&socket).write_all(b"\x00\x00\x00\x05hello").unwrap();
    host.wait_for("not a message");
    let mut cut = raw(&socket);
    cut.write_all(&100u32.to_be_bytes()).unwrap();
    cut.write_all(b"{\"bye\":").unwrap();
    drop(cut);
    host.wait_for("closed in the middle of a frame");
    let mut huge = raw(&socket);
    huge.write_all(&(100u32 << 20).to_be_bytes()).unwrap();
    host.wait_for("over the limit");
    drop(huge);

    // A seat that says hello and never reads again.
    let mut deaf = raw(&socket);
    deaf.write_all(&hello("Deaf")).unwrap();
    host.wait_for("Deaf");
    let before = host.rss();

    // Three seats type, a character at a time, for 30 s.
    let typists: Vec<_> = ["Ana", "Bob", "Cid"]
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let socket = socket.clone();
            std::thread::spawn(move || {
                let mut seat = Remote::connect(&socket, name, Visit::Take).unwrap();
                let field = ["scope", "segment", "horizon"][i];
                let (start, mut id, mut text) = (Instant::now(), 0, String::new());
                let mut slowest = Duration::ZERO;
                while start.elapsed() < Duration::from_secs(30) {
                    id += 1;
                    text.push(char::from(b'a' + (id % 26) as u8));
                    let edit = edit::set_framing(field, text.as_str());
                    let asked = Instant::now();
                    seat.send(id, Request::Propose(Box::new(edit)), asked);
                    let reply = seat.wait(id, Duration::from_secs(5)).expect("an answer");
                    assert_eq!(reply.result, Ok(()));
                    slowest = slowest.max(asked.elapsed());
                    std::thread::sleep(Duration::from_millis(40));
                }
                (seat, text, slowest)
            })
        })
        .collect();
    let mut peak = before;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(31) {
        peak = peak.max(host.rss());
        std::thread::sleep(Duration::from_millis(500));
    }
    let mut seats = Vec::new();
    for t in typists {
        let (seat, text, slowest) = t.join().unwrap();
        assert!(
            slowest < Duration::from_secs(1),
            "an answer took {slowest:?}"
        );
        seats.push((seat, text));
    }
    host.wait_for("Deaf left: stopped reading");
    assert!(host.alive());
    eprintln!("host memory: {before} kB before, {peak} kB at most");
    assert!(peak < before + 50_000, "{before} kB, then {peak} kB");
    // Everyone sees everyone's last character.
    std::thread::sleep(Duration::from_millis(300));
    for (seat, _) in seats.iter_mut() {
        seat.replies();
    }
    let texts: Vec<&String> = seats.iter().map(|(_, t)| t).collect();
    for (seat, _) in &seats {
        let f = &seat.doc().framing;
        assert_eq!([&f.scope, &f.segment, &f.horizon], texts.as_slice());
    }
    drop(deaf);
}

#[test]
fn a_user_the_door_does_not_know_is_refused() {
    // Needs two users: run as root, the host as nobody. Elsewhere the unit test of the door
    // (live::access) stands in for this one.
    let root = nix::unistd::Uid::current().is_root();
    let setpriv = Command::new("setpriv").arg("--version").output().is_ok();
    let nobody = nix::unistd::User::from_name("nobody").ok().flatten();
    let (true, true, Some(nobody)) = (root, setpriv, nobody) else {
        eprintln!("skipped: needs root, setpriv and the user nobody");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let open = |p: &Path| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o1777)).unwrap();
    };
    open(dir.path());
    // A copy of the binary that nobody can run, and a store and runtime folder of theirs.
    let bin = dir.path().join("parcours");
    std::fs::copy(self::bin(), &bin).unwrap();
    let (store, runtime) = (dir.path().join("store"), dir.path().join("run"));
    for d in [&store, &runtime] {
        std::fs::create_dir(d).unwrap();
        std::os::unix::fs::chown(d, Some(nobody.uid.as_raw()), Some(nobody.gid.as_raw())).unwrap();
    }
    let uid = format!("--reuid={}", nobody.uid);
    let gid = format!("--regid={}", nobody.gid);
    let prefix = ["setpriv", uid.as_str(), gid.as_str(), "--clear-groups"];
    let mut host = HostProcess::start(&store, &bin, &prefix, &runtime);
    // Root passes the folder's permissions; the door still knows it is not nobody.
    let mut stream = raw(&host.socket);
    match protocol::receive::<ToSeat>(&mut stream) {
        Ok(ToSeat::Refused { reason }) => {
            let why = reason.get(Lang::En);
            assert!(why.contains("root (uid 0) may not join"), "{why}");
        }
        other => panic!("{other:?}"),
    }
    host.wait_for("refused: root (uid 0)");
    assert!(host.alive());
}
