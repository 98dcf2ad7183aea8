//! A live workshop through the real binary in tmux: a host and three seats of different sizes
//! (80x24, 120x40, 100x30) typing into different steps at once, an observer, a seat killed
//! with SIGKILL, an import while hosted; then the file on disk. Skipped where tmux is missing.

mod tmux;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use tmux::Tmux;

/// Starts `parcours ARGS` in a session named `who`, `w` columns by `h` rows.
fn open(p: &Tmux, who: &str, w: u16, h: u16, dir: &Path, args: &str) {
    let cmd = format!(
        "TERM=screen-256color PARCOURS_RUNTIME={d}/run PARCOURS_CONFIG={d}/config {} --lang en --dir {d} {args}; sleep 60",
        env!("CARGO_BIN_EXE_parcours"),
        d = dir.display(),
    );
    let (w, h) = (w.to_string(), h.to_string());
    p.run(&["new-session", "-d", "-x", &w, "-y", &h, "-s", who, &cmd]);
}

const SECOND: Duration = Duration::from_secs(1);
const LONG: Duration = Duration::from_secs(10);

#[test]
fn a_host_three_seats_an_observer_a_crash_and_an_import() {
    if tmux::missing() {
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
    let p = Tmux::new("live");
    open(&p, "host", 120, 20, dir.path(), "host live-bakery");
    p.expect("host", "parcours join", LONG);
    for (who, w, h) in [("ana", 80, 24), ("bob", 120, 40), ("cid", 100, 30)] {
        open(&p, who, w, h, dir.path(), &format!("join --as {who}"));
        p.expect(who, "Here: ana", LONG);
    }
    open(&p, "eve", 80, 24, dir.path(), "join --as eve --observe");
    p.expect("ana", "eve (observer)", LONG);
    p.expect("ana", "(facilitator)", SECOND);

    // Bob and Cid go free (seats follow the facilitator by default), then all three type at
    // once, each into a step of its own.
    p.keys_to("bob", &["f"]);
    p.keys_to("cid", &["f"]);
    p.expect("bob", "free", SECOND);
    p.keys_to("ana", &["2", "i"]);
    p.keys_to("bob", &["1", "i"]);
    p.keys_to("cid", &["Down", "Enter"]);
    p.text_to("ana", "Sophie, night nurse");
    p.text_to("bob", "The bread was cold");
    p.text_to("cid", "Raise the NPS from +5 to +25");
    p.keys_to("ana", &["Enter", "Escape"]);
    p.keys_to("bob", &["Enter", "Escape"]);
    p.keys_to("cid", &["Tab"]);
    // Each finds the others' work on their steps.
    p.keys_to("bob", &["2"]);
    p.keys_to("cid", &["1"]);
    p.keys_to("ana", &["0"]);
    p.expect("bob", "Sophie, night nurse", SECOND);
    p.expect("cid", "The bread was cold", SECOND);
    p.expect("ana", "Raise the NPS", SECOND);
    // Seen while it happens: Bob looks at step 2 while Ana adds one more.
    p.keys_to("ana", &["2", "i"]);
    p.text_to("ana", "Marc, retired teacher");
    let typed = Instant::now();
    p.keys_to("ana", &["Enter", "Escape"]);
    p.expect("bob", "Marc, retired teacher", SECOND);
    eprintln!("seen by another seat after {:?}", typed.elapsed());

    // The observer changes nothing.
    p.keys_to("eve", &["2", "i"]);
    p.text_to("eve", "Eve was here");
    p.keys_to("eve", &["Enter"]);
    p.expect("eve", "observing", SECOND);
    p.keys_to("eve", &["Escape"]);

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
    p.expect("host", "cid left", LONG);
    p.keys_to("ana", &["i"]);
    p.text_to("ana", "Léa, student");
    p.keys_to("ana", &["Enter", "Escape"]);
    p.expect("bob", "Léa, student", SECOND);

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
        p.keys_to(who, &["1"]);
        p.expect(who, "Warm croissants", SECOND);
    }

    // The host stops: everything is on disk, and nothing of the observer's.
    p.keys_to("host", &["C-c"]);
    p.expect("host", "everything is saved", LONG);
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
    p.expect("ana", "host lost", SECOND);
    assert!(p.screen_of("ana").contains("Warm croissants"));
}

