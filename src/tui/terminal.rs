//! The terminal edge: set-up and restore on every exit path, and crossterm events turned into
//! the app's own [`Msg`].

use super::key::{Key, Msg};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Enters the alternate screen with bracketed paste on (and mouse reporting with `mouse`).
/// `ratatui::init` installs a panic hook that restores the terminal; ours is chained after it
/// to also turn paste and the mouse off.
/// Whether mouse reporting was switched on, so that only then is it switched off.
static MOUSE: AtomicBool = AtomicBool::new(false);

pub fn init(mouse: bool) -> DefaultTerminal {
    let terminal = ratatui::init();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        undo();
        hook(info);
    }));
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    if mouse {
        MOUSE.store(true, Ordering::SeqCst);
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    terminal
}

/// Switches off what `init` switched on beyond ratatui's own.
fn undo() {
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    if MOUSE.swap(false, Ordering::SeqCst) {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
}

/// Undoes `init`.
pub fn restore() {
    undo();
    ratatui::restore();
}

/// Waits up to `timeout` for an event; `Tick` when none came.
pub fn next(timeout: Duration) -> io::Result<Option<Msg>> {
    if !event::poll(timeout)? {
        return Ok(Some(Msg::Tick));
    }
    Ok(match event::read()? {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            convert(k.code, k.modifiers).map(Msg::Key)
        }
        Event::Paste(text) => Some(Msg::Paste(text)),
        // With --mouse: the wheel scrolls like the arrows, a click focuses the pane under it.
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollUp => Some(Msg::Key(Key::Up)),
            MouseEventKind::ScrollDown => Some(Msg::Key(Key::Down)),
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click(m.column, m.row)),
            _ => None,
        },
        // Every loop turn redraws; the app only keeps the size for the pages that scroll.
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        _ => None,
    })
}

fn convert(code: KeyCode, mods: KeyModifiers) -> Option<Key> {
    let ctrl = mods.contains(KeyModifiers::CONTROL);
    Some(match code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => Key::BackTab,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        _ => return None,
    })
}
