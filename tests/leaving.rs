//! Leaving a workshop that cannot be saved (a full disk, a folder made read-only): saving is
//! retried and the status line says so; q offers a copy elsewhere, then an explicit choice to
//! leave without saving, and never traps the person. Alone in its file: it sets HOME, where
//! the copy goes.

use parcours::i18n::Lang;
use parcours::model::Workshop;
use parcours::store::{self, Store};
use parcours::tui::app::{App, Screen};
use parcours::tui::key::{Key, Msg};
use std::time::{Duration, Instant};

mod common;
use common::screen;

fn send(app: &mut App, keys: &[Key]) {
    for k in keys {
        app.update(Msg::Key(*k), Instant::now());
    }
}

/// An app on a workshop whose file no longer loads, so that every save of it fails, with
/// one persona added and not saved.
fn stuck(dir: &std::path::Path) -> (App, std::path::PathBuf) {
    let store = Store::locate(Some(dir.into())).unwrap();
    let mut doc = Workshop::new("Coincé", "en");
    let path = store.create(&mut doc).unwrap();
    let mut app = App::new(store, Lang::En);
    app.open(path.clone(), None).unwrap();
    std::fs::write(&path, "{ disque plein").unwrap();
    send(&mut app, &[Key::Char('2'), Key::Char('a')]);
    for c in "Marie".chars() {
        send(&mut app, &[Key::Char(c)]);
    }
    send(&mut app, &[Key::Enter, Key::Tab]);
    app.update(Msg::Tick, Instant::now() + Duration::from_secs(2));
    (app, path)
}

fn open(app: &App) -> bool {
    matches!(app.screen, Screen::Seat(_))
}

#[test]
fn an_unsaveable_workshop_offers_a_copy_or_an_explicit_leave() {
    let home = tempfile::tempdir().unwrap();
    // SAFETY: the only test of this process, before any thread reads the environment.
    unsafe { std::env::set_var("HOME", home.path()) };
    let dir = tempfile::tempdir().unwrap();

    let (mut app, _) = stuck(dir.path());
    let shown = screen(&app, 120, 30);
    assert!(shown.contains("not saved, trying again"), "{shown}");
    send(&mut app, &[Key::Char('q')]);
    let shown = screen(&app, 120, 30);
    assert!(shown.contains("Save a copy"), "{shown}");
    // Other keys leave the question open; no asks about leaving; no again stays.
    send(&mut app, &[Key::Char('q'), Key::Char('n')]);
    assert!(screen(&app, 120, 30).contains("Leave without saving?"));
    send(&mut app, &[Key::Char('n')]);
    assert!(open(&app) && !app.quit);
    // Asked again, a yes saves the copy in the home folder and leaves.
    send(&mut app, &[Key::Char('q'), Key::Char('y')]);
    assert!(!open(&app), "left");
    let copies: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(
        copies[0]
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("coince-copy-")
    );
    let copy = store::load(&copies[0]).unwrap().doc;
    assert_eq!(copy.personas[0].name, "Marie");
    assert!(screen(&app, 120, 30).contains("A copy of the workshop is saved as"));

    // Leaving without a copy, after saying so.
    let (mut app, path) = stuck(dir.path());
    send(&mut app, &[Key::Char('q'), Key::Char('n'), Key::Char('y')]);
    assert!(!open(&app), "left");
    assert!(
        store::load(&path).is_err(),
        "the broken file is left as it was"
    );
}
