//! What reaches a real terminal, read in a pseudo-terminal: nothing while idle, little more
//! than the glyph for a typed character, and 16-colour codes when asked for 16 colours.

#[path = "common/pty.rs"]
mod pty;

use pty::Pty;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_parcours");

fn demo(dir: &std::path::Path, flags: &[&str]) -> Pty {
    let store = dir.join("store");
    let mut args = vec!["--dir", store.to_str().unwrap()];
    args.extend(flags);
    args.push("demo");
    let term = Pty::spawn(BIN, &args, 100, 30, "screen-256color");
    term.read_until_quiet(Instant::now(), Duration::from_millis(300));
    term
}

#[test]
fn an_idle_interface_writes_nothing_and_a_typed_character_little_more_than_itself() {
    let dir = tempfile::tempdir().unwrap();
    let term = demo(dir.path(), &[]);
    assert!(term.read_for(Duration::from_millis(1500)).is_empty());
    // Enter edits the title; each character then lands beside the cursor.
    term.send(b"\r");
    term.read_for(Duration::from_millis(500));
    for c in [b"x", b"y", b"z"] {
        term.send(c);
        let out = term.read_for(Duration::from_millis(400));
        let shown = String::from_utf8_lossy(&out);
        assert!(shown.contains(c[0] as char), "{shown:?}");
        assert!(out.len() <= 18, "{} bytes: {shown:?}", out.len());
    }
    assert!(term.read_for(Duration::from_millis(1500)).is_empty());
}

#[test]
fn sixteen_colours_are_written_with_the_sixteen_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let term = Pty::spawn(
        BIN,
        &[
            "--dir",
            dir.path().join("store").to_str().unwrap(),
            "--colors",
            "16",
            "demo",
        ],
        100,
        30,
        "xterm",
    );
    let (out, _) = term.read_until_quiet(Instant::now(), Duration::from_millis(300));
    let out = String::from_utf8_lossy(&out);
    assert!(!out.contains("38;5;") && !out.contains("48;5;"), "{out:?}");
    assert!(!out.contains("38;2;") && !out.contains("48;2;"), "{out:?}");
    let sixteen = ["[3", ";3", "[9", ";9"];
    assert!(sixteen.iter().any(|c| out.contains(c)), "{out:?}");
}
