//! Workshops in git: `parcours merge` (git's merge driver), `parcours diff` (git's diff
//! driver and textconv) and `parcours git-setup`, which declares both to a repository.

use super::out::{Stop, line, out};
use crate::diff::{self, Names};
use crate::i18n::{Lang, history as t};
use crate::model::Workshop;
use crate::store::{self, StoreError};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One input of a merge or a diff.
enum Input {
    Workshop(Box<Workshop>),
    /// An empty file, or git's /dev/null: a workshop with nothing in it yet.
    Nothing,
    /// A file that is not a workshop at all (some other JSON of the repository).
    Other(StoreError),
}

fn read(path: &Path, lang: Lang) -> Result<Input, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| t::MERGE_READ.fill(lang, &[("file", &path.display()), ("why", &e)]))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Input::Nothing);
    }
    match store::load(path) {
        Ok(loaded) => Ok(Input::Workshop(Box::new(loaded.doc))),
        Err(e @ (StoreError::NotWorkshop { .. } | StoreError::Syntax { .. })) => {
            Ok(Input::Other(e))
        }
        Err(e) => Err(e.message(lang)),
    }
}

/// A workshop, or the one-line reason this input cannot be merged or compared as one.
fn workshop(input: Input, lang: Lang) -> Result<Workshop, String> {
    match input {
        Input::Workshop(doc) => Ok(*doc),
        Input::Nothing => Ok(Workshop::new("", "")),
        Input::Other(e) => Err(e.message(lang)),
    }
}

/// `parcours merge BASE OURS THEIRS [-o OUT]`: the merge goes to OUT, else over OURS, as git
/// expects of a merge driver. On failure nothing is written and the status is non-zero.
pub fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    lang: Lang,
) -> Result<(), Stop> {
    let inputs = [base, ours, theirs].map(|p| read(p, lang));
    let [b, o, th] = inputs;
    let (b, o, th) = (b?, o?, th?);
    let dest = output.unwrap_or(ours);
    if ![&b, &o, &th]
        .iter()
        .any(|i| matches!(i, Input::Workshop(_)))
    {
        return merge_text(base, ours, theirs, output, lang);
    }
    let fail =
        |why: String| t::MERGE_FAILED.fill(lang, &[("file", &dest.display()), ("why", &why)]);
    let b = workshop(b, lang).map_err(fail)?;
    let o = workshop(o, lang).map_err(fail)?;
    let th = workshop(th, lang).map_err(fail)?;
    let merged = crate::merge::merge(&b, &o, &th).map_err(fail)?;
    store::write(dest, &merged.doc).map_err(|e| fail(e.message(lang)))?;
    let names = Names::new(vec![&merged.doc], lang, 60);
    for k in &merged.kept {
        let text = match k.why {
            crate::merge::Why::Changed => t::MERGE_KEPT_CHANGED,
            crate::merge::Why::Used => t::MERGE_KEPT_USED,
        };
        say(&text.fill(lang, &[("record", &names.record(k.kind, &k.id))]));
    }
    for r in &merged.repairs {
        say(&r.note(lang));
    }
    for c in &merged.doc.conflicts {
        say(&diff::conflict_line(&names, c, t::MERGE_CONFLICT));
    }
    Ok(())
}

/// A note of the merge on stderr, where git shows it.
fn say(text: &str) {
    eprintln!("parcours: {}", crate::text::one_line(text));
}

/// Files that are not workshops are merged as git would without parcours.
fn merge_text(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    lang: Lang,
) -> Result<(), Stop> {
    let mut git = Command::new("git");
    git.args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"]);
    if output.is_some() {
        git.arg("-p");
    }
    let run = git
        .arg(ours)
        .arg(base)
        .arg(theirs)
        .output()
        .map_err(|e| t::NEED_GIT.fill(lang, &[("why", &e)]))?;
    let dest = output.unwrap_or(ours);
    if let Some(out) = output {
        std::fs::write(out, &run.stdout).map_err(|e| {
            crate::i18n::cli::WRITE_FAILED.fill(lang, &[("path", &out.display()), ("error", &e)])
        })?;
    }
    say(&t::MERGE_TEXT.fill(lang, &[("file", &dest.display())]));
    match run.status.code() {
        Some(0) => Ok(()),
        Some(n) if n > 0 => Err(Stop::Failed(
            t::MERGE_TEXT_CONFLICTS.fill(lang, &[("n", &n), ("file", &dest.display())]),
        )),
        _ => Err(Stop::Failed(t::NEED_GIT.fill(
            lang,
            &[("why", &String::from_utf8_lossy(&run.stderr).trim())],
        ))),
    }
}

