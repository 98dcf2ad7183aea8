//! The pure view: draws the app, never changes it.

use super::app::{App, Home, Overlay, SaveState, Screen, Session};
use super::keymap::{self, BINDINGS};
use super::screens;
use crate::i18n::tui as t;
use crate::method::{self, Step};
use crate::text::{fit, one_line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph, Wrap};

const MIN: (u16, u16) = (40, 12);

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN.0 || area.height < MIN.1 {
        let msg = t::TOO_SMALL.fill(app.lang, &[("w", &area.width), ("h", &area.height)]);
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    if let (Screen::Workshop(s), None) = (&app.screen, &app.overlay)
        && let Some(page) = s.present
    {
        screens::present::render(&s.doc, page, app.lang, &app.theme, frame, area);
        return;
    }
    let [body, footer] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    match &app.screen {
        Screen::Home(h) => home(app, h, frame, body),
        Screen::Workshop(s) => workshop(app, s, frame, body),
    }
    let status = match &app.screen {
        Screen::Workshop(s) => match (&s.note, &s.save) {
            (Some(n), _) => Span::styled(one_line(n), app.theme.warning),
            (None, SaveState::Saved) => Span::styled(t::SAVED.get(app.lang), app.theme.ok),
            (None, SaveState::Pending(_)) => Span::styled(t::SAVING.get(app.lang), app.theme.muted),
            (None, SaveState::Failed(e)) => Span::styled(
                t::SAVE_FAILED.fill(app.lang, &[("error", e)]),
                app.theme.error,
            ),
        },
        Screen::Home(_) => Span::raw(""),
    };
    let hints: Vec<String> = keymap::footer_where(&app.contexts(), app.lang, |a| app.applies(a))
        .into_iter()
        .map(|(k, d)| format!("{k} {d}"))
        .collect();
    let status_w = (status.width() as u16 + 1).min(footer.width / 2);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(status_w)]).areas(footer);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(&hints.join(" · "), left.width as usize),
            app.theme.muted,
        )),
        left,
    );
    frame.render_widget(Paragraph::new(Line::from(status).right_aligned()), right);
    match &app.overlay {
        Some(Overlay::Help(top)) => help(app, *top, frame, body),
        Some(Overlay::Confirm(q, _)) | Some(Overlay::DeleteFile(q, _)) => {
            confirm(app, q, frame, body)
        }
        Some(Overlay::Themes { at, .. }) => themes(app, *at, frame, body),
        Some(Overlay::Note(area)) => {
            let r = centered(body, 72, 12);
            frame.render_widget(Clear, r);
            let step = match &app.screen {
                Screen::Workshop(s) => s.step.title(app.lang),
                Screen::Home(_) => "",
            };
            let block = Block::bordered()
                .border_style(app.theme.border_focus)
                .title(fit(&t::NOTE_TITLE.fill(app.lang, &[("step", &step)]), 70));
            let inner = block.inner(r);
            frame.render_widget(block, r);
            frame.render_widget(area.as_ref(), inner);
        }
        None => {}
    }
}

