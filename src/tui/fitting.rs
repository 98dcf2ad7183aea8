//! Text that does not fit is never cut silently: what is cut ends in "…", what is hidden is
//! counted, and both name the key that opens the reading overlay, where everything is whole.

use super::keymap::{Action, Context, KeyMap};
use super::screen::Cx;
use super::theme::Theme;
use crate::i18n::{Lang, tui as t};
use crate::text::{self, fit, fit_line, one_line, wrap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

/// "w: read all", with the key this person's key map gives the reading overlay.
pub fn read_hint(keys: &KeyMap, lang: Lang) -> String {
    let key = keys.keys(Context::Workshop, Action::ReadAll);
    let key = key.first().map_or_else(|| "?".to_owned(), |k| k.name(lang));
    t::READ_HINT.fill(lang, &[("key", &key)])
}

/// A screen's warnings in their strip at `area`, counted and cut as `strip` does.
pub fn draw_warnings(texts: &[String], cx: &Cx, frame: &mut Frame, area: Rect) {
    let hint = read_hint(cx.keys, cx.lang);
    let (rows, width) = (usize::from(area.height), usize::from(area.width));
    let lines: Vec<Line> = strip(texts, rows, width, &hint, cx.lang)
        .into_iter()
        .map(|w| Line::styled(w, cx.theme.warning))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// `texts` one line each in `rows` rows of `width` columns. When some do not fit, the last row
/// counts them; a line too long ends in "…"; either way the hint closes the strip.
pub fn strip(texts: &[String], rows: usize, width: usize, hint: &str, lang: Lang) -> Vec<String> {
    if rows == 0 || texts.is_empty() {
        return Vec::new();
    }
    let shown = if texts.len() > rows {
        rows - 1
    } else {
        texts.len()
    };
    let hidden = texts.len() - shown;
    let mut out: Vec<String> = texts[..shown].iter().map(|s| fit_line(s, width)).collect();
    if hidden > 0 {
        let more = t::MORE_WARNINGS.fill(lang, &[("n", &hidden)]);
        out.push(fit(&format!("{more} · {hint}"), width));
    } else if let Some(last) = texts
        .iter()
        .rposition(|s| text::width(&one_line(s)) > width)
    {
        let room = width.saturating_sub(text::width(hint) + 1);
        out[last] = format!("{} {hint}", fit_line(&texts[last], room));
    }
    out
}

/// Paragraphs wrapped into at most `rows` rows of `width` columns. Room goes to them in the
/// order `first` gives, so the one that matters most stays whole; a paragraph given fewer rows
/// than it needs ends in "…" and the hint, one given none is left out.
pub fn paragraphs<S: Copy>(
    paras: &[(String, S)],
    first: &[usize],
    width: usize,
    rows: usize,
    hint: &str,
) -> Vec<(String, S)> {
    let wrapped: Vec<Vec<String>> = paras.iter().map(|(p, _)| wrap(p, width)).collect();
    let mut left = rows;
    let mut given = vec![0; paras.len()];
    let order = first
        .iter()
        .copied()
        .chain(0..paras.len())
        .filter(|i| *i < paras.len());
    let mut seen = vec![false; paras.len()];
    for i in order {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        given[i] = wrapped[i].len().min(left);
        left -= given[i];
    }
    let short = (0..paras.len())
        .rev()
        .find(|i| given[*i] > 0 && given[*i] < wrapped[*i].len());
    let hidden = given.iter().zip(&wrapped).any(|(g, w)| *g < w.len());
    let last_shown = (0..paras.len()).rev().find(|i| given[*i] > 0);
    let mut out = Vec::new();
    for (i, (lines, (_, style))) in wrapped.iter().zip(paras).enumerate() {
        let n = given[i];
        for (k, line) in lines.iter().take(n).enumerate() {
            let ends = k + 1 == n && hidden && short.or(last_shown) == Some(i);
            let line = if ends {
                let rest = lines[k..].join(" ");
                let room = width.saturating_sub(text::width(hint) + 1);
                let mut cut = fit(&rest, room);
                if !cut.ends_with('…') {
                    cut.push('…');
                }
                format!("{cut} {hint}")
            } else {
                line.clone()
            };
            out.push((line, *style));
        }
    }
    out
}

/// A pane's frame, titled. The pane that has the keys is told by more than its colour: a thick
/// border and a ▶ before its title.
pub fn pane(title: &str, focused: bool, theme: &Theme) -> Block<'static> {
    let block = Block::bordered();
    let (block, mark) = if focused {
        let b = block
            .border_type(BorderType::Thick)
            .border_style(theme.border_focus);
        (b, "▶")
    } else {
        (block.border_style(theme.border), "")
    };
    let title = match (mark, title.is_empty()) {
        ("", true) => return block,
        (mark, true) => format!(" {mark} "),
        ("", false) => format!(" {title} "),
        (mark, false) => format!(" {mark} {title} "),
    };
    block.title(Span::styled(title, theme.title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_warnings_are_counted_and_cut_ones_end_in_an_ellipsis() {
        let w: Vec<String> = ["un", "deux", "trois", "quatre"].map(String::from).into();
        assert_eq!(
            strip(&w, 2, 30, "w : tout lire", Lang::Fr),
            ["un", "+3 de plus · w : tout lire"]
        );
        assert_eq!(strip(&w[..2], 2, 30, "w", Lang::Fr), ["un", "deux"]);
        let long = vec!["une alerte bien trop longue".to_owned(), "ok".to_owned()];
        assert_eq!(
            strip(&long, 2, 16, "w", Lang::En),
            ["une alerte bi… w", "ok"]
        );
    }

    #[test]
    fn the_paragraph_first_in_line_stays_whole() {
        let paras = [("aaa bbb ccc".to_owned(), 0), ("ddd eee".to_owned(), 1)];
        // Two rows of 7: the second paragraph first, then what is left for the first.
        let got = paragraphs(&paras, &[1], 7, 2, "w");
        assert_eq!(got, [("aaa … w".to_owned(), 0), ("ddd eee".to_owned(), 1)]);
        assert_eq!(paragraphs(&paras, &[], 7, 9, "w").len(), 3);
    }
}
