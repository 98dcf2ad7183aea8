//! The summary, the screen a facilitator shows the room: first what a client reads (the
//! objective beside the figures, the top irritants in the customers' words, quick wins,
//! target channels), then per persona the journey strip and what to remove, secure and
//! multiply, the prioritised actions, and how the workshop went as an appendix. Everything
//! comes from `crate::summary`, like the exports.

use crate::i18n::{Lang, Text, export as e, method as m, plural, screens as t, tui as tt};
use crate::method::{Label, Step, channel_list};
use crate::model::MomentKind;
use crate::summary::{
    self as derived, Irritant, MomentItem, PersonaPlan, Quadrant, Strip, TOP, spread, summary,
};
use crate::text::{fit, fit_line, one_line, wrap};
use crate::tui::fields::emotion_label;
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::memo::Memo;
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
    /// The page's lines, for the document's version, the language, the width and the theme.
    lines: Memo<(u64, Lang, usize, String), Vec<Line<'static>>>,
}

impl Screen for Summary {
    /// The names the summary's one-line strips cut, whole: personas, journeys and their
    /// stages, moments.
    fn texts(&self, cx: &Cx) -> Vec<String> {
        let doc = cx.doc;
        let mut out: Vec<String> = doc.personas.iter().map(|p| p.name.clone()).collect();
        for j in &doc.journeys {
            out.push(j.name.clone());
            out.extend(
                j.stages
                    .iter()
                    .enumerate()
                    .map(|(i, s)| format!("  {}. {}", i + 1, s.name)),
            );
        }
        out.extend(
            doc.moments
                .iter()
                .map(|m| format!("{} {}", m.kind.symbol(), m.title)),
        );
        out
    }

    fn step(&self) -> Step {
        Step::Summary
    }

    fn context(&self, _: &Cx) -> Context {
        Context::Scroll
    }

