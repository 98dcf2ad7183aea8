//! A step's tabs: a line of titles, the current one highlighted, and turning from one to the
//! next with `[` and `]`.

use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// The tabs on one line, the current one highlighted, then the keys that switch them.
pub fn tab_bar(theme: &Theme, titles: &[String], current: usize, frame: &mut Frame, area: Rect) {
    let mut spans: Vec<Span> = titles
        .iter()
        .enumerate()
        .map(|(i, title)| {
            let style = if i == current {
                theme.step_current
            } else {
                theme.muted
            };
            Span::styled(format!(" {title} "), style)
        })
        .collect();
    spans.push(Span::styled(" [ ]", theme.muted));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The tab after `at` (or before it), going round, among `n`.
pub fn turn(at: usize, n: usize, forward: bool) -> usize {
    let n = n.max(1);
    if forward {
        (at + 1) % n
    } else {
        (at + n - 1) % n
    }
}
