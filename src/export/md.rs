//! The Markdown report, to paste in a wiki: framing, listening figures, personas, journeys as
//! tables, criticity, the target experience and the action plan by priority, open checks.

use super::{flat, persona_name};
use crate::i18n::{Lang, export as t, method as m};
use crate::method::Label;
use crate::method::channel_list;
use crate::model::Workshop;
use crate::summary::{MomentItem, Quadrant, summary};
use std::fmt::Write;

/// Text safe in Markdown, on one line: HTML and table separators shown literally.
fn esc(s: &str) -> String {
    flat(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
}

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

fn header(cells: &[&str]) -> String {
    let mut out = row(&cells.iter().map(|c| c.to_string()).collect::<Vec<_>>());
    out.push_str(&row(&vec!["---".to_owned(); cells.len()]));
    out
}

pub fn report(doc: &Workshop, lang: Lang, notes: bool) -> String {
    let s = summary(doc);
    let mut out = format!("# {}\n\n", esc(&doc.framing.title));
    let _ = writeln!(out, "## {}\n", t::FRAMING.get(lang));
    for (label, value) in t::FRAMING_FIELDS.iter().zip(doc.framing.answers()) {
        if !value.trim().is_empty() {
            let _ = writeln!(out, "- **{}**: {}", label.get(lang), esc(value));
        }
    }
    listen(&mut out, doc, lang);
    personas(&mut out, doc, lang);
    let _ = writeln!(out, "\n## {}\n", t::JOURNEYS.get(lang));
    for p in &s.personas {
        for j in &p.journeys {
            let _ = writeln!(out, "### {} — {}\n", esc(&p.name), esc(&j.name));
            let cols: Vec<&str> = t::STAGE_COLUMNS.iter().map(|c| c.get(lang)).collect();
            out.push_str(&header(&cols));
            for st in &j.stages {
                let stage = doc.stage(&st.id).map(|(_, x)| x);
                let moments: Vec<String> = st
                    .moments
                    .iter()
                    .map(|(k, title, _)| format!("{} {}", k.symbol(), esc(title)))
                    .collect();
                let levels: Vec<String> = st
                    .moments
                    .iter()
                    .map(|(_, _, l)| l.map_or("?".to_owned(), |l| l.label(lang).to_owned()))
                    .collect();
                out.push_str(&row(&[
                    esc(&st.name),
                    st.phase.label(lang).to_owned(),
                    esc(stage.map_or("", |x| &x.actions)),
                    esc(&stage.map_or(String::new(), |x| x.touchpoints.join(", "))),
                    st.emotion.map_or("?".to_owned(), |e| format!("{e:+}")),
                    moments.join("<br>"),
                    levels.join("<br>"),
                    esc(&channel_list(&st.now, lang)),
                    esc(&channel_list(&st.target, lang)),
                ]));
            }
            out.push('\n');
        }
    }
    criticity(&mut out, doc, lang);
    let _ = writeln!(out, "\n## {}\n", t::TARGET.get(lang));
    for p in &s.personas {
        let _ = writeln!(out, "### {}\n", esc(&p.name));
        for (title, items) in [
            (crate::i18n::screens::IRRITANTS, &p.irritants),
            (crate::i18n::screens::ESSENTIALS, &p.essentials),
            (crate::i18n::screens::WOWS, &p.wows),
        ] {
            let _ = writeln!(out, "**{}**\n", title.get(lang));
            if items.is_empty() {
                let _ = writeln!(out, "- {}", crate::i18n::screens::NOTHING.get(lang));
            }
            for item in items {
                moment_item(&mut out, item, lang);
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "## {}\n", t::PLAN.get(lang));
    for q in Quadrant::ALL {
        let mine: Vec<_> = s.actions.iter().filter(|a| a.quadrant == q).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", m::QUADRANTS[q as usize].get(lang));
        let cols: Vec<&str> = t::ACTION_COLUMNS.iter().map(|c| c.get(lang)).collect();
        out.push_str(&header(&cols));
        for a in mine {
            let who = if a.persona.is_empty() {
                t::EVERYONE.get(lang).to_owned()
            } else {
                a.persona.clone()
            };
            out.push_str(&row(&[
                format!("{}{}", esc(&a.action.text), dots(a.action.dots)),
                esc(&who),
                a.action.kind.label(lang).to_owned(),
                esc(&a.moment),
                a.level.map_or(String::new(), |l| l.label(lang).to_owned()),
                esc(&a.action.owner),
                esc(&a.action.kpi),
                esc(&a.action.due),
            ]));
        }
        out.push('\n');
    }
    if !s.disputes.is_empty() {
        let _ = writeln!(out, "## {}\n", t::DISPUTES.get(lang));
        for d in &s.disputes {
            let _ = writeln!(out, "- {}", esc(&d.words(lang)));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", t::CHECKS.get(lang));
    if s.checks.is_empty() {
        let _ = writeln!(out, "{}", t::NO_CHECK.get(lang));
    }
    for f in &s.checks {
        let _ = writeln!(
            out,
            "- {} ({}): {}",
            crate::i18n::cli::SEVERITIES[f.severity as usize].get(lang),
            f.step.title(lang),
            esc(&f.text(lang))
        );
    }
    let _ = writeln!(out, "\n## {}\n", t::COMPLETENESS.get(lang));
    out.push_str(&header(&[t::STEP.get(lang), "%"]));
    for (st, p) in &s.completeness {
        out.push_str(&row(&[
            format!("{} {}", *st as u8, st.title(lang)),
            p.to_string(),
        ]));
    }
    if !s.time.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t::TIME.get(lang));
        out.push_str(&header(&[
            t::STEP.get(lang),
            t::PLANNED.get(lang),
            t::SPENT.get(lang),
        ]));
        for (st, planned, secs) in &s.time {
            out.push_str(&row(&[
                format!("{} {}", *st as u8, st.title(lang)),
                planned.map_or(String::new(), |m| m.to_string()),
                secs.div_ceil(60).to_string(),
            ]));
        }
    }
    if notes && !s.notes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", crate::i18n::screens::NOTES.get(lang));
        for (st, note) in &s.notes {
            let _ = writeln!(out, "- **{}**: {}", st.title(lang), esc(note));
        }
    }
    let _ = writeln!(out, "\n_{}_", t::GENERATED.get(lang));
    out
}

/// "● 3" after an action that got dots in a dot vote.
pub(super) fn dots(n: u32) -> String {
    if n == 0 {
        String::new()
    } else {
        format!(" ● {n}")
    }
}

fn moment_item(out: &mut String, item: &MomentItem, lang: Lang) {
    let level = item
        .level
        .map_or(crate::i18n::screens::NOT_RATED.get(lang), |l| l.label(lang));
    let _ = writeln!(
        out,
        "- {} {} ({}, {})",
        item.kind.symbol(),
        esc(&item.title),
        esc(&item.stage),
        level
    );
    for a in &item.actions {
        let _ = writeln!(out, "  - → {}", esc(a));
    }
}

fn listen(out: &mut String, doc: &Workshop, lang: Lang) {
    let l = &doc.listen;
    let _ = writeln!(out, "\n## {}\n", t::LISTEN.get(lang));
    if !l.metrics.is_empty() {
        let _ = writeln!(out, "### {}\n", t::METRICS.get(lang));
        for metric in &l.metrics {
            let words = crate::summary::figures::figures_in_words(metric, lang);
            let _ = writeln!(out, "- {}: {}", esc(&metric.label), esc(&words));
        }
    }
    if !l.sources.is_empty() {
        let _ = writeln!(out, "\n### {}\n", t::SOURCES.get(lang));
        out.push_str(&header(&[t::NAME.get(lang), t::FAMILY.get(lang)]));
        for src in &l.sources {
            out.push_str(&row(&[esc(&src.name), src.family.label(lang).to_owned()]));
        }
    }
    if !l.verbatims.is_empty() {
        let _ = writeln!(out, "\n### {}\n", t::VERBATIMS.get(lang));
        for v in &l.verbatims {
            let mut about = vec![v.sentiment.label(lang).to_owned()];
            let who = persona_name(doc, v.persona.as_deref());
            if !who.is_empty() {
                about.insert(0, esc(&who));
            }
            let _ = writeln!(out, "> {}\n>\n> — {}\n", esc(&v.text), about.join(", "));
        }
    }
    if !l.insights.is_empty() {
        let _ = writeln!(out, "### {}\n", t::INSIGHTS.get(lang));
        for i in &l.insights {
            let _ = writeln!(out, "- {}", esc(&i.text));
        }
    }
}

fn personas(out: &mut String, doc: &Workshop, lang: Lang) {
    let _ = writeln!(out, "\n## {}\n", t::PERSONAS.get(lang));
    for p in &doc.personas {
        let _ = writeln!(out, "### {}\n", esc(&p.name));
        if !p.quote.trim().is_empty() {
            let _ = writeln!(out, "> {}\n", esc(&p.quote));
        }
        let channels = channel_list(&p.channels, lang);
        let values = [
            &p.context,
            &p.needs,
            &p.usages,
            &p.behaviours,
            &p.interactions,
            &channels,
            &p.goals,
            &p.frustrations,
        ];
        for (label, value) in t::PERSONA_FIELDS.iter().zip(values) {
            if !value.trim().is_empty() {
                let _ = writeln!(out, "- **{}**: {}", label.get(lang), esc(value));
            }
        }
        out.push('\n');
    }
}

fn criticity(out: &mut String, doc: &Workshop, lang: Lang) {
    if doc.moments.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", t::CRITICITY.get(lang));
    let mut cols = vec![
        t::STAGE_COLUMNS[5].get(lang).to_owned(),
        t::STAGE_COLUMNS[0].get(lang).to_owned(),
    ];
    cols.extend(doc.personas.iter().map(|p| esc(&p.name)));
    out.push_str(&row(&cols));
    out.push_str(&row(&vec!["---".to_owned(); cols.len()]));
    for mo in crate::summary::in_journey_order(doc) {
        let stage = doc
            .stage(&mo.stage)
            .map_or(String::new(), |(_, s)| esc(&s.name));
        let mut cells = vec![format!("{} {}", mo.kind.symbol(), esc(&mo.title)), stage];
        cells.extend(doc.personas.iter().map(|p| match mo.criticity.get(&p.id) {
            Some(r) if r.disputed() => {
                let votes = r.votes.as_ref().map(crate::summary::spread);
                let votes = votes.unwrap_or_default();
                format!("{} {} ({votes})", r.level.symbol(), r.level.label(lang))
            }
            Some(r) => format!("{} {}", r.level.symbol(), r.level.label(lang)),
            None => crate::i18n::screens::NOT_RATED.get(lang).to_owned(),
        }));
        out.push_str(&row(&cells));
    }
    out.push('\n');
}