    /// Scrolls by line or by page (the screen's own height), or writes the exports.
    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        let page = usize::from(cx.area.height);
        let total = lines(
            &summary(cx.doc),
            cx.lang,
            cx.theme,
            usize::from(cx.area.width),
        )
        .len();
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
        let width = usize::from(body.width);
        // The summary's appendix shows the time spent: every change counts.
        let key = (cx.changes, cx.lang, width, cx.theme.name.clone());
        let lines = self
            .lines
            .get(key, || lines(&summary(cx.doc), cx.lang, cx.theme, width));
        let top = self
            .top
            .min(lines.len().saturating_sub(usize::from(body.height)));
        let shown: Vec<Line> = lines
            .iter()
            .skip(top)
            .take(usize::from(body.height))
            .cloned()
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

/// `text` wrapped to the width left after `lead` (a label, or an indent), its next lines
/// indented as far: nothing is cut.
pub fn wrapped(lead: Span<'static>, text: &str, w: usize, style: Style) -> Vec<Line<'static>> {
    let indent = lead.width();
    let parts = wrap(text, w.saturating_sub(indent));
    let mut lead = Some(lead);
    parts
        .into_iter()
        .map(|part| {
            let head = lead.take().unwrap_or_else(|| Span::raw(" ".repeat(indent)));
            Line::from(vec![head, Span::styled(part, style)])
        })
        .collect()
}

/// "Label : " in the language's typography.
fn label(text: Text, lang: Lang, theme: &Theme) -> Span<'static> {
    Span::styled(
        format!("{}{}", text.get(lang), e::COLON.get(lang)),
        theme.muted,
    )
}

/// The whole summary as lines `width` columns wide; wide screens get one line per stage.
fn lines(s: &derived::Summary, lang: Lang, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let w = width.max(20);
    let mut out = vec![Line::styled(fit_line(&s.title, w), theme.title)];
    // A quick audit ends on its findings: they come first, before even the opening.
    if s.quick {
        out.extend(findings(s, lang, theme, w));
        out.push(Line::raw(""));
    }
    out.extend(opening(s, lang, theme, w, false));
    out.push(Line::raw(""));
    out.push(heading(e::TARGET_CHANNELS.get(lang), w, theme));
    out.extend(channel_lines(s, lang, theme, w));
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
    appendix(&mut out, s, lang, theme, w);
    out
}

/// What a client reads first: the objective beside the figures and what was heard, the top
/// irritants in the customers' words, the quick wins. `compact` keeps each irritant and
/// quick win to two lines and one line, for a presentation page.
pub fn opening(
    s: &derived::Summary,
    lang: Lang,
    theme: &Theme,
    w: usize,
    compact: bool,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let objective = match s.objective.trim() {
        "" => e::NO_OBJECTIVE.get(lang).to_owned(),
        o => o.to_owned(),
    };
    out.extend(wrapped(
        label(t::SUMMARY_OBJECTIVE, lang, theme),
        &objective,
        w,
        theme.base,
    ));
    let measured: Vec<String> = s.measures.iter().map(|m| m.short(lang)).collect();
    let measured = match measured.join(" · ") {
        m if m.is_empty() => e::NO_MEASURE.get(lang).to_owned(),
        m => m,
    };
    out.extend(wrapped(
        label(e::MEASURED, lang, theme),
        &measured,
        w,
        theme.base,
    ));
    let heard = s.heard.words(lang);
    out.extend(wrapped(
        label(e::HEARD_LABEL, lang, theme),
        &heard,
        w,
        theme.base,
    ));
    out.push(Line::raw(""));
    let mut title = e::TOP_IRRITANTS.get(lang).to_owned();
    if s.irritants.len() > TOP {
        let all = s.irritants.len();
        let shown = e::SHOWN_OF.fill(lang, &[("shown", &TOP), ("all", &all)]);
        title = format!("{title} ({shown})");
    }
    out.push(heading(&title, w, theme));
    if s.irritants.is_empty() {
        out.push(Line::styled(
            format!("  {}", e::NO_IRRITANT.get(lang)),
            theme.muted,
        ));
    }
    for i in s.irritants.iter().take(TOP) {
        irritant(&mut out, i, lang, theme, w, compact);
    }
    out.push(heading(e::QUICK_WINS.get(lang), w, theme));
    let wins: Vec<_> = s.quick_wins().collect();
    if wins.is_empty() {
        let none = e::NO_QUICK_WIN.get(lang);
        out.extend(wrapped(Span::raw("  "), none, w, theme.muted));
    }
    for a in wins {
        let owner = match a.action.owner.trim() {
            "" => Span::styled(e::NO_OWNER.get(lang), theme.warning),
            owner => Span::styled(
                format!("{} {}", t::OWNER.get(lang), one_line(owner)),
                theme.focus,
            ),
        };
        let lead = format!("  {} ", a.action.kind.symbol());
        if compact {
            let owner_w = owner.width() + 3;
            let text = fit(
                &one_line(&a.action.text),
                w.saturating_sub(lead.width() + owner_w),
            );
            out.push(Line::from(vec![
                Span::raw(lead),
                Span::raw(text),
                Span::raw(" — "),
                owner,
            ]));
            continue;
        }
        out.extend(wrapped(Span::raw(lead), &a.action.text, w, theme.base));
        let mut facts = vec![Span::raw("     "), owner];
        if !a.action.due.trim().is_empty() {
            let due = format!(
                " · {} {}",
                t::DUE.get(lang),
                one_line(&crate::dates::show(&a.action.due, lang))
            );
            facts.push(Span::styled(due, theme.muted));
        }
        out.push(Line::from(facts));
    }
    out
}

/// One top irritant: its title and stage, how sensitive and for whom, a customer's words
/// and how many verbatims stand behind it.
fn irritant(
    out: &mut Vec<Line<'static>>,
    i: &Irritant,
    lang: Lang,
    theme: &Theme,
    w: usize,
    compact: bool,
) {
    let style = i.level().map_or(theme.muted, |l| theme.level(l));
    let symbol = i.level().map_or("?", |l| l.symbol());
    let kind = MomentKind::Critical.symbol();
    let quote = i.evidence.quote.as_ref();
    let said = quote.map(|q| e::QUOTED.fill(lang, &[("text", &one_line(&q.text))]));
    if compact {
        let persons = format!(
            " · {}",
            plural(lang, i.personas.len() as u64, e::PERSONA_COUNT)
        );
        let head = format!("  {kind} {} ", one_line(&i.title));
        let head = fit(&head, w.saturating_sub(symbol.width() + persons.width()));
        out.push(Line::from(vec![
            Span::styled(head, theme.critical),
            Span::styled(symbol.to_owned(), style),
            Span::styled(persons, theme.muted),
        ]));
        let by = quote.map_or(String::new(), |q| format!(" — {}", one_line(&q.by())));
        let said = said.unwrap_or_else(|| i.evidence.words(lang));
        out.push(Line::styled(
            fit(&format!("    {said}{by}"), w),
            theme.muted,
        ));
        return;
    }
    let head = format!("{kind} {} · {}", one_line(&i.title), one_line(&i.stage));
    out.extend(wrapped(Span::raw("  "), &head, w, theme.critical));
    let felt = format!("{symbol} {}", i.felt(lang));
    out.extend(wrapped(Span::raw("    "), &felt, w, style));
    if let (Some(q), Some(said)) = (quote, said) {
        out.extend(wrapped(Span::raw("    "), &said, w, theme.base));
        if !q.by().is_empty() {
            out.extend(wrapped(Span::raw("      — "), &q.by(), w, theme.muted));
        }
    }
    out.extend(wrapped(
        Span::raw("    "),
        &i.evidence.words(lang),
        w,
        theme.muted,
    ));
}

/// The target channels, one line per stage, journey by journey; new channels after a "+".
pub fn channel_lines(
    s: &derived::Summary,
    lang: Lang,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let strips = s
        .personas
        .iter()
        .flat_map(|p| p.journeys.iter().map(move |j| (p, j)));
    let name_w = 24.min(w / 3);
    for (p, j) in strips {
        let title = format!("  {} — {}", one_line(&p.name), one_line(&j.name));
        out.push(Line::styled(fit(&title, w), theme.title));
        for st in &j.stages {
            let target = if st.target.is_empty() {
                e::NO_CHANNEL.get(lang).to_owned()
            } else {
                one_line(&channel_list(&st.target, lang))
            };
            let added = if st.added.is_empty() {
                String::new()
            } else {
                format!(" (+ {})", one_line(&channel_list(&st.added, lang)))
            };
            let room = w.saturating_sub(name_w + 4);
            let target = fit(&target, room);
            let added = fit(&added, room.saturating_sub(target.width()));
            out.push(Line::from(vec![
                Span::raw(format!("    {} ", col(&one_line(&st.name), name_w - 1))),
                Span::styled(target, theme.ok),
                Span::styled(added, theme.focus),
            ]));
        }
    }
    if out.is_empty() {
        let none = e::NO_STAGE_YET.get(lang);
        out.extend(wrapped(Span::raw("  "), none, w, theme.muted));
    }
    out
}

/// How the workshop went, for the team rather than the client: completeness, time spent,
/// the audit's score and open checks (unless a quick audit showed them first) and the
/// facilitator's notes.
fn appendix(
    out: &mut Vec<Line<'static>>,
    s: &derived::Summary,
    lang: Lang,
    theme: &Theme,
    w: usize,
) {
    out.push(Line::raw(""));
    out.push(heading(e::APPENDIX.get(lang), w, theme));
    let steps: Vec<String> = s
        .completeness
        .iter()
        .map(|(st, p)| format!("{} {} {}%", *st as u8, st.title(lang), p.percent()))
        .collect();
    let done = format!("{}% · {}", s.overall, steps.join(" · "));
    out.extend(wrapped(
        label(t::COMPLETENESS, lang, theme),
        &done,
        w,
        theme.muted,
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
        out.extend(wrapped(
            label(t::TIME_SPENT, lang, theme),
            &spent.join(" · "),
            w,
            theme.muted,
        ));
    }
    if !s.quick {
        out.extend(findings(s, lang, theme, w));
    }
    // The facilitator's notes: this screen is the facilitator's; presentation leaves them out.
    if !s.notes.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(t::NOTES.get(lang), w, theme));
        for (st, note) in &s.notes {
            out.push(Line::styled(
                fit(
                    &format!(
                        "  ✎ {} {}{}{}",
                        *st as u8,
                        st.title(lang),
                        e::COLON.get(lang),
                        one_line(note)
                    ),
                    w,
                ),
                theme.editing,
            ));
        }
    }
}

