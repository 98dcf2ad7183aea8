//! Every action that moves, adds, deletes or rates, bound to another key: the behaviour
//! follows the new key, and the old key no longer does it.

use parcours::i18n::Lang;
use parcours::method::Step;
use parcours::store::Store;
use parcours::tui::app::{App, Screen};
use parcours::tui::form::Editor;
use parcours::tui::key::{Key, Msg};
use parcours::tui::keymap::KeyMap;
use parcours::tui::records::Pane;
use parcours::tui::seat::Seat;
use std::time::Instant;

const REBOUND: &str = r#"
[home]
up = "ctrl-p"
down = "ctrl-n"

[workshop]
next_step = "ctrl-w"
prev_step = "ctrl-o"
step_5 = "%"

[list]
up = "ctrl-p"
down = "ctrl-n"
page_up = "ctrl-b"
page_down = "ctrl-f"
add = "ctrl-a"
quick_add = "ctrl-q"
delete = "ctrl-x"
duplicate = "ctrl-d"
move_up = "ctrl-k"
move_down = "ctrl-j"

[rows]
up = "ctrl-p"
down = "ctrl-n"
page_up = "ctrl-b"
page_down = "ctrl-f"

[form]
up = "ctrl-p"
down = "ctrl-n"
left = "ctrl-b"
right = "ctrl-f"
clear = "ctrl-x"

[picker]
up = "ctrl-p"
down = "ctrl-n"
add = "ctrl-a"

[grid]
up = "ctrl-p"
down = "ctrl-n"
left = "ctrl-b"
right = "ctrl-f"
page_up = "ctrl-u"
page_down = "ctrl-d"
rate_very_sensitive = "ctrl-v"
rate_sensitive = "ctrl-s"
rate_low = "ctrl-l"
rate_not_applicable = "ctrl-t"
unrate = "ctrl-x"

[drafts]
up = "ctrl-p"
down = "ctrl-n"
adopt = "ctrl-a"

[scroll]
up = "ctrl-p"
down = "ctrl-n"
page_up = "ctrl-b"
page_down = "ctrl-f"
top = "ctrl-t"
bottom = "ctrl-e"

[present]
next = "ctrl-n"
previous = "ctrl-p"

[help]
up = "ctrl-p"
down = "ctrl-n"
"#;

fn press(app: &mut App, keys: &[Key]) {
    for k in keys {
        app.update(Msg::Key(*k), Instant::now());
    }
}

fn seat(app: &App) -> &Seat {
    app.seat().expect("a workshop is open")
}

/// Two demo workshops in a store, the rebound key map, on the home screen.
fn rebound(dir: &std::path::Path) -> App {
    let store = Store::locate(Some(dir.into())).unwrap();
    for _ in 0..2 {
        store.create(&mut parcours::demo::demo(Lang::En)).unwrap();
    }
    let mut app = App::new(store, Lang::En);
    app.look_mut().keys = KeyMap::default().read(REBOUND, "test").unwrap();
    app
}

#[test]
fn moving_adding_deleting_and_rating_follow_the_rebound_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = rebound(dir.path());
    let Screen::Home(home) = &app.screen else {
        panic!("not home")
    };
    assert_eq!(home.selected, 0);
    press(&mut app, &[Key::Down]);
    let selected = |app: &App| match &app.screen {
        Screen::Home(h) => h.selected,
        Screen::Seat(_) => panic!("not home"),
    };
    assert_eq!(selected(&app), 0, "↓ no longer moves on the home screen");
    press(&mut app, &[Key::Ctrl('n')]);
    assert_eq!(selected(&app), 1);
    press(&mut app, &[Key::Up, Key::Ctrl('p')]);
    assert_eq!(selected(&app), 0);

    // Steps: n and p and the digit 5 no longer move; the new keys do.
    press(&mut app, &[Key::Enter, Key::Char('n'), Key::Char('p')]);
    assert_eq!(seat(&app).step, Step::Framing);
    press(&mut app, &[Key::Ctrl('w'), Key::Ctrl('w')]);
    assert_eq!(seat(&app).step, Step::Personas);
    press(&mut app, &[Key::Ctrl('o')]);
    assert_eq!(seat(&app).step, Step::Listen);
    press(&mut app, &[Key::Char('5')]);
    assert_eq!(seat(&app).step, Step::Listen);
    press(&mut app, &[Key::Char('%')]);
    assert_eq!(seat(&app).step, Step::Criticity);
    press(&mut app, &[Key::Char('2')]);
    list_keys(&mut app);
    form_keys(&mut app);
    grid_keys(&mut app);
}

