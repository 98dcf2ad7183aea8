//! `cargo bench --bench store`: load, validate and save of a generated workshop holding a
//! million verbatims (about 270 MB, as in issue 18), through the store's own functions.
//! Targets: open under 2 s, save under 1 s, resident memory under 10 times the file's size.
//! Then the interface on it, in a pseudo-terminal: its first frame, and how long each key
//! takes to answer (moving between steps and in lists, typing, and the keys that follow an
//! edit while it is saved); target 50 ms a key.
//! The workshop is the demo with a million verbatims spread over its personas, stages and
//! sources, a tenth of them in insights, so every link is checked.

#[path = "../tests/common/pty.rs"]
mod pty;

use parcours::i18n::Lang;
use parcours::model::{Insight, Verbatim};
use std::time::{Duration, Instant};

const VERBATIMS: usize = 1_000_000;

/// The most resident memory this process has used so far, in bytes (Linux).
fn peak_resident() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    kb * 1024
}

fn best(runs: &mut [Duration]) -> (f64, f64) {
    runs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (ms(runs[runs.len() / 2]), ms(runs[0]))
}

/// Set to a workshop's path, the bench only loads it and prints its peak memory: measured in
/// a process of its own, so that generating the workshop does not count.
const LOAD_ONLY: &str = "PARCOURS_BENCH_LOAD_ONLY";

fn main() {
    if let Some(path) = std::env::var_os(LOAD_ONLY) {
        let loaded = parcours::store::load(path.as_ref()).expect("loads");
        println!("{}", peak_resident());
        drop(loaded);
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("million.json");
    {
        let mut doc = parcours::demo::demo(Lang::En);
        let personas: Vec<String> = doc.personas.iter().map(|p| p.id.clone()).collect();
        let stages: Vec<String> = doc
            .journeys
            .iter()
            .flat_map(|j| j.stages.iter().map(|s| s.id.clone()))
            .collect();
        let sources: Vec<String> = doc.listen.sources.iter().map(|s| s.id.clone()).collect();
        let mut ids = parcours::model::Ids::of(&doc);
        for i in 0..VERBATIMS {
            let persona = personas[i % personas.len()].clone();
            let id = ids.fresh("vrb");
            doc.personas[i % personas.len()]
                .evidence
                .push_back(id.clone());
            doc.listen.verbatims.push_back(Verbatim {
                id,
                text: format!(
                    "Answer {i}: the invoice reminder came too late, I had to call twice."
                ),
                source: Some(sources[i % sources.len()].clone()),
                persona: Some(persona),
                stage: Some(stages[i % stages.len()].clone()),
                tags: vec!["survey".into()],
                date: "2026-10-01".into(),
                ..Default::default()
            });
        }
        let every_tenth = doc
            .listen
            .verbatims
            .iter()
            .step_by(10)
            .map(|v| v.id.clone());
        doc.listen.insights.push(Insight {
            id: ids.fresh("ins"),
            text: "A tenth of them, in one insight".into(),
            verbatims: every_tenth.collect(),
        });
        parcours::store::save(&path, &mut doc).expect("the generated workshop saves");
    }
    let size = std::fs::metadata(&path).expect("saved").len();
    let out = std::process::Command::new(std::env::current_exe().expect("the bench's own path"))
        .env(LOAD_ONLY, &path)
        .output()
        .expect("the bench runs again");
    let peak: u64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("a peak in bytes");

    let mut loads = Vec::new();
    let mut validations = Vec::new();
    let mut saves = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let mut doc = parcours::store::load(&path).expect("loads").doc;
        loads.push(start.elapsed());

        let start = Instant::now();
        parcours::edit::validate(&doc).expect("valid");
        validations.push(start.elapsed());

        let start = Instant::now();
        parcours::store::save(&path, &mut doc).expect("saves");
        saves.push(start.elapsed());
    }
    let (load, load_best) = best(&mut loads);
    let (check, check_best) = best(&mut validations);
    let (save, save_best) = best(&mut saves);
    println!(
        "a million verbatims ({:.0} MB): load {load:.0} ms (best {load_best:.0}, target 2000), \
         validate {check:.0} ms (best {check_best:.0}), save {save:.0} ms (best {save_best:.0}, \
         target 1000); a process that loads it peaks at {:.0} MB resident, {:.1}x the file \
         (target 10x)",
        size as f64 / 1e6,
        peak as f64 / 1e6,
        peak as f64 / size as f64,
    );
    keys(dir.path(), &path);
}

