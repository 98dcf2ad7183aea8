//! The headless commands, run as the real binary.

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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn new_list_and_export_agree() {
    let dir = tempfile::tempdir().unwrap();
    let out = parcours(dir.path(), &["new", "Atelier test", "--no-open"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let path = stdout(&out).trim().to_owned();
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["format"], "parcours-workshop");
    assert_eq!(saved["schema_version"], 1);
    assert_eq!(saved["framing"]["title"], "Atelier test");

    let list = parcours(dir.path(), &["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(rows[0]["title"], "Atelier test");
    assert_eq!(rows[0]["path"], path.as_str());
    assert!(stdout(&parcours(dir.path(), &["list"])).contains("Atelier test"));

    let file = dir.path().join("out.json");
    let export = parcours(
        dir.path(),
        &[
            "export",
            "atelier-test",
            "--format",
            "json",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(exported, saved);
}

#[test]
fn a_broken_file_is_reported_with_its_position_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("abime.json");
    let bytes = b"{\n  \"format\": \"parcours-workshop\",\n  \"schema_version\": 1,,\n}\n";
    std::fs::write(&path, bytes).unwrap();
    for args in [
        vec!["open", "abime"],
        vec!["export", "abime", "--format", "json"],
    ] {
        let out = parcours(dir.path(), &args);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("abime.json:3:"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
}

#[test]
fn errors_and_help_follow_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = parcours(
        dir.path(),
        &["--lang", "fr", "export", "absent", "--format", "json"],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).starts_with("parcours\u{a0}: erreur\u{a0}: "),
        "{}",
        stderr(&out)
    );
    let help = parcours(dir.path(), &["--lang", "fr", "--help"]);
    assert!(stdout(&help).contains("Animateur"));
    let step = parcours(dir.path(), &["demo", "--step", "nowhere"]);
    assert!(
        stderr(&step).contains("framing, listen"),
        "{}",
        stderr(&step)
    );
}

#[test]
fn clap_speaks_french_in_help_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let help = stdout(&parcours(dir.path(), &["--lang", "fr", "export", "--help"]));
    for words in [
        "Utilisation\u{a0}: parcours export",
        "Arguments\u{a0}:",
        "Options\u{a0}:",
        "-h, --help",
        "Afficher l'aide",
        "[valeurs possibles\u{a0}: md, html, csv, json, mermaid]",
    ] {
        assert!(help.contains(words), "{words} in {help}");
    }
    assert!(
        !help.contains("Usage") && !help.contains("Print help"),
        "{help}"
    );
    // French from LANG too, the way most people get it.
    let out = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(["--dir", &dir.path().display().to_string(), "list", "--jsn"])
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("erreur\u{a0}: argument inattendu « --jsn »"),
        "{err}"
    );
    assert!(
        err.contains("astuce\u{a0}: argument proche\u{a0}: « --json »"),
        "{err}"
    );
    assert!(
        err.contains("Pour en savoir plus, essayez « --help »."),
        "{err}"
    );
    let bad = stderr(&parcours(dir.path(), &["--lang", "fr", "--colors", "many"]));
    assert!(
        bad.contains("valeur « many » invalide pour « --colors <DEPTH> »"),
        "{bad}"
    );
    let en = stderr(&parcours(dir.path(), &["list", "--jsn"]));
    assert!(
        en.starts_with("error: unexpected argument '--jsn' found"),
        "{en}"
    );
}

#[test]
fn the_interface_refuses_to_start_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = parcours(dir.path(), &["new", "X"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("terminal"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn completions_are_printed() {
    let dir = tempfile::tempdir().unwrap();
    let out = parcours(dir.path(), &["completions", "bash"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("parcours"));
}

#[test]
fn commands_that_load_say_each_repaired_link_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ancien.json");
    let mut doc = parcours::demo::demo(parcours::i18n::Lang::Fr);
    doc.personas[0].evidence.pop_back();
    doc.target.actions[0].stage = None;
    let text = serde_json::to_string_pretty(&doc).unwrap();
    std::fs::write(&path, &text).unwrap();
    for (lang, said) in [("en", "link repaired: "), ("fr", "lien réparé\u{a0}: ")] {
        for args in [
            vec!["--lang", lang, "export", "ancien", "--format", "md"],
            vec!["--lang", lang, "audit", "ancien"],
        ] {
            let out = parcours(dir.path(), &args);
            assert!(out.status.success(), "{}", stderr(&out));
            let err = stderr(&out);
            let lines: Vec<&str> = err.lines().collect();
            assert_eq!(lines.len(), 2, "{err}");
            assert!(
                lines
                    .iter()
                    .all(|l| l.contains("ancien.json") && l.contains(said))
            );
        }
    }
    // Reading commands leave the file as it was.
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}
