//! The workshop store against a real file system: round trips, refusals that leave files
//! untouched, backups, locks, and saves killed at random instants.

use std::fs;
use std::path::{Path, PathBuf};

use parcours::i18n::Lang;
use parcours::model::{Persona, SCHEMA_VERSION, Workshop};
use parcours::store::{Lock, Store, StoreError, load, save};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().join("ateliers"))).unwrap();
    (dir, store)
}

fn names(store: &Store) -> Vec<String> {
    store.list().unwrap().into_iter().map(|e| e.name).collect()
}

#[test]
fn create_writes_pretty_json_that_loads_back() {
    let (_tmp, store) = store();
    assert!(store.dir().is_dir(), "locate creates the folder");
    let mut doc = Workshop::new("Écoute client : été 2025", "fr");
    let path = store.create(&mut doc).unwrap();
    assert_eq!(path, store.dir().join("ecoute-client-ete-2025.json"));

    let text = fs::read_to_string(&path).unwrap();
    assert!(text.ends_with("}\n"));
    assert!(
        text.contains("\n  \"format\": \"parcours-workshop\",\n"),
        "{text}"
    );
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["schema_version"], SCHEMA_VERSION);
    for stamp in [&doc.created, &doc.updated] {
        time::OffsetDateTime::parse(stamp, &time::format_description::well_known::Rfc3339).unwrap();
    }
    assert_eq!(load(&path).unwrap().doc, doc);
    assert_eq!(names(&store), ["ecoute-client-ete-2025"]);
}

#[test]
fn create_never_overwrites() {
    let (_tmp, store) = store();
    let first = store.create(&mut Workshop::new("Atelier", "fr")).unwrap();
    let before = fs::read(&first).unwrap();
    let second = store.create(&mut Workshop::new("atelier", "fr")).unwrap();
    let third = store.create(&mut Workshop::new("", "fr")).unwrap();
    assert_eq!(second.file_name().unwrap(), "atelier-2.json");
    assert_eq!(third.file_name().unwrap(), "atelier-3.json");
    assert_eq!(fs::read(&first).unwrap(), before);
}

#[test]
fn list_is_newest_first_and_skips_side_files() {
    let (_tmp, store) = store();
    let old = store.create(&mut Workshop::new("Ancien", "fr")).unwrap();
    let new = store.create(&mut Workshop::new("Récent", "fr")).unwrap();
    for (path, year) in [(&old, 2020), (&new, 2024)] {
        let mut doc = load(path).unwrap().doc;
        save(path, &mut doc).unwrap();
        // Dates written by hand so the order does not hang on the clock's resolution.
        let text = fs::read_to_string(path)
            .unwrap()
            .replace(&doc.updated, &format!("{year}-01-01T00:00:00Z"));
        fs::write(path, text).unwrap();
    }
    fs::write(store.dir().join("notes.txt"), "hors sujet").unwrap();
    fs::write(store.dir().join(".ancien.json.x1.tmp"), "{").unwrap();
    fs::write(store.dir().join("broken.json"), "{ nope").unwrap();
    let _lock = Lock::acquire(&new).unwrap();

    let entries = store.list().unwrap();
    let listed: Vec<_> = entries.iter().map(|e| e.name.as_str()).collect();
    // The broken file has only its fresh mtime to go by, so it comes first.
    assert_eq!(listed, ["broken", "recent", "ancien"]);
    let err = entries[0].workshop.as_ref().unwrap_err();
    assert!(err.to_string().contains("broken.json:1:3"), "{err}");
    assert_eq!(
        entries[1].workshop.as_ref().unwrap().framing.title,
        "Récent"
    );
    assert!(store.dir().join("recent.json.bak").exists());
    assert!(store.dir().join("recent.json.lock").exists());
}

