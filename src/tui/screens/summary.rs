//! The summary, the screen a facilitator shows the room: per persona the journey strip and
//! what to remove, secure and multiply; then the prioritised actions, the open checks and
//! how complete each step is. Everything comes from `crate::summary`, like the exports.

use crate::i18n::{Lang, export as e, method as m, screens as t, tui as tt};
use crate::method::{Label, Step, channel_list};
use crate::summary::{self as derived, MomentItem, PersonaPlan, Quadrant, Strip, spread, summary};
use crate::text::{fit, one_line};
use crate::tui::fields::emotion_label;
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::screen::{Cx, Outcome, Screen};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The summary, scrolled: the first line shown.
#[derive(Default)]
pub struct Summary {
    pub top: usize,
}

impl Screen for Summary {
    fn step(&self) -> Step {
        Step::Summary
    }

    fn context(&self, _: &Cx) -> Context {
        Context::Scroll
    }

    /// Scrolls by line or by page (the screen's own height), or writes the exports.
    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        let page = usize::from(cx.area.height);
        let total = lines(&summary(cx.doc), cx.lang, cx.theme, usize::from(cx.area.width)).len();
        let last = total.saturating_sub(page);
        let top = &mut self.top;
        match cx.action(Context::Scroll, key) {
            Some(Action::Up) => *top = top.saturating_sub(1),
            Some(Action::Down) => *top = (*top + 1).min(last),
            Some(Action::PageUp) => *top = top.saturating_sub(page.max(2) - 1),
            Some(Action::PageDown) => *top = (*top + page.max(2) - 1).min(last),
            Some(Action::Top) => *top = 0,
            Some(Action::Bottom) => *top = last,
            Some(Action::Export) => {
                let lang = cx.lang;
                return Outcome::Say(match crate::export::next_to(cx.path, cx.doc) {
                    Ok(paths) => tt::EXPORTED.fill(lang, &[("paths", &paths)]),
                    Err(e) => tt::EXPORT_FAILED.fill(lang, &[("error", &e)]),
                });
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let body = cx.area;
        let lines = lines(&summary(cx.doc), cx.lang, cx.theme, usize::from(body.width));
        let top = self
            .top
            .min(lines.len().saturating_sub(usize::from(body.height)));
        let shown: Vec<Line> = lines
            .into_iter()
            .skip(top)
            .take(usize::from(body.height))
            .collect();
        frame.render_widget(Paragraph::new(shown), body);
    }
}

/// `s` fitted and padded to exactly `w` columns.
fn col(s: &str, w: usize) -> String {
    let s = fit(s, w);
    let pad = w.saturating_sub(s.width());
    format!("{s}{}", " ".repeat(pad))
}

fn names(keys: &[String], lang: Lang) -> String {
    if keys.is_empty() {
        return crate::i18n::tui::NONE.get(lang).to_owned();
    }
    one_line(&channel_list(keys, lang))
}

fn heading(text: &str, width: usize, theme: &Theme) -> Line<'static> {
    let bar = "━".repeat(width.saturating_sub(text.width() + 4).min(60));
    Line::styled(format!("━━ {text} {bar}"), theme.title)
}

