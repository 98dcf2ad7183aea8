//! `parcours import` and `parcours audit`, run as the real binary on real files.

use std::path::Path;
use std::process::{Command, Output};

fn parcours(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .arg("--dir")
        .arg(dir)
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .output()
        .expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn saved(dir: &Path, name: &str) -> serde_json::Value {
    let s = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
    serde_json::from_str(&s).unwrap()
}

/// A workshop with a persona named Marie Lefèvre, and its store folder.
fn workshop() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = parcours(dir.path(), &["new", "Atelier", "--no-open"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let path = dir.path().join("atelier.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    doc["personas"] = serde_json::json!([{"id": "per-marie", "name": "Marie Lefèvre"}]);
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    dir
}

#[test]
fn utf8_with_bom_crlf_quoted_newlines_and_bad_rows() {
    let dir = workshop();
    let csv = dir.path().join("survey.csv");
    let body = "\u{feff}Date,Score,Comment,Persona\r\n\
        2026-10-01,9,\"Great, \"\"really\"\" fast\",Marie\r\n\
        2026-10-02,3,\"Two lines\nin one answer\",Zoé\r\n\
        2026-10-03,11,Too high,\r\n\
        2026-10-04,,,\r\n\
        2026-10-05,7,,\r\n\
        2026-10-06,abc,Not a score,\r\n";
    std::fs::write(&csv, body).unwrap();
    let out = parcours(dir.path(), &["import", "atelier", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.starts_with("2 verbatim(s) imported, 0 already there, 3 row(s) rejected; 3 score(s)"),
        "{said}"
    );
    assert!(
        said.contains("line 4: score “11” is not a whole number from 0 to 10"),
        "{said}"
    );
    assert!(said.contains("line 5: no text and no score"), "{said}");
    assert!(said.contains("line 7: score “abc”"), "{said}");
    assert!(said.contains("Zoé"), "{said}");
    let doc = saved(dir.path(), "atelier");
    let v = &doc["listen"]["verbatims"];
    assert_eq!(v[0]["text"], "Great, \"really\" fast");
    assert_eq!(v[0]["persona"], "per-marie");
    assert_eq!(v[0]["sentiment"], "positive");
    assert_eq!(v[0]["date"], "2026-10-01");
    assert_eq!(v[1]["text"], "Two lines\nin one answer");
    assert_eq!(v[1]["persona"], serde_json::Value::Null);
    assert_eq!(v[1]["sentiment"], "negative");
    assert_eq!(doc["listen"]["sources"][0]["name"], "Import: survey.csv");
    let nps = &doc["listen"]["metrics"][0];
    assert_eq!(nps["kind"], "nps");
    assert_eq!(nps["input"]["answers"], serde_json::json!([9, 3, 7]));

    // The same file again adds nothing, and leaves the file as it was.
    let before = std::fs::read(dir.path().join("atelier.json")).unwrap();
    let out = parcours(dir.path(), &["import", "atelier", csv.to_str().unwrap()]);
    assert!(text(&out.stdout).starts_with("0 verbatim(s) imported, 2 already there"));
    assert_eq!(
        std::fs::read(dir.path().join("atelier.json")).unwrap(),
        before
    );
}

#[test]
fn windows_1252_with_semicolons_and_french_headers() {
    let dir = workshop();
    let csv = dir.path().join("export-excel.csv");
    let body = "Horodatage;Note (0-10);Commentaire libre\r\n\
        01/10/2026;10;Très bien, rapide et efficace\r\n\
        02/10/2026;6;\"Déçue; le prélèvement était caché\"\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(body);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture is not UTF-8"
    );
    std::fs::write(&csv, &bytes).unwrap();
    let out = parcours(
        dir.path(),
        &["--lang", "fr", "import", "atelier", csv.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("2 verbatim(s) importé(s)"),
        "{}",
        text(&out.stdout)
    );
    let doc = saved(dir.path(), "atelier");
    let v = &doc["listen"]["verbatims"];
    assert_eq!(v[0]["text"], "Très bien, rapide et efficace");
    assert_eq!(v[1]["text"], "Déçue; le prélèvement était caché");
    assert_eq!(v[1]["date"], "02/10/2026");
    assert_eq!(
        doc["listen"]["metrics"][0]["input"]["answers"],
        serde_json::json!([10, 6])
    );
}

#[test]
fn columns_by_option_and_clear_errors() {
    let dir = workshop();
    let csv = dir.path().join("reviews.csv");
    std::fs::write(&csv, "who,words\nMarie,Love it\n").unwrap();
    let out = parcours(dir.path(), &["import", "atelier", csv.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("--text") && err.contains("who, words"),
        "{err}"
    );
    let out = parcours(
        dir.path(),
        &[
            "import",
            "atelier",
            csv.to_str().unwrap(),
            "--text",
            "2",
            "--persona",
            "who",
            "--source",
            "App store",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc = saved(dir.path(), "atelier");
    assert_eq!(doc["listen"]["verbatims"][0]["persona"], "per-marie");
    assert_eq!(doc["listen"]["sources"][0]["name"], "App store");
    let out = parcours(dir.path(), &["import", "atelier", "missing.csv"]);
    assert!(text(&out.stderr).contains("cannot read missing.csv"));
}

#[test]
fn audit_reports_and_strict_fails_on_errors() {
    let dir = workshop();
    let out = parcours(dir.path(), &["audit", "atelier", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(report["score"].as_u64().unwrap() <= 100);
    assert_eq!(report["completeness"]["framing"], 0);
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"persona-no-journey"), "{codes:?}");
    // A job title instead of a persona is an error: --strict fails, one line on stderr.
    let path = dir.path().join("atelier.json");
    let s = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Marie Lefèvre", "Head of marketing");
    std::fs::write(&path, s).unwrap();
    let out = parcours(dir.path(), &["audit", "atelier", "--strict"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stdout).contains("persona"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("1 finding(s) are errors"),
        "{}",
        text(&out.stderr)
    );
    let out = parcours(dir.path(), &["audit", "atelier"]);
    assert!(out.status.success());
}

#[test]
fn audit_takes_several_workshops_and_folders_in_one_process() {
    let dir = workshop();
    let other = tempfile::tempdir().unwrap();
    for title in ["Garage", "Bakery"] {
        let out = parcours(other.path(), &["new", title, "--no-open"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let folder = other.path().to_str().unwrap();
    let out = parcours(dir.path(), &["audit", "atelier", folder]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 4, "{said}");
    assert!(lines[0].ends_with("Atelier"), "{said}");
    assert!(
        lines[1].contains("bakery.json") && lines[2].contains("garage.json"),
        "{said}"
    );
    assert!(lines[3].starts_with("3 workshop(s) · mean score"), "{said}");

    // One job title makes an error: --strict fails once, for the whole run.
    let path = dir.path().join("atelier.json");
    let s = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Marie Lefèvre", "Head of marketing");
    std::fs::write(&path, s).unwrap();
    let out = parcours(
        dir.path(),
        &["audit", "--strict", "atelier", folder, "--json"],
    );
    assert!(!out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["total"]["n"], 3);
    assert_eq!(report["total"]["errors"], 1);
    assert_eq!(report["workshops"][0]["counts"]["error"], 1);
    assert_eq!(
        text(&out.stderr).trim(),
        "parcours: error: 1 workshop(s) with errors (--strict)"
    );

    // A file that is not a workshop is one line, and fails the run even without --strict.
    std::fs::write(other.path().join("notes.json"), "{\"x\": 1}").unwrap();
    let out = parcours(dir.path(), &["audit", folder]);
    assert!(!out.status.success());
    assert!(
        text(&out.stdout).contains("unreadable"),
        "{}",
        text(&out.stdout)
    );
    assert!(text(&out.stderr).contains("1 file(s) could not be read"));
}

#[test]
fn a_closed_pipe_ends_a_command_quietly() {
    let dir = workshop();
    for args in [
        &["audit", "atelier", "--json"][..],
        &["export", "atelier", "--format", "md"],
        &["list"],
        &["completions", "bash"],
    ] {
        // The reader is gone before the command writes, as after `| head -1` has read its line.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_parcours"))
            .arg("--dir")
            .arg(dir.path())
            .args(args)
            .stdout(writer)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(141),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), "", "{args:?}");
    }
}