/// `parcours diff A B`, `parcours diff --textconv FILE`, or git's external diff with
/// `--git PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE`.
pub fn diff(files: &[PathBuf], textconv: bool, git: bool, lang: Lang) -> Result<(), Stop> {
    let usage = || Stop::Failed(t::DIFF_ARGS.get(lang).to_owned());
    match files {
        [file] if textconv => match read(file, lang)? {
            Input::Other(_) => {
                let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
                out(&String::from_utf8_lossy(&bytes))
            }
            input => out(&diff::facts(&workshop(input, lang)?, lang)),
        },
        [path, old, _, _, new, _, _, ..] if git => {
            let (a, b) = (read(old, lang)?, read(new, lang)?);
            if matches!(a, Input::Other(_)) || matches!(b, Input::Other(_)) {
                // Not a workshop: git's own diff, as it would have shown it.
                let shown = Command::new("git")
                    .args(["diff", "--no-index", "--no-ext-diff", "--"])
                    .args([old, new])
                    .output()
                    .map_err(|e| t::NEED_GIT.fill(lang, &[("why", &e)]))?;
                return out(&String::from_utf8_lossy(&shown.stdout));
            }
            let (a, b) = (workshop(a, lang)?, workshop(b, lang)?);
            let path = path.display();
            line(&format!("parcours diff a/{path} b/{path}"))?;
            out(&diff::diff(&a, &b, lang))
        }
        [a, b] if !textconv && !git => {
            let a = super::commands::load(a, lang)?;
            let b = super::commands::load(b, lang)?;
            out(&diff::diff(&a, &b, lang))
        }
        _ => Err(usage()),
    }
}

/// `parcours git-setup [PATTERN]`: the attributes line and this repository's drivers.
pub fn setup(pattern: Option<&str>, lang: Lang) -> Result<(), Stop> {
    let top = git(&["rev-parse", "--show-toplevel"], lang)
        .map_err(|why| t::NOT_A_REPO.fill(lang, &[("why", &why)]))?;
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| e.to_string())?;
    let exe = quote(&exe.display().to_string());
    let attributes = Path::new(top.trim()).join(".gitattributes");
    let rule = format!(
        "{} merge=parcours diff=parcours",
        pattern.unwrap_or("*.json")
    );
    let existing = match std::fs::read_to_string(&attributes) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Stop::Failed(e.to_string())),
    };
    let file = attributes.display();
    if existing.lines().any(|l| l.trim() == rule) {
        line(&t::SETUP_ALREADY.fill(lang, &[("file", &file), ("line", &rule)]))?;
    } else {
        let sep = if existing.is_empty() || existing.ends_with('\n') {
            ""
        } else {
            "\n"
        };
        std::fs::write(&attributes, format!("{existing}{sep}{rule}\n")).map_err(|e| {
            crate::i18n::cli::WRITE_FAILED.fill(lang, &[("path", &file), ("error", &e)])
        })?;
        line(&t::SETUP_ATTRIBUTES.fill(lang, &[("file", &file), ("line", &rule)]))?;
    }
    let settings = [
        (
            "merge.parcours.name",
            "parcours: workshops merged by record".to_owned(),
        ),
        ("merge.parcours.driver", format!("{exe} merge %O %A %B")),
        ("diff.parcours.textconv", format!("{exe} diff --textconv")),
        ("diff.parcours.command", format!("{exe} diff --git")),
        // Hunks are headed by their step's title, the lines that do not start with a space.
        ("diff.parcours.xfuncname", "^[^ ].*$".to_owned()),
    ];
    for (key, value) in settings {
        git(&["config", key, &value], lang)?;
        line(&t::SETUP_CONFIG.fill(lang, &[("key", &key), ("value", &value)]))?;
    }
    line(t::SETUP_DONE.get(lang))
}

/// Runs git, giving its output, or its complaint as one line.
fn git(args: &[&str], lang: Lang) -> Result<String, String> {
    let run = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| t::NEED_GIT.fill(lang, &[("why", &e)]))?;
    if run.status.success() {
        Ok(String::from_utf8_lossy(&run.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&run.stderr).trim().to_owned())
    }
}

/// A path as one word for the shell git runs drivers with.
fn quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}
