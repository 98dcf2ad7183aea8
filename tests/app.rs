//! The app driven through its own input type, drawn on a test backend.

use parcours::i18n::Lang;
use parcours::store::{self, Store};
use parcours::tui::app::{App, Screen};
use parcours::tui::key::{Key, Msg};
use std::time::Instant;

mod common;
use common::screen;

fn send(app: &mut App, keys: &[Key]) {
    for k in keys {
        app.update(Msg::Key(*k), Instant::now());
    }
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Msg::Key(Key::Char(c)), Instant::now());
    }
}

#[test]
fn a_workshop_typed_through_the_app_is_saved_and_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::Fr);
    assert!(screen(&app, 80, 24).contains("Aucun atelier"));
    send(&mut app, &[Key::Char('n')]);
    typed(&mut app, "Atelier Été 日本");
    send(&mut app, &[Key::Enter, Key::Down, Key::Enter]);
    typed(&mut app, "Passer le NPS de +12 à +30");
    send(&mut app, &[Key::Tab, Key::Char('2'), Key::Char('a')]);
    typed(&mut app, "Marie 🌸");
    send(&mut app, &[Key::Enter]);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("Marie 🌸"), "{shown}");
    // Still in the form: the add key adds the next persona from there too.
    send(&mut app, &[Key::Char('a')]);
    typed(&mut app, "Paul");
    send(&mut app, &[Key::Enter]);
    let path = match &app.screen {
        Screen::Seat(s) => s.room.path().to_owned(),
        Screen::Home(_) => panic!("the workshop is not open"),
    };
    send(&mut app, &[Key::Tab, Key::Char('q')]);
    let saved = store::load(&path).unwrap().doc;
    assert_eq!(saved.framing.title, "Atelier Été 日本");
    assert_eq!(saved.framing.objective, "Passer le NPS de +12 à +30");
    assert_eq!(saved.personas[0].name, "Marie 🌸");
    assert_eq!(saved.personas[1].name, "Paul");
    let home = screen(&app, 80, 24);
    assert!(home.contains("Atelier Été 日本"), "{home}");
}

#[test]
fn undo_crosses_steps_and_every_step_draws_at_small_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    send(&mut app, &[Key::Char('m')]);
    for step in '0'..='8' {
        send(&mut app, &[Key::Char(step)]);
        for (w, h) in [(80, 24), (160, 48), (40, 12), (20, 5), (1, 1)] {
            screen(&app, w, h);
        }
    }
    send(&mut app, &[Key::Char('2'), Key::Char('d'), Key::Char('y')]);
    let Screen::Seat(s) = &app.screen else {
        panic!("not open")
    };
    assert_eq!(s.room.doc().personas.len(), 1);
    send(&mut app, &[Key::Char('0'), Key::Char('u')]);
    let Screen::Seat(s) = &app.screen else {
        panic!("not open")
    };
    assert_eq!(s.room.doc().personas.len(), 2);
}