#[test]
fn resolve_by_stem_title_prefix_and_path() {
    let (_tmp, store) = store();
    let onboarding = store
        .create(&mut Workshop::new("Onboarding", "en"))
        .unwrap();
    let retours = store
        .create(&mut Workshop::new("Retours SAV", "fr"))
        .unwrap();
    let retours2 = store
        .create(&mut Workshop::new("Retours SAV", "fr"))
        .unwrap();

    assert_eq!(store.resolve("onboarding").unwrap(), onboarding);
    assert_eq!(
        store.resolve("retours-sav").unwrap(),
        retours,
        "exact stem first"
    );
    assert_eq!(store.resolve("onb").unwrap(), onboarding);
    assert_eq!(store.resolve("Onb").unwrap(), onboarding);
    assert_eq!(
        store.resolve("ONBOARDING").unwrap(),
        onboarding,
        "title, any case"
    );
    assert_eq!(store.resolve("retours-sav-2").unwrap(), retours2);

    let elsewhere = store.dir().join("sub").join("x.json");
    assert_eq!(
        store.resolve(elsewhere.to_str().unwrap()).unwrap(),
        elsewhere
    );
    assert_eq!(
        store.resolve("loose.json").unwrap(),
        PathBuf::from("loose.json")
    );

    let e = store.resolve("Retours SAV").unwrap_err();
    assert!(matches!(e, StoreError::Ambiguous { .. }), "{e}");
    let msg = e.to_string();
    assert!(msg.contains("retours-sav, retours-sav-2"), "{msg}");
    let e = store.resolve("ret").unwrap_err();
    assert!(matches!(e, StoreError::Ambiguous { .. }), "{e}");

    let e = store.resolve("inconnu").unwrap_err();
    assert!(matches!(e, StoreError::NotFound { .. }), "{e}");
    assert!(e.to_string().contains("\"inconnu\""), "{e}");
    assert!(e.message(Lang::Fr).contains("« inconnu »"), "{e}");
}

/// The position in the message, and a file left exactly as it was by load and by save.
#[test]
fn syntax_errors_name_the_position_and_the_file_is_kept() {
    let (_tmp, store) = store();
    let path = store.dir().join("abime.json");
    let bytes =
        b"{\n  \"format\": \"parcours-workshop\",\n  \"schema_version\": 1\n  \"framing\": {}\n}\n";
    fs::write(&path, bytes).unwrap();

    let e = load(&path).unwrap_err();
    assert!(matches!(e, StoreError::Syntax { line: 4, .. }), "{e:?}");
    assert!(e.to_string().contains("abime.json:4:3"), "{e}");
    assert!(e.message(Lang::Fr).contains("abime.json:4:3"), "{e}");
    assert_eq!(fs::read(&path).unwrap(), bytes);

    let e = save(&path, &mut Workshop::new("Neuf", "fr")).unwrap_err();
    assert!(matches!(e, StoreError::Unloadable { .. }), "{e:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("not saving over") && msg.contains("abime.json:4:3"),
        "{msg}"
    );
    assert!(!msg.contains('\n'));
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert!(!store.dir().join("abime.json.bak").exists());
}

#[test]
fn type_errors_name_the_position_too() {
    let (_tmp, store) = store();
    let path = store.dir().join("types.json");
    let text = "{\n  \"format\": \"parcours-workshop\",\n  \"schema_version\": 1,\n  \"framing\": {\"title\": 5}\n}\n";
    fs::write(&path, text).unwrap();
    let e = load(&path).unwrap_err();
    assert!(e.to_string().contains("types.json:4:"), "{e}");
}

#[test]
fn invalid_utf8_is_a_positioned_error() {
    let (_tmp, store) = store();
    let path = store.dir().join("octets.json");
    fs::write(&path, b"{\n  \"format\": \"parcours-\xff\"\n}\n").unwrap();
    let e = load(&path).unwrap_err();
    assert!(e.to_string().contains("octets.json:2:"), "{e}");
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_updates_its_target() {
    let (tmp, store) = store();
    let mut doc = Workshop::new("Partagé", "fr");
    let real = store.create(&mut doc).unwrap();
    let link = tmp.path().join("lien.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    doc.framing.objective = "par le lien".into();
    save(&link, &mut doc).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&real).unwrap().doc.framing.objective, "par le lien");
}

#[test]
fn newer_and_foreign_files_are_refused() {
    let (_tmp, store) = store();
    let newer = store.dir().join("futur.json");
    let doc = serde_json::json!({
        "format": "parcours-workshop", "schema_version": 7, "framing": {"title": "x"}
    });
    fs::write(&newer, doc.to_string()).unwrap();
    let e = load(&newer).unwrap_err();
    assert!(
        matches!(
            e,
            StoreError::Newer {
                found: 7,
                supported: SCHEMA_VERSION,
                ..
            }
        ),
        "{e:?}"
    );
    let msg = e.to_string();
    assert!(
        msg.contains("futur.json") && msg.contains('7') && msg.contains("up to 1"),
        "{msg}"
    );

    for (name, text) in [("autre.json", r#"{"name": "x"}"#), ("liste.json", "[1, 2]")] {
        let path = store.dir().join(name);
        fs::write(&path, text).unwrap();
        let e = load(&path).unwrap_err();
        assert!(matches!(e, StoreError::NotWorkshop { .. }), "{e:?}");
        let msg = e.to_string();
        assert!(
            msg.contains(name) && msg.contains("not a parcours workshop"),
            "{msg}"
        );
        assert!(save(&path, &mut Workshop::new("x", "fr")).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), text);
    }
}