#[test]
fn rows_pickers_drafts_pages_and_help_follow_the_rebound_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = rebound(dir.path());
    press(&mut app, &[Key::Enter]);
    other_lists(&mut app);
}

fn names(app: &App) -> Vec<String> {
    let personas = &seat(app).room.doc().personas;
    personas.iter().map(|p| p.name.clone()).collect()
}

fn selected_persona(app: &App) -> Option<String> {
    seat(app).screens.personas.list.selected.clone()
}

/// Step 2's list of personas: selection, order, add, quick add, duplicate, delete.
fn list_keys(app: &mut App) {
    press(app, &[Key::Down, Key::PageDown]);
    assert_eq!(selected_persona(app).as_deref(), Some("per-marie"));
    press(app, &[Key::Ctrl('n')]);
    assert_eq!(selected_persona(app).as_deref(), Some("per-karim"));
    press(app, &[Key::Ctrl('p')]);
    assert_eq!(selected_persona(app).as_deref(), Some("per-marie"));
    press(app, &[Key::Ctrl('f')]);
    assert_eq!(selected_persona(app).as_deref(), Some("per-karim"));
    press(app, &[Key::Ctrl('b')]);
    assert_eq!(selected_persona(app).as_deref(), Some("per-marie"));
    // Moving a record: J and K no longer do; Ctrl-J and Ctrl-K do, each its own way.
    press(app, &[Key::Char('J')]);
    assert_eq!(names(app), ["Marie Lefèvre", "Karim Benali"]);
    press(app, &[Key::Ctrl('j')]);
    assert_eq!(names(app), ["Karim Benali", "Marie Lefèvre"]);
    press(app, &[Key::Char('K')]);
    assert_eq!(names(app), ["Karim Benali", "Marie Lefèvre"]);
    press(app, &[Key::Ctrl('k')]);
    assert_eq!(names(app), ["Marie Lefèvre", "Karim Benali"]);
    // Adding, quick adding, duplicating, deleting.
    press(
        app,
        &[
            Key::Char('a'),
            Key::Char('i'),
            Key::Char('y'),
            Key::Char('d'),
        ],
    );
    assert_eq!(names(app).len(), 2, "the old keys add and delete nothing");
    assert!(seat(app).overlay.is_none());
    press(app, &[Key::Ctrl('q')]);
    for c in "Zoé".chars() {
        press(app, &[Key::Char(c)]);
    }
    press(app, &[Key::Enter, Key::Enter]);
    assert_eq!(names(app).len(), 3);
    // The new persona opens typing its name: Esc gives that up, Esc again goes back to the list.
    press(app, &[Key::Ctrl('a'), Key::Esc, Key::Esc]);
    assert_eq!(names(app).len(), 4);
    press(app, &[Key::Ctrl('d')]);
    assert_eq!(names(app).len(), 5);
    press(app, &[Key::Ctrl('x'), Key::Char('y')]);
    assert_eq!(names(app).len(), 4);
    press(app, &[Key::Ctrl('x'), Key::Char('y')]);
    assert_eq!(names(app).len(), 3);
    assert!(names(app).contains(&"Zoé".to_owned()), "{:?}", names(app));
}

fn stage_form_focus(app: &App) -> usize {
    seat(app).screens.journeys.stages.form.focus
}

