//! The terminal UI: an Elm-style loop over the app's own input type. The home screen, or a
//! seat on a room; see docs/ARCHITECTURE.md for how a key reaches the saved file.

pub mod app;
pub mod colors;
pub mod fields;
pub mod fitting;
pub mod form;
pub mod home;
pub mod key;
pub mod keymap;
pub mod look;
pub mod memo;
pub mod output;
pub mod overlay;
pub mod presence;
pub mod records;
pub mod rounds;
pub mod rows;
pub mod screen;
pub mod screens;
pub mod seat;
pub mod tabs;
pub mod terminal;
pub mod theme;
pub mod typing;
pub mod view;

use crate::method::Step;
use crate::room::Handle;
use crate::store::Store;
use app::App;
use key::Msg;
use look::Setup;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Where the interface starts.
pub enum Start {
    Home,
    /// A workshop of the store (joined if a live host holds it), at a step.
    Open(PathBuf, Option<Step>),
    /// A new workshop, created in the store, at a step.
    Create(Box<crate::model::Workshop>, Option<Step>),
    /// A seat already taken in a live workshop.
    Join(Box<dyn Handle>),
}

/// Runs the interface from `start`. Pending changes are saved before it returns, whatever the
/// way out.
pub fn launch(
    store: Store,
    lang: crate::i18n::Lang,
    setup: Setup,
    start: Start,
) -> Result<(), String> {
    let mut app = match start {
        Start::Home => App::new(store, lang),
        Start::Open(..) | Start::Create(..) | Start::Join(_) => App::opening(store, lang),
    };
    let mouse = setup.mouse;
    match start {
        Start::Home => {}
        Start::Open(path, step) => {
            app.open(path.clone(), step)?;
            // Also where they stay readable once the interface is gone.
            for note in &app.repairs {
                eprintln!("{}: {note}", path.display());
            }
        }
        Start::Create(doc, step) => app.create(*doc, step)?,
        Start::Join(handle) => {
            app.sit(handle, None);
            app.only_seat = true;
        }
    }
    // After opening, so a theme problem is said on whichever screen shows first.
    app.set_look(setup);
    let mut terminal = terminal::init(mouse).map_err(|e| e.to_string())?;
    if let Ok(size) = terminal.size() {
        app.update(Msg::Resize(size.width, size.height), Instant::now());
    }
    // A new workshop's file is written after the first frame (a synced write takes
    // milliseconds), and before any key is read.
    let first = terminal.draw(|f| view::view(&app, f)).map(|_| app.stamp());
    if let Err(why) = app.settle() {
        terminal::restore();
        return Err(why);
    }
    let result = (|| -> std::io::Result<()> {
        // What the last frame showed; none when a key may have changed anything.
        let mut shown = Some(first?);
        while !app.quit {
            let stamp = app.stamp();
            if shown.as_ref() != Some(&stamp) {
                terminal.draw(|f| view::view(&app, f))?;
                shown = Some(stamp);
            }
            if let Some(msg) = terminal::next(Duration::from_millis(100))? {
                if msg != Msg::Tick {
                    shown = None;
                }
                app.update(msg, Instant::now());
            }
            if app.take_bell() {
                // The terminal bell: the only output not drawn by ratatui.
                use std::io::Write;
                let mut out = std::io::stdout();
                out.write_all(b"\x07")?;
                out.flush()?;
            }
        }
        Ok(())
    })();
    let saved = app.close();
    terminal::restore();
    if let Some(farewell) = &app.farewell {
        println!("{farewell}");
    }
    saved?;
    result.map_err(|e| e.to_string())
}
