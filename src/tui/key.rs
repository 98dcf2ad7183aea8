//! The app's own input type. Crossterm events are converted at the edge (`terminal.rs`), so
//! tests, a pseudo-terminal or a remote seat can drive the same `App`.

use crate::i18n::{Lang, Text, tui as t};
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

    /// The key as its keycap reads in `lang` (the same name in hints, help and guidance).
    pub fn name(self, lang: Lang) -> String {
        let named = |t: Text| t.get(lang).to_owned();
        match self {
            Key::Char(' ') => named(t::SPACE),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Enter => named(t::ENTER),
            Key::Tab => "Tab".into(),
            Key::BackTab => named(t::BACKTAB),
            Key::Esc => named(t::ESC),
            Key::Backspace => named(t::BACKSPACE),
            Key::Delete => named(t::DELETE),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Home => named(t::HOME),
            Key::End => named(t::END),
            Key::PageUp => named(t::PAGE_UP),
            Key::PageDown => named(t::PAGE_DOWN),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_named_as_their_keycaps_read_in_the_language() {
        assert_eq!(Key::Enter.name(Lang::Fr), "Entrée");
        assert_eq!(Key::Esc.name(Lang::Fr), "Échap");
        assert_eq!(Key::Enter.name(Lang::En), "Enter");
        assert_eq!(Key::Ctrl('s').name(Lang::Fr), "Ctrl-S");
    }
}
