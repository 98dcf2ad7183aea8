//! End to end in a temporary git repository set up by `parcours git-setup`: two branches edit
//! different personas and the same stage's emotion; `git merge` runs parcours as its merge
//! driver; the conflict shows on the home screen and on the journeys step, and one key
//! settles it (through the app, then through the real binary in tmux); `git log -p` reads as
//! prose and `git show --ext-diff` prints the words of `parcours diff`.

mod common;
mod tmux;

use common::screen;
use parcours::edit::{self, Kind};
use parcours::i18n::Lang;
use parcours::model::Workshop;
use parcours::store::{self, Store};
use parcours::tui::app::{App, Screen};
use parcours::tui::key::{Key, Msg};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_parcours");
const STAGE: &str = "stg-marie-subscribe";

/// Runs a program in `dir` with a private git identity and configuration; its stdout, after
/// checking it succeeded.
fn run(dir: &Path, program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Claire")
        .env("GIT_AUTHOR_EMAIL", "claire@example.org")
        .env("GIT_COMMITTER_NAME", "Claire")
        .env("GIT_COMMITTER_EMAIL", "claire@example.org")
        .env("PARCOURS_DIR", dir.join(".store"))
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn git(dir: &Path, args: &[&str]) -> String {
    run(dir, "git", args)
}

/// The workshop at `path` with `edits` applied, written back as parcours writes a merge.
fn change(path: &Path, edits: Vec<edit::Edit>) {
    let mut doc = store::load(path).unwrap().doc;
    for e in edits {
        edit::apply(&mut doc, e).unwrap();
    }
    store::write(path, &doc).unwrap();
}

fn emotion(doc: &Workshop) -> Option<i8> {
    doc.stage(STAGE).unwrap().1.emotion
}

fn send(app: &mut App, keys: &[Key]) {
    for k in keys {
        app.update(Msg::Key(*k), Instant::now());
    }
}

#[test]
fn two_branches_merge_by_record_and_the_conflict_is_settled_with_one_key() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("skipped: git is not installed");
        return;
    }
    let repo = tempfile::tempdir().unwrap();
    let dir = repo.path();
    git(dir, &["init", "-q", "-b", "main"]);
    let setup = run(dir, BIN, &["git-setup", "atelier*.json"]);
    assert!(setup.contains("merge.parcours.driver"), "{setup}");
    let file = dir.join("atelier.json");
    store::write(&file, &parcours::demo::demo(Lang::En)).unwrap();
    git(dir, &["add", "."]);
    git(dir, &["commit", "-qm", "demo"]);

    git(dir, &["checkout", "-qb", "karim"]);
    change(
        &file,
        vec![
            edit::set(
                Kind::Persona,
                "per-karim",
                "goals",
                "Close his clients' books in a week",
            ),
            edit::set(Kind::Stage, STAGE, "emotion", 1),
        ],
    );
    git(dir, &["commit", "-qam", "Karim's team"]);
    git(dir, &["checkout", "-q", "main"]);
    change(
        &file,
        vec![
            edit::set(
                Kind::Persona,
                "per-marie",
                "needs",
                "See her cash at a glance",
            ),
            edit::set(Kind::Stage, STAGE, "emotion", -1),
        ],
    );
    git(dir, &["commit", "-qam", "Marie's team"]);

    // git runs parcours: no text conflict, both personas' changes, the emotion to choose.
    git(dir, &["merge", "-q", "karim", "-m", "merge Karim's team"]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
    let merged = store::load(&file).unwrap().doc;
    assert_eq!(
        merged.persona("per-marie").unwrap().needs,
        "See her cash at a glance"
    );
    assert_eq!(
        merged.persona("per-karim").unwrap().goals,
        "Close his clients' books in a week"
    );
    assert_eq!(emotion(&merged), Some(-1));
    assert_eq!(merged.conflicts.len(), 1);

    // The home screen lists it with both values; Enter opens the journeys step on it.
    let mut app = App::new(Store::locate(Some(dir.into())).unwrap(), Lang::En);
    let home = screen(&app, 100, 24);
    assert!(home.contains("⚖1"), "{home}");
    assert!(
        home.contains("  emotion: ours -1 · theirs +1 — stage «Subscribing»"),
        "{home}"
    );
    send(&mut app, &[Key::Enter]);
    let shown = screen(&app, 100, 24);
    assert!(shown.contains(" 3✓ Journeys "), "{shown}");
    assert!(
        shown.contains("⚖ 1/1 emotion: O keeps ours -1 · M takes theirs +1 — stage «Subscribing»"),
        "{shown}"
    );
    // One key settles it; u takes it back; the key again.
    send(&mut app, &[Key::Char('M')]);
    let doc = |app: &App| match &app.screen {
        Screen::Seat(s) => s.room.doc().clone(),
        Screen::Home(_) => panic!("the workshop is not open"),
    };
    assert_eq!(emotion(&doc(&app)), Some(1));
    assert!(doc(&app).conflicts.is_empty());
    assert!(!screen(&app, 100, 24).contains("⚖"));
    send(&mut app, &[Key::Char('u')]);
    assert_eq!(emotion(&doc(&app)), Some(-1));
    assert_eq!(doc(&app).conflicts.len(), 1);
    send(&mut app, &[Key::Char('q')]);
    drop(app);

    // The real binary, in tmux, settles it the other way round: O keeps ours.
    if !tmux::missing() {
        let tmux = tmux::Tmux::new("git");
        let cmd = format!(
            "TERM=screen-256color PARCOURS_CONFIG={0}/.config {BIN} --lang en --dir {0}/.store open {1}; sleep 30",
            dir.display(),
            file.display()
        );
        tmux.run(&["new-session", "-d", "-x", "80", "-y", "24", "-s", "w", &cmd]);
        tmux.expect(
            "w",
            "⚖ 1/1 emotion: O keeps ours -1",
            Duration::from_secs(10),
        );
        tmux.keys(&["O"]);
        tmux.expect("w", "chosen (u undoes)", Duration::from_secs(5));
        assert!(!tmux.screen().contains("⚖ 1/1"), "{}", tmux.screen());
        tmux.keys(&["q"]);
        tmux.expect("w", "Workshops in", Duration::from_secs(5));
        tmux.keys(&["q"]);
        std::thread::sleep(Duration::from_millis(300));
    } else {
        let mut doc = store::load(&file).unwrap().doc;
        let keep = edit::resolve(&doc, 0, parcours::model::Side::Ours).unwrap();
        edit::apply(&mut doc, keep).unwrap();
        store::write(&file, &doc).unwrap();
    }
    let settled = store::load(&file).unwrap().doc;
    assert!(settled.conflicts.is_empty());
    assert_eq!(emotion(&settled), Some(-1));
    git(dir, &["commit", "-qam", "settle the emotion"]);

    // History in words: git log -p through the textconv, git show through the external diff.
    let log = git(dir, &["log", "-p", "-1", "karim"]);
    assert!(
        log.contains("+  persona «Karim Benali» › goals: «Close his clients' books in a week»"),
        "{log}"
    );
    assert!(log.contains("› emotion: +1"), "{log}");
    let before = dir.join("before.json");
    std::fs::write(&before, git(dir, &["show", "HEAD~1:atelier.json"])).unwrap();
    let words = run(
        dir,
        BIN,
        &["--lang", "en", "diff", "before.json", "atelier.json"],
    );
    assert!(
        words.contains("Merge conflicts\n  settled: stage «Subscribing»"),
        "{words}"
    );
    let shown = git(dir, &["show", "--ext-diff", "--format=", "HEAD"]);
    assert_eq!(
        shown,
        format!("parcours diff a/atelier.json b/atelier.json\n{words}")
    );
}

