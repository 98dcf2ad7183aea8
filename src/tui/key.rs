//! The app's own input type. Crossterm events are converted at the edge (`terminal.rs`), so
//! tests, a pseudo-terminal or a remote seat can drive the same `App`.

use serde::{Deserialize, Serialize};

/// A key as the app sees it. Only keys that survive tmux and ssh are distinguished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Key {
    Char(char),
    /// Ctrl with a lowercase letter.
    Ctrl(char),
    Enter,
    Tab,
    BackTab,
    Esc,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
}

/// Everything that can happen to the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Key(Key),
    /// Bracketed paste: the whole pasted text at once.
    Paste(String),
    /// A periodic wake-up, for autosave and timers.
    Tick,
    /// The terminal's new size, columns and rows.
    Resize(u16, u16),
    /// A left click at a column and row (only with `--mouse`).
    Click(u16, u16),
}

impl Key {
    /// A short readable name, for the footer and the help screen.
    pub fn name(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Enter => "Enter".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::Esc => "Esc".into(),
            Key::Backspace => "Backspace".into(),
            Key::Delete => "Del".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
        }
    }
}