#[test]
fn random_keys_never_break_the_app_or_the_document() {
    let keys = [
        Key::Char('a'),
        Key::Char('i'),
        Key::Char('d'),
        Key::Char('y'),
        Key::Char('x'),
        Key::Char('J'),
        Key::Char('K'),
        Key::Char('u'),
        Key::Char('n'),
        Key::Char('p'),
        Key::Char('2'),
        Key::Char('0'),
        Key::Char(' '),
        Key::Char('é'),
        Key::Char('日'),
        Key::Char('g'),
        Key::Char('?'),
        Key::Char('q'),
        Key::Char('m'),
        Key::Char('o'),
        Key::Char('4'),
        Key::Char('5'),
        Key::Char('6'),
        Key::Char('7'),
        Key::Char('8'),
        Key::Char('v'),
        Key::Char('s'),
        Key::Char('l'),
        Key::Char('['),
        Key::Char(']'),
        Key::Home,
        Key::End,
        // Facilitation: time box, plans, notes, presentation, quick forms, export, quick audit.
        Key::Char('t'),
        Key::Char('+'),
        Key::Char('-'),
        Key::Char('L'),
        Key::Char('P'),
        Key::Char('N'),
        Key::Char('F'),
        Key::Char('B'),
        Key::Char('A'),
        Key::Char('e'),
        Key::Enter,
        Key::Tab,
        Key::BackTab,
        Key::Esc,
        Key::Backspace,
        Key::Delete,
        Key::Up,
        Key::Down,
        Key::Left,
        Key::Right,
        Key::PageDown,
        Key::Ctrl('s'),
        Key::Ctrl('g'),
        Key::Ctrl('r'),
        Key::Ctrl('z'),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    fastrand::seed(7);
    for i in 0..10000 {
        let msg = if i % 97 == 0 {
            Msg::Paste("collé\x1b[31m\n日本".into())
        } else {
            Msg::Key(keys[fastrand::usize(..keys.len())])
        };
        app.update(msg, Instant::now());
        if i % 50 == 0 {
            screen(&app, fastrand::u16(1..120), fastrand::u16(1..40));
            screen(&app, 1, 1);
            screen(&app, 20, 5);
        }
        if app.quit {
            app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
        }
        if let Screen::Seat(s) = &app.screen {
            assert!(parcours::edit::validate(s.room.doc()).is_ok());
        }
    }
}

#[test]
fn a_journey_of_five_stages_is_typed_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    send(&mut app, &[Key::Char('n')]);
    typed(&mut app, "Trial");
    send(&mut app, &[Key::Enter, Key::Char('2'), Key::Char('i')]);
    typed(&mut app, "Léa");
    send(
        &mut app,
        &[Key::Enter, Key::Enter, Key::Char('3'), Key::Char('a')],
    );
    typed(&mut app, "Léa signs up");
    send(
        &mut app,
        &[Key::Enter, Key::Tab, Key::Char(']'), Key::Char('i')],
    );
    for stage in ["Sees an ad", "Compares", "Buys", "Uses", "Leaves a review"] {
        typed(&mut app, stage);
        send(&mut app, &[Key::Enter]);
    }
    send(&mut app, &[Key::Enter]);
    // Each new stage takes the phase after the previous one; the first is not assumed to come
    // before the need, so the journey honestly starts late.
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("does not start before the need"), "{shown}");
    assert!(shown.contains("Leaves a review · Loyalty"), "{shown}");
    // Set the last stage's phase to "after use" with the arrows, and its emotion.
    send(
        &mut app,
        &[
            Key::Enter,
            Key::Down,
            Key::Right,
            Key::Right,
            Key::Down,
            Key::Down,
            Key::Down,
            Key::Right,
            Key::Right,
        ],
    );
    let Screen::Seat(s) = &app.screen else {
        panic!("not open")
    };
    let j = &s.room.doc().journeys[0];
    assert_eq!(
        j.persona.as_deref(),
        Some(s.room.doc().personas[0].id.as_str())
    );
    let names: Vec<&str> = j.stages.iter().map(|st| st.name.as_str()).collect();
    assert_eq!(
        names,
        ["Sees an ad", "Compares", "Buys", "Uses", "Leaves a review"]
    );
    use parcours::model::Phase::*;
    let phases: Vec<_> = j.stages.iter().map(|st| st.phase).collect();
    assert_eq!(phases, [Awareness, Evaluation, Purchase, Usage, AfterUse]);
    assert_eq!(j.stages[4].emotion, Some(1));
    let shown = screen(&app, 80, 24);
    assert!(!shown.contains("does not end after use"), "{shown}");
}

