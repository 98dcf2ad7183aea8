//! What reaches the terminal: the cells that changed, and nothing else. Unlike ratatui's own
//! crossterm backend, this one remembers the pen (colours and attributes), the cursor's place
//! and whether it shows from one frame to the next, so a frame where nothing changed writes no
//! byte and a typed character costs little more than its glyph. Colours are written in the
//! form their depth calls for: the sixteen named ones as `30`-`37`/`90`-`97`, which a true
//! 16-colour terminal reads, where crossterm writes the 256-colour form `38;5;N`.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// The colours and attributes the terminal writes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

const PLAIN: Pen = Pen {
    fg: Color::Reset,
    bg: Color::Reset,
    modifier: Modifier::empty(),
};

/// The SGR codes of each attribute, in `Modifier`'s order.
const ATTRIBUTES: [(Modifier, u8); 9] = [
    (Modifier::BOLD, 1),
    (Modifier::DIM, 2),
    (Modifier::ITALIC, 3),
    (Modifier::UNDERLINED, 4),
    (Modifier::SLOW_BLINK, 5),
    (Modifier::RAPID_BLINK, 6),
    (Modifier::REVERSED, 7),
    (Modifier::HIDDEN, 8),
    (Modifier::CROSSED_OUT, 9),
];

pub struct Output<W: Write> {
    out: W,
    /// What the frame writes, sent in one write at `flush`.
    pending: Vec<u8>,
    size: Option<Size>,
    pen: Pen,
    /// Where the terminal's cursor is, when known for sure.
    at: Option<Position>,
    /// Whether the cursor shows, once told.
    shown: Option<bool>,
}

impl<W: Write> Output<W> {
    /// Writes to `out`, a terminal that starts with the plain pen (a fresh alternate screen).
    /// `size` fixes the size (tests, benchmarks); none asks the terminal.
    pub fn new(out: W, size: Option<Size>) -> Output<W> {
        Output {
            out,
            pending: Vec::with_capacity(16 * 1024),
            size,
            pen: PLAIN,
            at: None,
            shown: None,
        }
    }

    pub fn writer(&self) -> &W {
        &self.out
    }

    /// Back to the plain pen, before the terminal is handed back or cleared.
    pub fn plain(&mut self) {
        if self.pen != PLAIN {
            self.pending.extend_from_slice(b"\x1b[0m");
            self.pen = PLAIN;
        }
    }

    /// Moves the cursor to `to` by the shortest sequence, unless it is there already.
    fn go(&mut self, to: Position) {
        if self.at == Some(to) {
            return;
        }
        let absolute = format!("\x1b[{};{}H", to.y + 1, to.x + 1);
        let relative = match self.at {
            Some(at) if at.y == to.y && to.x > at.x => Some(format!("\x1b[{}C", to.x - at.x)),
            Some(at) if at.y == to.y => Some(format!("\x1b[{}D", at.x - to.x)),
            _ => None,
        };
        let shortest = match relative {
            Some(r) if r.len() < absolute.len() => r,
            _ => absolute,
        };
        self.pending.extend_from_slice(shortest.as_bytes());
        self.at = Some(to);
    }

    /// Switches to `pen` in one SGR sequence; an attribute turned off starts from the plain pen.
    fn switch(&mut self, pen: Pen) {
        if pen == self.pen {
            return;
        }
        let mut codes: Vec<String> = Vec::new();
        let mut from = self.pen;
        if !(from.modifier - pen.modifier).is_empty() {
            codes.push("0".into());
            from = PLAIN;
        }
        for (m, code) in ATTRIBUTES {
            if pen.modifier.contains(m) && !from.modifier.contains(m) {
                codes.push(code.to_string());
            }
        }
        if pen.fg != from.fg {
            codes.push(colour(pen.fg, false));
        }
        if pen.bg != from.bg {
            codes.push(colour(pen.bg, true));
        }
        if !codes.is_empty() {
            write!(self.pending, "\x1b[{}m", codes.join(";")).expect("writing to memory");
        }
        self.pen = pen;
    }

    fn cursor(&mut self, show: bool) {
        if self.shown != Some(show) {
            let code: &[u8] = if show { b"\x1b[?25h" } else { b"\x1b[?25l" };
            self.pending.extend_from_slice(code);
            self.shown = Some(show);
        }
    }

    fn width(&self) -> io::Result<u16> {
        Ok(self.size()?.width)
    }
}

/// The SGR parameters of a foreground (or background) colour.
fn colour(c: Color, background: bool) -> String {
    let base = if background { 10 } else { 0 };
    let named = |n: u8| (if n < 8 { 30 + n } else { 82 + n }) + base;
    match c {
        Color::Reset => (39 + base).to_string(),
        Color::Black => named(0).to_string(),
        Color::Red => named(1).to_string(),
        Color::Green => named(2).to_string(),
        Color::Yellow => named(3).to_string(),
        Color::Blue => named(4).to_string(),
        Color::Magenta => named(5).to_string(),
        Color::Cyan => named(6).to_string(),
        Color::Gray => named(7).to_string(),
        Color::DarkGray => named(8).to_string(),
        Color::LightRed => named(9).to_string(),
        Color::LightGreen => named(10).to_string(),
        Color::LightYellow => named(11).to_string(),
        Color::LightBlue => named(12).to_string(),
        Color::LightMagenta => named(13).to_string(),
        Color::LightCyan => named(14).to_string(),
        Color::White => named(15).to_string(),
        Color::Indexed(n) => format!("{};5;{n}", 38 + base),
        Color::Rgb(r, g, b) => format!("{};2;{r};{g};{b}", 38 + base),
    }
}

