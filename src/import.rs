//! `parcours import`: survey answers or reviews from a CSV file into step 1. The file may be
//! UTF-8 (with or without a byte-order mark) or Windows-1252, as French spreadsheets export
//! it, with commas or semicolons. Columns are named by option or found from French or English
//! headers. Each row becomes a verbatim of one source; 0-10 scores feed an NPS for the file.
//! Everything is one batch edit, and importing the same file again adds nothing.

use crate::edit::{self, Edit, Kind, Record};
use crate::i18n::{Lang, cli as t};
use crate::model::{
    Ids, Metric, MetricInput, MetricKind, Sentiment, Source, SourceFamily, Verbatim, Workshop,
};
use std::collections::HashSet;

/// Which column holds what: a header (any case) or a number from 1; None to detect it.
#[derive(Debug, Default, Clone)]
pub struct Columns {
    pub text: Option<String>,
    pub score: Option<String>,
    pub date: Option<String>,
    pub persona: Option<String>,
}

#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub imported: usize,
    /// Rows already in the workshop (or twice in the file).
    pub duplicates: usize,
    /// Line number in the file and why.
    pub rejected: Vec<(u64, String)>,
    /// Persona names found in the file that match no persona; rows kept without the link.
    pub unknown_personas: Vec<String>,
    /// Answers behind the file's NPS, if it has scores.
    pub scores: usize,
}

/// Headers recognised for each column, lowercased without accents.
const TEXT: &[&str] = &[
    "verbatim",
    "comment",
    "commentaire",
    "text",
    "texte",
    "avis",
    "review",
    "feedback",
    "message",
    "reponse",
    "answer",
    "remarque",
    "verbatims",
    "comments",
    "commentaires",
];
const SCORE: &[&str] = &[
    "score",
    "note",
    "nps",
    "rating",
    "recommandation",
    "recommend",
];
const DATE: &[&str] = &[
    "date",
    "horodatage",
    "timestamp",
    "submitted",
    "created",
    "jour",
];
const PERSONA: &[&str] = &["persona", "profil", "profile"];

fn fold(s: &str) -> String {
    crate::method::fold(s.trim())
}

/// The file's text: UTF-8 without its byte-order mark, else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// Semicolon when the header line has more of them than commas (French spreadsheets).
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// The index of a column: given by option (header or number), or the first header that
/// starts with one of `known`.
fn column(
    headers: &[String],
    given: Option<&str>,
    known: &[&str],
    lang: Lang,
) -> Result<Option<usize>, String> {
    let folded: Vec<String> = headers.iter().map(|h| fold(h)).collect();
    match given {
        Some(g) => {
            if let Ok(n) = g.parse::<usize>()
                && (1..=headers.len()).contains(&n)
            {
                return Ok(Some(n - 1));
            }
            folded
                .iter()
                .position(|h| *h == fold(g))
                .map(Some)
                .ok_or_else(|| {
                    t::NO_COLUMN.fill(lang, &[("name", &g), ("headers", &headers.join(", "))])
                })
        }
        None => Ok(folded.iter().position(|h| {
            known
                .iter()
                .any(|k| h.split([' ', '_', '-', '(']).next() == Some(k))
        })),
    }
}

/// A 0-10 score as surveys write it: "9", "9/10", "9,0", "9.0".
fn score(s: &str) -> Option<u8> {
    let s = s.trim();
    let s = s.split('/').next()?.trim().replace(',', ".");
    let v: f64 = s.parse().ok()?;
    (v.fract() == 0.0 && (0.0..=10.0).contains(&v)).then_some(v as u8)
}

