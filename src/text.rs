//! Text made safe and fitted for screens and exports: control characters never pass raw, and
//! widths are measured in display columns so accents, emoji and CJK line up.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The display columns `s` takes, counted per grapheme cluster the way ratatui's buffer places
/// it: a family emoji joined by zero-width joiners is one glyph two columns wide, not six.
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(glyph).sum()
}

/// The columns of one grapheme cluster; a control (a line break) takes none.
fn glyph(g: &str) -> usize {
    if g.chars().all(char::is_control) {
        0
    } else {
        g.width()
    }
}

/// `s` without control characters or escape sequences: tabs become spaces, other controls
/// are dropped; line breaks are kept.
pub fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// `s` cleaned and on one line, line breaks shown as a middle dot.
pub fn one_line(s: &str) -> String {
    clean(s).trim().replace('\n', " · ")
}

/// How many characters of a text are read to fill `width` columns: a text far longer than its
/// line (a 10 MB name) costs no more to show than the line.
fn enough(width: usize) -> usize {
    width.saturating_mul(4).saturating_add(64)
}

/// The first `n` characters of `s`, and whether that is all of it.
fn head(s: &str, n: usize) -> (&str, bool) {
    match s.char_indices().nth(n) {
        Some((at, _)) => (&s[..at], false),
        None => (s, true),
    }
}

/// [`one_line`] then [`fit`], reading no more of `s` than the line can show.
pub fn fit_line(s: &str, width: usize) -> String {
    match head(s, enough(width)) {
        (all, true) => fit(&one_line(all), width),
        // The text goes on past what was read: the line ends in an ellipsis whatever it holds.
        (start, false) => fit(&format!("{} …", one_line(start)), width),
    }
}

/// `s` cut to at most `width` display columns, with an ellipsis when cut.
pub fn fit(s: &str, width: usize) -> String {
    let (start, whole) = head(s, enough(width));
    if whole && self::width(s) <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in start.graphemes(true) {
        let w = glyph(g);
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `s` on one line, cut at spaces into lines of at most `width` display columns; a word
/// longer than a line is cut where the line ends. Nothing is dropped.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    // The line being filled and its width, kept as it grows: measuring it again for every
    // word would cost the square of its length.
    let (mut line, mut used) = (String::new(), 0);
    for word in one_line(s).split(' ').filter(|w| !w.is_empty()) {
        let w = self::width(word);
        let room = if line.is_empty() {
            width
        } else {
            width.saturating_sub(used + 1)
        };
        if w <= room {
            if !line.is_empty() {
                line.push(' ');
                used += 1;
            }
            line.push_str(word);
            used += w;
            continue;
        }
        if !line.is_empty() {
            out.push(std::mem::take(&mut line));
            used = 0;
        }
        for g in word.graphemes(true) {
            let gw = glyph(g);
            if used + gw > width {
                out.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push_str(g);
            used += gw;
        }
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_never_pass() {
        assert_eq!(clean("a\x1b[31mb\tc\r\nd\u{9b}"), "a[31mb c\nd");
        assert_eq!(one_line(" x\ny "), "x · y");
    }

    #[test]
    fn fit_counts_columns() {
        assert_eq!(fit("日本語テキスト", 7), "日本語…");
        assert_eq!(fit("héllo", 5), "héllo");
        assert_eq!(fit("héllo", 0), "");
    }

    #[test]
    fn a_joined_emoji_is_one_glyph() {
        // Man, woman, girl joined by zero-width joiners: per character it would be 6 columns.
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(width(family), 2);
        assert_eq!(width(&format!("Famille {family} Dupont")), 17);
        assert_eq!(
            fit(&format!("{family}{family}{family}"), 5),
            format!("{family}{family}…")
        );
        assert_eq!(
            wrap(&format!("{family}{family}{family}"), 4),
            [format!("{family}{family}"), family.to_owned()]
        );
        // The flag of France is two regional indicators, one glyph.
        assert_eq!(width("🇫🇷 ok"), 5);
        // ratatui places the text where we measured it: the border after it does not move.
        let line = format!("│{family}│");
        let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 10, 1));
        buf.set_string(0, 0, &line, ratatui::style::Style::default());
        assert_eq!(buf[(width(&line) as u16 - 1, 0)].symbol(), "│");
    }

    #[test]
    fn a_huge_text_shows_as_its_line_alone() {
        let huge = format!("Nadia\n{}", "x".repeat(10 << 20));
        assert_eq!(fit_line(&huge, 12), "Nadia · xxx…");
        assert_eq!(fit(&huge, 8), "Nadia\nxx…");
        assert_eq!(fit_line(" a\nb ", 12), "a · b");
        // Past what is read, the text is known to go on, whatever it holds.
        let blank = format!("ab{}", " ".repeat(1000));
        assert_eq!(fit_line(&blank, 10), "ab …");
    }

    #[test]
    fn wrap_keeps_every_word_within_the_width() {
        assert_eq!(
            wrap("Un irritant très long", 10),
            ["Un", "irritant", "très long"]
        );
        assert_eq!(wrap("日本語テキスト ok", 6), ["日本語", "テキス", "ト ok"]);
        assert_eq!(wrap("a\nb", 10), ["a · b"]);
        assert_eq!(wrap("", 10), [""]);
    }
}
