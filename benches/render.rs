//! `cargo bench`: frame time of step 3 on a large generated workshop at 200x60, and the bytes
//! sent to the terminal when one character is typed in a field. Targets: under 1 ms a frame,
//! under 64 bytes a keystroke. A plain harness, so no benchmark crate is needed.

use parcours::model::*;
use parcours::store::Store;
use parcours::tui::app::App;
use parcours::tui::key::{Key, Msg};
use parcours::tui::view::view;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::cell::Cell;
use std::io::Write;
use std::rc::Rc;
use std::time::Instant;

fn big() -> Workshop {
    let mut w = Workshop::new("Benchmark", "en");
    for p in 0..50 {
        w.personas.push(Persona {
            id: format!("per-{p}"),
            name: format!("Persona {p} Éloïse 日本"),
            goals: "g".into(),
            ..Default::default()
        });
        let stages = (0..20)
            .map(|s| Stage {
                id: format!("stg-{p}-{s}"),
                name: format!("Stage {s} of journey {p}"),
                phase: Phase::ALL[s * 8 / 20],
                emotion: Some((s % 5) as i8 - 2),
                actions: "Does things".into(),
                ..Default::default()
            })
            .collect();
        w.journeys.push(Journey {
            id: format!("jny-{p}"),
            name: format!("Journey {p}"),
            persona: Some(format!("per-{p}")),
            stages,
        });
    }
    // Five moments per journey, each rated for every persona, and an action for each.
    for p in 0..50 {
        for m in 0..5 {
            let id = format!("mom-{p}-{m}");
            w.moments.push(Moment {
                id: id.clone(),
                stage: format!("stg-{p}-{}", m * 4),
                kind: MomentKind::ALL[m % 3],
                title: format!("Moment {m} of journey {p}"),
                criticity: (0..50)
                    .map(|q| {
                        let level = Level::ALL[(p + q + m) % 4];
                        let rating = Rating::new(level, "because".into());
                        (format!("per-{q}"), rating)
                    })
                    .collect(),
                ..Default::default()
            });
            w.target.actions.push(Action {
                id: format!("act-{p}-{m}"),
                persona: Some(format!("per-{p}")),
                text: format!("Action for moment {m} of journey {p}"),
                moment: Some(id),
                impact: Impact::ALL[m % 2],
                effort: Effort::ALL[(m / 2) % 2],
                ..Default::default()
            });
        }
    }
    for v in 0..10_000 {
        w.listen.verbatims.push(Verbatim {
            id: format!("vrb-{v}"),
            text: format!("Verbatim number {v}, with « accents » and 絵文字 🎉"),
            persona: Some(format!("per-{}", v % 50)),
            stage: Some(format!("stg-{}-{}", v % 50, v % 20)),
            ..Default::default()
        });
    }
    w
}

/// Counts what the terminal would receive; the count is shared so it can be read while the
/// terminal owns the writer.
struct Count(Rc<Cell<usize>>);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let mut doc = big();
    let path = store.create(&mut doc).unwrap();
    let mut app = App::new(store, parcours::i18n::Lang::En);
    app.open(path, None).unwrap();
    let now = Instant::now();
    for k in [Key::Char('3'), Key::Char(']')] {
        app.update(Msg::Key(k), now);
    }

    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
    term.draw(|f| view(&app, f)).unwrap();
    let frames = 500;
    let start = Instant::now();
    for _ in 0..frames {
        term.draw(|f| view(&app, f)).unwrap();
    }
    let per_frame = start.elapsed() / frames;
    println!(
        "render step 3, 200x60, 50 personas, 50x20 stages, 10000 verbatims: {per_frame:?} a frame (target < 1 ms)"
    );

    for (key, what) in [('5', "criticity grid"), ('8', "summary")] {
        let mut step_app_term = Terminal::new(TestBackend::new(200, 60)).unwrap();
        app.update(Msg::Key(Key::Char(key)), now);
        let frames = 50;
        let start = Instant::now();
        for _ in 0..frames {
            step_app_term.draw(|f| view(&app, f)).unwrap();
        }
        println!(
            "render the {what}, 200x60, 250 moments rated for 50 personas, 250 actions: {:?} a frame",
            start.elapsed() / frames
        );
    }
    app.update(Msg::Key(Key::Char('3')), now);

    // Typing one character in the stage name field, on a real terminal backend.
    let sent = Rc::new(Cell::new(0));
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 200, 60)),
    };
    let mut term =
        Terminal::with_options(CrosstermBackend::new(Count(sent.clone())), options).unwrap();
    for k in [Key::Tab, Key::Enter] {
        app.update(Msg::Key(k), now);
    }
    term.draw(|f| view(&app, f)).unwrap();
    let mut bytes = Vec::new();
    for c in "abcdefghij".chars() {
        let before = sent.get();
        app.update(Msg::Key(Key::Char(c)), now);
        term.draw(|f| view(&app, f)).unwrap();
        bytes.push(sent.get() - before);
    }
    let mean = bytes.iter().sum::<usize>() / bytes.len();
    println!(
        "bytes written per typed character: mean {mean}, max {} (target < 64)",
        bytes.iter().max().unwrap()
    );
}