#[test]
fn a_facilitator_and_three_seats_run_a_card_round_a_criticity_vote_and_a_dot_vote() {
    if tmux::missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("run")).unwrap();
    let demo = include_str!("../src/demo/en.json");
    std::fs::write(dir.path().join("bakery.json"), demo).unwrap();
    let p = Tmux::new("rounds");
    open(&p, "host", 120, 12, dir.path(), "host bakery");
    p.expect("host", "parcours join", LONG);
    for (who, w, h) in [
        ("ana", 100, 30),
        ("bob", 80, 24),
        ("cid", 120, 40),
        ("dan", 100, 30),
    ] {
        open(&p, who, w, h, dir.path(), &format!("join --as {who}"));
        p.expect(who, "Here: ana", LONG);
    }
    // Everyone follows the facilitator to step 1, where a private round opens.
    p.keys_to("ana", &["1", "R", "Enter"]);
    for who in ["bob", "cid", "dan"] {
        p.expect(who, "Your cards (0)", SECOND);
    }
    for (who, card) in [
        ("bob", "Too slow at lunch"),
        ("cid", "Kind staff"),
        ("dan", "Sold out by nine"),
    ] {
        p.text_to(who, card);
        p.keys_to(who, &["Enter"]);
    }
    p.expect("ana", "bob 1 · cid 1 · dan 1", SECOND);
    // Nobody sees another's card before the reveal.
    assert!(!p.screen_of("ana").contains("Too slow"));
    assert!(!p.screen_of("bob").contains("Kind staff"));
    p.keys_to("ana", &["Escape", "V", "y"]);
    // The three cards join the demo's nineteen verbatims, in every seat.
    for who in ["ana", "bob", "cid", "dan"] {
        p.expect(who, "Verbatims (22)", SECOND);
    }

    // A criticity vote on step 5: two very sensitive, two sensitive, on the first cell.
    p.keys_to("ana", &["5", "R", "Enter"]);
    p.expect("bob", "Private vote", SECOND);
    for (who, level) in [("bob", "v"), ("cid", "v"), ("dan", "s"), ("ana", "s")] {
        p.keys_to(who, &[level]);
    }
    p.expect("bob", "→ !!!", SECOND);
    p.expect("ana", "bob 1 · cid 1 · dan 1 · you 1", SECOND);
    p.keys_to("ana", &["V", "y", "Up"]);
    p.expect("ana", "votes !!! 2 · !! 2: a tie; settle", SECOND);
    p.expect("bob", "⚖", SECOND);
    p.keys_to("ana", &["v"]);
    p.expect(
        "bob",
        "◆ The trial works on day one               !!! very",
        SECOND,
    );

    // A dot vote on step 7.
    p.keys_to("ana", &["7", "R", "Enter"]);
    p.expect("bob", "● 5/5 left · Actions", SECOND);
    for who in ["bob", "cid"] {
        p.keys_to(who, &["Down", "Down", "+", "+"]);
    }
    p.keys_to("dan", &["Down", "Down", "Down", "+"]);
    p.expect("bob", "● 3/5 left · Actions", SECOND);
    p.expect("ana", "bob 2 · cid 2 · dan 1", SECOND);
    p.keys_to("ana", &["V", "y"]);
    std::thread::sleep(Duration::from_millis(300));

    p.keys_to("host", &["C-c"]);
    p.expect("host", "everything is saved", LONG);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("bakery.json")).unwrap())
            .unwrap();
    let texts: Vec<&str> = saved["listen"]["verbatims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["text"].as_str())
        .collect();
    for card in ["Too slow at lunch", "Kind staff", "Sold out by nine"] {
        assert!(texts.contains(&card), "{card}");
    }
    let cell = &saved["moments"][0]["criticity"]["per-marie"];
    assert_eq!(cell["level"], "very-sensitive");
    assert_eq!(cell["votes"]["very-sensitive"], 2);
    assert_eq!(cell["votes"]["sensitive"], 2);
    assert!(cell.get("unsettled").is_none(), "{cell}");
    let dots: Vec<u64> = saved["target"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["dots"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(dots.iter().sum::<u64>(), 5, "{dots:?}");
    assert!(dots.contains(&4), "{dots:?}");
}
