//! Mermaid `journey` diagrams, one per persona's journey: a section per stage, a task per
//! moment (or the stage itself when it has none) scored 1 to 5 from the stage's emotion, with
//! the persona as actor. The grammar forbids `#` and `;` everywhere, `:` in sections and task
//! names, and `,` inside an actor's name; names are cleaned of them here.

use super::flat;
use crate::i18n::Lang;
use crate::method::Label;
use crate::model::Workshop;
use crate::summary::summary;
use std::fmt::Write;

/// A title: no `#` (comment), no `;` (statement end), on one line.
pub fn safe_title(s: &str) -> String {
    let cleaned: String = flat(s)
        .chars()
        .map(|c| match c {
            '#' | ';' | '%' => ' ',
            c => c,
        })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    match words.join(" ") {
        w if w.is_empty() => "-".to_owned(),
        w => w,
    }
}

/// The words the journey grammar reads at the start of a line, in any case.
const KEYWORDS: [&str; 5] = ["journey", "title", "section", "acctitle", "accdescr"];

/// A section, task or actor name: a title without `:` nor `,` either, never starting with a
/// word of the grammar.
pub fn safe_name(s: &str) -> String {
    let name = safe_title(&s.replace([':', ','], " "));
    let lower = name.to_lowercase();
    if KEYWORDS.iter().any(|k| lower.starts_with(k)) {
        format!("› {name}")
    } else {
        name
    }
}

/// 1 (very bad) to 5 (delighted); 3 when the emotion is not known.
fn score(emotion: Option<i8>) -> i8 {
    emotion.map_or(3, |e| e.clamp(-2, 2) + 3)
}

pub fn journeys(doc: &Workshop, lang: Lang) -> String {
    let mut out = String::new();
    for p in summary(doc).personas {
        let actor = safe_name(&p.name);
        for j in &p.journeys {
            if !out.is_empty() {
                // Diagrams are separated by a comment line and a blank line.
                out.push_str("\n%% ----\n\n");
            }
            let _ = writeln!(out, "journey");
            let _ = writeln!(
                out,
                "    title {}",
                safe_title(&format!("{} — {}", p.name, j.name))
            );
            for s in &j.stages {
                let _ = writeln!(
                    out,
                    "    section {}",
                    safe_name(&format!("{} ({})", s.name, s.phase.label(lang)))
                );
                let n = score(s.emotion);
                if s.moments.is_empty() {
                    let _ = writeln!(out, "      {}: {n}: {actor}", safe_name(&s.name));
                }
                for (kind, title, _) in &s.moments {
                    let task = format!("{} {} {}", kind.symbol(), kind.label(lang), title);
                    let _ = writeln!(out, "      {}: {n}: {actor}", safe_name(&task));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_never_carry_what_the_grammar_forbids() {
        let nasty = "Étape #1: paie; « vite », 100% ok\nfin";
        let n = safe_name(nasty);
        assert!(!n.contains([':', ';', '#', ',', '\n', '%']), "{n}");
        assert_eq!(n, "Étape 1 paie « vite » 100 ok · fin");
        let t = safe_title("Titre: a, b # c; d");
        assert_eq!(t, "Titre: a, b c d");
        assert_eq!(safe_name("  :;# "), "-");
    }

    #[test]
    fn names_never_start_with_a_word_of_the_grammar() {
        for name in [
            "Section head approves",
            "Journey home",
            "Title transfer: notary",
            "accTitle",
            "accDescr {",
            "TITLE",
        ] {
            let n = safe_name(name);
            assert!(n.starts_with("› "), "{n}");
        }
        assert_eq!(safe_name("Sections"), "› Sections");
        assert_eq!(safe_name("Paiement"), "Paiement");
    }

    #[test]
    fn every_line_of_the_demo_follows_the_journey_grammar() {
        let text = journeys(&crate::demo::demo(Lang::Fr), Lang::Fr);
        assert_eq!(text.matches("journey\n").count(), 2);
        for line in text.lines() {
            let l = line.trim_start();
            if l.is_empty() || l == "journey" || l.starts_with("%%") {
                continue;
            }
            if let Some(rest) = l.strip_prefix("title ") {
                assert!(!rest.contains(['#', ';']), "{line}");
            } else if let Some(rest) = l.strip_prefix("section ") {
                assert!(!rest.contains(['#', ';', ':']), "{line}");
            } else {
                let parts: Vec<&str> = l.split(':').collect();
                assert_eq!(parts.len(), 3, "{line}");
                let score: i8 = parts[1].trim().parse().unwrap();
                assert!((1..=5).contains(&score), "{line}");
                assert!(!parts[2].contains(['#', ';', ',']), "{line}");
            }
        }
        assert!(text.contains("▲ critique Des frais apparaissent au paiement: 1: Marie Lefèvre"));
    }
}