#[test]
fn listening_verbatims_and_an_nps_from_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    send(&mut app, &[Key::Char('n')]);
    typed(&mut app, "Listen");
    send(&mut app, &[Key::Enter, Key::Char('1'), Key::Char('i')]);
    for v in [
        "Prices change along the way",
        "« Trop cher » 😡",
        "サポートが遅い",
    ] {
        typed(&mut app, v);
        send(&mut app, &[Key::Enter]);
    }
    send(
        &mut app,
        &[Key::Enter, Key::Char(']'), Key::Char(']'), Key::Char('a')],
    );
    // The new metric (NPS by default) opens typing its label: Tab leaves it empty and goes
    // on to the source, then down to the answers.
    send(&mut app, &[Key::Tab, Key::Down, Key::Enter]);
    typed(&mut app, "10 9 8 7 3 0 10");
    send(&mut app, &[Key::Enter]);
    let shown = screen(&app, 80, 24);
    assert!(
        shown.contains("NPS +14: 3 promoters, 2 passives, 2 detractors, 7 answers"),
        "{shown}"
    );
    send(&mut app, &[Key::Down, Key::Enter]);
    typed(&mut app, "1 2 x");
    send(&mut app, &[Key::Enter]);
    assert!(screen(&app, 80, 24).contains("whole numbers only"));
    send(&mut app, &[Key::Ctrl('g'), Key::Up, Key::Enter, Key::End]);
    typed(&mut app, " 11");
    send(&mut app, &[Key::Enter]);
    assert!(screen(&app, 80, 24).contains("outside this metric's scale"));
    send(&mut app, &[Key::Ctrl('g'), Key::Tab, Key::Char('q')]);
    let path = &app.store.list().unwrap()[0].path;
    let saved = store::load(path).unwrap().doc;
    let texts: Vec<&str> = saved
        .listen
        .verbatims
        .iter()
        .map(|v| v.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "Prices change along the way",
            "« Trop cher » 😡",
            "サポートが遅い"
        ]
    );
    assert_eq!(
        saved.listen.metrics[0].input,
        parcours::model::MetricInput::Answers(vec![10, 9, 8, 7, 3, 0, 10])
    );
}

#[test]
fn a_new_workshop_takes_the_language_chosen_with_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::Fr);
    send(&mut app, &[Key::Char('n')]);
    assert!(screen(&app, 80, 24).contains("[fr, Tab\u{a0}: langue]"));
    send(&mut app, &[Key::Tab]);
    typed(&mut app, "Workshop in English");
    send(&mut app, &[Key::Enter, Key::Char('q')]);
    let saved = store::load(&app.store.list().unwrap()[0].path).unwrap().doc;
    assert_eq!(saved.framing.language, "en");
    send(&mut app, &[Key::Char('?'), Key::Down, Key::Down]);
    assert!(screen(&app, 80, 24).contains("défiler"));
    send(&mut app, &[Key::Char('x')]);
    assert!(!screen(&app, 80, 24).contains("défiler"));
}

#[test]
fn e_on_the_summary_writes_the_report_and_the_poster_beside_the_workshop() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    send(&mut app, &[Key::Char('m'), Key::Char('8'), Key::Char('e')]);
    let shown = screen(&app, 160, 48);
    let Screen::Seat(s) = &app.screen else {
        panic!("not open")
    };
    let md = s.room.path().with_extension("md");
    let html = s.room.path().with_extension("html");
    assert!(shown.contains("written:"), "{shown}");
    let report = std::fs::read_to_string(&md).unwrap();
    assert!(report.contains("## Action plan") && report.contains("Marie Lefèvre"));
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn a_click_focuses_the_pane_under_it_and_the_wheel_scrolls() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    app.update(Msg::Resize(100, 30), Instant::now());
    send(&mut app, &[Key::Char('m'), Key::Char('2')]);
    let pane = |app: &App| match &app.screen {
        Screen::Seat(s) => s.screens.personas.list.pane,
        Screen::Home(_) => panic!("not open"),
    };
    app.update(Msg::Click(80, 10), Instant::now());
    assert_eq!(pane(&app), parcours::tui::records::Pane::Form);
    app.update(Msg::Click(5, 10), Instant::now());
    assert_eq!(pane(&app), parcours::tui::records::Pane::List);
    // The wheel arrives as arrows: the second persona is selected.
    app.update(Msg::Key(Key::Down), Instant::now());
    assert!(screen(&app, 100, 30).contains("Karim Benali"));
    let Screen::Seat(s) = &app.screen else {
        panic!()
    };
    assert_eq!(
        s.screens.personas.list.selected.as_deref(),
        Some("per-karim")
    );
}