#[test]
fn version_0_is_migrated_and_saved_as_current() {
    let (_tmp, store) = store();
    let path = store.dir().join("v0.json");
    fs::write(
        &path,
        r#"{"format": "parcours-workshop", "schema_version": 0, "framing": {"title": "Vieux"}}"#,
    )
    .unwrap();
    let mut doc = load(&path).unwrap().doc;
    assert_eq!(doc.schema_version, SCHEMA_VERSION);
    save(&path, &mut doc).unwrap();
    let value: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(value["schema_version"], SCHEMA_VERSION);
}

#[test]
fn inconsistent_documents_are_neither_loaded_nor_saved() {
    let (_tmp, store) = store();
    let mut doc = Workshop::new("Doublons", "fr");
    let persona = Persona {
        id: "per-aaaaaa".into(),
        name: "Léa".into(),
        ..Persona::default()
    };
    doc.personas = vec![persona.clone(), persona];
    let path = store.dir().join("doublons.json");
    let e = save(&path, &mut doc).unwrap_err();
    assert!(matches!(e, StoreError::Invalid { .. }), "{e:?}");
    assert!(!path.exists());

    fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let e = load(&path).unwrap_err();
    assert!(matches!(e, StoreError::Invalid { .. }), "{e:?}");
    assert!(e.to_string().contains("doublons.json"), "{e}");
}

#[test]
fn each_save_keeps_the_previous_version_as_backup() {
    let (_tmp, store) = store();
    let mut doc = Workshop::new("Versions", "fr");
    let path = store.create(&mut doc).unwrap();
    let bak = store.dir().join("versions.json.bak");
    assert!(!bak.exists());
    let v1 = fs::read(&path).unwrap();

    doc.framing.objective = "deux".into();
    save(&path, &mut doc).unwrap();
    let v2 = fs::read(&path).unwrap();
    assert_eq!(fs::read(&bak).unwrap(), v1);

    doc.framing.objective = "trois".into();
    save(&path, &mut doc).unwrap();
    assert_eq!(fs::read(&bak).unwrap(), v2);
    assert_eq!(load(&path).unwrap().doc.framing.objective, "trois");
    assert_eq!(names(&store), ["versions"]);
    let leftovers: Vec<_> = fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_lock_is_exclusive_and_names_its_holder() {
    let (_tmp, store) = store();
    let path = store.create(&mut Workshop::new("Verrou", "fr")).unwrap();
    let lock = Lock::acquire(&path).unwrap();
    assert_eq!(lock.path(), path);

    // std's locks belong to the open file, so a second open in this same process conflicts.
    let e = Lock::acquire(&path).unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, StoreError::Locked { .. }), "{e:?}");
    assert!(
        msg.contains("verrou.json is open in another parcours"),
        "{msg}"
    );
    assert!(
        msg.contains(&format!("process {}", std::process::id())),
        "{msg}"
    );
    // Who and where by name, since when as people read it: no "?@", no RFC 3339.
    let fr = e.message(Lang::Fr);
    assert!(
        fr.contains("processus") && fr.contains(", depuis le "),
        "{fr}"
    );
    let since = fr.rsplit("depuis le ").next().unwrap();
    assert!(
        since.chars().nth(2) == Some('/') && !since.contains('T'),
        "{fr}"
    );
    assert!(!fr.contains("?@") && !fr.contains(" ? "), "{fr}");

    let e = store.delete(&path).unwrap_err();
    assert!(matches!(e, StoreError::Locked { .. }), "{e:?}");
    assert!(path.exists());

    drop(lock);
    drop(Lock::acquire(&path).unwrap());
}

#[test]
fn delete_removes_the_file_and_its_side_files() {
    let (_tmp, store) = store();
    let mut doc = Workshop::new("Jetable", "fr");
    let path = store.create(&mut doc).unwrap();
    save(&path, &mut doc).unwrap();
    drop(Lock::acquire(&path).unwrap());
    store.delete(&path).unwrap();
    let left: Vec<_> = fs::read_dir(store.dir()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
    let e = store.delete(&path).unwrap_err();
    assert!(e.to_string().contains("jetable.json"), "{e}");
}

#[cfg(unix)]
#[test]
fn read_only_folder_gives_a_clear_error_and_keeps_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, store) = store();
    let mut doc = Workshop::new("Lecture seule", "fr");
    let path = store.create(&mut doc).unwrap();
    let before = fs::read(&path).unwrap();
    fs::set_permissions(store.dir(), fs::Permissions::from_mode(0o555)).unwrap();
    // Root (as in many containers) ignores permissions; then the probe file gets created and
    // there is no refusal to check.
    let privileged = fs::write(store.dir().join("probe"), "").is_ok();
    let result = save(&path, &mut doc);
    fs::set_permissions(store.dir(), fs::Permissions::from_mode(0o755)).unwrap();
    if privileged {
        eprintln!("running with privileges that ignore permissions: refusal not checked");
        return;
    }
    let msg = result.unwrap_err().to_string();
    assert!(
        msg.starts_with("cannot write ") && msg.contains("lecture-seule.json"),
        "{msg}"
    );
    assert!(!msg.contains('\n'));
    assert_eq!(fs::read(&path).unwrap(), before);
}

