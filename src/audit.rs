//! `parcours audit`: the method's checks and the completeness of each step, as a score out
//! of 100 and a list of findings with their severity and place. Reads the same checks as the
//! screens and the summary.

use crate::i18n::{Lang, cli as t};
use crate::method::{self, Finding, Progress, Severity, Step};
use crate::model::Workshop;
use serde_json::{Value, json};

/// What a finding costs on the quality half of the score.
fn cost(s: Severity) -> u32 {
    match s {
        Severity::Error => 15,
        Severity::Warning => 5,
        Severity::Info => 1,
    }
}

pub struct Report {
    pub title: String,
    /// Half completeness, half quality (100 less the cost of each finding).
    pub score: u8,
    pub overall: u8,
    pub completeness: Vec<(Step, Progress)>,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }
}

/// Half the overall completeness, half a quality mark (100 less the cost of each finding).
pub fn score(overall: u8, findings: &[Finding]) -> u8 {
    let spent: u32 = findings.iter().map(|f| cost(f.severity)).sum();
    let quality = 100u32.saturating_sub(spent);
    ((u32::from(overall) + quality) / 2) as u8
}

pub fn audit(doc: &Workshop) -> Report {
    let findings = method::checks(doc);
    let overall = method::overall(doc).percent();
    Report {
        title: doc.framing.title.clone(),
        score: score(overall, &findings),
        overall,
        completeness: Step::ALL[..Step::ALL.len() - 1]
            .iter()
            .map(|s| (*s, method::completeness(doc, *s)))
            .collect(),
        findings,
    }
}

/// The report as documented in the README (`audit --json`).
pub fn to_json(r: &Report, file: &str, lang: Lang) -> Value {
    let completeness: serde_json::Map<String, Value> = r
        .completeness
        .iter()
        .map(|(s, p)| (s.slug().to_owned(), json!(p.percent())))
        .collect();
    let missing: serde_json::Map<String, Value> = r
        .completeness
        .iter()
        .filter(|(_, p)| !p.missing.is_empty())
        .map(|(s, p)| {
            let gaps: Vec<Value> = p
                .missing
                .iter()
                .map(|(gap, n)| json!({"code": gap.code(), "count": n, "words": gap.words(lang)}))
                .collect();
            (s.slug().to_owned(), Value::from(gaps))
        })
        .collect();
    let findings: Vec<Value> = r
        .findings
        .iter()
        .map(|f| {
            json!({
                "code": f.warning.code(),
                "severity": f.severity.code(),
                "step": f.step.slug(),
                "record": f.at,
                "subject": f.subject(lang),
                "message": f.message(lang),
            })
        })
        .collect();
    json!({
        "file": file,
        "title": r.title,
        "score": r.score,
        "completeness": completeness,
        "missing": missing,
        "overall": r.overall,
        "counts": {
            "error": r.count(Severity::Error),
            "warning": r.count(Severity::Warning),
            "info": r.count(Severity::Info),
        },
        "findings": findings,
    })
}

/// The report for a reader: score, completeness per step, then the findings by step.
pub fn to_text(r: &Report, file: &str, lang: Lang) -> String {
    let clean = |s: &str| crate::text::one_line(s);
    let mut out = format!("{} ({file})\n", clean(&r.title));
    out.push_str(&t::AUDIT_SCORE.fill(lang, &[("score", &r.score), ("done", &r.overall)]));
    out.push('\n');
    let steps: Vec<String> = r
        .completeness
        .iter()
        .map(|(s, p)| format!("{} {} {}%", *s as u8, s.title(lang), p.percent()))
        .collect();
    out.push_str(&format!("  {}\n", steps.join(" · ")));
    for (s, p) in r.completeness.iter().filter(|(_, p)| !p.missing.is_empty()) {
        let said = t::AUDIT_MISSING.fill(lang, &[("what", &p.missing_text(lang))]);
        out.push_str(&format!(
            "  {} {} {}%{said}\n",
            *s as u8,
            s.title(lang),
            p.percent()
        ));
    }
    out.push_str(&t::AUDIT_COUNTS.fill(
        lang,
        &[
            ("n", &r.findings.len()),
            ("errors", &r.count(Severity::Error)),
            ("warnings", &r.count(Severity::Warning)),
            ("infos", &r.count(Severity::Info)),
        ],
    ));
    out.push('\n');
    for f in &r.findings {
        let word = t::SEVERITIES[f.severity as usize].get(lang);
        let at = f.at.as_deref().unwrap_or("-");
        out.push_str(&format!(
            "  {word:<9} {} {:<13} {at:<22} {}\n",
            f.step as u8,
            f.step.title(lang),
            f.text(lang)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_scores_high_and_an_empty_workshop_low() {
        let demo = audit(&crate::demo::demo(Lang::En));
        assert_eq!(demo.overall, 100);
        assert_eq!(demo.errors(), 0);
        assert!(demo.score >= 95, "{}", demo.score);
        let empty = audit(&Workshop::new("t", "en"));
        assert_eq!(empty.overall, 0);
        assert!(empty.score <= 50, "{}", empty.score);
    }

    #[test]
    fn each_error_costs_more_than_a_warning() {
        let mut doc = crate::demo::demo(Lang::En);
        let base = audit(&doc).score;
        doc.personas[0].name = "Head of marketing".into();
        let with_error = audit(&doc);
        assert_eq!(with_error.errors(), 1);
        assert_eq!(base - with_error.score, 7);
        let v = to_json(&with_error, "x.json", Lang::Fr);
        assert_eq!(v["counts"]["error"], 1);
        let f = &v["findings"][0];
        assert_eq!(f["code"], "persona-job-title");
        assert_eq!(f["severity"], "error");
        assert_eq!(f["step"], "personas");
        assert_eq!(f["record"], "per-marie");
        assert!(f["message"].as_str().unwrap().contains("intitulé de poste"));
        let text = to_text(&with_error, "x.json", Lang::En);
        assert!(text.contains("error"), "{text}");
        assert!(text.contains("per-marie"), "{text}");
    }
}
