//! Text made safe and fitted for screens and exports: control characters never pass raw, and
//! widths are measured in display columns so accents, emoji and CJK line up.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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

/// `s` cut to at most `width` display columns, with an ellipsis when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
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
}