const CRASH_CHILD: &str = "PARCOURS_CRASH_CHILD";

/// Version `n` of the crash test's document: its size varies with `n` and its content is fully
/// determined by `n`, so a half-written or mixed file cannot pass for a real version.
fn version(n: u64) -> Workshop {
    let mut doc = Workshop::new(&format!("v{n}"), "fr");
    let size = 500 + (n % 150) as usize * 1500;
    doc.framing.objective = format!("{n}:").repeat(size / 4);
    doc
}

fn version_of(path: &Path) -> u64 {
    let doc = load(path)
        .unwrap_or_else(|e| panic!("after a kill: {e}"))
        .doc;
    let n: u64 = doc.framing.title[1..].parse().unwrap();
    assert_eq!(
        doc.framing.objective,
        version(n).framing.objective,
        "v{n} is mixed"
    );
    n
}

/// Saves are killed at random instants; each time the file still loads, as a version that was
/// really written, never older than the one seen before.
#[test]
fn crash_during_save_leaves_a_whole_file() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    if let Ok(path) = std::env::var(CRASH_CHILD) {
        // The child: resume from what survived, say when saving has begun, save until killed.
        let path = PathBuf::from(path);
        let first = version_of(&path) + 1;
        for n in first.. {
            save(&path, &mut version(n)).unwrap();
            if n == first {
                println!("{CRASH_CHILD} saving");
            }
        }
    }

    let (_tmp, store) = store();
    let path = store.create(&mut version(0)).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seen = 0;
    for _ in 0..60 {
        let mut child = Command::new(&exe)
            .args([
                "crash_during_save_leaves_a_whole_file",
                "--exact",
                "--nocapture",
            ])
            .env(CRASH_CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains(&format!("{CRASH_CHILD} saving")) {
            line.clear();
            assert_ne!(
                out.read_line(&mut line).unwrap(),
                0,
                "the child stopped early"
            );
        }
        std::thread::sleep(std::time::Duration::from_micros(fastrand::u64(0..15_000)));
        child.kill().unwrap();
        child.wait().unwrap();
        let now = version_of(&path);
        assert!(now >= seen, "went back from v{seen} to v{now}");
        seen = now;
    }
    assert!(
        seen >= 60,
        "each child finished a save before its kill, so at least v60: v{seen}"
    );

    // Whoever opens the workshop next clears the killed writers' temp files.
    drop(Lock::acquire(&path).unwrap());
    let names: Vec<_> = fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

/// The demo with two links that disagree, written as a file of an older parcours would be:
/// a verbatim of Karim's missing from his evidence, an action away from its moment's stage.
fn disagreeing(path: &Path) -> Workshop {
    let mut doc = parcours::demo::demo(Lang::En);
    let karim = doc
        .personas
        .iter_mut()
        .find(|p| p.id == "per-karim")
        .unwrap();
    karim.evidence.retain(|v| v != "vb-half-time");
    doc.target.actions[0].stage = Some("stg-marie-bank".into());
    fs::write(path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    doc
}

#[test]
fn links_that_disagree_are_repaired_on_load_and_the_next_save_keeps_the_repair() {
    let (_tmp, store) = store();
    let path = store.dir().join("ancien.json");
    let written = disagreeing(&path);
    assert!(parcours::edit::validate(&written).is_err());
    let loaded = load(&path).unwrap();
    let notes: Vec<String> = loaded.repairs.iter().map(|r| r.note(Lang::Fr)).collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].starts_with("« Clients on Facturo"), "{notes:?}");
    assert!(notes[0].ends_with("ajouté aux verbatims de Karim Benali, son persona"));
    assert!(
        notes[1].contains("placée à l'étape de son moment"),
        "{notes:?}"
    );
    parcours::edit::validate(&loaded.doc).unwrap();
    let karim = loaded.doc.persona("per-karim").unwrap();
    assert_eq!(
        karim.evidence.last().map(String::as_str),
        Some("vb-half-time")
    );
    // Loading leaves the file alone; a save writes the repaired links.
    assert_eq!(load(&path).unwrap().repairs.len(), 2);
    save(&path, &mut loaded.doc.clone()).unwrap();
    assert!(load(&path).unwrap().repairs.is_empty());
}