/// Runs parcours in `dir`: its status, stdout and stderr.
fn parcours(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(BIN)
        .args(["--lang", "en"])
        .args(args)
        .current_dir(dir)
        .env("PARCOURS_DIR", dir.join(".store"))
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn a_merge_that_cannot_give_a_valid_workshop_leaves_ours_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let demo = parcours::demo::demo(Lang::En);
    let twice = |journey: &str| edit::Edit::Insert {
        index: 0,
        record: edit::Record::Stage {
            journey: journey.into(),
            stage: parcours::model::Stage {
                id: "stg-twice".into(),
                ..Default::default()
            },
        },
    };
    let [base, ours, theirs] = ["base.json", "ours.json", "theirs.json"].map(|f| dir.join(f));
    store::write(&base, &demo).unwrap();
    store::write(&ours, &demo).unwrap();
    store::write(&theirs, &demo).unwrap();
    change(&ours, vec![twice("jrn-marie")]);
    change(&theirs, vec![twice("jrn-karim")]);
    let before = std::fs::read(&ours).unwrap();
    let (ok, _, err) = parcours(dir, &["merge", "base.json", "ours.json", "theirs.json"]);
    assert!(!ok);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("stg-twice") && err.contains("left as it was"),
        "{err}"
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);

    // A missing input: one line too, and nothing written.
    let (ok, _, err) = parcours(dir, &["merge", "base.json", "ours.json", "nowhere.json"]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("nowhere.json"),
        "{err}"
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);

    // Outside git, -o writes elsewhere and the inputs stay as they are.
    change(
        &theirs,
        vec![edit::Edit::Remove {
            kind: Kind::Stage,
            id: "stg-twice".into(),
        }],
    );
    let (ok, _, err) = parcours(
        dir,
        &[
            "merge",
            "base.json",
            "ours.json",
            "theirs.json",
            "-o",
            "out.json",
        ],
    );
    assert!(ok, "{err}");
    assert_eq!(std::fs::read(&ours).unwrap(), before);
    assert!(
        store::load(&dir.join("out.json"))
            .unwrap()
            .doc
            .stage("stg-twice")
            .is_some()
    );
}

