//! The terminal edge: set-up and restore on every exit path, and crossterm events turned into
//! the app's own [`Msg`].

use super::key::{Key, Msg};
use super::output::Output;
use ratatui::Terminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The interface's terminal: ratatui over our own quiet output.
pub type Term = Terminal<Output<Stdout>>;

/// Whether mouse reporting was switched on, so that only then is it switched off.
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Enters raw mode and the alternate screen with bracketed paste on (and mouse reporting with
/// `mouse`); a panic hook puts everything back before the panic is reported.
pub fn init(mouse: bool) -> io::Result<Term> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        MOUSE.store(true, Ordering::SeqCst);
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Terminal::new(Output::new(io::stdout(), None))
}

/// Undoes `init`, whatever the pen and the cursor were left as.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableBracketedPaste);
    if MOUSE.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = disable_raw_mode();
    let _ = execute!(
        out,
        ratatui::crossterm::style::SetAttribute(ratatui::crossterm::style::Attribute::Reset),
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
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
