//! `cargo bench --bench pty`: parcours as a person feels it, in a real pseudo-terminal at
//! 100x30 on the demo workshop: the first frame (the end of the first burst of output), the
//! bytes written per second while nothing happens, and the bytes written per character typed
//! in a field. Median of five runs; nano and vim, when installed, are measured in the same run
//! for comparison, since absolute times vary from run to run. Targets: 0 bytes idle, 18 bytes
//! a character, a first frame no later than nano's.

#[path = "common/big.rs"]
mod big;
#[path = "../tests/common/pty.rs"]
mod pty;

use pty::Pty;
use std::time::{Duration, Instant};

const RUNS: usize = 5;
const QUIET: Duration = Duration::from_millis(60);

struct Figures {
    first: Duration,
    idle: f64,
    per_char: f64,
}

/// One run: start, wait for the first frame, type `before`, then watch idle and typing.
fn run(program: &str, args: &[&str], before: &[u8]) -> Figures {
    let start = Instant::now();
    let term = Pty::spawn(program, args, 100, 30, "screen-256color");
    let (_, first) = term.read_until_quiet(start, QUIET);
    term.send(before);
    term.read_for(Duration::from_millis(500));
    let idle = term.read_for(Duration::from_secs(2)).len() as f64 / 2.0;
    let mut each: Vec<f64> = (0..20)
        .map(|_| {
            term.send(b"x");
            term.read_for(Duration::from_millis(150)).len() as f64 - idle * 0.15
        })
        .collect();
    each.sort_by(f64::total_cmp);
    Figures {
        first,
        idle,
        per_char: each[each.len() / 2],
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn measure(name: &str, program: &str, args: &[&str], before: &[u8]) {
    let runs: Vec<Figures> = (0..RUNS).map(|_| run(program, args, before)).collect();
    let first = median(
        runs.iter()
            .map(|f| f.first.as_secs_f64() * 1000.0)
            .collect(),
    );
    let idle = median(runs.iter().map(|f| f.idle).collect());
    let per_char = median(runs.iter().map(|f| f.per_char).collect());
    println!(
        "{name}: first frame {first:.1} ms, idle {idle:.0} B/s, {per_char:.0} B per typed character"
    );
}

/// The big generated workshop opened in the interface: its first frame, and the most memory
/// the process held by then.
fn big_workshop(dir: &std::path::Path) {
    let store = dir.join("big");
    let mut doc = big::big();
    let path = parcours::store::Store::locate(Some(store.clone()))
        .unwrap()
        .create(&mut doc)
        .unwrap();
    let (store, path) = (store.to_str().unwrap(), path.to_str().unwrap());
    let size = std::fs::metadata(path).unwrap().len() as f64 / 1e6;
    let runs: Vec<(f64, f64)> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let term = Pty::spawn(
                env!("CARGO_BIN_EXE_parcours"),
                &["--dir", store, "open", path],
                100,
                30,
                "screen-256color",
            );
            let (_, first) = term.read_until_quiet(start, QUIET);
            (first.as_secs_f64() * 1000.0, term.peak_memory_mb())
        })
        .collect();
    let first = median(runs.iter().map(|r| r.0).collect());
    let peak = median(runs.iter().map(|r| r.1).collect());
    println!(
        "parcours on the big workshop ({size:.1} MB): first frame {first:.1} ms (target 50 ms), peak memory {peak:.0} MB (target 50 MB)"
    );
}

fn installed(program: &str) -> Option<String> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let store = store.to_str().unwrap();
    let text = dir.path().join("text.txt");
    std::fs::write(&text, "A line of text\n").unwrap();
    let text = text.to_str().unwrap();
    // Enter edits the demo's title: the characters then go into a field.
    let parcours = env!("CARGO_BIN_EXE_parcours");
    measure("parcours", parcours, &["--dir", store, "demo"], b"\r");
    big_workshop(dir.path());
    if let Some(nano) = installed("nano") {
        measure("nano", &nano, &[text], b"");
    }
    if let Some(vim) = installed("vim") {
        measure("vim", &vim, &["-u", "NONE", "-N", "-n", text], b"i");
    }
}