#[test]
fn files_that_are_not_workshops_are_merged_and_shown_as_git_would() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("skipped: git is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let write = |f: &str, s: &str| std::fs::write(dir.join(f), s).unwrap();
    write("base.json", "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n");
    write("ours.json", "{\n  \"a\": 10,\n  \"b\": 2,\n  \"c\": 3\n}\n");
    write(
        "theirs.json",
        "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 30\n}\n",
    );
    let (ok, _, err) = parcours(dir, &["merge", "base.json", "ours.json", "theirs.json"]);
    assert!(ok, "{err}");
    let merged = std::fs::read_to_string(dir.join("ours.json")).unwrap();
    assert!(
        merged.contains("\"a\": 10") && merged.contains("\"c\": 30"),
        "{merged}"
    );

    let (ok, out, _) = parcours(dir, &["diff", "--textconv", "base.json"]);
    assert!(ok);
    assert_eq!(out, std::fs::read_to_string(dir.join("base.json")).unwrap());
    let (ok, _, err) = parcours(dir, &["diff", "base.json"]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("two files"),
        "{err}"
    );
}

#[test]
fn git_setup_says_what_it_wrote_and_writes_it_once() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("skipped: git is not installed");
        return;
    }
    let repo = tempfile::tempdir().unwrap();
    let dir = repo.path();
    let (ok, _, err) = parcours(dir, &["git-setup"]);
    assert!(!ok && err.contains("not inside a git repository"), "{err}");
    git(dir, &["init", "-q"]);
    std::fs::write(dir.join(".gitattributes"), "*.png binary").unwrap();
    let first = run(dir, BIN, &["git-setup"]);
    assert!(
        first.contains(".gitattributes: *.json merge=parcours diff=parcours"),
        "{first}"
    );
    let second = run(dir, BIN, &["git-setup"]);
    assert!(second.contains("already has"), "{second}");
    let attributes = std::fs::read_to_string(dir.join(".gitattributes")).unwrap();
    assert_eq!(
        attributes,
        "*.png binary\n*.json merge=parcours diff=parcours\n"
    );
    let driver = git(dir, &["config", "merge.parcours.driver"]);
    assert!(driver.ends_with(" merge %O %A %B\n"), "{driver}");
}
