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
    /// A key as a key map file writes it: `a`, `K`, `ctrl-s`, `enter`, `shift-tab`, `space`,
    /// `pgdn`... Keys that tmux and ssh do not pass reliably are refused, with the reason.
    pub fn parse(s: &str) -> Result<Key, String> {
        let lower = s.trim().to_lowercase();
        let mut chars = s.trim().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(Key::Char(c));
        }
        if let Some(rest) = lower.strip_prefix("ctrl-") {
            let mut cs = rest.chars();
            if let (Some(c), None) = (cs.next(), cs.next())
                && c.is_ascii_alphabetic()
            {
                return Ok(Key::Ctrl(c));
            }
        }
        Ok(match lower.as_str() {
            "space" => Key::Char(' '),
            "enter" | "return" => Key::Enter,
            "tab" => Key::Tab,
            "shift-tab" | "backtab" => Key::BackTab,
            "esc" | "escape" => Key::Esc,
            "backspace" => Key::Backspace,
            "delete" | "del" => Key::Delete,
            "left" => Key::Left,
            "right" => Key::Right,
            "up" => Key::Up,
            "down" => Key::Down,
            "home" => Key::Home,
            "end" => Key::End,
            "pageup" | "pgup" => Key::PageUp,
            "pagedown" | "pgdn" => Key::PageDown,
            k if k.starts_with("alt-") || k.contains("enter") || k.starts_with("shift-") => {
                return Err(format!(
                    "“{s}” does not pass reliably through tmux and ssh; use a letter, Ctrl-letter or a plain key"
                ));
            }
            _ => return Err(format!("unknown key “{s}”")),
        })
    }

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
