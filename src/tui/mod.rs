//! The terminal UI: an Elm-style loop over the app's own input type.

pub mod app;
pub mod colors;
pub mod fields;
pub mod form;
pub mod key;
pub mod keymap;
pub mod records;
pub mod screens;
pub mod session;
pub mod terminal;
pub mod theme;
pub mod view;

use crate::i18n::Lang;
use crate::method::Step;
use crate::store::Store;
use app::{App, Screen};
use key::Msg;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Runs the interface on the home screen, or on a workshop when `open` is given. Pending
/// changes are saved before it returns, whatever the way out.
/// How the interface looks and listens: themes, the chosen one, colour depth, mouse.
pub struct Look {
    pub themes: theme::Themes,
    /// The theme asked for (`--theme`, else the one saved from the picker).
    pub theme: Option<String>,
    pub depth: colors::Depth,
    pub mouse: bool,
}

pub fn launch(
    store: Store,
    lang: Lang,
    look: Look,
    open: Option<(PathBuf, Option<Step>)>,
) -> Result<(), String> {
    let mut app = App::new(store, lang);
    let mouse = look.mouse;
    if let Some((path, step)) = open {
        app.open(path, step)?;
    }
    // After opening, so a theme problem is said on whichever screen shows first.
    app.set_look(look);
    let mut terminal = terminal::init(mouse);
    if let Ok(size) = terminal.size() {
        app.update(Msg::Resize(size.width, size.height), Instant::now());
    }
    let result = (|| -> std::io::Result<()> {
        while !app.quit {
            terminal.draw(|f| view::view(&app, f))?;
            if let Some(msg) = terminal::next(Duration::from_millis(100))? {
                app.update(msg, Instant::now());
            }
            if std::mem::take(&mut app.bell) {
                // The terminal bell: the only output not drawn by ratatui.
                use std::io::Write;
                let mut out = std::io::stdout();
                out.write_all(b"\x07")?;
                out.flush()?;
            }
        }
        Ok(())
    })();
    app.autosave(Instant::now(), true);
    terminal::restore();
    if let Screen::Workshop(s) = &app.screen
        && let app::SaveState::Failed(e) = &s.save
    {
        return Err(e.clone());
    }
    result.map_err(|e| e.to_string())
}
