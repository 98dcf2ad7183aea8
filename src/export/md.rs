//! The Markdown report, to send to a client or paste in a wiki: first what a client reads
//! (objective and figures, top irritants in the customers' words, quick wins, target
//! channels), then framing, listening, personas, journeys as tables, criticity, the target
//! experience and the action plan by priority; how the workshop went is an appendix.

use super::{flat, persona_name};
use crate::i18n::{Lang, export as t, method as m};
use crate::method::Label;
use crate::method::channel_list;
use crate::model::Workshop;
use crate::summary::{MomentItem, Quadrant, Summary, TOP, summary};
use std::fmt::Write;

/// Text safe in Markdown, on one line: HTML and table separators shown literally, and no
/// link or image made from the workshop's text (a shared report must not load a remote image
/// nor hide where a link goes): brackets are escaped, and so is the `//` of a bare address,
/// which would otherwise become a link.
fn esc(s: &str) -> String {
    flat(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('[', "\\[")
        .replace(']', "\\]")
        .replace("://", ":\\/\\/")
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
    glance(&mut out, &s, lang);
    let _ = writeln!(out, "## {}\n", t::FRAMING.get(lang));
    // The objective opens the report; the rest of the framing follows.
    let framing = t::FRAMING_FIELDS.iter().zip(doc.framing.answers()).skip(1);
    for (label, value) in framing {
        if !value.trim().is_empty() {
            out.push_str(&labelled(label.get(lang), &esc(value), lang));
        }
    }
    listen(&mut out, doc, lang);
    personas(&mut out, doc, lang);
    journeys(&mut out, &s, doc, lang);
    criticity(&mut out, &s, doc, lang);
    target(&mut out, &s, lang);
    plan(&mut out, &s, lang);
    appendix(&mut out, &s, lang, notes);
    let _ = writeln!(out, "\n_{}_", t::GENERATED.get(lang));
    out
}

/// "- **Label**: value", with the language's colon.
fn labelled(label: &str, value: &str, lang: Lang) -> String {
    format!("- **{label}**{}{value}\n", t::COLON.get(lang))
}

/// What a client reads first: the objective beside the figures, what was heard, the top
/// irritants in the customers' words, the quick wins and the target channels.
fn glance(out: &mut String, s: &Summary, lang: Lang) {
    let _ = writeln!(out, "## {}\n", t::AT_A_GLANCE.get(lang));
    let objective = if s.objective.trim().is_empty() {
        t::NO_OBJECTIVE.get(lang).to_owned()
    } else {
        esc(&s.objective)
    };
    out.push_str(&labelled(t::FRAMING_FIELDS[0].get(lang), &objective, lang));
    let measured: Vec<String> = s.measures.iter().map(|m| m.short(lang)).collect();
    let measured = if measured.is_empty() {
        t::NO_MEASURE.get(lang).to_owned()
    } else {
        esc(&measured.join(" · "))
    };
    out.push_str(&labelled(t::MEASURED.get(lang), &measured, lang));
    let heard = s.heard.words(lang);
    out.push_str(&labelled(t::HEARD_LABEL.get(lang), &heard, lang));
    let _ = writeln!(out, "\n### {}\n", t::TOP_IRRITANTS.get(lang));
    if s.irritants.is_empty() {
        let _ = writeln!(out, "{}\n", t::NO_IRRITANT.get(lang));
    }
    if s.irritants.len() > TOP {
        let all = s.irritants.len();
        let _ = writeln!(
            out,
            "_{}._\n",
            t::SHOWN_OF.fill(lang, &[("shown", &TOP), ("all", &all)])
        );
    }
    for (i, irritant) in s.irritants.iter().take(TOP).enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** ({}){}{}.\n",
            i + 1,
            esc(&irritant.title),
            esc(&irritant.stage),
            t::COLON.get(lang),
            esc(&irritant.felt(lang))
        );
        if let Some(q) = &irritant.evidence.quote {
            let _ = writeln!(out, "   > {}", esc(&q.text));
            if !q.by().is_empty() {
                let _ = writeln!(out, "   >\n   > — {}", esc(&q.by()));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "   _{}._\n", irritant.evidence.words(lang));
    }
    let _ = writeln!(out, "### {}\n", t::QUICK_WINS.get(lang));
    let wins: Vec<_> = s.quick_wins().collect();
    if wins.is_empty() {
        let _ = writeln!(out, "{}\n", t::NO_QUICK_WIN.get(lang));
    } else {
        let cols = [0, 5, 7].map(|i| t::ACTION_COLUMNS[i].get(lang));
        out.push_str(&header(&cols));
        for a in wins {
            let owner = match a.action.owner.trim() {
                "" => format!("_{}_", t::NO_OWNER.get(lang)),
                owner => esc(owner),
            };
            out.push_str(&row(&[
                esc(&a.action.text),
                owner,
                esc(&crate::dates::show(&a.action.due, lang)),
            ]));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {}\n", t::TARGET_CHANNELS.get(lang));
    if s.personas.iter().all(|p| p.journeys.is_empty()) {
        let _ = writeln!(out, "{}\n", t::NO_STAGE_YET.get(lang));
    }
    for p in &s.personas {
        for j in &p.journeys {
            let _ = writeln!(out, "**{} — {}**\n", esc(&p.name), esc(&j.name));
            out.push_str(&header(&[
                t::STAGE_COLUMNS[0].get(lang),
                t::TARGET_CHANNELS.get(lang),
                t::NEW_CHANNELS.get(lang),
            ]));
            for st in &j.stages {
                let target = match st.target.as_slice() {
                    [] => t::NO_CHANNEL.get(lang).to_owned(),
                    target => esc(&channel_list(target, lang)),
                };
                let added = esc(&channel_list(&st.added, lang));
                out.push_str(&row(&[esc(&st.name), target, added]));
            }
            out.push('\n');
        }
    }
}

fn journeys(out: &mut String, s: &Summary, doc: &Workshop, lang: Lang) {
    let _ = writeln!(out, "## {}\n", t::JOURNEYS.get(lang));
    let c = |i: usize| t::STAGE_COLUMNS[i].get(lang);
    let cols = [
        c(0),
        c(1),
        c(2),
        c(3),
        c(4),
        t::PAIN_POINTS.get(lang),
        c(5),
        c(6),
        c(7),
        c(8),
    ];
    for p in &s.personas {
        for j in &p.journeys {
            let _ = writeln!(out, "### {} — {}\n", esc(&p.name), esc(&j.name));
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
                    esc(&st.pain_points),
                    moments.join("<br>"),
                    levels.join("<br>"),
                    esc(&channel_list(&st.now, lang)),
                    esc(&channel_list(&st.target, lang)),
                ]));
            }
            out.push('\n');
        }
    }
}