impl<W: Write> Backend for Output<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let width = self.width()?;
        for (x, y, cell) in content {
            self.go(Position { x, y });
            self.switch(Pen {
                fg: cell.fg,
                bg: cell.bg,
                modifier: cell.modifier,
            });
            // The last guard: no control character reaches the terminal, whatever a widget
            // was given.
            let symbol = cell.symbol();
            let symbol = if symbol.chars().any(char::is_control) {
                "\u{FFFD}"
            } else {
                symbol
            };
            self.pending.extend_from_slice(symbol.as_bytes());
            // Only a one-column glyph short of the edge leaves the cursor surely beside it.
            self.at = (symbol.width() == 1 && x + 1 < width).then_some(Position { x: x + 1, y });
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.cursor(false);
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.cursor(true);
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.at.unwrap_or_default())
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.go(position.into());
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // Erasing paints with the background in use: the plain one is wanted.
        self.plain();
        let code: &[u8] = match clear_type {
            ClearType::All => b"\x1b[2J",
            ClearType::AfterCursor => b"\x1b[J",
            ClearType::BeforeCursor => b"\x1b[1J",
            ClearType::CurrentLine => b"\x1b[2K",
            ClearType::UntilNewLine => b"\x1b[K",
        };
        self.pending.extend_from_slice(code);
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        match self.size {
            Some(size) => Ok(size),
            None => {
                let (width, height) = ratatui::crossterm::terminal::size()?;
                Ok(Size { width, height })
            }
        }
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let columns_rows = self.size()?;
        Ok(WindowSize {
            columns_rows,
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.out.write_all(&self.pending)?;
            self.pending.clear();
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::style::Style;
    use ratatui::text::Span;

    fn terminal() -> Terminal<Output<Vec<u8>>> {
        let size = Size {
            width: 20,
            height: 3,
        };
        Terminal::new(Output::new(Vec::new(), Some(size))).unwrap()
    }

    fn sent(t: &mut Terminal<Output<Vec<u8>>>) -> String {
        let all = String::from_utf8(t.backend().writer().clone()).unwrap();
        t.backend_mut().out.clear();
        all
    }

    #[test]
    fn an_unchanged_frame_writes_nothing() {
        let mut t = terminal();
        let draw = |t: &mut Terminal<_>| {
            t.draw(|f| f.render_widget(Span::styled("hi", Style::new().red()), f.area()))
                .unwrap();
        };
        draw(&mut t);
        assert_eq!(sent(&mut t), "\x1b[1;1H\x1b[31mhi\x1b[?25l");
        draw(&mut t);
        assert_eq!(sent(&mut t), "");
    }

    #[test]
    fn a_typed_glyph_costs_the_glyph_when_the_cursor_waits_there() {
        let mut t = terminal();
        let field = |t: &mut Terminal<_>, text: &str| {
            t.draw(|f| {
                f.render_widget(Span::raw(text.to_owned()), f.area());
                f.set_cursor_position((text.len() as u16, 0));
            })
            .unwrap();
        };
        field(&mut t, "ab");
        sent(&mut t);
        field(&mut t, "abc");
        assert_eq!(sent(&mut t), "c");
    }

    #[test]
    fn sixteen_colours_use_their_own_codes() {
        let mut t = terminal();
        let style = Style::new().fg(Color::Cyan).bg(Color::LightBlue).bold();
        t.draw(|f| f.render_widget(Span::styled("x", style), f.area()))
            .unwrap();
        let out = sent(&mut t);
        assert!(out.contains("\x1b[1;36;104m"), "{out:?}");
        assert!(!out.contains("38;5"), "{out:?}");
        assert_eq!(colour(Color::Indexed(208), false), "38;5;208");
        assert_eq!(colour(Color::Rgb(1, 2, 3), true), "48;2;1;2;3");
        assert_eq!(colour(Color::White, false), "97");
        assert_eq!(colour(Color::Black, true), "40");
    }

    #[test]
    fn dropping_an_attribute_starts_from_the_plain_pen() {
        let mut t = terminal();
        t.draw(|f| {
            let line = ratatui::text::Line::from(vec![
                Span::styled("a", Style::new().bold().fg(Color::Red)),
                Span::styled("b", Style::new().fg(Color::Red)),
            ]);
            f.render_widget(line, f.area());
        })
        .unwrap();
        let out = sent(&mut t);
        assert!(out.contains("\x1b[1;31ma\x1b[0;31mb"), "{out:?}");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut t = terminal();
        t.draw(|f| {
            let cell = f.buffer_mut().cell_mut((0, 0)).unwrap();
            cell.set_symbol("\x1b[2J");
        })
        .unwrap();
        let out = sent(&mut t);
        assert_eq!(out, "\x1b[1;1H\u{FFFD}\x1b[?25l");
    }
}
