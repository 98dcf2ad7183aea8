//! A live workshop through the real binary in tmux: a host and three seats of different sizes
//! (80x24, 120x40, 100x30) typing into different steps at once, an observer, a seat killed
//! with SIGKILL, an import while hosted; then the file on disk. Skipped where tmux is missing.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// One tmux server; a session per person, each at its own size.
struct Panes {
    socket: String,
}

impl Panes {
    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts `parcours ARGS` in a session named `who`, `w` columns by `h` rows.
    fn open(&self, who: &str, w: u16, h: u16, dir: &Path, args: &str) {
        let cmd = format!(
            "TERM=screen-256color PARCOURS_RUNTIME={d}/run PARCOURS_CONFIG={d}/config {} --lang en --dir {d} {args}; sleep 60",
            env!("CARGO_BIN_EXE_parcours"),
            d = dir.display(),
        );
        let (w, h) = (w.to_string(), h.to_string());
        self.run(&["new-session", "-d", "-x", &w, "-y", &h, "-s", who, &cmd]);
    }

    fn keys(&self, who: &str, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", who, k]);
        }
        std::thread::sleep(Duration::from_millis(100));
    }

    fn text(&self, who: &str, s: &str) {
        self.run(&["send-keys", "-t", who, "-l", s]);
    }

    fn screen(&self, who: &str) -> String {
        self.run(&["capture-pane", "-p", "-t", who])
    }

    /// Whether `who`'s screen shows `needle` within `limit`.
    fn shows(&self, who: &str, needle: &str, limit: Duration) -> bool {
        let start = Instant::now();
        loop {
            if self.screen(who).contains(needle) {
                return true;
            }
            if start.elapsed() > limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Panes {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

const SECOND: Duration = Duration::from_secs(1);
const LONG: Duration = Duration::from_secs(10);

#[test]
fn a_host_three_seats_an_observer_a_crash_and_an_import() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("run")).unwrap();
    let bin = env!("CARGO_BIN_EXE_parcours");
    let made = Command::new(bin)
        .args(["--dir"])
        .arg(dir.path())
        .args(["new", "Live bakery", "--no-open"])
        .output()
        .unwrap();
    assert!(made.status.success());
    let p = Panes {
        socket: format!("parcours-live-{}-{}", std::process::id(), fastrand::u32(..)),
    };
    p.open("host", 120, 20, dir.path(), "host live-bakery");
    assert!(
        p.shows("host", "parcours join", LONG),
        "{}",
        p.screen("host")
    );
    for (who, w, h) in [("ana", 80, 24), ("bob", 120, 40), ("cid", 100, 30)] {
        p.open(who, w, h, dir.path(), &format!("join --as {who}"));
        assert!(p.shows(who, "Here: ana", LONG), "{}", p.screen(who));
    }
    p.open("eve", 80, 24, dir.path(), "join --as eve --observe");
    assert!(
        p.shows("ana", "eve (observer)", LONG),
        "{}",
        p.screen("ana")
    );
    assert!(
        p.shows("ana", "(facilitator)", SECOND),
        "{}",
        p.screen("ana")
    );

    // All three type at once, each into a step of its own.
    p.keys("ana", &["2", "i"]);
    p.keys("bob", &["1", "i"]);
    p.keys("cid", &["Down", "Enter"]);
    p.text("ana", "Sophie, night nurse");
    p.text("bob", "The bread was cold");
    p.text("cid", "Raise the NPS from +5 to +25");
    p.keys("ana", &["Enter", "Escape"]);
    p.keys("bob", &["Enter", "Escape"]);
    p.keys("cid", &["Tab"]);
    // Each finds the others' work on their steps.
    p.keys("bob", &["2"]);
    p.keys("cid", &["1"]);
    p.keys("ana", &["0"]);
    assert!(
        p.shows("bob", "Sophie, night nurse", SECOND),
        "{}",
        p.screen("bob")
    );
    assert!(
        p.shows("cid", "The bread was cold", SECOND),
        "{}",
        p.screen("cid")
    );
    assert!(
        p.shows("ana", "Raise the NPS", SECOND),
        "{}",
        p.screen("ana")
    );
    // Seen while it happens: Bob looks at step 2 while Ana adds one more.
    p.keys("ana", &["2", "i"]);
    p.text("ana", "Marc, retired teacher");
    let typed = Instant::now();
    p.keys("ana", &["Enter", "Escape"]);
    assert!(
        p.shows("bob", "Marc, retired teacher", SECOND),
        "{}",
        p.screen("bob")
    );
    eprintln!("seen by another seat after {:?}", typed.elapsed());

    // The observer changes nothing.
    p.keys("eve", &["2", "i"]);
    p.text("eve", "Eve was here");
    p.keys("eve", &["Enter"]);
    assert!(p.shows("eve", "observing", SECOND), "{}", p.screen("eve"));
    p.keys("eve", &["Escape"]);

    // Cid's seat is killed: the others go on.
    let pid = Command::new("pgrep")
        .args([
            "-f",
            &format!(
                "^{bin} --lang en --dir {} join --as cid",
                dir.path().display()
            ),
        ])
        .output()
        .unwrap();
    let pid = String::from_utf8_lossy(&pid.stdout).trim().to_owned();
    assert!(!pid.is_empty());
    Command::new("kill").args(["-9", &pid]).status().unwrap();
    assert!(p.shows("host", "cid left", LONG), "{}", p.screen("host"));
    p.keys("ana", &["i"]);
    p.text("ana", "Léa, student");
    p.keys("ana", &["Enter", "Escape"]);
    assert!(
        p.shows("bob", "Léa, student", SECOND),
        "{}",
        p.screen("bob")
    );

    // An import while the workshop is live lands in every seat.
    let csv = dir.path().join("reviews.csv");
    std::fs::write(&csv, "text,score\n\"Warm croissants at 6am\",10\n").unwrap();
    let import = Command::new(bin)
        .env("PARCOURS_RUNTIME", dir.path().join("run"))
        .args(["--lang", "en", "--dir"])
        .arg(dir.path())
        .arg("import")
        .arg("live-bakery")
        .arg(&csv)
        .output()
        .unwrap();
    assert!(import.status.success(), "{import:?}");
    for who in ["ana", "bob", "eve"] {
        p.keys(who, &["1"]);
        assert!(p.shows(who, "Warm croissants", SECOND), "{}", p.screen(who));
    }

    // The host stops: everything is on disk, and nothing of the observer's.
    p.keys("host", &["C-c"]);
    assert!(
        p.shows("host", "everything is saved", LONG),
        "{}",
        p.screen("host")
    );
    let saved = std::fs::read_to_string(dir.path().join("live-bakery.json")).unwrap();
    for text in [
        "Sophie, night nurse",
        "Marc, retired teacher",
        "Léa, student",
        "The bread was cold",
        "Raise the NPS from +5 to +25",
        "Warm croissants at 6am",
    ] {
        assert!(saved.contains(text), "{text} missing");
    }
    assert!(!saved.contains("Eve was here"));
    // The seats say the host is gone and keep what they show.
    assert!(p.shows("ana", "host lost", SECOND), "{}", p.screen("ana"));
    assert!(p.screen("ana").contains("Warm croissants"));
}
