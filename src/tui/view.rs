//! The pure view: draws the app, never changes it. The frame of a seat is drawn here (step
//! bar, guidance, footer, overlays); each step's screen draws its own body.

use super::app::{App, Screen};
use super::fitting;
use super::keymap::{Action, Context};
use super::look::Look;
use super::presence;
use super::screens::present;
use super::seat::{Seat, StyleOf};
use crate::facilitation;
use crate::i18n::tui as t;
use crate::method::Step;
use crate::room::{Link, SaveState};
use crate::text::{self, fit, one_line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use std::time::Instant;
use unicode_width::UnicodeWidthStr;

const MIN: (u16, u16) = (40, 12);

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let look = app.look();
    if area.width < MIN.0 || area.height < MIN.1 {
        let msg = t::TOO_SMALL.fill(look.lang, &[("w", &area.width), ("h", &area.height)]);
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    match &app.screen {
        Screen::Home(h) => {
            let [body, bottom] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
            h.draw(&app.store, frame, body);
            footer(
                look,
                &h.contexts(),
                |_, _| true,
                Span::raw(""),
                frame,
                bottom,
            );
            if let Some(o) = &h.overlay {
                o.draw(look, "", None, frame, body);
            }
        }
        Screen::Seat(s) => seat(s, frame, area),
    }
}

fn seat(s: &Seat, frame: &mut Frame, area: Rect) {
    let (look, doc) = (&s.look, s.room.doc());
    if let (None, Some(page)) = (&s.overlay, s.present) {
        present::render(doc, page, look, frame, area);
        return;
    }
    let [body, bottom] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    let [head, guide, main] = s.areas(body);
    let [steps, lines] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(head);
    stepper(s, frame, steps);
    // Under the steps: who is here and who leads (live), and the round under way.
    let under: Vec<Line> = [
        s.room
            .presence()
            .map(|p| presence::people_line(p, s.following, look)),
        s.room.round().map(|r| presence::round_line(r, s, look)),
    ]
    .into_iter()
    .flatten()
    .map(|text| Line::styled(fit(&text, lines.width as usize), look.theme.muted))
    .chain(
        s.conflict_banner()
            .map(|text| Line::styled(fit(&text, lines.width as usize), look.theme.warning)),
    )
    .collect();
    frame.render_widget(Paragraph::new(under), lines);
    if s.guide {
        // Short of rows, the method's warning keeps its room and what is cut says so.
        let hint = fitting::read_hint(&look.keys, look.lang);
        let (w, h) = (usize::from(guide.width), usize::from(guide.height));
        let paras = s.guidance();
        let lines: Vec<Line> = fitting::paragraphs(&paras, &Seat::GUIDE_FIRST, w, h, &hint)
            .into_iter()
            .map(|(text, style)| Line::styled(text, style(&look.theme)))
            .collect();
        frame.render_widget(Paragraph::new(lines), guide);
    }
    s.screen().draw(&s.cx(main), frame);
    let (lang, theme) = (look.lang, &look.theme);
    let lost = s.room.presence().and_then(|p| match &p.link {
        Link::Lost(why) | Link::Ended(why) => Some(why.get(lang).to_owned()),
        Link::Up => None,
    });
    let status = match (&s.note, lost, s.room.save_state()) {
        (Some(n), _, _) => Span::styled(one_line(n), theme.warning),
        (None, Some(why), _) => Span::styled(one_line(&why), theme.error),
        (None, None, SaveState::Saved) => Span::styled(t::SAVED.get(lang), theme.ok),
        (None, None, SaveState::Pending(_)) => Span::styled(t::SAVING.get(lang), theme.muted),
        (None, None, SaveState::Failed(e)) => Span::styled(
            t::SAVE_FAILED.fill(lang, &[("error", &e.get(lang))]),
            theme.error,
        ),
    };
    footer(
        look,
        &s.contexts(),
        |c, a| s.offers(c, a),
        status,
        frame,
        bottom,
    );
    if let Some(o) = &s.overlay {
        let room = Some((doc, s.room.round()));
        o.draw(look, s.step.title(lang), room, frame, body);
    }
}

/// The keys that work here on the left, the status on the right.
fn footer(
    look: &Look,
    contexts: &[Context],
    applies: impl Fn(Context, Action) -> bool,
    status: Span,
    frame: &mut Frame,
    area: Rect,
) {
    let hints: Vec<String> = look
        .keys
        .footer(contexts, look.lang, applies)
        .into_iter()
        .map(|(k, d)| format!("{k} {d}"))
        .collect();
    let status_w = (status.width() as u16 + 1).min(area.width / 2);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(status_w)]).areas(area);
    // A long message (an export's path) ends in "…"; the reading key shows it whole.
    let status = Span::styled(fit(&status.content, usize::from(right.width)), status.style);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(&hints.join(" · "), left.width as usize),
            look.theme.muted,
        )),
        left,
    );
    frame.render_widget(Paragraph::new(Line::from(status).right_aligned()), right);
}