/// A stage's form: fields up and down, a choice changed with left and right, a field cleared.
fn form_keys(app: &mut App) {
    press(app, &[Key::Char('3'), Key::Char(']'), Key::Tab]);
    assert_eq!(seat(app).screens.journeys.stages.pane, Pane::Form);
    press(app, &[Key::Down]);
    assert_eq!(stage_form_focus(app), 0);
    press(app, &[Key::Ctrl('n')]);
    assert_eq!(stage_form_focus(app), 1, "on the phase");
    let phase = |app: &App| seat(app).room.doc().journeys[0].stages[0].phase;
    let before = phase(app);
    press(app, &[Key::Right, Key::Left]);
    assert_eq!(phase(app), before);
    press(app, &[Key::Ctrl('f')]);
    assert_ne!(phase(app), before);
    press(app, &[Key::Ctrl('b')]);
    assert_eq!(phase(app), before);
    // Down to the emotion, which x no longer clears and Ctrl-X does.
    press(
        app,
        &[
            Key::Ctrl('n'),
            Key::Ctrl('n'),
            Key::Ctrl('n'),
            Key::Ctrl('p'),
        ],
    );
    press(app, &[Key::Ctrl('n')]);
    assert_eq!(stage_form_focus(app), 4);
    let emotion = |app: &App| seat(app).room.doc().journeys[0].stages[0].emotion;
    assert!(emotion(app).is_some());
    press(app, &[Key::Char('x')]);
    assert!(emotion(app).is_some());
    press(app, &[Key::Ctrl('x')]);
    assert_eq!(emotion(app), None);
    press(app, &[Key::Tab]);
}

/// The criticity grid: moving between cells and rating with the new keys only.
fn grid_keys(app: &mut App) {
    press(app, &[Key::Char('%')]);
    let cell = |app: &App| {
        let g = &seat(app).screens.criticity;
        (g.moment.clone(), g.col)
    };
    press(app, &[Key::Down]);
    let first = cell(app);
    press(app, &[Key::Down, Key::Right, Key::PageDown]);
    assert_eq!(cell(app), first);
    press(app, &[Key::Ctrl('n'), Key::Ctrl('f')]);
    assert_ne!(cell(app).0, first.0);
    assert_eq!(cell(app).1, 1);
    press(app, &[Key::Ctrl('p'), Key::Ctrl('b'), Key::Ctrl('d')]);
    let last = cell(app);
    press(app, &[Key::Ctrl('u')]);
    assert_eq!(cell(app), first);
    assert_ne!(last, first);
    // The first column: the first persona.
    let level = |app: &App, moment: &str| {
        let doc = seat(app).room.doc();
        let m = doc.moment(moment).unwrap();
        m.criticity.get(&doc.personas[0].id).map(|r| r.level)
    };
    let moment = first.0.clone().unwrap();
    let before = level(app, &moment);
    for old in ['v', 's', 'l', 'b', 'x'] {
        press(app, &[Key::Char(old)]);
        assert_eq!(level(app, &moment), before, "{old} no longer rates");
    }
    press(app, &[Key::Backspace]);
    assert_eq!(level(app, &moment), before);
    use parcours::model::Level;
    for (key, want) in [
        (Key::Ctrl('l'), Level::Low),
        (Key::Ctrl('s'), Level::Sensitive),
        (Key::Ctrl('t'), Level::NotApplicable),
        (Key::Ctrl('v'), Level::VerySensitive),
    ] {
        press(app, &[key, Key::Ctrl('p')]);
        assert_eq!(level(app, &moment), Some(want), "{key:?}");
    }
    press(app, &[Key::Ctrl('x')]);
    assert_eq!(level(app, &moment), None);
}

