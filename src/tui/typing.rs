//! Typing text: the editing keys of a one-line input and of a multi-line area, and how a
//! one-line input is drawn. The keys are the editors' own, like the letters typed, not
//! bindings of the key map; what commits or cancels an edit is asked of the key map by
//! whoever holds the editor.

use super::key::Key;
use crate::text::clean;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use tui_input::{Input, InputRequest};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Draws `prompt` then a one-line input on the first row of `area`, the terminal's cursor at
/// the insertion point. A text wider than the row scrolls by half a row at a time rather than
/// a column each key, so that most keys redraw one cell.
pub fn draw_line(frame: &mut Frame, area: Rect, prompt: &str, input: &Input, style: Style) {
    let width = usize::from(area.width);
    if width == 0 || area.height == 0 {
        return;
    }
    let prompt_w = prompt.width();
    let room = width.saturating_sub(prompt_w).max(1);
    let cursor = input.visual_cursor();
    let step = (room / 2).max(1);
    let scroll = (cursor + 1).saturating_sub(room).div_ceil(step) * step;
    let (mut skipped, mut used, mut shown) = (0, 0, String::new());
    for c in input.value().chars() {
        let w = c.width().unwrap_or(0);
        if skipped < scroll {
            skipped += w;
        } else if used + w <= room {
            shown.push(c);
            used += w;
        } else {
            break;
        }
    }
    let line = Line::from(vec![Span::raw(prompt), Span::raw(shown)]).style(style);
    frame.render_widget(line, Rect { height: 1, ..area });
    let x = (prompt_w + cursor.saturating_sub(skipped)).min(width - 1);
    frame.set_cursor_position((area.x + x as u16, area.y));
}

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

/// Pasted text with its line ends as `\n`: terminals send a pasted line break as CR (some as
/// CRLF), which would otherwise be dropped as a control character and glue the lines.
pub fn pasted(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
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

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn shown(value: &str, cursor: usize, width: u16) -> (String, u16) {
        let mut input = Input::new(value.to_owned());
        input.handle(InputRequest::GoToStart);
        for _ in 0..cursor {
            input.handle(InputRequest::GoToNextChar);
        }
        let mut t = Terminal::new(TestBackend::new(width, 1)).unwrap();
        let frame = t
            .draw(|f| draw_line(f, f.area(), "> ", &input, Style::new()))
            .unwrap();
        let text = frame.buffer.content.iter().map(|c| c.symbol()).collect();
        let x = t.get_cursor_position().unwrap().x;
        (text, x)
    }

    #[test]
    fn pasted_line_ends_are_kept_in_areas_and_spaces_in_lines() {
        for text in ["one\rtwo\rthree", "one\r\ntwo\r\nthree", "one\ntwo\nthree"] {
            assert_eq!(pasted(text), "one\ntwo\nthree", "{text:?}");
            let mut input = Input::default();
            paste_line(&mut input, &pasted(text));
            assert_eq!(input.value(), "one two three", "{text:?}");
        }
        // A blank line stays one; mixed ends each count once.
        assert_eq!(pasted("a\r\rb\r\nc\n"), "a\n\nb\nc\n");
    }

    #[test]
    fn a_long_line_scrolls_by_half_rows_and_keeps_the_cursor_in_view() {
        // 10 columns: 8 for the text after "> ".
        assert_eq!(shown("abcdef", 6, 10), ("> abcdef  ".into(), 8));
        assert_eq!(shown("abcdefgh", 8, 10), ("> efgh    ".into(), 6));
        assert_eq!(shown("abcdefghi", 9, 10), ("> efghi   ".into(), 7));
        assert_eq!(shown("abcdefghijkl", 3, 10), ("> abcdefgh".into(), 5));
        // Wide characters count their two columns (a wide cell's second half reads " ").
        assert_eq!(shown("日本語日本語", 6, 10), ("> 本 語     ".into(), 6));
    }
}
