//! `cargo bench`: on a large generated workshop, loading and saving it, the frame time of
//! every step at 200x60, and the bytes sent to the terminal when one character is typed in a
//! field. Targets: 50 ms to load or save, 1 ms a frame, 18 bytes a keystroke. A plain harness,
//! so no benchmark crate is needed.

#[path = "common/big.rs"]
mod big;

use big::big;
use parcours::method::Step;
use parcours::store::{self, Store};
use parcours::tui::app::App;
use parcours::tui::key::{Key, Msg};
use parcours::tui::output::Output;
use parcours::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use std::time::Instant;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let mut doc = big();
    let path = store.create(&mut doc).unwrap();
    let size = std::fs::metadata(&path).unwrap().len() as f64 / 1e6;
    let start = Instant::now();
    let runs = 10;
    for _ in 0..runs {
        store::load(&path).unwrap();
    }
    println!(
        "load the big workshop ({size:.1} MB): {:?} (target 50 ms)",
        start.elapsed() / runs
    );
    let start = Instant::now();
    for _ in 0..runs {
        store::save(&path, &mut doc).unwrap();
    }
    println!("save it: {:?} (target 50 ms)", start.elapsed() / runs);

    let mut app = App::new(store, parcours::i18n::Lang::En);
    app.open(path, None).unwrap();
    let now = Instant::now();
    // Every step at 200x60, the second frame onwards (the first derives what the step shows).
    for step in Step::ALL {
        let key = char::from(b'0' + step as u8);
        app.update(Msg::Key(Key::Char(key)), now);
        let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let first = Instant::now();
        term.draw(|f| view(&app, f)).unwrap();
        let first = first.elapsed();
        let frames = 100;
        let start = Instant::now();
        for _ in 0..frames {
            term.draw(|f| view(&app, f)).unwrap();
        }
        println!(
            "step {} at 200x60: {:?} a frame, the first {first:?} (target 1 ms)",
            step as u8,
            start.elapsed() / frames
        );
    }

    // A persona named with 10 MB of text: every step still answers at once.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let mut huge = parcours::demo::demo(parcours::i18n::Lang::En);
    huge.personas[0].name = "Nadia ".repeat((10 << 20) / 6);
    let path = store.create(&mut huge).unwrap();
    let mut app_huge = App::new(store, parcours::i18n::Lang::En);
    app_huge.open(path, None).unwrap();
    let mut worst = (std::time::Duration::ZERO, 0);
    for step in Step::ALL {
        let key = char::from(b'0' + step as u8);
        app_huge.update(Msg::Key(Key::Char(key)), now);
        let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
        term.draw(|f| view(&app_huge, f)).unwrap();
        let start = Instant::now();
        for _ in 0..10 {
            term.draw(|f| view(&app_huge, f)).unwrap();
        }
        worst = worst.max((start.elapsed() / 10, step as u8));
    }
    println!(
        "a 10 MB persona name, 100x30: slowest step {} at {:?} a frame",
        worst.1, worst.0
    );

    // Typing in a stage's name on step 3, through the interface's own output.
    app.update(Msg::Key(Key::Char('3')), now);
    let size = Size {
        width: 200,
        height: 60,
    };
    let mut term = Terminal::new(Output::new(Vec::new(), Some(size))).unwrap();
    for k in [Key::Char(']'), Key::Tab, Key::Enter] {
        app.update(Msg::Key(k), now);
    }
    term.draw(|f| view(&app, f)).unwrap();
    let mut bytes = Vec::new();
    for c in "abcdefghij".chars() {
        let before = term.backend().writer().len();
        app.update(Msg::Key(Key::Char(c)), now);
        term.draw(|f| view(&app, f)).unwrap();
        bytes.push(term.backend().writer().len() - before);
    }
    let mean = bytes.iter().sum::<usize>() / bytes.len();
    println!(
        "bytes written per typed character: mean {mean}, max {} (target 18)",
        bytes.iter().max().unwrap()
    );

    // The stage name is kept; the autosave that follows runs between two keys.
    app.update(Msg::Key(Key::Enter), now);
    let later = now + std::time::Duration::from_secs(2);
    let start = Instant::now();
    app.update(Msg::Tick, later);
    let held = start.elapsed();
    app.close().unwrap();
    println!(
        "an autosave of the big workshop holds the keys up {held:?} (target 16 ms), {:?} with the write",
        start.elapsed()
    );
}