fn home(app: &App, h: &Home, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let title = t::HOME_TITLE.fill(lang, &[("dir", &app.store.dir().display())]);
    let block = Block::bordered()
        .border_style(app.theme.border_focus)
        .title(Span::styled(
            format!(" parcours · {} ", fit(&title, area.width as usize - 16)),
            app.theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let extra = u16::from(h.creating.is_some()) + u16::from(h.message.is_some());
    let [list_area, bottom] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(extra)]).areas(inner);
    if h.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(t::HOME_EMPTY.get(lang))
                .style(app.theme.guidance)
                .wrap(Wrap { trim: true }),
            list_area,
        );
    } else {
        let w = list_area.width as usize;
        let items: Vec<ListItem> = h
            .entries
            .iter()
            .map(|e| {
                let line = match &e.workshop {
                    Ok(doc) => {
                        let date = doc
                            .updated
                            .get(..16)
                            .unwrap_or(&doc.updated)
                            .replace('T', " ");
                        let pct = method::overall(doc).percent();
                        let right = format!("  {date}  {pct:>3}%");
                        let title =
                            fit(&one_line(&doc.framing.title), w.saturating_sub(right.len()));
                        let pad = w.saturating_sub(
                            unicode_width::UnicodeWidthStr::width(title.as_str()) + right.len(),
                        );
                        Line::raw(format!("{title}{}{right}", " ".repeat(pad)))
                    }
                    Err(err) => Line::styled(
                        fit(&format!("! {}: {}", e.name, err.message(lang)), w),
                        app.theme.error,
                    ),
                };
                ListItem::new(line)
            })
            .collect();
        let mut state = ListState::default().with_selected(Some(h.selected));
        frame.render_stateful_widget(
            List::new(items).highlight_style(app.theme.selection),
            list_area,
            &mut state,
        );
    }
    let mut y = bottom.y;
    if let Some(input) = &h.creating {
        let prompt = if h.quick { t::NEW_QUICK } else { t::NEW_TITLE };
        let prompt = prompt.fill(lang, &[("lang", &h.language.code())]);
        let prompt = prompt.as_str();
        let line = format!("{prompt}{}", input.value());
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(&line, bottom.width as usize),
                app.theme.editing,
            )),
            Rect {
                y,
                height: 1,
                ..bottom
            },
        );
        let x = (unicode_width::UnicodeWidthStr::width(prompt) + input.visual_cursor())
            .min(bottom.width as usize - 1);
        frame.set_cursor_position((bottom.x + x as u16, y));
        y += 1;
    }
    if let Some(m) = &h.message {
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(&one_line(m), bottom.width as usize),
                app.theme.error,
            )),
            Rect {
                y,
                height: 1,
                ..bottom
            },
        );
    }
}

fn workshop(app: &App, s: &Session, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let guidance = if s.guide {
        guidance_lines(app, s.step)
    } else {
        Vec::new()
    };
    let guide_h = guide_height(s, lang, area);
    let [head, guide, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(guide_h),
        Constraint::Fill(1),
    ])
    .areas(area);
    stepper(app, s, frame, head);
    frame.render_widget(Paragraph::new(guidance).wrap(Wrap { trim: true }), guide);
    match s.step {
        Step::Framing => screens::framing::render(app, s, frame, body),
        Step::Listen => screens::listen::render(app, s, frame, body),
        Step::Journeys => screens::journeys::render(app, s, frame, body),
        Step::Personas => screens::personas::render(app, s, frame, body),
        Step::Moments => screens::moments::render(app, s, frame, body),
        Step::Criticity => {
            screens::criticity::render(&s.criticity, &s.doc, lang, &app.theme, frame, body)
        }
        Step::Interactions => screens::interactions::render(app, s, frame, body),
        Step::Target => screens::target::render(app, s, frame, body),
        Step::Summary => {
            let sum = crate::summary::summary(&s.doc);
            let lines = screens::summary::lines(&sum, lang, &app.theme, usize::from(body.width));
            let top = s
                .summary_top
                .min(lines.len().saturating_sub(usize::from(body.height)));
            let shown: Vec<Line> = lines
                .into_iter()
                .skip(top)
                .take(usize::from(body.height))
                .collect();
            frame.render_widget(Paragraph::new(shown), body);
        }
    }
}