/// How long a key takes to answer: from sending it to the end of the frame it brings; None
/// if nothing came within 5 s.
fn answer(term: &pty::Pty, key: &[u8]) -> Option<f64> {
    let start = Instant::now();
    term.send(key);
    let (out, last) = term.read_until_quiet(start, Duration::from_millis(40));
    // Keys come at most every 50 ms, as a person types: the keys after an edit then span the
    // autosave that follows it 300 ms later.
    std::thread::sleep(Duration::from_millis(50).saturating_sub(start.elapsed()));
    (!out.is_empty()).then_some(last.as_secs_f64() * 1e3)
}

/// The interface on the million verbatims: first frame, then the slowest key of each kind.
/// Every key sent changes the screen, so each has a frame to wait for.
fn keys(dir: &std::path::Path, path: &std::path::Path) {
    let store = dir.to_str().unwrap();
    let start = Instant::now();
    let term = pty::Pty::spawn(
        env!("CARGO_BIN_EXE_parcours"),
        &["--dir", store, "open", path.to_str().unwrap()],
        100,
        30,
        "screen-256color",
    );
    let (_, first) =
        term.read_until_quiet_within(start, Duration::from_secs(60), Duration::from_millis(300));
    let mut report = vec![format!("first frame {:.0} ms", first.as_secs_f64() * 1e3)];
    let (down, up): (&[u8], &[u8]) = (b"\x1b[B", b"\x1b[A");
    let mut worst = |name: &str, keys: &[&[u8]]| {
        let times: Vec<(Option<f64>, &[u8])> =
            keys.iter().map(|k| (answer(&term, k), *k)).collect();
        let (ms, key) = times
            .iter()
            .filter_map(|(t, k)| Some((t.as_ref().copied()?, *k)))
            .fold((0.0, &b""[..]), |a, b| if b.0 > a.0 { b } else { a });
        let silent = times.iter().filter(|t| t.0.is_none()).count();
        let silent = if silent > 0 {
            format!(", {silent} without an answer")
        } else {
            String::new()
        };
        let key = String::from_utf8_lossy(key).escape_debug().to_string();
        report.push(format!("{name} {ms:.0} ms (\"{key}\"{silent})"));
    };
    worst("steps", &[b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"0"]);
    // A verbatim's text edited (step 1 opens on its verbatims; Tab keeps the text).
    worst(
        "a verbatim edited",
        &[b"1", b"\r", b"\r", b"x", b"\t", b"\x1b", b"0"],
    );
    worst("lists", &[b"1", b"\t", down, up, down, up]);
    worst("typing", &[b"0", b"\r", b"x", b"y", b"z"]);
    // The edit, then keys for the next 5 s, while its autosave (300 ms after it) is written.
    let mut after = vec![&b"\r"[..]];
    for _ in 0..50 {
        after.extend([down, up]);
    }
    worst("an edit and the keys while it is saved", &after);
    // A persona's name (half a million evidence ids beside it), then the undo, which says
    // what it changed.
    worst(
        "a persona renamed and undone",
        &[
            b"2", b"\r", b"\r", b"\x15", b"Z", b"\r", b"\x1b", b"u", b"0",
        ],
    );
    println!(
        "the interface on it: {} (target 50 ms a key)",
        report.join(", ")
    );
}
