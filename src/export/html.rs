//! One self-contained HTML file: first what a client reads (objective and figures, top
//! irritants in the customers' words, quick wins, target channels), then per persona a
//! journey-map poster (stages as columns; rows for actions, touchpoints, the emotion curve,
//! pain points, moments coloured by kind, criticity, channels now and target), the action
//! plan, and how the workshop went as an appendix. Inline CSS with an A3 landscape print
//! layout, no script, no network. Every text goes through `esc`.

use super::flat;
use crate::i18n::{Lang, export as t, method as m, screens as s};
use crate::method::Label;
use crate::method::channel_list;
use crate::model::{Level, MomentKind, Workshop};
use crate::summary::{Quadrant, Strip, Summary, TOP, summary};
use std::fmt::Write;

/// Text safe in HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in flat(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = "
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1d2433;background:#fff}
h1{margin:0 0 .3rem}h2{margin-top:2rem;border-bottom:3px solid #1d2433}
.objective{font-size:1.1rem;margin:.2rem 0 .6rem}
ul.figures{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0;margin:0 0 1rem}
ul.figures li{border:1px solid #c9ced8;border-radius:6px;padding:.4rem .8rem;font-weight:bold}
ol.irritants li{margin-bottom:1rem}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:5px solid #c62828;background:#fdf3f3}
blockquote p{margin:.2rem 0}.by{color:#555;font-size:.85rem}.count{color:#555;font-size:.85rem;font-style:italic}
.pain{color:#8a1c1c}.none{color:#777;font-style:italic}
table.map{border-collapse:collapse;width:100%;table-layout:fixed;font-size:.85rem}
table.map th,table.map td{border:1px solid #c9ced8;padding:.35rem;vertical-align:top}
table.map th[scope=row]{width:9rem;background:#f2f4f8;text-align:left}
table.map thead th,table.map thead th[scope=row]{background:#1d2433;color:#fff}
.phase{font-weight:normal;font-size:.75rem;opacity:.8;display:block}
.m{display:block;margin:.15rem 0;padding:.1rem .3rem;border-radius:4px;border-left:5px solid}
.essential{background:#e6efff;border-color:#2f6fdb}.critical{background:#fde8e8;border-color:#c62828}
.wow{background:#f3e8fd;border-color:#8e24aa}
.very-sensitive{color:#b71c1c;font-weight:bold}.sensitive{color:#9a6700}.low{color:#2e7d32}
.not-applicable{color:#777}.break{color:#b71c1c;font-weight:bold}
td.curve{padding:0}svg{display:block;width:100%;height:90px}
.good{background:#e8f5e9}.neutral{background:#fff8e1}.bad{background:#ffebee}
table.plan{border-collapse:collapse;width:100%;font-size:.9rem}
table.plan th,table.plan td{border:1px solid #c9ced8;padding:.3rem;text-align:left}
footer{margin-top:2rem;color:#777;font-size:.8rem}
@page{size:A3 landscape;margin:1cm}
@media print{body{margin:0}section.persona{page-break-after:always}h2{margin-top:0}}
";

pub fn poster(doc: &Workshop, lang: Lang, notes: bool) -> String {
    let sum = summary(doc);
    let title = esc(&doc.framing.title);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        lang.code()
    );
    glance(&mut out, &sum, lang);
    for p in &sum.personas {
        let _ = writeln!(
            out,
            "<section class=\"persona\">\n<h2>{}</h2>",
            esc(&p.name)
        );
        if p.journeys.is_empty() {
            let _ = writeln!(out, "<p class=\"none\">{}</p>", t::NO_JOURNEY_YET.get(lang));
        }
        for j in &p.journeys {
            strip(&mut out, doc, j, lang);
        }
        out.push_str("</section>\n");
    }
    let _ = writeln!(
        out,
        "<section class=\"plan\">\n<h2>{}</h2>",
        t::PLAN.get(lang)
    );
    for q in Quadrant::ALL {
        let mine: Vec<_> = sum.actions.iter().filter(|a| a.quadrant == q).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table class=\"plan\">\n<tr>",
            m::QUADRANTS[q as usize].get(lang)
        );
        for c in t::ACTION_COLUMNS {
            let _ = write!(out, "<th>{}</th>", c.get(lang));
        }
        out.push_str("</tr>\n");
        for a in mine {
            let who = if a.persona.is_empty() {
                t::EVERYONE.get(lang).to_owned()
            } else {
                esc(&a.persona)
            };
            let level = a.level.map_or(String::new(), |l| {
                let code = level_class(l);
                format!(
                    "<span class=\"{code}\">{} {}</span>",
                    esc(l.symbol()),
                    l.label(lang)
                )
            });
            let _ = writeln!(
                out,
                "<tr><td>{}{}</td><td>{who}</td><td>{}</td><td>{}</td><td>{level}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&a.action.text),
                super::md::dots(a.action.dots),
                a.action.kind.label(lang),
                esc(&a.moment),
                esc(&a.action.owner),
                esc(&a.action.kpi),
                esc(&crate::dates::show(&a.action.due, lang)),
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</section>\n");
    if !sum.disputes.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"checks\">\n<h2>{}</h2>\n<ul>",
            t::DISPUTES.get(lang)
        );
        for d in &sum.disputes {
            let _ = writeln!(out, "<li>{}</li>", esc(&d.words(lang)));
        }
        out.push_str("</ul>\n</section>\n");
    }
    appendix(&mut out, &sum, lang, notes);
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</body>\n</html>",
        t::GENERATED.get(lang)
    );
    out
}

/// What a client reads first: the objective beside the figures, what was heard, the top
/// irritants in the customers' words, the quick wins and the target channels.
fn glance(out: &mut String, sum: &Summary, lang: Lang) {
    let colon = t::COLON.get(lang);
    let _ = writeln!(
        out,
        "<section class=\"glance\">\n<h2>{}</h2>",
        t::AT_A_GLANCE.get(lang)
    );
    let objective = if sum.objective.trim().is_empty() {
        t::NO_OBJECTIVE.get(lang).to_owned()
    } else {
        esc(&sum.objective)
    };
    let _ = writeln!(
        out,
        "<p class=\"objective\"><strong>{}</strong>{colon}{objective}</p>",
        t::FRAMING_FIELDS[0].get(lang)
    );
    let _ = write!(out, "<ul class=\"figures\">");
    if sum.measures.is_empty() {
        let _ = write!(out, "<li>{}</li>", t::NO_MEASURE.get(lang));
    }
    for m in &sum.measures {
        let _ = write!(out, "<li>{}</li>", esc(&m.short(lang)));
    }
    let _ = writeln!(out, "<li>{}</li></ul>", esc(&sum.heard.words(lang)));
    let _ = writeln!(out, "<h3>{}</h3>", t::TOP_IRRITANTS.get(lang));
    if sum.irritants.is_empty() {
        let _ = writeln!(out, "<p class=\"none\">{}</p>", t::NO_IRRITANT.get(lang));
    }
    if sum.irritants.len() > TOP {
        let all = sum.irritants.len();
        let shown = t::SHOWN_OF.fill(lang, &[("shown", &TOP), ("all", &all)]);
        let _ = writeln!(out, "<p class=\"count\">{shown}.</p>");
    }
    if !sum.irritants.is_empty() {
        out.push_str("<ol class=\"irritants\">\n");
    }
    for i in sum.irritants.iter().take(TOP) {
        let _ = write!(
            out,
            "<li><strong>{}</strong> ({}){colon}{}.",
            esc(&i.title),
            esc(&i.stage),
            esc(&i.felt(lang))
        );
        if let Some(q) = &i.evidence.quote {
            let text = t::QUOTED.fill(lang, &[("text", &esc(&q.text))]);
            let _ = write!(out, "<blockquote><p>{text}</p>");
            if !q.by().is_empty() {
                let _ = write!(out, "<p class=\"by\">— {}</p>", esc(&q.by()));
            }
            out.push_str("</blockquote>");
        }
        let _ = writeln!(
            out,
            "<p class=\"count\">{}.</p></li>",
            i.evidence.words(lang)
        );
    }
    if !sum.irritants.is_empty() {
        out.push_str("</ol>\n");
    }
    let _ = writeln!(out, "<h3>{}</h3>", t::QUICK_WINS.get(lang));
    let wins: Vec<_> = sum.quick_wins().collect();
    if wins.is_empty() {
        let _ = writeln!(out, "<p class=\"none\">{}</p>", t::NO_QUICK_WIN.get(lang));
    } else {
        out.push_str("<table class=\"plan\">\n<tr>");
        for i in [0, 5, 7] {
            let _ = write!(out, "<th>{}</th>", t::ACTION_COLUMNS[i].get(lang));
        }
        out.push_str("</tr>\n");
        for a in wins {
            let owner = match a.action.owner.trim() {
                "" => format!("<span class=\"none\">{}</span>", t::NO_OWNER.get(lang)),
                owner => esc(owner),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{owner}</td><td>{}</td></tr>",
                esc(&a.action.text),
                esc(&crate::dates::show(&a.action.due, lang))
            );
        }
        out.push_str("</table>\n");
    }
    let _ = writeln!(out, "<h3>{}</h3>", t::TARGET_CHANNELS.get(lang));
    if sum.personas.iter().all(|p| p.journeys.is_empty()) {
        let _ = writeln!(out, "<p class=\"none\">{}</p>", t::NO_STAGE_YET.get(lang));
    }
    for p in &sum.personas {
        for j in &p.journeys {
            let _ = writeln!(
                out,
                "<h4>{} — {}</h4>\n<table class=\"plan\">\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>",
                esc(&p.name),
                esc(&j.name),
                t::STAGE_COLUMNS[0].get(lang),
                t::TARGET_CHANNELS.get(lang),
                t::NEW_CHANNELS.get(lang)
            );
            for st in &j.stages {
                let target = match st.target.as_slice() {
                    [] => format!("<span class=\"none\">{}</span>", t::NO_CHANNEL.get(lang)),
                    target => esc(&channel_list(target, lang)),
                };
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{target}</td><td>{}</td></tr>",
                    esc(&st.name),
                    esc(&channel_list(&st.added, lang))
                );
            }
            out.push_str("</table>\n");
        }
    }
    out.push_str("</section>\n");
}

/// How the workshop was run, for the team rather than the client: the audit score, the
/// method's open checks, completeness, time and, when asked, the facilitator's notes.
fn appendix(out: &mut String, sum: &Summary, lang: Lang, notes: bool) {
    let _ = writeln!(
        out,
        "<section class=\"appendix\">\n<h2>{}</h2>\n<p>{}</p>\n<h3>{}</h3>",
        t::APPENDIX.get(lang),
        t::SCORE.fill(lang, &[("score", &sum.score)]),
        t::CHECKS.get(lang)
    );
    if sum.checks.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t::NO_CHECK.get(lang));
    } else {
        out.push_str("<ul>\n");
        for f in &sum.checks {
            let _ = writeln!(out, "<li>{}</li>", esc(&f.text(lang)));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table class=\"plan\"><tr><th>{}</th><th>%</th><th>{}</th></tr>",
        t::COMPLETENESS.get(lang),
        t::STEP.get(lang),
        t::STILL_MISSING.get(lang)
    );
    for (st, p) in &sum.completeness {
        let _ = writeln!(
            out,
            "<tr><td>{} {}</td><td>{}</td><td>{}</td></tr>",
            *st as u8,
            st.title(lang),
            p.percent(),
            esc(&p.missing_text(lang))
        );
    }
    out.push_str("</table>\n");
    if !sum.time.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table class=\"plan\"><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            t::TIME.get(lang),
            t::STEP.get(lang),
            t::PLANNED.get(lang),
            t::SPENT.get(lang)
        );
        for (st, planned, secs) in &sum.time {
            let planned = planned.map_or(String::new(), |m| m.to_string());
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{planned}</td><td>{}</td></tr>",
                st.title(lang),
                secs.div_ceil(60)
            );
        }
        out.push_str("</table>\n");
    }
    if notes && !sum.notes.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul>", s::NOTES.get(lang));
        for (st, note) in &sum.notes {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong>{}{}</li>",
                st.title(lang),
                t::COLON.get(lang),
                esc(note)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The CSS class of a criticity level: its name in the document.
fn level_class(l: Level) -> String {
    serde_json::to_value(l)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn kind_class(k: MomentKind) -> &'static str {
    match k {
        MomentKind::Essential => "essential",
        MomentKind::Critical => "critical",
        MomentKind::Wow => "wow",
    }
}

/// The emotion curve across the stages, as an inline SVG polyline (no script needed).
fn curve(j: &Strip) -> String {
    let n = j.stages.len().max(1);
    let points: Vec<String> = j
        .stages
        .iter()
        .enumerate()
        .filter_map(|(i, st)| {
            let e = st.emotion?;
            let x = (i as f64 + 0.5) * 1000.0 / n as f64;
            let y = 45.0 - f64::from(e) * 20.0;
            Some(format!("{x:.0},{y:.0}"))
        })
        .collect();
    let dots: String = points
        .iter()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
            format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"6\" fill=\"#1d2433\"/>")
        })
        .collect();
    format!(
        "<svg viewBox=\"0 0 1000 90\" preserveAspectRatio=\"none\" role=\"img\"><line x1=\"0\" y1=\"45\" x2=\"1000\" y2=\"45\" stroke=\"#c9ced8\" stroke-dasharray=\"6 6\"/><polyline points=\"{}\" fill=\"none\" stroke=\"#1d2433\" stroke-width=\"3\"/>{dots}</svg>",
        points.join(" ")
    )
}

fn strip(out: &mut String, doc: &Workshop, j: &Strip, lang: Lang) {
    let cols = &t::STAGE_COLUMNS;
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table class=\"map\">\n<thead><tr><th scope=\"row\">{}</th>",
        esc(&j.name),
        cols[0].get(lang)
    );
    for st in &j.stages {
        let _ = write!(
            out,
            "<th>{}<span class=\"phase\">{}</span></th>",
            esc(&st.name),
            st.phase.label(lang)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let stage = |id: &str| doc.stage(id).map(|(_, s)| s);
    let row = |out: &mut String, label: &str, cells: Vec<String>| {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", label);
        for c in cells {
            out.push_str(&c);
        }
        out.push_str("</tr>\n");
    };
    let text_cells = |f: &dyn Fn(&crate::model::Stage) -> String| -> Vec<String> {
        j.stages
            .iter()
            .map(|st| {
                format!(
                    "<td>{}</td>",
                    stage(&st.id).map_or(String::new(), |x| esc(&f(x)))
                )
            })
            .collect()
    };
    row(out, cols[2].get(lang), text_cells(&|x| x.actions.clone()));
    row(
        out,
        cols[3].get(lang),
        text_cells(&|x| x.touchpoints.join(", ")),
    );
    let _ = writeln!(
        out,
        "<tr><th scope=\"row\">{}</th><td class=\"curve\" colspan=\"{}\">{}</td></tr>",
        cols[4].get(lang),
        j.stages.len().max(1),
        curve(j)
    );
    let emotions = j
        .stages
        .iter()
        .map(|st| match st.emotion {
            Some(e) => {
                let class = match e {
                    ..0 => "bad",
                    0 => "neutral",
                    _ => "good",
                };
                let word = crate::i18n::tui::EMOTIONS[(e.clamp(-2, 2) + 2) as usize].get(lang);
                format!("<td class=\"{class}\">{e:+} {word}</td>")
            }
            None => "<td>?</td>".to_owned(),
        })
        .collect();
    row(out, "", emotions);
    let pains = j
        .stages
        .iter()
        .map(|st| format!("<td class=\"pain\">{}</td>", esc(&st.pain_points)))
        .collect();
    row(out, t::PAIN_POINTS.get(lang), pains);
    let moments = j
        .stages
        .iter()
        .map(|st| {
            let items: String = st
                .moments
                .iter()
                .map(|(k, title, _)| {
                    format!(
                        "<span class=\"m {}\">{} {}</span>",
                        kind_class(*k),
                        esc(k.symbol()),
                        esc(title)
                    )
                })
                .collect();
            format!("<td>{items}</td>")
        })
        .collect();
    row(out, cols[5].get(lang), moments);
    let levels = j
        .stages
        .iter()
        .map(|st| {
            let items: String = st
                .moments
                .iter()
                .map(|(_, _, l)| match l {
                    Some(l) => {
                        let code = level_class(*l);
                        format!(
                            "<span class=\"m {code}\">{} {}</span>",
                            esc(l.symbol()),
                            l.label(lang)
                        )
                    }
                    None => format!("<span class=\"m\">? {}</span>", s::NOT_RATED.get(lang)),
                })
                .collect();
            format!("<td>{items}</td>")
        })
        .collect();
    row(out, cols[6].get(lang), levels);
    let now = j
        .stages
        .iter()
        .map(|st| {
            let brk = if st.channel_break {
                format!("<span class=\"break\">⚠ {}</span><br>", s::BREAK.get(lang))
            } else {
                String::new()
            };
            format!("<td>{brk}{}</td>", esc(&channel_list(&st.now, lang)))
        })
        .collect();
    row(out, cols[7].get(lang), now);
    let target = j
        .stages
        .iter()
        .map(|st| format!("<td>{}</td>", esc(&channel_list(&st.target, lang))))
        .collect();
    row(out, cols[8].get(lang), target);
    out.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_everywhere() {
        assert_eq!(esc("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
        let mut doc = crate::demo::demo(Lang::En);
        doc.framing.title = "<script>alert(1)</script> & \"co\"".into();
        doc.personas[0].name = "Marie <img src=x onerror=alert(1)>".into();
        doc.journeys[0].stages[0].name = "A & B's <stage>".into();
        let html = poster(&doc, Lang::En, false);
        assert!(
            !html.contains("<script"),
            "no script may come from the text"
        );
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"));
        assert!(html.contains("A &amp; B&#39;s &lt;stage&gt;"));
        assert!(!html.contains("http"), "nothing is fetched");
    }
}