#[test]
fn time_spent_per_step_is_kept_and_the_time_box_signals_its_end() {
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    let t0 = Instant::now();
    let at = |s: u64| t0 + Duration::from_secs(s);
    app.update(Msg::Key(Key::Char('n')), at(0));
    typed(&mut app, "Timing");
    app.update(Msg::Key(Key::Enter), at(0));
    if let Screen::Seat(s) = &mut app.screen {
        s.shown_since = at(0);
    }
    // The default 15-minute box, started, then shortened to nothing: time is up.
    app.update(Msg::Key(Key::Char('t')), at(10));
    for s in [20, 21, 22] {
        app.update(Msg::Key(Key::Char('-')), at(s));
    }
    app.update(Msg::Tick, at(60));
    assert!(
        screen(&app, 100, 30).contains("Time is up"),
        "{}",
        screen(&app, 100, 30)
    );
    app.update(Msg::Key(Key::Char('+')), at(70));
    assert!(
        screen(&app, 100, 30).contains("⏱ 04:00"),
        "{}",
        screen(&app, 100, 30)
    );
    app.update(Msg::Key(Key::Char('1')), at(300));
    // The running box hands over: the listening step's own box is counting.
    assert!(
        screen(&app, 100, 30).contains("⏱ 15:00"),
        "{}",
        screen(&app, 100, 30)
    );
    app.update(Msg::Key(Key::Char('2')), at(420));
    app.update(Msg::Key(Key::Char('q')), at(425));
    let path = dir.path().join("timing.json");
    let saved = store::load(&path).unwrap().doc;
    let spent = &saved.facilitation.spent;
    assert_eq!(spent.get("framing"), Some(&300), "{spent:?}");
    assert_eq!(spent.get("listen"), Some(&120), "{spent:?}");
    assert_eq!(spent.get("personas"), Some(&5), "{spent:?}");
    assert_eq!(saved.facilitation.timeboxes.get("framing"), Some(&5));
}

#[test]
fn the_facilitators_note_stays_out_of_presentation_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    send(&mut app, &[Key::Char('m'), Key::Char('8'), Key::Char('N')]);
    typed(&mut app, "Karim's team is sceptical");
    send(&mut app, &[Key::Ctrl('s')]);
    assert!(screen(&app, 120, 40).contains("Karim's team is sceptical"));
    send(&mut app, &[Key::Char('P')]);
    for _ in 0..3 {
        assert!(!screen(&app, 120, 40).contains("sceptical"));
        send(&mut app, &[Key::Right]);
    }
    send(&mut app, &[Key::Char('q')]);
    let Screen::Seat(s) = &app.screen else {
        panic!("not open")
    };
    use parcours::export::{Format, Table, export, export_with};
    let md = export(s.room.doc(), Format::Md, Table::Actions, false);
    assert!(!md.contains("sceptical"));
    let md = export_with(s.room.doc(), Format::Md, Table::Actions, false, true);
    assert!(md.contains("Karim's team is sceptical"));
    let html = export_with(s.room.doc(), Format::Html, Table::Actions, false, true);
    assert!(html.contains("Karim&#39;s team is sceptical"));
}

#[test]
fn a_facilitator_alone_types_the_rooms_cards_and_votes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    send(
        &mut app,
        &[Key::Char('m'), Key::Char('1'), Key::Char('R'), Key::Enter],
    );
    for card in ["Cold bread", "Kind staff"] {
        typed(&mut app, card);
        send(&mut app, &[Key::Enter]);
    }
    let doc = |app: &App| app.seat().unwrap().room.doc().clone();
    let before = doc(&app).listen.verbatims.len();
    send(&mut app, &[Key::Esc, Key::Char('V'), Key::Char('y')]);
    let after = doc(&app);
    assert_eq!(after.listen.verbatims.len(), before + 2);
    let texts: Vec<&str> = after
        .listen
        .verbatims
        .iter()
        .skip(before)
        .map(|v| v.text.as_str())
        .collect();
    assert!(
        texts.contains(&"Cold bread") && texts.contains(&"Kind staff"),
        "{texts:?}"
    );
    // Votes read out: each key one vote more on the cell.
    send(&mut app, &[Key::Char('5'), Key::Char('R'), Key::Enter]);
    for level in ['l', 'l', 'l', 's'] {
        send(&mut app, &[Key::Char(level), Key::Up]);
    }
    send(&mut app, &[Key::Char('V'), Key::Char('y')]);
    let cell = &doc(&app).moments[0].criticity["per-marie"];
    assert_eq!(cell.level, parcours::model::Level::Low);
    assert_eq!(
        cell.votes.as_ref().unwrap()[&parcours::model::Level::Low],
        3
    );
    assert!(cell.unsettled);
    assert!(
        !dir.path()
            .read_dir()
            .unwrap()
            .any(|e| { e.unwrap().path().extension().is_some_and(|x| x == "round") }),
        "the round file goes with the reveal"
    );
}

