//! A hostile world, through the real binary: symlinks and hard links to a held workshop,
//! planted lock files, pipes and devices in the store, escape sequences in names, files
//! written by other tools. Each test here failed before the fix it checks.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use parcours::store::Lock;

fn parcours(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(["--lang", "en", "--dir"])
        .arg(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

/// As [`parcours`], but killed and failed if it takes more than a few seconds.
fn parcours_in_time(dir: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(["--lang", "en", "--dir"])
        .arg(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            panic!("parcours {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A new workshop in `dir`, and its path.
fn workshop(dir: &Path, title: &str) -> PathBuf {
    let out = parcours(dir, &["new", title, "--no-open"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    PathBuf::from(text(&out.stdout).trim())
}

/// A CSV of verbatims to import.
fn rows(dir: &Path) -> PathBuf {
    let csv = dir.join("rows.csv");
    fs::write(&csv, "comment\nLe paiement a échoué\nTrop cher\n").unwrap();
    csv
}

fn verbatims(path: &Path) -> usize {
    let doc: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    doc["listen"]["verbatims"].as_array().map_or(0, Vec::len)
}

#[test]
fn a_symlink_to_a_held_workshop_is_seen_as_held() {
    let dir = tempfile::tempdir().unwrap();
    let real = workshop(dir.path(), "Tenu");
    let elsewhere = tempfile::tempdir().unwrap();
    let link = elsewhere.path().join("lien.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let csv = rows(elsewhere.path());

    // Held by its real name, reached through the link; then the other way round.
    for (held, used) in [(&real, &link), (&link, &real)] {
        let lock = Lock::acquire(held).unwrap();
        let out = parcours(
            dir.path(),
            &["import", used.to_str().unwrap(), csv.to_str().unwrap()],
        );
        assert!(!out.status.success());
        assert!(
            text(&out.stderr).contains("is open in another parcours"),
            "{}",
            text(&out.stderr)
        );
        assert_eq!(verbatims(&real), 0);
        drop(lock);
    }

    // Free, an import through the link updates the target and the link stays a link.
    let out = parcours(
        dir.path(),
        &["import", link.to_str().unwrap(), csv.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(verbatims(&real), 2);
}

#[test]
fn a_hard_linked_workshop_is_refused_never_split() {
    let dir = tempfile::tempdir().unwrap();
    let real = workshop(dir.path(), "Lié");
    let twin = dir.path().join("jumeau.json");
    fs::hard_link(&real, &twin).unwrap();
    let csv = rows(dir.path());
    for path in [&real, &twin] {
        let out = parcours(
            dir.path(),
            &["import", path.to_str().unwrap(), csv.to_str().unwrap()],
        );
        assert!(!out.status.success());
        assert!(
            text(&out.stderr).contains("hard links"),
            "{}",
            text(&out.stderr)
        );
    }
    // Still one file under two names, untouched.
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        fs::metadata(&real).unwrap().ino(),
        fs::metadata(&twin).unwrap().ino()
    );
    assert_eq!(verbatims(&twin), 0);
}

#[test]
fn a_planted_lock_symlink_never_truncates_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let path = workshop(dir.path(), "Piège");
    let victim = dir.path().join("précieux.txt");
    fs::write(&victim, "ne pas effacer").unwrap();
    let mut lock = path.as_os_str().to_owned();
    lock.push(".lock");
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let csv = rows(dir.path());
    let out = parcours(
        dir.path(),
        &["import", path.to_str().unwrap(), csv.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("not a plain lock file"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read_to_string(&victim).unwrap(), "ne pas effacer");
    assert_eq!(verbatims(&path), 0);
}

#[test]
fn pipes_devices_and_huge_files_in_the_store_are_listed_unread() {
    let dir = tempfile::tempdir().unwrap();
    workshop(dir.path(), "Sain");
    let fifo = dir.path().join("tube-cible");
    nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::S_IRWXU).unwrap();
    std::os::unix::fs::symlink(&fifo, dir.path().join("tube.json")).unwrap();
    nix::unistd::mkfifo(
        &dir.path().join("tube-direct.json"),
        nix::sys::stat::Mode::S_IRWXU,
    )
    .unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.json")).unwrap();
    // Sparse: weighs nothing on disk, but says it is over the limit.
    let huge = fs::File::create(dir.path().join("enorme.json")).unwrap();
    huge.set_len(parcours::store::MAX_FILE + 1).unwrap();

    let out = parcours_in_time(dir.path(), &["list"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list = text(&out.stdout);
    for name in ["tube", "tube-direct", "zero"] {
        let line = list
            .lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap();
        assert!(line.contains("is not a regular file"), "{list}");
    }
    let line = list.lines().find(|l| l.starts_with("enorme ")).unwrap();
    assert!(line.contains("more than the 1024 MB"), "{list}");
    assert!(list.contains("Sain"), "{list}");
    let out = parcours_in_time(dir.path(), &["audit", "zero"]);
    assert!(text(&out.stderr).contains("is not a regular file"));
}

#[test]
fn a_workshop_saved_with_a_byte_order_mark_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = workshop(dir.path(), "Marque");
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(fs::read(&path).unwrap());
    fs::write(&path, bytes).unwrap();
    let out = parcours(dir.path(), &["audit", "marque"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = rows(dir.path());
    let out = parcours(dir.path(), &["import", "marque", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(verbatims(&path), 2);
}

#[test]
fn one_insight_linking_100_000_verbatims_loads_and_audits_fast() {
    let dir = tempfile::tempdir().unwrap();
    let path = workshop(dir.path(), "Vaste");
    let mut doc: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    let ids: Vec<String> = (0..100_000).map(|i| format!("vrb-{i:08}")).collect();
    doc["listen"]["verbatims"] = ids
        .iter()
        .map(|id| serde_json::json!({"id": id, "text": format!("Avis {id}")}))
        .collect();
    doc["listen"]["insights"] =
        serde_json::json!([{"id": "ins-tout", "text": "Tout", "verbatims": ids}]);
    doc["personas"] = serde_json::json!([{"id": "per-a", "name": "Anne", "evidence": ids}]);
    for v in doc["listen"]["verbatims"].as_array_mut().unwrap() {
        v["persona"] = "per-a".into();
    }
    fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
    let start = Instant::now();
    let out = parcours_in_time(dir.path(), &["audit", "vaste", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Seconds before, quadratic; a debug build on a shared machine stays well inside this.
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "{:?}",
        start.elapsed()
    );
}

/// The demo workshop, changed by `change`, written in `dir` as `name.json`.
fn demo_file(
    dir: &Path,
    name: &str,
    change: impl FnOnce(&mut parcours::model::Workshop),
) -> PathBuf {
    let mut doc = parcours::demo::demo(parcours::i18n::Lang::En);
    change(&mut doc);
    let path = dir.join(format!("{name}.json"));
    fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    path
}

/// OSC 0 (window title), OSC 52 (clipboard write) and CSI 2J (clear screen).
const ESCAPES: &str = "\x1b]0;pwned\x07\x1b]52;c;Y2xpcA==\x07\x1b[2J";

#[test]
fn no_escape_sequence_from_a_file_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let stage = |doc: &mut parcours::model::Workshop| {
        // A stage the audit names, with one channel only.
        let mut stages = doc.journeys.iter_mut().flat_map(|j| j.stages.iter_mut());
        let s = stages.find(|s| s.id == "stg-marie-discover").unwrap();
        s.name = format!("Paperwork{ESCAPES}");
        s.current_channels = vec![format!("fax{ESCAPES}")];
    };
    let path = demo_file(dir.path(), &format!("a{ESCAPES}b"), stage);
    let clean = |out: &Output| {
        let all = [text(&out.stdout), text(&out.stderr)].concat();
        assert!(!all.contains(['\x1b', '\x07']), "{all:?}");
        all
    };
    let audit = parcours(dir.path(), &["audit", path.to_str().unwrap()]);
    let said = clean(&audit);
    assert!(said.contains("Paperwork"), "{said}");
    let several = parcours(dir.path(), &["audit", dir.path().to_str().unwrap()]);
    clean(&several);
    let list = parcours(dir.path(), &["list"]);
    assert!(clean(&list).contains("Facturo"));
}

#[test]
fn csv_cells_are_neutralised_ids_included() {
    let dir = tempfile::tempdir().unwrap();
    demo_file(dir.path(), "formules", |doc| {
        let id = "=HYPERLINK(\"http://evil\",\"x\")".to_owned();
        let old = std::mem::replace(&mut doc.listen.verbatims[0].id, id.clone());
        for list in doc
            .personas
            .iter_mut()
            .map(|p| &mut p.evidence)
            .chain(doc.listen.insights.iter_mut().map(|i| &mut i.verbatims))
            .chain(doc.moments.iter_mut().map(|m| &mut m.evidence))
        {
            for e in list.iter_mut().filter(|e| **e == old) {
                *e = id.clone();
            }
        }
        let old = std::mem::replace(&mut doc.moments[0].id, "@SUM(1+1)".into());
        for a in &mut doc.target.actions {
            if a.moment.as_deref() == Some(old.as_str()) {
                a.moment = Some(doc.moments[0].id.clone());
            }
        }
    });
    for excel in [false, true] {
        for table in ["verbatims", "moments"] {
            let mut args = vec!["export", "formules", "--format", "csv", "--table", table];
            if excel {
                args.push("--excel");
            }
            let out = parcours(dir.path(), &args);
            assert!(out.status.success(), "{}", text(&out.stderr));
            let body = text(&out.stdout);
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(if excel { b';' } else { b',' })
                .from_reader(body.trim_start_matches('\u{feff}').as_bytes());
            for row in reader.records() {
                for cell in row.unwrap().iter() {
                    assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
                }
            }
        }
    }
}

#[test]
fn mermaid_names_never_start_with_a_word_of_the_grammar() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "Section head approves",
        "Journey home",
        "Title transfer",
        "accTitle",
        "accDescr {",
    ];
    demo_file(dir.path(), "sirene", |doc| {
        for (i, name) in names.iter().enumerate() {
            doc.journeys[0].stages.push(parcours::model::Stage {
                id: format!("stg-mot-{i}"),
                name: (*name).to_owned(),
                ..Default::default()
            });
        }
    });
    let out = parcours(dir.path(), &["export", "sirene", "--format", "mermaid"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let diagram = text(&out.stdout);
    let keywords = ["journey", "title", "section", "acctitle", "accdescr"];
    for line in diagram.lines().map(str::trim_start) {
        let lower = line.to_lowercase();
        let starts = keywords.iter().find(|k| lower.starts_with(*k));
        match starts {
            // A statement: the one diagram header, a title, or a section of a known stage.
            Some(&"journey") => assert_eq!(line, "journey"),
            Some(&"title") | Some(&"section") => {
                assert!(
                    line.starts_with("title ") || line.starts_with("section "),
                    "{line}"
                )
            }
            Some(_) => panic!("{line}"),
            None => {}
        }
    }
    for name in names {
        let task = format!("› {name}");
        assert!(diagram.contains(&task), "{task}\n{diagram}");
    }
}

#[test]
fn markdown_makes_no_link_nor_image_from_workshop_text() {
    let dir = tempfile::tempdir().unwrap();
    demo_file(dir.path(), "pixel", |doc| {
        doc.listen.verbatims[0].text =
            "Super ![x](http://tracker.example/p.gif) [ici](https://evil.example)".into();
        doc.framing.objective = "Voir http://tracker.example/o.gif".into();
    });
    let out = parcours(dir.path(), &["export", "pixel", "--format", "md"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    // Every bracket escaped, so no `[text](address)` nor `![alt](address)` remains.
    assert!(
        !md.replace("\\[", "").replace("\\]", "").contains("]("),
        "{md}"
    );
    assert!(!md.contains("http://"), "{md}");
    assert!(
        md.contains("!\\[x\\](http:\\/\\/tracker.example/p.gif)"),
        "{md}"
    );
}

#[test]
fn an_export_cut_short_leaves_the_previous_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    demo_file(dir.path(), "gros", |_| {});
    let target = dir.path().join("rapport.md");
    fs::write(&target, "ancienne version\n").unwrap();
    // A file size limit of 4 KiB: the export is killed (SIGXFSZ) partway, as on a full disk.
    let out = Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 8; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_parcours"))
        .args(["--lang", "en", "--dir"])
        .arg(dir.path())
        .args(["export", "gros", "--format", "md", "-o"])
        .arg(&target)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(fs::read_to_string(&target).unwrap(), "ancienne version\n");
    // Unlimited, the export replaces it whole.
    let out = parcours(
        dir.path(),
        &[
            "export",
            "gros",
            "--format",
            "md",
            "-o",
            target.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(fs::read_to_string(&target).unwrap().starts_with("# "));
}
