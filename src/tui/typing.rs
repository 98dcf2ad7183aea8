//! Typing text: the editing keys of a one-line input and of a multi-line area. These are the
//! editors' own keys, like the letters typed, not bindings of the key map; what commits or
//! cancels an edit is asked of the key map by whoever holds the editor.

use super::key::Key;
use crate::text::clean;
use tui_input::{Input, InputRequest};

/// Applies `key` to a one-line input when it edits the text or moves in it.
pub fn line_key(input: &mut Input, key: Key) {
    let req = match key {
        Key::Char(c) => InputRequest::InsertChar(c),
        Key::Backspace => InputRequest::DeletePrevChar,
        Key::Delete => InputRequest::DeleteNextChar,
        Key::Left => InputRequest::GoToPrevChar,
        Key::Right => InputRequest::GoToNextChar,
        Key::Home | Key::Ctrl('a') => InputRequest::GoToStart,
        Key::End | Key::Ctrl('e') => InputRequest::GoToEnd,
        Key::Ctrl('u') => InputRequest::DeleteLine,
        Key::Ctrl('k') => InputRequest::DeleteTillEnd,
        Key::Ctrl('w') => InputRequest::DeletePrevWord,
        _ => return,
    };
    input.handle(req);
}

/// Pasted text into a one-line input: control characters dropped, line breaks as spaces.
pub fn paste_line(input: &mut Input, text: &str) {
    for c in clean(text).chars().map(|c| if c == '\n' { ' ' } else { c }) {
        input.handle(InputRequest::InsertChar(c));
    }
}

/// The key as a multi-line area takes it, when it edits the text or moves in it.
pub fn area_input(key: Key) -> Option<ratatui_textarea::Input> {
    use ratatui_textarea::Key as T;
    let (key, ctrl) = match key {
        Key::Char(c) => (T::Char(c), false),
        Key::Ctrl(c @ ('a' | 'e' | 'k' | 'u' | 'w')) => (T::Char(c), true),
        Key::Enter => (T::Enter, false),
        Key::Backspace => (T::Backspace, false),
        Key::Delete => (T::Delete, false),
        Key::Left => (T::Left, false),
        Key::Right => (T::Right, false),
        Key::Up => (T::Up, false),
        Key::Down => (T::Down, false),
        Key::Home => (T::Home, false),
        Key::End => (T::End, false),
        Key::PageUp => (T::PageUp, false),
        Key::PageDown => (T::PageDown, false),
        _ => return None,
    };
    Some(ratatui_textarea::Input {
        key,
        ctrl,
        alt: false,
        shift: false,
    })
}