/// The audit's score, then the method's open checks, most serious in their own style.
fn findings(s: &derived::Summary, lang: Lang, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let score_style = if s.checks.is_empty() {
        theme.ok
    } else {
        theme.muted
    };
    let score = t::SCORE.fill(lang, &[("score", &s.score)]);
    let mut out = vec![
        Line::styled(fit(&score, w), score_style),
        heading(t::OPEN_CHECKS.get(lang), w, theme),
    ];
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
pub fn priority_lines(
    s: &derived::Summary,
    lang: Lang,
    theme: &Theme,
    w: usize,
) -> Vec<Line<'static>> {
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
                Span::raw(fit(
                    &one_line(&a.action.text),
                    w.saturating_sub(8 + dots.len()),
                )),
                Span::styled(level, a.level.map_or(theme.muted, |l| theme.level(l))),
                Span::styled(dots, theme.focus),
            ]));
            let mut facts = vec![who];
            let due = crate::dates::show(&a.action.due, lang);
            for (label, value) in [
                (t::OWNER, &a.action.owner),
                (t::KPI, &a.action.kpi),
                (t::DUE, &due),
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
    // Without a journey it has no moment of its own: it borrows none from the others.
    if p.journeys.is_empty() {
        let why = e::NO_JOURNEY_YET.get(lang);
        out.extend(wrapped(Span::raw("  "), why, w, theme.muted));
        return;
    }
    for j in &p.journeys {
        out.extend(strip_lines(j, lang, theme, w, true));
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

/// One journey as lines: a line per stage with its emotion and moments, its pain points when
/// `pains` (wrapped below), and its channels now → target (beside on wide screens, below
/// otherwise).
pub fn strip_lines(
    j: &Strip,
    lang: Lang,
    theme: &Theme,
    w: usize,
    pains: bool,
) -> Vec<Line<'static>> {
    let wide = w >= 120;
    let (name_w, emo_w) = (22, 13);
    let mut out = Vec::new();
    {
        out.push(Line::styled(
            fit(
                &format!(
                    "{}{}{}",
                    t::JOURNEY_STRIP.get(lang),
                    e::COLON.get(lang),
                    one_line(&j.name)
                ),
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
            let indent = " ".repeat(name_w + 1);
            let pain_lines = if pains && !s.pain_points.trim().is_empty() {
                let lead = Span::styled(format!("{indent} ✗ "), theme.emotion_bad);
                wrapped(lead, &s.pain_points, w, theme.emotion_bad)
            } else {
                Vec::new()
            };
            if wide {
                spans.push(Span::raw(" ".repeat(moments_w.saturating_sub(used))));
                spans.push(Span::styled(
                    fit(&channels, w - name_w - emo_w - 2 - moments_w),
                    style,
                ));
                out.push(Line::from(spans));
                out.extend(pain_lines);
            } else {
                out.push(Line::from(spans));
                out.extend(pain_lines);
                out.push(Line::styled(fit(&format!("{indent} {channels}"), w), style));
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
        let settle = if item.unsettled {
            e::TO_SETTLE.get(lang)
        } else {
            ""
        };
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