#[test]
fn opening_a_file_whose_links_disagree_says_so_once_and_saves_the_repair() {
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ancien.json");
    let mut doc = parcours::demo::demo(Lang::En);
    let marie = &mut doc.personas[0];
    marie.evidence.retain(|v| v != "vb-ten-minutes");
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    app.open(path.clone(), None).unwrap();
    let shown = screen(&app, 200, 30);
    assert!(
        shown.contains("links repaired on opening: “I sent my first invoice"),
        "{shown}"
    );
    let t0 = Instant::now();
    app.update(Msg::Tick, t0 + Duration::from_secs(1));
    send(&mut app, &[Key::Down]);
    let shown = screen(&app, 200, 30);
    assert!(!shown.contains("links repaired"), "once only: {shown}");
    assert!(shown.contains("saved"), "{shown}");
    let saved = store::load(&path).unwrap();
    assert!(saved.repairs.is_empty());
    assert!(
        saved.doc.personas[0]
            .evidence
            .contains(&"vb-ten-minutes".to_owned())
    );
}

#[test]
fn a_moment_takes_verbatims_as_evidence_and_counts_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let mut doc = parcours::demo::demo(Lang::En);
    let path = store.create(&mut doc).unwrap();
    let mut app = App::new(store, Lang::En);
    app.open(path.clone(), None).unwrap();
    // Step 4, the first moment's form, down to its evidence: tick the first two verbatims,
    // untick the fourth, which the demo had there.
    send(&mut app, &[Key::Char('4'), Key::Tab]);
    send(&mut app, &[Key::Down; 4]);
    send(
        &mut app,
        &[Key::Enter, Key::Char(' '), Key::Down, Key::Char(' ')],
    );
    send(
        &mut app,
        &[Key::Down, Key::Down, Key::Char(' '), Key::Enter],
    );
    let shown = screen(&app, 160, 48);
    assert!(shown.contains("◆ “2 The trial works on day one"), "{shown}");
    assert!(
        shown.contains("Evidence    “2 · Every Sunday evening"),
        "{shown}"
    );
    send(&mut app, &[Key::Tab, Key::Char('q')]);
    let saved = store::load(&path).unwrap().doc;
    assert_eq!(
        saved.moment("mom-trial-day-one").unwrap().evidence,
        imbl::vector!["vb-sunday-invoices".to_owned(), "vb-peer-post".to_owned()]
    );
}

#[test]
fn pain_points_typed_on_a_stage_reach_the_summary_the_report_and_the_poster() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Store::locate(Some(dir.path().into())).unwrap(), Lang::En);
    send(&mut app, &[Key::Char('n')]);
    typed(&mut app, "Pains");
    send(&mut app, &[Key::Enter, Key::Char('2'), Key::Char('i')]);
    typed(&mut app, "Léa");
    send(
        &mut app,
        &[Key::Enter, Key::Enter, Key::Char('3'), Key::Char('a')],
    );
    typed(&mut app, "Léa buys");
    send(
        &mut app,
        &[Key::Enter, Key::Tab, Key::Char(']'), Key::Char('i')],
    );
    typed(&mut app, "Checkout");
    send(&mut app, &[Key::Enter, Key::Enter, Key::Enter]);
    // Down to the pain points, a multi-line field: Enter edits it, Ctrl-S keeps it.
    for _ in 0..5 {
        send(&mut app, &[Key::Down]);
    }
    send(&mut app, &[Key::Enter]);
    typed(&mut app, "Fees appear at the last step 💸");
    send(&mut app, &[Key::Ctrl('s')]);
    let doc = app.seat().unwrap().room.doc().clone();
    assert_eq!(
        doc.journeys[0].stages[0].pain_points,
        "Fees appear at the last step 💸"
    );
    send(&mut app, &[Key::Tab, Key::Char('8')]);
    let shown = screen(&app, 120, 60);
    assert!(
        shown.contains("✗ Fees appear at the last step 💸"),
        "{shown}"
    );
    use parcours::export::{Format, Table, export};
    let md = export(&doc, Format::Md, Table::Actions, false);
    assert!(md.contains("| Fees appear at the last step 💸 |"), "{md}");
    let html = export(&doc, Format::Html, Table::Actions, false);
    assert!(
        html.contains("<td class=\"pain\">Fees appear at the last step 💸</td>"),
        "{html}"
    );
}