/// A step's tabs on one line, the current one highlighted, and the keys that switch them.
pub fn tab_bar(app: &App, titles: &[String], current: usize, frame: &mut Frame, area: Rect) {
    let mut spans: Vec<Span> = titles
        .iter()
        .enumerate()
        .map(|(i, title)| {
            let style = if i == current {
                app.theme.step_current
            } else {
                app.theme.muted
            };
            Span::styled(format!(" {title} "), style)
        })
        .collect();
    spans.push(Span::styled(" [ ]", app.theme.muted));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The rows the guidance takes above a step's body.
fn guide_height(s: &Session, lang: crate::i18n::Lang, area: Rect) -> u16 {
    if !s.guide {
        return 0;
    }
    let g = s.step.guidance();
    let w = usize::from(area.width.max(1));
    let note = s.doc.facilitation.notes.get(s.step.slug());
    let rows: u16 = [(t::WHAT, g.what), (t::WHY, g.why), (t::WATCH, g.warning)]
        .iter()
        .map(|(label, text)| wrapped_rows(&format!("{}: {}", label.get(lang), text.get(lang)), w))
        .sum::<u16>()
        + note.map_or(0, |n| {
            wrapped_rows(&format!("✎ {}: {}", t::NOTE.get(lang), one_line(n)), w)
        });
    rows.min(area.height / 3)
}

/// How many summary lines fit on screen at the terminal's `size`.
pub fn summary_page(s: &Session, lang: crate::i18n::Lang, size: (u16, u16)) -> usize {
    let area = Rect::new(0, 0, size.0, size.1.saturating_sub(1));
    usize::from(area.height.saturating_sub(1 + guide_height(s, lang, area)))
}

/// Every step with its completeness, the current one highlighted. Names shrink to the step's
/// key when the line is too narrow.
fn stepper(app: &App, s: &Session, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let clock = clock_text(s, app.now, lang);
    let [area, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(unicode_width::UnicodeWidthStr::width(clock.0.as_str()) as u16),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(clock.0, clock.1(&app.theme))),
        right,
    );
    // Each step shows the digit that jumps to it, so the stepper doubles as a key guide.
    let pcts: Vec<u8> = Step::ALL
        .iter()
        .map(|st| method::completeness(&s.doc, *st).percent())
        .collect();
    let label = |st: Step, long: bool| {
        let key = st as usize;
        let pct = pcts[key];
        if long {
            format!(" {key} {} {pct}% ", st.title(lang))
        } else if st == s.step {
            format!(" {key} {} ", st.title(lang))
        } else {
            format!(" {key} ")
        }
    };
    let long_w: usize = Step::ALL
        .iter()
        .map(|st| unicode_width::UnicodeWidthStr::width(label(*st, true).as_str()))
        .sum();
    let long = long_w <= area.width as usize;
    let spans: Vec<Span> = Step::ALL
        .iter()
        .map(|st| {
            let style = if *st == s.step {
                app.theme.step_current
            } else if pcts[*st as usize] == 100 {
                app.theme.step_done
            } else {
                app.theme.muted
            };
            Span::styled(label(*st, long), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

type StyleOf = fn(&super::theme::Theme) -> ratatui::style::Style;

/// The time box and the plan, at the right of the stepper: " ⏱ 12:34 · S2/3 2h10 ".
fn clock_text(s: &Session, now: std::time::Instant, lang: crate::i18n::Lang) -> (String, StyleOf) {
    let mut parts = Vec::new();
    let mut style: StyleOf = |t| t.muted;
    if let Some(timer) = s.timers.get(&s.step) {
        let left = timer.remaining(now);
        let (mark, st): (&str, StyleOf) = match (timer.running(), left <= 0) {
            (_, true) => ("⏰", |t| t.error),
            (true, false) => ("⏱", |t| t.focus),
            (false, false) => ("⏸", |t| t.muted),
        };
        style = st;
        parts.push(format!("{mark} {}", crate::facilitation::clock(left)));
    }
    if let Some((n, of, minutes)) = crate::facilitation::position(s.doc.facilitation.plan, s.step) {
        let left = crate::facilitation::clock(i64::from(minutes) * 60);
        parts.push(t::PLAN_AT.fill(lang, &[("n", &n), ("of", &of), ("left", &left)]));
    }
    if parts.is_empty() {
        return (String::new(), style);
    }
    (format!(" {} ", parts.join(" · ")), style)
}

/// The step's guidance: what to do, why, and the method's warning; then the facilitator's
/// private note, when there is one.
fn guidance_lines(app: &App, step: Step) -> Vec<Line<'static>> {
    let g = step.guidance();
    let lang = app.lang;
    let mut lines: Vec<Line<'static>> = [
        (t::WHAT, g.what, app.theme.guidance),
        (t::WHY, g.why, app.theme.guidance),
        (t::WATCH, g.warning, app.theme.warning),
    ]
    .into_iter()
    .map(|(label, text, style)| {
        Line::styled(format!("{}: {}", label.get(lang), text.get(lang)), style)
    })
    .collect();
    if let Screen::Workshop(s) = &app.screen
        && let Some(note) = s.doc.facilitation.notes.get(step.slug())
    {
        lines.push(Line::styled(
            format!("✎ {}: {}", t::NOTE.get(lang), one_line(note)),
            app.theme.editing,
        ));
    }
    lines
}

/// How many rows `text` takes when wrapped at word boundaries to `width` columns.
fn wrapped_rows(text: &str, width: usize) -> u16 {
    let (mut rows, mut col) = (1u16, 0usize);
    for word in text.split(' ') {
        let w = unicode_width::UnicodeWidthStr::width(word);
        if col == 0 {
            col = w;
        } else if col + 1 + w <= width {
            col += 1 + w;
        } else {
            rows += 1;
            col = w;
        }
        // A word longer than the line is cut over several rows.
        while col > width {
            rows += 1;
            col -= width;
        }
    }
    rows
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn confirm(app: &App, q: &str, frame: &mut Frame, area: Rect) {
    let r = centered(area, 60, 7);
    frame.render_widget(Clear, r);
    let hints: Vec<String> = keymap::footer(&[keymap::Context::Confirm], app.lang)
        .into_iter()
        .map(|(k, d)| format!("{k} {d}"))
        .collect();
    let p = Paragraph::new(vec![
        Line::raw(one_line(q)),
        Line::raw(""),
        Line::styled(hints.join(" · "), app.theme.muted),
    ])
    .wrap(Wrap { trim: true })
    .block(Block::bordered().border_style(app.theme.warning));
    frame.render_widget(p, r);
}

/// The theme picker, with a sample of the styles that carry meaning.
fn themes(app: &App, at: usize, frame: &mut Frame, area: Rect) {
    use crate::method::Label;
    use crate::model::{Level, MomentKind};
    let list = app.themes.list();
    let r = centered(area, 70, list.len() as u16 + 6);
    frame.render_widget(Clear, r);
    let th = &app.theme;
    let mut lines: Vec<Line> = list
        .iter()
        .enumerate()
        .map(|(i, (name, about))| {
            let text = fit(&format!("{name:<14} {}", one_line(about)), 66);
            if i == at {
                Line::styled(text, th.selection)
            } else {
                Line::raw(text)
            }
        })
        .collect();
    lines.push(Line::raw(""));
    let mut sample: Vec<Span> = MomentKind::ALL
        .iter()
        .map(|k| {
            Span::styled(
                format!("{} {} ", k.symbol(), k.label(app.lang)),
                th.moment(*k),
            )
        })
        .collect();
    sample.extend(
        [Level::VerySensitive, Level::Sensitive, Level::Low]
            .iter()
            .map(|l| Span::styled(format!("{} ", l.symbol()), th.level(*l))),
    );
    sample.push(Span::styled("● -2 ", th.emotion(-2)));
    sample.push(Span::styled("● +2", th.emotion(2)));
    lines.push(Line::from(sample));
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", t::SAVED.get(app.lang)), th.ok),
        Span::styled("! ", th.warning),
        Span::styled(
            format!("{} ", t::SAVE_FAILED.fill(app.lang, &[("error", &"…")])),
            th.error,
        ),
        Span::styled(t::WHAT.get(app.lang), th.guidance),
    ]));
    let hints: Vec<String> = BINDINGS
        .iter()
        .filter(|b| b.context == keymap::Context::Picker)
        .filter(|b| {
            matches!(
                b.action,
                keymap::Action::Down | keymap::Action::Commit | keymap::Action::Cancel
            )
        })
        .map(|b| format!("{} {}", keymap::keys_label(b), b.help.get(app.lang)))
        .collect();
    let title = format!(" {} ", crate::i18n::tui::THEMES_TITLE.get(app.lang));
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(title)
                .title_bottom(Line::styled(fit(&hints.join(" · "), 66), th.muted))
                .border_style(th.border_focus),
        ),
        r,
    );
}

fn help(app: &App, top: u16, frame: &mut Frame, area: Rect) {
    let r = centered(area, 76, area.height);
    frame.render_widget(Clear, r);
    let lines: Vec<Line> = BINDINGS
        .iter()
        .map(|b| {
            Line::raw(format!(
                "{:<22} {}",
                keymap::keys_label(b),
                b.help.get(app.lang)
            ))
        })
        .collect();
    let title = format!(
        " {} — {} ",
        t::HELP_TITLE.get(app.lang),
        t::HELP_CLOSE.get(app.lang)
    );
    frame.render_widget(
        Paragraph::new(lines).scroll((top, 0)).block(
            Block::bordered()
                .title(title)
                .border_style(app.theme.border_focus),
        ),
        r,
    );
}
