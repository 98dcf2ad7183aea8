//! CSV tables written with the csv crate: verbatims, moments with their criticity, channels
//! per stage, actions by priority. Every cell, ids and headers included, that a spreadsheet
//! would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
//! apostrophe.

use super::{Table, flat, persona_name};
use crate::i18n::{Lang, export as t, method as m};
use crate::method::channel_list;
use crate::method::{Label, is_break};
use crate::model::Workshop;
use crate::summary::{in_journey_order, summary};

/// A text cell a spreadsheet shows as text, never runs.
fn neutral(s: &str) -> String {
    let s = flat(s);
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s,
    }
}

pub fn table(doc: &Workshop, which: Table, excel: bool, lang: Lang) -> String {
    let rows = match which {
        Table::Verbatims => verbatims(doc, lang),
        Table::Moments => moments(doc, lang),
        Table::Channels => channels(doc, lang),
        Table::Actions => actions(doc, lang),
    };
    let mut w = csv::WriterBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .from_writer(Vec::new());
    // Every cell, ids and headers included: any of them may come from a hand-edited file.
    for r in rows {
        w.write_record(r.iter().map(|c| neutral(c)))
            .expect("writing to memory");
    }
    let bytes = w.into_inner().expect("writing to memory");
    let text = String::from_utf8(bytes).expect("cells are UTF-8");
    // Excel reads UTF-8 only when the file starts with a byte-order mark.
    if excel {
        format!("\u{feff}{text}")
    } else {
        text
    }
}

fn head(cols: &[crate::i18n::Text], lang: Lang) -> Vec<String> {
    cols.iter().map(|c| c.get(lang).to_owned()).collect()
}

fn verbatims(doc: &Workshop, lang: Lang) -> Vec<Vec<String>> {
    let mut out = vec![head(
        &[
            t::ID,
            t::TEXT,
            t::SOURCE,
            t::ACTION_COLUMNS[1],
            t::STAGE_COLUMNS[0],
            t::SENTIMENT,
            t::TAGS,
            t::DATE,
        ],
        lang,
    )];
    for v in &doc.listen.verbatims {
        let source = v
            .source
            .as_deref()
            .and_then(|s| doc.source(s))
            .map_or(String::new(), |s| s.name.clone());
        let stage = v
            .stage
            .as_deref()
            .and_then(|s| doc.stage(s))
            .map_or(String::new(), |(_, s)| s.name.clone());
        out.push(vec![
            v.id.clone(),
            v.text.clone(),
            source,
            persona_name(doc, v.persona.as_deref()),
            stage,
            v.sentiment.label(lang).to_owned(),
            v.tags.join(", "),
            v.date.clone(),
        ]);
    }
    out
}

fn moments(doc: &Workshop, lang: Lang) -> Vec<Vec<String>> {
    let mut first = head(
        &[
            t::ID,
            t::JOURNEY,
            t::STAGE_COLUMNS[0],
            t::ACTION_COLUMNS[2],
            t::STAGE_COLUMNS[5],
            t::DESCRIPTION,
        ],
        lang,
    );
    // The spread of the team's votes, only once the team has voted.
    let voted = doc
        .moments
        .iter()
        .any(|m| m.criticity.values().any(|r| r.votes.is_some()));
    for p in &doc.personas {
        let name = flat(&p.name);
        first.push(t::LEVEL_OF.fill(lang, &[("name", &name)]));
        first.push(t::RATIONALE_OF.fill(lang, &[("name", &name)]));
        if voted {
            first.push(t::VOTES_OF.fill(lang, &[("name", &name)]));
        }
    }
    let mut out = vec![first];
    for mo in in_journey_order(doc) {
        let (j, s) = doc.stage(&mo.stage).expect("moments sit on stages");
        let mut row = vec![
            mo.id.clone(),
            j.name.clone(),
            s.name.clone(),
            mo.kind.label(lang).to_owned(),
            mo.title.clone(),
            mo.description.clone(),
        ];
        for p in &doc.personas {
            match mo.criticity.get(&p.id) {
                Some(r) => {
                    row.push(r.level.label(lang).to_owned());
                    row.push(r.rationale.clone());
                }
                None => row.extend([String::new(), String::new()]),
            }
            if voted {
                let votes = mo.criticity.get(&p.id).and_then(|r| r.votes.as_ref());
                row.push(votes.map_or(String::new(), crate::summary::spread));
            }
        }
        out.push(row);
    }
    out
}

fn channels(doc: &Workshop, lang: Lang) -> Vec<Vec<String>> {
    let mut out = vec![head(
        &[
            t::JOURNEY,
            t::STAGE_COLUMNS[0],
            t::STAGE_COLUMNS[1],
            t::STAGE_COLUMNS[7],
            t::DESIRED,
            t::INTERLOCUTORS,
            t::STAGE_COLUMNS[8],
            t::BREAK,
            t::NOTES,
        ],
        lang,
    )];
    for j in &doc.journeys {
        for (i, s) in j.stages.iter().enumerate() {
            out.push(vec![
                j.name.clone(),
                s.name.clone(),
                s.phase.label(lang).to_owned(),
                channel_list(&s.current_channels, lang),
                channel_list(&s.desired_channels, lang),
                s.interlocutors.join(", "),
                channel_list(&s.target_channels, lang),
                if is_break(j, i) { t::YES } else { t::NO }
                    .get(lang)
                    .to_owned(),
                s.interaction_notes.clone(),
            ]);
        }
    }
    out
}

fn actions(doc: &Workshop, lang: Lang) -> Vec<Vec<String>> {
    let mut first = head(&[t::RANK, t::QUADRANT], lang);
    first.extend(head(&t::ACTION_COLUMNS[..5], lang));
    first.extend(head(&[t::STAGE_COLUMNS[0], t::IMPACT, t::EFFORT], lang));
    first.extend(head(&t::ACTION_COLUMNS[5..], lang));
    // The dots of a dot vote, only once the team has voted.
    let voted = doc.target.actions.iter().any(|a| a.dots > 0);
    if voted {
        first.extend(head(&[t::DOTS], lang));
    }
    let mut out = vec![first];
    for (i, p) in summary(doc).actions.iter().enumerate() {
        let a = &p.action;
        let mut row = vec![
            (i + 1).to_string(),
            m::QUADRANTS[p.quadrant as usize].get(lang).to_owned(),
            a.text.clone(),
            p.persona.clone(),
            a.kind.label(lang).to_owned(),
            p.moment.clone(),
            p.level.map_or(String::new(), |l| l.label(lang).to_owned()),
            p.stage.clone(),
            a.impact.label(lang).to_owned(),
            a.effort.label(lang).to_owned(),
            a.owner.clone(),
            a.kpi.clone(),
            a.due.clone(),
        ];
        if voted {
            row.push(a.dots.to_string());
        }
        out.push(row);
    }
    out
}