/// The demo open in `lang` at `step`.
fn demo_at(dir: &std::path::Path, lang: Lang, step: parcours::method::Step) -> App {
    let store = Store::locate(Some(dir.into())).unwrap();
    let mut doc = parcours::demo::demo(lang);
    let path = store.create(&mut doc).unwrap();
    let mut app = App::new(store, lang);
    app.open(path, Some(step)).unwrap();
    app
}

fn seat(app: &App) -> &parcours::tui::seat::Seat {
    app.seat().expect("a workshop is open")
}

#[test]
fn tab_goes_from_field_to_field_and_another_record_starts_at_its_first() {
    use parcours::tui::records::Pane;
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at(dir.path(), Lang::En, parcours::method::Step::Personas);
    let personas = |app: &App| {
        let l = &seat(app).screens.personas.list;
        (l.pane, l.form.focus, l.form.editor.is_some())
    };
    send(&mut app, &[Key::Enter, Key::Tab, Key::Tab]);
    assert_eq!(personas(&app), (Pane::Form, 2, false));
    let footer = screen(&app, 80, 24);
    let footer = footer.lines().nth(23).unwrap();
    assert!(footer.contains("Tab next field"), "{footer}");
    assert!(!footer.contains("next pane"), "{footer}");
    // Typing, Tab keeps and moves on: a second Tab stays in the form.
    send(&mut app, &[Key::Enter, Key::Ctrl('u')]);
    typed(&mut app, "Busy");
    send(&mut app, &[Key::Tab, Key::Tab, Key::BackTab]);
    assert_eq!(personas(&app), (Pane::Form, 3, false));
    assert_eq!(seat(&app).room.doc().personas[0].context, "Busy");
    // Esc goes back to the list; the same record comes back at its field, another at its first.
    send(&mut app, &[Key::Esc]);
    assert_eq!(personas(&app).0, Pane::List);
    send(&mut app, &[Key::Enter]);
    assert_eq!(personas(&app), (Pane::Form, 3, false));
    send(&mut app, &[Key::Ctrl('g'), Key::Down, Key::Enter]);
    assert_eq!(personas(&app), (Pane::Form, 0, false));
    send(&mut app, &[Key::Esc, Key::Up, Key::Tab]);
    assert_eq!(personas(&app), (Pane::Form, 0, false));
}

#[test]
fn a_starts_typing_the_new_records_name_and_ctrl_u_clears_a_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at(dir.path(), Lang::En, parcours::method::Step::Personas);
    // Digits would jump to a step if they were taken as keys.
    send(&mut app, &[Key::Char('a')]);
    typed(&mut app, "Ana 42");
    send(&mut app, &[Key::Enter]);
    let s = seat(&app);
    assert_eq!(s.step, parcours::method::Step::Personas);
    assert_eq!(s.room.doc().personas[1].name, "Ana 42");
    // Ctrl-U empties a one-line field and a multi-line one.
    send(&mut app, &[Key::Enter, Key::Ctrl('u')]);
    typed(&mut app, "Ana");
    send(&mut app, &[Key::Tab, Key::Tab, Key::Enter]);
    typed(&mut app, "one");
    send(&mut app, &[Key::Enter]);
    typed(&mut app, "two");
    send(&mut app, &[Key::Ctrl('u')]);
    typed(&mut app, "Short");
    send(&mut app, &[Key::Ctrl('s')]);
    let ana = seat(&app).room.doc().personas[1].clone();
    assert_eq!((ana.name.as_str(), ana.context.as_str()), ("Ana", "Short"));
}