/// Per persona, the moments of its own journeys to remove, secure and multiply.
fn target(out: &mut String, s: &Summary, lang: Lang) {
    let _ = writeln!(out, "## {}\n", t::TARGET.get(lang));
    for p in &s.personas {
        let _ = writeln!(out, "### {}\n", esc(&p.name));
        if p.journeys.is_empty() {
            let _ = writeln!(out, "_{}_\n", t::NO_JOURNEY_YET.get(lang));
            continue;
        }
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
                moment_item(out, item, lang);
            }
            out.push('\n');
        }
    }
}

fn plan(out: &mut String, s: &Summary, lang: Lang) {
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
                esc(&crate::dates::show(&a.action.due, lang)),
            ]));
        }
        out.push('\n');
    }
}

/// How the workshop was run, for the team rather than the client: the audit score, the
/// method's open checks, completeness, time and, when asked, the facilitator's notes.
fn appendix(out: &mut String, s: &Summary, lang: Lang, notes: bool) {
    let _ = writeln!(out, "## {}\n", t::APPENDIX.get(lang));
    let _ = writeln!(out, "{}\n", t::SCORE.fill(lang, &[("score", &s.score)]));
    let _ = writeln!(out, "### {}\n", t::CHECKS.get(lang));
    if s.checks.is_empty() {
        let _ = writeln!(out, "{}", t::NO_CHECK.get(lang));
    }
    for f in &s.checks {
        let _ = writeln!(
            out,
            "- {} ({}){}{}",
            crate::i18n::cli::SEVERITIES[f.severity as usize].get(lang),
            f.step.title(lang),
            t::COLON.get(lang),
            esc(&f.text(lang))
        );
    }
    let _ = writeln!(out, "\n### {}\n", t::COMPLETENESS.get(lang));
    out.push_str(&header(&[
        t::STEP.get(lang),
        "%",
        t::STILL_MISSING.get(lang),
    ]));
    for (st, p) in &s.completeness {
        out.push_str(&row(&[
            format!("{} {}", *st as u8, st.title(lang)),
            p.percent().to_string(),
            p.missing_text(lang),
        ]));
    }
    if !s.time.is_empty() {
        let _ = writeln!(out, "\n### {}\n", t::TIME.get(lang));
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
        let _ = writeln!(out, "\n### {}\n", crate::i18n::screens::NOTES.get(lang));
        for (st, note) in &s.notes {
            out.push_str(&labelled(st.title(lang), &esc(note), lang));
        }
    }
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
            let _ = writeln!(
                out,
                "- {}{}{}",
                esc(&metric.label),
                t::COLON.get(lang),
                esc(&words)
            );
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
            let source = v.source.as_deref().and_then(|s| doc.source(s));
            let about = [
                persona_name(doc, v.persona.as_deref()),
                source.map_or(String::new(), |s| s.name.clone()),
            ];
            let about: Vec<String> = about
                .iter()
                .filter(|a| !a.is_empty())
                .map(|a| esc(a))
                .collect();
            let by = if about.is_empty() {
                String::new()
            } else {
                format!(" — {}", about.join(", "))
            };
            let text = t::QUOTED.fill(lang, &[("text", &esc(&v.text))]);
            let _ = writeln!(out, "- {text}{by} ({})", v.sentiment.label(lang));
        }
    }
    if !l.insights.is_empty() {
        let _ = writeln!(out, "\n### {}\n", t::INSIGHTS.get(lang));
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
                out.push_str(&labelled(label.get(lang), &esc(value), lang));
            }
        }
        out.push('\n');
    }
}

fn criticity(out: &mut String, s: &Summary, doc: &Workshop, lang: Lang) {
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
    if !s.disputes.is_empty() {
        let _ = writeln!(out, "### {}\n", t::DISPUTES.get(lang));
        for d in &s.disputes {
            let _ = writeln!(out, "- {}", esc(&d.words(lang)));
        }
        out.push('\n');
    }
}
