//! Presentation mode, for a projector or a shared pane: read-only and uncluttered. It opens
//! on what a client reads first (the objective beside the figures, the top irritants, the
//! quick wins), then the target channels, one persona's journey map a page, and the action
//! plan. No stepper, no guidance, no notes. Wide terminals get the stages as columns; narrow
//! ones a line per stage. A page too long for the screen says so and where to read the rest.

use super::summary::{channel_lines, opening, priority_lines, strip_lines};
use crate::i18n::{Lang, export as e, plural, screens as t, tui as tt};
use crate::method::{Label, channel_list};
use crate::model::Workshop;
use crate::summary::{Strip, Summary, summary};
use crate::text::{fit, fit_line, one_line, wrap};
use crate::tui::fields::emotion_label;
use crate::tui::keymap::Context;
use crate::tui::look::Look;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

enum Page<'a> {
    Glance,
    Channels,
    /// A journey with its persona's name.
    Journey(&'a str, &'a Strip),
    Plan,
}

/// The opening, the channels, one page a journey in persona order, then the action plan.
fn page_list(s: &Summary) -> Vec<Page<'_>> {
    let journeys = s
        .personas
        .iter()
        .flat_map(|p| p.journeys.iter().map(move |j| Page::Journey(&p.name, j)));
    let mut out = vec![Page::Glance, Page::Channels];
    out.extend(journeys);
    out.push(Page::Plan);
    out
}

pub fn pages(doc: &Workshop) -> usize {
    page_list(&summary(doc)).len()
}

pub fn render(doc: &Workshop, page: usize, look: &Look, frame: &mut Frame, area: Rect) {
    let (lang, theme) = (look.lang, &look.theme);
    let sum = summary(doc);
    let all = page_list(&sum);
    let page = page.min(all.len() - 1);
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let title = match &all[page] {
        Page::Glance => e::AT_A_GLANCE.get(lang).to_owned(),
        Page::Channels => e::TARGET_CHANNELS.get(lang).to_owned(),
        Page::Journey(who, j) => format!("{} — {}", one_line(who), one_line(&j.name)),
        Page::Plan => e::PLAN.get(lang).to_owned(),
    };
    let count = format!("{}/{}", page + 1, all.len());
    let w = usize::from(head.width);
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![Span::styled(
                fit(&title, w.saturating_sub(count.len() + 1)),
                theme.title,
            )]),
            Line::styled(fit_line(&sum.title, w), theme.muted),
        ]),
        head,
    );
    let hints = look.keys.footer(&[Context::Present], lang, |_, _| true);
    let hints: Vec<String> = hints.into_iter().map(|(k, d)| format!("{k} {d}")).collect();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{count}  "), theme.focus),
            Span::styled(fit(&hints.join(" · "), w.saturating_sub(8)), theme.muted),
        ])),
        foot,
    );
    let (bw, bh) = (usize::from(body.width), usize::from(body.height));
    let lines = match &all[page] {
        Page::Journey(_, j) if body.width >= 120 && !j.stages.is_empty() => {
            return columns(j, lang, theme, frame, body);
        }
        Page::Glance => {
            let full = opening(&sum, lang, theme, bw, false);
            if full.len() <= bh {
                full
            } else {
                opening(&sum, lang, theme, bw, true)
            }
        }
        Page::Channels => channel_lines(&sum, lang, theme, bw),
        Page::Journey(_, j) => strip_lines(j, lang, theme, bw, false),
        Page::Plan => priority_lines(&sum, lang, theme, bw),
    };
    frame.render_widget(Paragraph::new(within(lines, bh, lang, theme)), body);
}

/// At most `height` lines; when some do not fit, the last says how many and where they are.
fn within(
    mut lines: Vec<Line<'static>>,
    height: usize,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    if lines.len() > height && height > 0 {
        let more = lines.len() - (height - 1);
        lines.truncate(height - 1);
        let more = plural(lang, more as u64, tt::MORE_IN_SUMMARY);
        lines.push(Line::styled(more, theme.warning));
    }
    lines
}