/// The whole summary as lines `width` columns wide; wide screens get one line per stage.
fn lines(s: &derived::Summary, lang: Lang, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let w = width.max(20);
    let mut out = vec![Line::styled(fit(&one_line(&s.title), w), theme.title)];
    if !s.objective.trim().is_empty() {
        out.push(Line::from(vec![
            Span::styled(format!("{}: ", t::SUMMARY_OBJECTIVE.get(lang)), theme.muted),
            Span::raw(fit(&one_line(&s.objective), w.saturating_sub(12))),
        ]));
    }
    let steps: Vec<String> = s
        .completeness
        .iter()
        .map(|(st, p)| format!("{} {} {p}%", *st as u8, st.title(lang)))
        .collect();
    out.push(Line::styled(
        fit(
            &format!(
                "{} {}% · {}",
                t::COMPLETENESS.get(lang),
                s.overall,
                steps.join(" · ")
            ),
            w,
        ),
        theme.muted,
    ));
    out.push(Line::styled(
        t::SCORE.fill(lang, &[("score", &s.score)]),
        if s.checks.is_empty() {
            theme.ok
        } else {
            theme.muted
        },
    ));
    if !s.time.is_empty() {
        let spent: Vec<String> = s
            .time
            .iter()
            .map(|(st, planned, secs)| {
                let planned = planned.map_or(String::new(), |m| format!("/{m}"));
                format!("{} {}{planned} min", *st as u8, secs.div_ceil(60))
            })
            .collect();
        out.push(Line::styled(
            fit(
                &format!("{}: {}", t::TIME_SPENT.get(lang), spent.join(" · ")),
                w,
            ),
            theme.muted,
        ));
    }
    // A quick audit ends on its findings: they come first.
    if s.quick {
        out.extend(checks_lines(s, lang, theme, w));
    }
    if s.personas.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(t::NO_PERSONA_YET.get(lang), theme.guidance));
    }
    for p in &s.personas {
        out.push(Line::raw(""));
        persona(&mut out, p, lang, theme, w);
    }
    if !s.disputes.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(e::DISPUTES.get(lang), w, theme));
        for d in &s.disputes {
            let line = format!("  ⚖ {}", d.words(lang));
            out.push(Line::styled(fit(&line, w), theme.warning));
        }
    }
    out.push(Line::raw(""));
    out.push(heading(t::PRIORITIES.get(lang), w, theme));
    out.extend(priority_lines(s, lang, theme, w));
    if !s.quick {
        out.extend(checks_lines(s, lang, theme, w));
    }
    // The facilitator's notes: this screen is the facilitator's; presentation leaves them out.
    if !s.notes.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(t::NOTES.get(lang), w, theme));
        for (st, note) in &s.notes {
            out.push(Line::styled(
                fit(
                    &format!("  ✎ {} {}: {}", *st as u8, st.title(lang), one_line(note)),
                    w,
                ),
                theme.editing,
            ));
        }
    }
    out
}

/// The method's open checks, most serious in their own style.
fn checks_lines(s: &derived::Summary, lang: Lang, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let mut out = vec![Line::raw(""), heading(t::OPEN_CHECKS.get(lang), w, theme)];
    if s.checks.is_empty() {
        out.push(Line::styled(
            format!("  {}", t::NO_OPEN_CHECK.get(lang)),
            theme.ok,
        ));
    }
    for f in &s.checks {
        let style = match f.severity {
            crate::method::Severity::Error => theme.error,
            crate::method::Severity::Warning => theme.warning,
            crate::method::Severity::Info => theme.muted,
        };
        out.push(Line::styled(
            fit(&format!("  ! {} {}", f.step as u8, f.text(lang)), w),
            style,
        ));
    }
    out
}

/// The actions by quadrant, quick wins first, each with its persona, owner, KPI and date.
pub fn priority_lines(s: &derived::Summary, lang: Lang, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for q in Quadrant::ALL {
        let mine: Vec<_> = s.actions.iter().filter(|a| a.quadrant == q).collect();
        if mine.is_empty() {
            continue;
        }
        out.push(Line::styled(
            format!("{} ({})", m::QUADRANTS[q as usize].get(lang), mine.len()),
            theme.title,
        ));
        for a in mine {
            let level = a
                .level
                .map_or(String::new(), |l| format!(" {}", l.symbol()));
            let who = if a.persona.is_empty() {
                t::FOR_EVERYONE.get(lang).to_owned()
            } else {
                one_line(&a.persona)
            };
            let dots = match a.action.dots {
                0 => String::new(),
                n => format!(" ● {n}"),
            };
            out.push(Line::from(vec![
                Span::raw(format!("  {} ", a.action.kind.symbol())),
                Span::raw(fit(&one_line(&a.action.text), w.saturating_sub(8 + dots.len()))),
                Span::styled(level, a.level.map_or(theme.muted, |l| theme.level(l))),
                Span::styled(dots, theme.focus),
            ]));
            let mut facts = vec![who];
            for (label, value) in [
                (t::OWNER, &a.action.owner),
                (t::KPI, &a.action.kpi),
                (t::DUE, &a.action.due),
            ] {
                if !value.trim().is_empty() {
                    facts.push(format!("{} {}", label.get(lang), one_line(value)));
                }
            }
            out.push(Line::styled(
                fit(&format!("     {}", facts.join(" · ")), w),
                theme.muted,
            ));
        }
    }
    if s.actions.is_empty() {
        out.push(Line::styled(
            format!("  {}", t::NOTHING.get(lang)),
            theme.muted,
        ));
    }
    out
}

