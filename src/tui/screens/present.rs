//! Presentation mode, for a projector or a shared pane: read-only and uncluttered, one
//! persona's journey map a page, then the action plan. No stepper, no guidance, no notes.
//! Wide terminals get the stages as columns; narrow ones a line per stage.

use super::summary::{priority_lines, strip_lines};
use crate::i18n::{Lang, export as e, screens as t};
use crate::method::{Label, channel_list};
use crate::model::Workshop;
use crate::summary::{Strip, Summary, summary};
use crate::text::{fit, one_line};
use crate::tui::fields::emotion_label;
use crate::tui::keymap::Context;
use crate::tui::look::Look;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The journeys shown, each with its persona's name, in persona order.
fn strips(s: &Summary) -> Vec<(&str, &Strip)> {
    s.personas
        .iter()
        .flat_map(|p| p.journeys.iter().map(move |j| (p.name.as_str(), j)))
        .collect()
}

/// One page a journey, plus the action plan.
pub fn pages(doc: &Workshop) -> usize {
    strips(&summary(doc)).len() + 1
}

pub fn render(doc: &Workshop, page: usize, look: &Look, frame: &mut Frame, area: Rect) {
    let (lang, theme) = (look.lang, &look.theme);
    let sum = summary(doc);
    let all = strips(&sum);
    let page = page.min(all.len());
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let title = match all.get(page) {
        Some((who, j)) => format!("{} — {}", one_line(who), one_line(&j.name)),
        None => e::PLAN.get(lang).to_owned(),
    };
    let count = format!("{}/{}", page + 1, all.len() + 1);
    let w = usize::from(head.width);
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![Span::styled(
                fit(&title, w.saturating_sub(count.len() + 1)),
                theme.title,
            )]),
            Line::styled(fit(&one_line(&sum.title), w), theme.muted),
        ]),
        head,
    );
    let hints = look.keys.footer(&[Context::Present], lang, |_| true);
    let hints: Vec<String> = hints.into_iter().map(|(k, d)| format!("{k} {d}")).collect();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{count}  "), theme.focus),
            Span::styled(fit(&hints.join(" · "), w.saturating_sub(8)), theme.muted),
        ])),
        foot,
    );
    match all.get(page) {
        Some((_, j)) if body.width >= 120 && !j.stages.is_empty() => {
            columns(j, lang, theme, frame, body)
        }
        Some((_, j)) => {
            let lines = strip_lines(j, lang, theme, usize::from(body.width));
            frame.render_widget(Paragraph::new(lines), body);
        }
        None => {
            let lines = priority_lines(&sum, lang, theme, usize::from(body.width));
            frame.render_widget(Paragraph::new(lines), body);
        }
    }
}

/// The journey map with the stages as columns: name, emotion, moments, channels now, target.
fn columns(j: &Strip, lang: Lang, theme: &Theme, frame: &mut Frame, area: Rect) {
    let label_w = 16u16;
    let n = j.stages.len() as u16;
    let col_w = (area.width.saturating_sub(label_w) / n.max(1)).max(8);
    let rows = [
        (t::STAGE.get(lang), 3),
        (e::STAGE_COLUMNS[4].get(lang), 1),
        (e::STAGE_COLUMNS[5].get(lang), 6),
        (e::STAGE_COLUMNS[7].get(lang), 3),
        (e::STAGE_COLUMNS[8].get(lang), 3),
    ];
    let heights: Vec<Constraint> = rows
        .iter()
        .map(|(_, h)| Constraint::Length(h + 1))
        .collect();
    let bands = Layout::vertical(heights).split(area);
    for (r, ((label, _), band)) in rows.iter().zip(bands.iter()).enumerate() {
        frame.render_widget(
            Paragraph::new(Span::styled(*label, theme.muted)),
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
            let lines: Vec<Line> = match r {
                0 => vec![
                    Line::styled(one_line(&st.name), theme.title),
                    Line::styled(st.phase.label(lang), theme.muted),
                ],
                1 => vec![match st.emotion {
                    Some(v) => Line::styled(emotion_label(i64::from(v), lang), theme.emotion(v)),
                    None => Line::styled("?", theme.muted),
                }],
                2 => st
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
                3 => {
                    let mut v = Vec::new();
                    if st.channel_break {
                        v.push(Line::styled(
                            format!("! {}", t::BREAK.get(lang)),
                            theme.warning,
                        ));
                    }
                    v.push(Line::raw(one_line(&channel_list(&st.now, lang))));
                    v
                }
                _ => vec![Line::styled(
                    one_line(&channel_list(&st.target, lang)),
                    theme.ok,
                )],
            };
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), cell);
        }
    }
}