/// `text` wrapped to `width`, on at most `height` lines; "…" ends the last when cut.
fn lines_within(text: &str, width: usize, height: usize) -> Vec<String> {
    let mut lines = wrap(text, width);
    if lines.len() > height && height > 0 {
        lines.truncate(height);
        let last = lines.pop().unwrap_or_default();
        lines.push(fit(&format!("{last} …"), width));
    }
    lines
}

/// The journey map with the stages as columns: name, emotion, moments, channels now, target.
fn columns(j: &Strip, lang: Lang, theme: &Theme, frame: &mut Frame, area: Rect) {
    let label_w = 16u16;
    let n = j.stages.len() as u16;
    let col_w = (area.width.saturating_sub(label_w) / n.max(1)).max(8);
    let rows = [
        (t::STAGE.get(lang), 3),
        (e::STAGE_COLUMNS[4].get(lang), 1),
        (e::PAIN_POINTS.get(lang), 5),
        (e::STAGE_COLUMNS[5].get(lang), 6),
        (e::STAGE_COLUMNS[7].get(lang), 4),
        (e::STAGE_COLUMNS[8].get(lang), 4),
    ];
    let heights: Vec<Constraint> = rows
        .iter()
        .map(|(_, h)| Constraint::Length(h + 1))
        .collect();
    let bands = Layout::vertical(heights).split(area);
    for (r, ((label, height), band)) in rows.iter().zip(bands.iter()).enumerate() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(label, usize::from(label_w) - 1),
                theme.muted,
            )),
            Rect {
                width: label_w,
                ..*band
            },
        );
        for (i, st) in j.stages.iter().enumerate() {
            let cell = Rect {
                x: band.x + label_w + i as u16 * col_w,
                width: col_w.saturating_sub(1),
                ..*band
            };
            if cell.right() > band.right() {
                break;
            }
            let (width, height) = (usize::from(cell.width), usize::from(*height));
            let lines: Vec<Line> = match r {
                0 => vec![
                    Line::styled(one_line(&st.name), theme.title),
                    Line::styled(st.phase.label(lang), theme.muted),
                ],
                1 => vec![match st.emotion {
                    Some(v) => Line::styled(emotion_label(i64::from(v), lang), theme.emotion(v)),
                    None => Line::styled("?", theme.muted),
                }],
                2 => lines_within(&st.pain_points, width, height)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.emotion_bad))
                    .collect(),
                3 => st
                    .moments
                    .iter()
                    .map(|(k, title, level)| {
                        let lv = level.map_or(String::new(), |l| format!(" {}", l.symbol()));
                        Line::styled(
                            format!("{} {}{lv}", k.symbol(), one_line(title)),
                            theme.moment(*k),
                        )
                    })
                    .collect(),
                4 => {
                    let mut v = Vec::new();
                    if st.channel_break {
                        v.push(Line::styled(
                            format!("! {}", t::BREAK.get(lang)),
                            theme.warning,
                        ));
                    }
                    let room = height - v.len();
                    let now = lines_within(&channel_list(&st.now, lang), width, room);
                    v.extend(now.into_iter().map(Line::raw));
                    v
                }
                _ => lines_within(&channel_list(&st.target, lang), width, height)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.ok))
                    .collect(),
            };
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), cell);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_too_long_ends_on_what_is_left_and_a_cell_on_an_ellipsis() {
        let theme = Theme::default();
        let lines: Vec<Line> = (0..10).map(|i| Line::raw(i.to_string())).collect();
        let shown = within(lines.clone(), 4, Lang::Fr, &theme);
        assert_eq!(shown.len(), 4);
        assert_eq!(
            shown[3].to_string(),
            "… 7 lignes de plus\u{a0}: la synthèse (étape 8) les montre"
        );
        assert_eq!(within(lines, 10, Lang::En, &theme).len(), 10);
        let cell = lines_within("Des frais cachés au paiement final", 10, 2);
        assert_eq!(cell, ["Des frais", "cachés au…"]);
    }
}
