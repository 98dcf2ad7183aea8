//! The terminal UI. Until the guided screens land, opening a workshop shows a plain screen
//! that names it, says where it is saved and how far it has gone.

pub mod app;
pub mod fields;
pub mod form;
pub mod key;
pub mod keymap;
pub mod records;
pub mod screens;
pub mod terminal;
pub mod text;
pub mod theme;

use crate::i18n::{Lang, tui as t};
use crate::method::{self, Step};
use crate::store::{self, Lock, Store};
use key::{Key, Msg};
use ratatui::widgets::{Block, Paragraph, Wrap};
use std::path::PathBuf;
use std::time::Duration;

/// Runs the interface on the home screen, or on a workshop when `open` is given.
pub fn launch(
    store: Store,
    lang: Lang,
    open: Option<(PathBuf, Option<Step>)>,
) -> Result<(), String> {
    // Held until the interface closes, so a second parcours on this workshop is refused.
    let _lock = match &open {
        Some((path, _)) => Some(Lock::acquire(path).map_err(|e| e.message(lang))?),
        None => None,
    };
    let lines = match &open {
        Some((path, step)) => {
            let doc = store::load(path).map_err(|e| e.message(lang))?;
            let step = step.unwrap_or(Step::Framing);
            vec![
                text::one_line(&doc.framing.title),
                path.display().to_string(),
                t::PROGRESS.fill(lang, &[("percent", &method::overall(&doc).percent())]),
                t::AT_STEP.fill(lang, &[("step", &step.title(lang))]),
            ]
        }
        None => {
            let entries = store.list().map_err(|e| e.message(lang))?;
            t::HOME
                .fill(
                    lang,
                    &[("count", &entries.len()), ("dir", &store.dir().display())],
                )
                .lines()
                .map(str::to_owned)
                .collect()
        }
    };
    let mut terminal = terminal::init();
    let result = (|| -> std::io::Result<()> {
        loop {
            terminal.draw(|f| {
                let mut body = lines.join("\n");
                body.push_str("\n\n");
                body.push_str(t::PLACEHOLDER.get(lang));
                let p = Paragraph::new(body)
                    .wrap(Wrap { trim: false })
                    .block(Block::bordered().title(" parcours "));
                f.render_widget(p, f.area());
            })?;
            if let Some(Msg::Key(Key::Char('q') | Key::Ctrl('c') | Key::Esc)) =
                terminal::next(Duration::from_millis(250))?
            {
                return Ok(());
            }
        }
    })();
    terminal::restore();
    result.map_err(|e| e.to_string())
}
