//! French typography of the catalogue: a no-break space (U+00A0, which ratatui's wrapping
//! keeps, or U+202F) before « : ; ? ! ». The texts are constants spread over the sources, so the
//! test reads the sources themselves and takes the French side of every `Text::new(en, fr)`.

use std::path::Path;

/// The Rust string literal at the start of `s` (plain or raw), unescaped, and what follows it.
fn literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    if let Some(raw) = s.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        let end = format!("\"{}", "#".repeat(hashes));
        let at = body.find(&end)?;
        return Some((body[..at].to_owned(), &body[at + end.len()..]));
    }
    let mut chars = s.strip_prefix('"')?.char_indices();
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 2..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let rest: String = chars
                        .by_ref()
                        .map(|(_, c)| c)
                        .take_while(|c| *c != '}')
                        .collect();
                    let code = u32::from_str_radix(rest.trim_start_matches('{'), 16).ok()?;
                    out.push(char::from_u32(code)?);
                }
                // A line continuation: the newline and the indentation after it vanish.
                '\n' => {
                    let rest = &s[i + 3..];
                    let skip = rest.len() - rest.trim_start().len();
                    for _ in 0..rest[..skip].chars().count() {
                        chars.next();
                    }
                }
                c => out.push(c),
            },
            c => out.push(c),
        }
    }
    None
}

/// The French side of every `Text::new` in `source`.
fn french_texts(source: &str) -> Vec<String> {
    source
        .match_indices("Text::new(")
        .filter_map(|(at, call)| {
            let (_, rest) = literal(&source[at + call.len()..])?;
            let (fr, _) = literal(rest.trim_start().strip_prefix(',')?)?;
            Some(fr)
        })
        .collect()
}

/// Where `text` puts « : ; ? ! » after a word without a no-break space, so the sign could be
/// glued to the word or, with a plain space, wrapped alone to the start of a line. A sign after
/// a plain space that follows no word is a key name ("· ? aide") and is left alone.
fn misplaced(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let word_end = |c: char| c.is_alphanumeric() || ")]}»”%…".contains(c);
    (1..chars.len()).find_map(|i| {
        let (before, sign) = (chars[i - 1], chars[i]);
        let after = chars.get(i + 1).copied();
        if !";:?!".contains(sign) {
            return None;
        }
        let wrong = match before {
            ' ' => i >= 2 && word_end(chars[i - 2]),
            // A time (12:30), a URL (https://), a file and its line ({file}:{line}).
            _ if sign == ':' => {
                word_end(before)
                    && !(before.is_ascii_digit() && after.is_some_and(|c| c.is_ascii_digit()))
                    && after != Some('/')
                    && after != Some('{')
            }
            _ => word_end(before),
        };
        wrong.then(|| chars[i.saturating_sub(20)..=i].iter().collect())
    })
}

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("the sources are there") {
        let path = entry.expect("a readable folder").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a readable source");
            out.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn literals_are_read_as_rust_reads_them() {
    let (text, rest) = literal(r#""a \"b\" \u{a0}: c", x"#).unwrap();
    assert_eq!((text.as_str(), rest), ("a \"b\" \u{a0}: c", ", x"));
    let (text, _) = literal("r#\"say \"hi\"\"#").unwrap();
    assert_eq!(text, "say \"hi\"");
    let found = french_texts(r#"Text::new("Goal: {x}", "Objectif: {x}")"#);
    assert_eq!(found, ["Objectif: {x}"]);
}

#[test]
fn the_rule_sees_glued_and_breakable_signs_and_spares_times_urls_and_keys() {
    assert!(misplaced("Objectif: mesurable").is_some());
    assert!(misplaced("Vraiment?").is_some());
    assert!(misplaced("Objectif : un espace qui se coupe").is_some());
    let fine = "Quoi\u{a0}: rien\u{202f}; à 12:30, voir https://x.fr\u{a0}; « ? » · !!! · ? aide";
    assert!(misplaced(fine).is_none());
}

#[test]
fn french_texts_have_a_no_break_space_before_double_signs() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut wrong = Vec::new();
    let mut seen = 0;
    // This file's own examples are wrong on purpose.
    let checked = files
        .iter()
        .filter(|(path, _)| !path.ends_with("typography.rs"));
    for (path, text) in checked {
        for fr in french_texts(text) {
            seen += 1;
            if let Some(at) = misplaced(&fr) {
                wrong.push(format!("{path}: …{at}"));
            }
        }
    }
    assert!(
        seen > 500,
        "only {seen} French texts found: the reader missed some"
    );
    assert!(
        wrong.is_empty(),
        "a no-break space (\\u{{a0}}) goes before the sign:\n{}",
        wrong.join("\n")
    );
}