/// Rows of step 6 and its channel picker, the drafts of step 7, the summary, presentation
/// and help.
fn other_lists(app: &mut App) {
    press(app, &[Key::Char('6')]);
    let stage = |app: &App| seat(app).screens.interactions.list.selected.clone();
    press(app, &[Key::Down]);
    let first = stage(app);
    assert!(first.is_some());
    press(app, &[Key::Down, Key::PageDown]);
    assert_eq!(stage(app), first);
    press(app, &[Key::Ctrl('n')]);
    assert_ne!(stage(app), first);
    press(app, &[Key::Ctrl('p')]);
    assert_eq!(stage(app), first);
    press(app, &[Key::Ctrl('f'), Key::Ctrl('b')]);
    assert_eq!(stage(app), first);
    // The picker of the channels used today.
    press(app, &[Key::Enter, Key::Enter]);
    let cursor = |app: &App| match &seat(app).screens.interactions.list.form.editor {
        Some(Editor::Pick { cursor, typing, .. }) => (*cursor, typing.is_some()),
        _ => panic!("the picker is not open"),
    };
    press(app, &[Key::Down, Key::Char('a')]);
    assert_eq!(cursor(app), (0, false));
    press(app, &[Key::Ctrl('n'), Key::Ctrl('n'), Key::Ctrl('p')]);
    assert_eq!(cursor(app), (1, false));
    press(app, &[Key::Ctrl('a')]);
    assert_eq!(cursor(app), (1, true));
    press(app, &[Key::Esc, Key::Esc, Key::Tab]);

    // Drafts: two actions deleted give two drafts; Enter and a no longer adopt, Ctrl-A does.
    press(app, &[Key::Char('7'), Key::Down]);
    press(
        app,
        &[
            Key::Ctrl('x'),
            Key::Char('y'),
            Key::Ctrl('x'),
            Key::Char('y'),
        ],
    );
    assert_eq!(seat(app).room.doc().target.actions.len(), 6);
    press(app, &[Key::Char(']')]);
    let drafts = |app: &App| seat(app).screens.target.drafts.at;
    press(app, &[Key::Down]);
    assert_eq!(drafts(app), 0);
    press(app, &[Key::Ctrl('n')]);
    assert_eq!(drafts(app), 1);
    press(app, &[Key::Ctrl('p')]);
    assert_eq!(drafts(app), 0);
    let actions = |app: &App| seat(app).room.doc().target.actions.len();
    let before = actions(app);
    press(app, &[Key::Enter, Key::Char('a')]);
    assert_eq!(actions(app), before);
    press(app, &[Key::Ctrl('a')]);
    assert_eq!(actions(app), before + 1);
    assert_eq!(seat(app).screens.target.tab, 0, "the adopted action opens");
    press(app, &[Key::Tab]);

    // The summary scrolls with the new keys only.
    press(app, &[Key::Char('8')]);
    let top = |app: &App| seat(app).screens.summary.top;
    press(app, &[Key::Down, Key::PageDown, Key::Char(' '), Key::End]);
    assert_eq!(top(app), 0);
    press(app, &[Key::Ctrl('n')]);
    assert_eq!(top(app), 1);
    press(app, &[Key::Ctrl('f')]);
    assert!(top(app) > 1);
    press(app, &[Key::Ctrl('b'), Key::Ctrl('p'), Key::Ctrl('e')]);
    let bottom = top(app);
    assert!(bottom > 2);
    press(app, &[Key::Ctrl('t')]);
    assert_eq!(top(app), 0);

    // Presentation pages.
    press(app, &[Key::Char('P'), Key::Right, Key::Char('n')]);
    assert_eq!(seat(app).present, Some(0));
    press(app, &[Key::Ctrl('n')]);
    assert_eq!(seat(app).present, Some(1));
    press(app, &[Key::Left, Key::Ctrl('p')]);
    assert_eq!(seat(app).present, Some(0));
    press(app, &[Key::Char('q')]);

    // The help scrolls with the new keys, and the old ones close it.
    press(app, &[Key::Char('?'), Key::Ctrl('n'), Key::Ctrl('n')]);
    use parcours::tui::overlay::Overlay;
    assert!(matches!(seat(app).overlay, Some(Overlay::Help(2, _))));
    press(app, &[Key::Ctrl('p')]);
    assert!(matches!(seat(app).overlay, Some(Overlay::Help(1, _))));
    press(app, &[Key::Down]);
    assert!(seat(app).overlay.is_none());
}
