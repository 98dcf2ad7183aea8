//! `parcours audit`: one workshop in full, or several workshops and folders one line each with
//! a total, in one process and with one exit status (a consultant's CI checks a folder).

use super::out::{Stop, line, out};
use crate::audit::{self, Report};
use crate::i18n::{Lang, cli as t};
use crate::store::{self, Store};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

pub fn run(
    store: &Store,
    targets: &[String],
    json: bool,
    strict: bool,
    lang: Lang,
) -> Result<(), Stop> {
    let mut files = Vec::new();
    for target in targets {
        match Path::new(target).is_dir() {
            true => files.extend(in_folder(Path::new(target), lang)?),
            false => files.push(store.resolve(target).map_err(|e| e.message(lang))?),
        }
    }
    let one = targets.len() == 1 && !Path::new(&targets[0]).is_dir();
    if one {
        let path = &files[0];
        let doc = super::commands::load(path, lang)?;
        let report = audit::audit(&doc);
        let file = path.display().to_string();
        if json {
            line(&pretty(&audit::to_json(&report, &file, lang)))?;
        } else {
            out(&audit::to_text(&report, &file, lang))?;
        }
        return match report.errors() {
            n if strict && n > 0 => Err(t::AUDIT_STRICT.fill(lang, &[("n", &n)]).into()),
            _ => Ok(()),
        };
    }
    let reports = audit_all(&files, lang);
    let with_errors = reports
        .iter()
        .filter(|(_, r)| r.as_ref().is_ok_and(|r| r.errors() > 0))
        .count();
    let unreadable = reports.iter().filter(|(_, r)| r.is_err()).count();
    let scores: Vec<u32> = reports
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok().map(|r| u32::from(r.score)))
        .collect();
    let mean = scores.iter().sum::<u32>() / (scores.len().max(1) as u32);
    let total = [
        ("n", reports.len()),
        ("mean", mean as usize),
        ("errors", with_errors),
        ("unreadable", unreadable),
    ];
    if json {
        let rows: Vec<Value> = reports
            .iter()
            .map(|(path, r)| {
                let file = path.display().to_string();
                match r {
                    Ok(r) => audit::to_json(r, &file, lang),
                    Err(e) => json!({ "file": file, "error": e }),
                }
            })
            .collect();
        let total: serde_json::Map<String, Value> = total
            .iter()
            .map(|(k, v)| ((*k).to_owned(), json!(v)))
            .collect();
        line(&pretty(&json!({ "workshops": rows, "total": total })))?;
    } else {
        let mut text = String::new();
        for (path, r) in &reports {
            let file = path.display().to_string();
            text.push_str(&match r {
                Ok(r) => one_line(r, &file, lang),
                Err(e) => t::AUDIT_UNREADABLE.fill(lang, &[("error", e)]),
            });
            text.push('\n');
        }
        let pairs: Vec<(&str, &dyn std::fmt::Display)> = total
            .iter()
            .map(|(k, v)| (*k, v as &dyn std::fmt::Display))
            .collect();
        text.push_str(&t::AUDIT_TOTAL.fill(lang, &pairs));
        line(&text)?;
    }
    verdict(strict, with_errors, unreadable, lang)
}

/// The workshop files of a folder, by name: `*.json`, not hidden.
fn in_folder(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, String> {
    let fail =
        |e: std::io::Error| t::READ_FAILED.fill(lang, &[("path", &dir.display()), ("error", &e)]);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(fail)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".json") && !name.starts_with('.') && p.is_file()
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Each file's report, or why it could not be read. Loading is most of the work, so the
/// files are shared out between the machine's cores.
pub fn audit_all(files: &[PathBuf], lang: Lang) -> Vec<(PathBuf, Result<Report, String>)> {
    let one = |path: &PathBuf| {
        let report = store::load(path).map(|loaded| {
            // Said as the single audit says them; the file itself is left as it is.
            for r in &loaded.repairs {
                let file = path.display();
                let line = t::REPAIRED.fill(lang, &[("file", &file), ("note", &r.note(lang))]);
                eprintln!("{}", crate::text::one_line(&line));
            }
            audit::audit(&loaded.doc)
        });
        (path.clone(), report.map_err(|e| e.message(lang)))
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(cores).max(1);
    std::thread::scope(|s| {
        let parts: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().expect("an audit thread does not panic"))
            .collect()
    })
}

fn one_line(r: &Report, file: &str, lang: Lang) -> String {
    let title = crate::text::one_line(&r.title);
    t::AUDIT_LINE.fill(
        lang,
        &[
            ("score", &format!("{:>3}", r.score)),
            ("done", &format!("{:>3}", r.overall)),
            ("errors", &r.errors()),
            ("file", &file),
            ("title", &title),
        ],
    )
}

/// Fails when files could not be read, or, with `--strict`, when a workshop has errors.
fn verdict(strict: bool, with_errors: usize, unreadable: usize, lang: Lang) -> Result<(), Stop> {
    if unreadable > 0 {
        return Err(t::AUDIT_SOME_UNREADABLE
            .fill(lang, &[("n", &unreadable)])
            .into());
    }
    match with_errors {
        n if strict && n > 0 => Err(t::AUDIT_STRICT_MANY.fill(lang, &[("n", &n)]).into()),
        _ => Ok(()),
    }
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("values serialise")
}