#[test]
fn undo_and_redo_say_what_they_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at(dir.path(), Lang::En, parcours::method::Step::Personas);
    send(&mut app, &[Key::Enter, Key::Enter, Key::Ctrl('u')]);
    typed(&mut app, "Ana");
    send(&mut app, &[Key::Enter, Key::Esc, Key::Char('u')]);
    let note = |app: &App| seat(app).note.clone().unwrap_or_default();
    assert_eq!(note(&app), "Undone: persona «Marie Lefèvre» › name");
    assert_eq!(seat(&app).room.doc().personas[0].name, "Marie Lefèvre");
    send(&mut app, &[Key::Ctrl('r')]);
    assert_eq!(note(&app), "Redone: persona «Ana» › name");
    send(&mut app, &[Key::Char('u'), Key::Char('u'), Key::Char('u')]);
    let said = note(&app);
    assert!(
        said.starts_with("Undone: ") || said == "nothing to undo",
        "{said}"
    );
    // A choice kept as it was is no change, so there is nothing to undo.
    let mut listen = demo_at(dir.path(), Lang::En, parcours::method::Step::Listen);
    send(&mut listen, &[Key::Enter, Key::Tab, Key::Enter, Key::Enter]);
    send(&mut listen, &[Key::Char('u')]);
    assert_eq!(note(&listen), "nothing to undo");
    let mut fr = demo_at(dir.path(), Lang::Fr, parcours::method::Step::Personas);
    send(&mut fr, &[Key::Char('a')]);
    typed(&mut fr, "Zoé");
    send(&mut fr, &[Key::Enter, Key::Char('u')]);
    assert_eq!(note(&fr), "Annulé\u{a0}: persona «Zoé» › nom");
}

#[test]
fn pasted_line_breaks_stay_lines_in_notes_and_spaces_in_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at(dir.path(), Lang::En, parcours::method::Step::Personas);
    let now = Instant::now();
    send(&mut app, &[Key::Enter, Key::Enter, Key::Ctrl('u')]);
    app.update(Msg::Paste("Ana\r\nMaria".into()), now);
    send(
        &mut app,
        &[Key::Enter, Key::Down, Key::Down, Key::Enter, Key::Ctrl('u')],
    );
    app.update(Msg::Paste("one\rtwo\r\nthree\nfour".into()), now);
    send(&mut app, &[Key::Ctrl('s')]);
    let p = seat(&app).room.doc().personas[0].clone();
    assert_eq!(p.name, "Ana Maria");
    assert_eq!(p.context, "one\ntwo\nthree\nfour");
}

#[test]
fn after_adopting_a_draft_the_cursor_is_on_the_one_that_came_next() {
    use parcours::summary::drafts;
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at(dir.path(), Lang::En, parcours::method::Step::Target);
    while !seat(&app).room.doc().target.actions.is_empty() {
        send(&mut app, &[Key::Char('d'), Key::Char('y')]);
    }
    let all = |app: &App| {
        let doc = seat(app).room.doc();
        let each = doc.personas.iter();
        each.flat_map(|p| drafts(doc, &p.id, Lang::En))
            .map(|d| d.moment.or(d.stage))
            .collect::<Vec<_>>()
    };
    let before = all(&app);
    assert!(before.len() >= 3, "{before:?}");
    send(&mut app, &[Key::Char(']'), Key::Down, Key::Enter]);
    // The adopted action opens in the actions tab; back to the drafts, Enter adopts the next.
    assert_eq!(seat(&app).screens.target.tab, 0);
    send(&mut app, &[Key::Esc, Key::Char(']'), Key::Enter]);
    let doc = seat(&app).room.doc();
    let adopted: Vec<_> = doc
        .target
        .actions
        .iter()
        .map(|a| a.moment.clone().or(a.stage.clone()))
        .collect();
    assert_eq!(adopted, [before[1].clone(), before[2].clone()]);
}

#[test]
fn the_help_tells_the_keys_in_hand_first_and_ends_at_its_last_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at(dir.path(), Lang::En, parcours::method::Step::Personas);
    send(&mut app, &[Key::Enter, Key::Char('?')]);
    let shown = screen(&app, 80, 24);
    let form = shown.find("A form").unwrap();
    assert!(
        form < shown.find("Anywhere in a workshop").unwrap(),
        "{shown}"
    );
    assert!(!shown.contains("Home screen"), "{shown}");
    send(&mut app, &[Key::PageDown; 30]);
    let shown = screen(&app, 80, 24);
    let rows: Vec<&str> = shown.lines().collect();
    // The last line of the help sits just above the box's bottom border.
    assert!(rows[21].contains("quit"), "{shown}");
    assert!(rows[22].contains('└'), "{shown}");
    send(&mut app, &[Key::Up]);
    assert!(
        !screen(&app, 80, 24)
            .lines()
            .nth(21)
            .unwrap()
            .contains("quit")
    );
}
