//! Two parcours on one workshop, each in its own tmux pane: the second is refused with a
//! message naming the holder. Skipped, saying so, where tmux is missing.

use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(socket: &str, args: &[&str]) -> String {
    let out = Command::new("tmux")
        .args(["-L", socket])
        .args(args)
        .output()
        .expect("tmux runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The pane's text once it contains `needle`, or after a few seconds.
fn wait_for(socket: &str, pane: &str, needle: &str) -> String {
    let start = Instant::now();
    loop {
        let screen = tmux(socket, &["capture-pane", "-p", "-J", "-t", pane]);
        if screen.contains(needle) || start.elapsed() > Duration::from_secs(10) {
            return screen;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_second_process_is_refused_while_the_first_holds_the_workshop() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_parcours");
    let made = Command::new(bin)
        .args(["--lang", "en", "--dir"])
        .arg(dir.path())
        .args(["new", "Verrou", "--no-open"])
        .output()
        .unwrap();
    assert!(made.status.success());
    let socket = format!("parcours-lock-{}", std::process::id());
    let run = format!(
        "{bin} --lang en --dir {} open verrou; sleep 30",
        dir.path().display()
    );
    for pane in ["first", "second"] {
        tmux(
            &socket,
            &[
                "new-session",
                "-d",
                "-x",
                "100",
                "-y",
                "30",
                "-s",
                pane,
                &run,
            ],
        );
        if pane == "first" {
            wait_for(&socket, "first", "Verrou");
        }
    }
    let second = wait_for(&socket, "second", "another parcours");
    let first = tmux(&socket, &["capture-pane", "-p", "-t", "first"]);
    tmux(&socket, &["kill-server"]);
    assert!(first.contains("Verrou"), "{first}");
    assert!(
        second.contains("is open in another parcours") && second.contains(", process "),
        "{second}"
    );
    // Who by name, and when in words a person reads, not an RFC 3339 stamp.
    assert!(!second.contains("?@") && !second.contains("T2"), "{second}");
}