/// Reads the CSV and builds the one edit that imports it, with what happened to each row.
pub fn import(
    doc: &Workshop,
    bytes: &[u8],
    file_name: &str,
    columns: &Columns,
    source_name: Option<&str>,
    lang: Lang,
) -> Result<(Option<Edit>, Report), String> {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(&text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| t::BAD_CSV.fill(lang, &[("error", &e)]))?
        .iter()
        .map(crate::text::one_line)
        .collect();
    let text_col = column(&headers, columns.text.as_deref(), TEXT, lang)?;
    let score_col = column(&headers, columns.score.as_deref(), SCORE, lang)?;
    let date_col = column(&headers, columns.date.as_deref(), DATE, lang)?;
    let persona_col = column(&headers, columns.persona.as_deref(), PERSONA, lang)?;
    if text_col.is_none() && score_col.is_none() {
        return Err(t::NO_TEXT_COLUMN.fill(lang, &[("headers", &headers.join(", "))]));
    }

    let mut edits = Vec::new();
    // Every new id is checked against the document's and the ones made before it.
    let mut ids = Ids::of(doc);
    let source_name = source_name.map_or_else(|| format!("Import: {file_name}"), str::to_owned);
    let source = match doc.listen.sources.iter().find(|s| s.name == source_name) {
        Some(s) => s.id.clone(),
        None => {
            let s = Source {
                id: ids.fresh(Kind::Source.prefix()),
                family: SourceFamily::Survey,
                kind: "import".into(),
                name: source_name.clone(),
                notes: String::new(),
            };
            let id = s.id.clone();
            edits.push(Edit::Insert {
                index: doc.listen.sources.len(),
                record: Record::Source(s),
            });
            id
        }
    };
    let mut report = Report::default();
    let mut scores = Vec::new();
    let mut seen: HashSet<(String, String)> = doc
        .listen
        .verbatims
        .iter()
        .filter(|v| v.source.as_deref() == Some(&source))
        .map(|v| (v.text.clone(), v.date.clone()))
        .collect();
    let mut added = 0;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                report
                    .rejected
                    .push((line, t::BAD_ROW.fill(lang, &[("error", &e)])));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let cell = |c: Option<usize>| {
            c.and_then(|i| record.get(i))
                .map(|s| crate::text::clean(s).trim().to_owned())
                .unwrap_or_default()
        };
        let words = cell(text_col);
        let raw_score = cell(score_col);
        let value = if raw_score.is_empty() {
            None
        } else {
            match score(&raw_score) {
                Some(v) => Some(v),
                None => {
                    let why = t::BAD_SCORE.fill(lang, &[("score", &raw_score)]);
                    report.rejected.push((line, why));
                    continue;
                }
            }
        };
        if words.is_empty() && value.is_none() {
            report
                .rejected
                .push((line, t::EMPTY_ROW.get(lang).to_owned()));
            continue;
        }
        scores.extend(value);
        if words.is_empty() {
            continue;
        }
        let date = cell(date_col);
        if !seen.insert((words.clone(), date.clone())) {
            report.duplicates += 1;
            continue;
        }
        let who = cell(persona_col);
        let persona = match who.as_str() {
            "" => None,
            name => {
                let found = doc.personas.iter().find(|p| {
                    fold(&p.name) == fold(name)
                        || fold(&p.name).split([' ', ',']).next() == Some(&fold(name))
                });
                if found.is_none() && !report.unknown_personas.contains(&who) {
                    report.unknown_personas.push(who.clone());
                }
                found.map(|p| p.id.clone())
            }
        };
        let sentiment = match value {
            Some(9..) => Sentiment::Positive,
            Some(7 | 8) | None => Sentiment::Neutral,
            Some(_) => Sentiment::Negative,
        };
        edits.push(Edit::Insert {
            index: doc.listen.verbatims.len() + added,
            record: Record::Verbatim(Verbatim {
                id: ids.fresh(Kind::Verbatim.prefix()),
                text: words,
                source: Some(source.clone()),
                persona,
                sentiment,
                date,
                ..Verbatim::default()
            }),
        });
        added += 1;
    }
    report.imported = added;
    report.scores = scores.len();
    if !scores.is_empty() {
        // One NPS per imported file, set to exactly the file's answers: importing it again
        // changes nothing.
        let label = format!("NPS — {file_name}");
        let input = MetricInput::Answers(scores);
        match doc
            .listen
            .metrics
            .iter()
            .find(|m| m.label == label && m.source.as_deref() == Some(&source))
        {
            Some(m) if m.input == input => {}
            Some(m) => edits.push(edit::set(
                Kind::Metric,
                &m.id,
                "input",
                serde_json::to_value(&input).expect("inputs serialise"),
            )),
            None => edits.push(Edit::Insert {
                index: doc.listen.metrics.len(),
                record: Record::Metric(Metric {
                    id: ids.fresh(Kind::Metric.prefix()),
                    kind: MetricKind::Nps,
                    label,
                    source: Some(source.clone()),
                    input,
                }),
            }),
        }
    }
    // A new source with nothing to hold is left out.
    let only_source = edits.len() == 1 && doc.source(&source).is_none();
    let edit = (!edits.is_empty() && !only_source).then_some(Edit::Batch(edits));
    Ok((edit, report))
}

/// What the command prints: counts, then one line per rejected row.
pub fn summary(r: &Report, lang: Lang) -> String {
    let mut out = t::IMPORTED.fill(
        lang,
        &[
            ("imported", &r.imported),
            ("duplicates", &r.duplicates),
            ("rejected", &r.rejected.len()),
            ("scores", &r.scores),
        ],
    );
    out.push('\n');
    for (line, why) in &r.rejected {
        out.push_str(&t::REJECTED_LINE.fill(lang, &[("line", line), ("why", why)]));
        out.push('\n');
    }
    if !r.unknown_personas.is_empty() {
        let names = r.unknown_personas.join(", ");
        out.push_str(&t::UNKNOWN_PERSONAS.fill(lang, &[("names", &names)]));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_as_surveys_write_them() {
        assert_eq!(score("9"), Some(9));
        assert_eq!(score(" 10/10 "), Some(10));
        assert_eq!(score("7,0"), Some(7));
        assert_eq!(score("0"), Some(0));
        assert_eq!(score("11"), None);
        assert_eq!(score("8.5"), None);
        assert_eq!(score("neuf"), None);
    }

    #[test]
    fn headers_are_found_in_french_and_english() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let fr = h(&["Horodatage", "Note (0-10)", "Commentaire libre", "Profil"]);
        assert_eq!(column(&fr, None, TEXT, Lang::Fr), Ok(Some(2)));
        assert_eq!(column(&fr, None, SCORE, Lang::Fr), Ok(Some(1)));
        assert_eq!(column(&fr, None, DATE, Lang::Fr), Ok(Some(0)));
        assert_eq!(column(&fr, None, PERSONA, Lang::Fr), Ok(Some(3)));
        assert_eq!(column(&fr, Some("2"), TEXT, Lang::Fr), Ok(Some(1)));
        assert_eq!(column(&fr, Some("profil"), TEXT, Lang::Fr), Ok(Some(3)));
        let err = column(&fr, Some("Avis"), TEXT, Lang::En).unwrap_err();
        assert!(err.contains("Avis") && err.contains("Horodatage"), "{err}");
    }
}