fn persona(out: &mut Vec<Line<'static>>, p: &PersonaPlan, lang: Lang, theme: &Theme, w: usize) {
    out.push(heading(&one_line(&p.name), w, theme));
    if p.journeys.is_empty() {
        out.push(Line::styled(
            format!("  {}", t::NO_JOURNEY.get(lang)),
            theme.muted,
        ));
    }
    for j in &p.journeys {
        out.extend(strip_lines(j, lang, theme, w));
    }
    for (title, items) in [
        (t::IRRITANTS, &p.irritants),
        (t::ESSENTIALS, &p.essentials),
        (t::WOWS, &p.wows),
    ] {
        out.push(Line::styled(title.get(lang).to_owned(), theme.title));
        if items.is_empty() {
            out.push(Line::styled(
                format!("  {}", t::NOTHING.get(lang)),
                theme.muted,
            ));
        }
        for item in items {
            moment(out, item, lang, theme, w);
        }
    }
}

/// One journey as lines: a line per stage with its emotion and moments, and its channels now
/// → target (beside on wide screens, below otherwise).
pub fn strip_lines(j: &Strip, lang: Lang, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let wide = w >= 120;
    let (name_w, emo_w) = (22, 13);
    let mut out = Vec::new();
    {
        out.push(Line::styled(
            fit(
                &format!("{}: {}", t::JOURNEY_STRIP.get(lang), one_line(&j.name)),
                w,
            ),
            theme.muted,
        ));
        let rest = w.saturating_sub(name_w + emo_w + 2);
        let moments_w = if wide { rest / 2 } else { rest };
        for s in &j.stages {
            let mut spans = vec![
                Span::raw(format!("  {} ", col(&one_line(&s.name), name_w - 1))),
                match s.emotion {
                    Some(e) => Span::styled(
                        col(&emotion_label(i64::from(e), lang), emo_w),
                        theme.emotion(e),
                    ),
                    None => Span::styled(col("?", emo_w), theme.muted),
                },
            ];
            let mut used = 0;
            for (kind, title, level) in &s.moments {
                let lv = level.map_or(String::new(), |l| format!(" {}", l.symbol()));
                let text = format!("{} {}{lv} ", kind.symbol(), one_line(title));
                let text = fit(&text, moments_w.saturating_sub(used));
                used += text.width();
                spans.push(Span::styled(text, theme.moment(*kind)));
            }
            let brk = if s.channel_break {
                format!("! {} · ", t::BREAK.get(lang))
            } else {
                String::new()
            };
            let channels = format!("{brk}{} → {}", names(&s.now, lang), names(&s.target, lang));
            let style = if s.channel_break {
                theme.warning
            } else {
                theme.muted
            };
            if wide {
                spans.push(Span::raw(" ".repeat(moments_w.saturating_sub(used))));
                spans.push(Span::styled(
                    fit(&channels, w - name_w - emo_w - 2 - moments_w),
                    style,
                ));
                out.push(Line::from(spans));
            } else {
                out.push(Line::from(spans));
                out.push(Line::styled(
                    fit(&format!("{}{channels}", " ".repeat(name_w + 2)), w),
                    style,
                ));
            }
        }
    }
    out
}

fn moment(out: &mut Vec<Line<'static>>, item: &MomentItem, lang: Lang, theme: &Theme, w: usize) {
    let (level, style): (String, Style) = match item.level {
        Some(l) => (format!("{} {}", l.symbol(), l.label(lang)), theme.level(l)),
        None => (t::NOT_RATED.get(lang).to_owned(), theme.muted),
    };
    let head = format!(
        "  {} {} · {} · ",
        item.kind.symbol(),
        one_line(&item.title),
        one_line(&item.stage)
    );
    let head = fit(&head, w.saturating_sub(level.width() + 1));
    let head = if head.ends_with(' ') {
        head
    } else {
        format!("{head} ")
    };
    out.push(Line::from(vec![
        Span::styled(head, theme.moment(item.kind)),
        Span::styled(level, style),
    ]));
    // Where the team's votes split, the spread under the level kept.
    if let Some(votes) = &item.split {
        let settle = if item.unsettled { e::TO_SETTLE.get(lang) } else { "" };
        let line = format!("      {} {}{settle}", t::VOTES.get(lang), spread(votes));
        out.push(Line::styled(fit(&line, w), theme.warning));
    }
    if item.actions.is_empty() {
        out.push(Line::styled(
            format!("      → {}", t::NO_ACTION_YET.get(lang)),
            theme.warning,
        ));
    }
    for a in &item.actions {
        out.push(Line::raw(fit(&format!("      → {}", one_line(a)), w)));
    }
}
