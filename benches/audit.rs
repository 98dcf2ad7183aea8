//! `cargo bench --bench audit`: `parcours audit FOLDER` over 500 workshop files, in one process,
//! as a consultant's CI runs it. Target: 0.3 s or less. The files are the built-in demo in
//! both languages, each made different (title, one persona renamed, a journey cut short), so
//! they load and are checked one by one like real workshops.

use parcours::i18n::Lang;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut bytes = 0;
    for i in 0..500 {
        let mut doc = parcours::demo::demo(if i % 2 == 0 { Lang::En } else { Lang::Fr });
        doc.framing.title = format!("Workshop {i}");
        doc.personas[0].name = format!("Marie {i}");
        if i % 3 == 0 {
            doc.journeys[0].stages.pop();
        }
        let text = serde_json::to_string_pretty(&doc).expect("a workshop serialises");
        bytes += text.len();
        std::fs::write(dir.path().join(format!("w{i:03}.json")), text).expect("written");
    }
    let mut runs: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let out = Command::new(env!("CARGO_BIN_EXE_parcours"))
                .args(["audit", dir.path().to_str().expect("a UTF-8 path")])
                .env("LANG", "C")
                .output()
                .expect("the binary runs");
            let took = start.elapsed();
            let said = String::from_utf8_lossy(&out.stdout);
            assert!(said.contains("500 workshop(s)"), "{said}");
            took
        })
        .collect();
    runs.sort();
    println!(
        "audit of 500 workshops ({:.1} MB): median {:.0} ms, best {:.0} ms (target 300 ms)",
        bytes as f64 / 1e6,
        runs[2].as_secs_f64() * 1e3,
        runs[0].as_secs_f64() * 1e3
    );
}