/// Every step by the digit that jumps to it, a mark of its completeness that is not colour
/// alone (✓ done, ◐ begun, ○ not begun) and its name. When the line is narrow the other
/// steps' names are shortened alike, with "…"; the current step's stays whole.
fn stepper(s: &Seat, frame: &mut Frame, area: Rect) {
    let (lang, theme) = (s.look.lang, &s.look.theme);
    let (clock, style) = clock_text(s, s.now);
    let [area, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(clock.width() as u16),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(Span::styled(clock, style(theme))), right);
    let progress = s.progress();
    let pcts: Vec<u8> = progress.iter().map(|p| p.percent()).collect();
    let mark = |pct: u8| match pct {
        100 => '✓',
        0 => '○',
        _ => '◐',
    };
    let wide = |st: Step| {
        let (key, pct) = (st as usize, pcts[st as usize]);
        format!(" {key} {} {} {pct}% ", mark(pct), st.title(lang))
    };
    let narrow = |st: Step, cap: usize| {
        let (key, pct) = (st as usize, pcts[st as usize]);
        if st == s.step {
            format!(" {key}{} {} ", mark(pct), st.title(lang))
        } else {
            format!(" {key}{}{}", mark(pct), fit(st.title(lang), cap))
        }
    };
    let room = usize::from(area.width);
    let total = |f: &dyn Fn(Step) -> String| -> usize {
        Step::ALL.iter().map(|st| text::width(&f(*st))).sum()
    };
    let long = total(&wide) <= room;
    let longest = Step::ALL
        .iter()
        .map(|st| text::width(st.title(lang)))
        .max()
        .unwrap_or(0);
    let cap = (1..=longest)
        .rev()
        .find(|cap| total(&|st| narrow(st, *cap)) <= room)
        .unwrap_or(1);
    let mut spans: Vec<Span> = Step::ALL
        .iter()
        .map(|st| {
            let style = if *st == s.step {
                theme.step_current
            } else if pcts[*st as usize] == 100 {
                theme.step_done
            } else {
                theme.muted
            };
            let label = if long { wide(*st) } else { narrow(*st, cap) };
            Span::styled(label, style)
        })
        .collect();
    // The detail: what the current step still asks for, in the room left on the line.
    let missing = progress[s.step as usize].missing_text(lang);
    let used: usize = spans.iter().map(|sp| text::width(&sp.content)).sum();
    let room = room.saturating_sub(used);
    if !missing.is_empty() && room > 12 {
        let pct = if long {
            String::new()
        } else {
            format!("{}% ", pcts[s.step as usize])
        };
        let detail = t::MISSING.fill(lang, &[("pct", &pct), ("what", &missing)]);
        spans.push(Span::styled(fit(&detail, room), theme.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The time box and the plan, at the right of the stepper: " ⏱ 12:34 · S2/3 2h10 ".
fn clock_text(s: &Seat, now: Instant) -> (String, StyleOf) {
    let lang = s.look.lang;
    let mut parts = Vec::new();
    let mut style: StyleOf = |t| t.muted;
    if let Some(timer) = s.room.timers().get(&s.step) {
        let left = timer.remaining(now);
        let (mark, st): (&str, StyleOf) = match (timer.running(), left <= 0) {
            (_, true) => ("⏰", |t| t.error),
            (true, false) => ("⏱", |t| t.focus),
            (false, false) => ("⏸", |t| t.muted),
        };
        style = st;
        parts.push(format!("{mark} {}", facilitation::clock(left)));
    }
    if let Some((n, of, minutes)) = facilitation::position(s.room.doc().facilitation.plan, s.step) {
        let left = facilitation::clock(i64::from(minutes) * 60);
        parts.push(t::PLAN_AT.fill(lang, &[("n", &n), ("of", &of), ("left", &left)]));
    }
    if parts.is_empty() {
        return (String::new(), style);
    }
    (format!(" {} ", parts.join(" · ")), style)
}
