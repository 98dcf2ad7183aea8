//! One function per subcommand. Each returns a one-line, localised error message.

use super::out::{Stop, data, line, out};
use super::{Cli, Command};
use crate::i18n::{Lang, cli as t};
use crate::method::{self, Step};
use crate::model::Workshop;
use crate::store::{self, Store};
use crate::tui;
use std::io::IsTerminal;
use std::path::Path;

pub fn run(cli: Cli, lang: Lang) -> Result<(), Stop> {
    let store = Store::locate(cli.dir).map_err(|e| e.message(lang))?;
    let env = |k: &str| std::env::var(k).ok();
    let look = || tui::look::Setup {
        themes: tui::theme::Themes::load(crate::config::dir().map(|d| d.join("themes")).as_deref()),
        theme: cli.theme.clone().or(crate::config::Settings::load().theme),
        depth: tui::colors::Depth::detect(cli.colors, &env),
        mouse: cli.mouse,
        keys: tui::keymap::KeyMap::default(),
    };
    match cli.command {
        None => interface(store, lang, look(), tui::Start::Home),
        Some(Command::New {
            title,
            no_open,
            quick,
        }) => {
            let title = title.unwrap_or_else(|| t::UNTITLED.get(lang).to_owned());
            if !no_open {
                need_terminal(lang)?;
            }
            let mut doc = Workshop::new(&title, lang.code());
            if quick {
                doc.quick_audit();
            }
            if no_open {
                let path = store.create(&mut doc).map_err(|e| e.message(lang))?;
                line(&path.display().to_string())
            } else {
                interface(store, lang, look(), tui::Start::Create(Box::new(doc), None))
            }
        }
        Some(Command::Open { workshop, step }) => {
            let step = parse_step(step.as_deref(), lang)?;
            let path = store.resolve(&workshop).map_err(|e| e.message(lang))?;
            // The interface opens it before taking the terminal, so a problem with the file is
            // a one-line error; without a terminal, the file's problem still comes first.
            if need_terminal(lang).is_err() {
                load(&path, lang)?;
            }
            interface(store, lang, look(), tui::Start::Open(path, step))
        }
        Some(Command::Demo { step }) => {
            let step = parse_step(step.as_deref(), lang)?;
            need_terminal(lang)?;
            let doc = Box::new(crate::demo::demo(lang));
            interface(store, lang, look(), tui::Start::Create(doc, step))
        }
        Some(Command::List { json }) => list(&store, json, lang),
        Some(Command::Export {
            workshop,
            format,
            output,
            table,
            excel,
            notes,
        }) => {
            let path = store.resolve(&workshop).map_err(|e| e.message(lang))?;
            let doc = load(&path, lang)?;
            let text = crate::export::export_with(&doc, format, table, excel, notes);
            write_out(output.as_deref(), &text, lang)
        }
        Some(Command::Audit {
            workshops,
            json,
            strict,
        }) => super::audit::run(&store, &workshops, json, strict, lang),
        Some(Command::Import {
            workshop,
            csv,
            text,
            score,
            date,
            persona,
            source,
        }) => {
            let path = store.resolve(&workshop).map_err(|e| e.message(lang))?;
            let bytes = std::fs::read(&csv).map_err(|e| {
                t::READ_FAILED.fill(lang, &[("path", &csv.display()), ("error", &e)])
            })?;
            let name = csv
                .file_name()
                .map_or_else(|| csv.display().to_string(), |n| n.to_string_lossy().into());
            let columns = crate::import::Columns {
                text,
                score,
                date,
                persona,
            };
            let import = |doc: &Workshop| {
                crate::import::import(doc, &bytes, &name, &columns, source.as_deref(), lang)
            };
            // Held until the import is saved, so an open interface is never overwritten; a
            // live host takes the import as one more seat's change, and every seat sees it.
            let report = match store::Lock::acquire(&path) {
                Ok(_lock) => {
                    let mut doc = load(&path, lang)?;
                    let (edit, report) = import(&doc)?;
                    if let Some(edit) = edit {
                        crate::edit::apply(&mut doc, edit).map_err(|e| e.message(lang))?;
                        store::save(&path, &mut doc).map_err(|e| e.message(lang))?;
                    }
                    report
                }
                Err(e) => match e.live_socket() {
                    Some(socket) => super::live::through_host(socket, lang, import)?,
                    None => return Err(e.message(lang).into()),
                },
            };
            out(&crate::import::summary(&report, lang))
        }
        Some(Command::Host {
            workshop,
            group,
            allow,
            facilitator,
        }) => {
            let options = crate::live::host::Options {
                group,
                allow,
                facilitator,
            };
            Ok(super::live::host(&store, &workshop, options, lang)?)
        }
        Some(Command::Join {
            workshop,
            name,
            observe,
        }) => {
            need_terminal(lang)?;
            let seat = super::live::join(&store, workshop.as_deref(), name, observe, lang)?;
            interface(store, lang, look(), tui::Start::Join(Box::new(seat)))
        }
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
        }) => super::git::merge(&base, &ours, &theirs, output.as_deref(), lang),
        Some(Command::Diff {
            files,
            textconv,
            git,
        }) => super::git::diff(&files, textconv, git, lang),
        Some(Command::GitSetup { pattern }) => super::git::setup(pattern.as_deref(), lang),
        Some(Command::Completions { shell }) => {
            let mut cmd = super::command(lang);
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cmd, "parcours", &mut script);
            data(&String::from_utf8_lossy(&script))
        }
    }
}

/// Loads a workshop for a command, saying on stderr, one line each, the links repaired on
/// the way (a command that saves writes them; the interface says them again).
pub(super) fn load(path: &Path, lang: Lang) -> Result<Workshop, String> {
    let loaded = store::load(path).map_err(|e| e.message(lang))?;
    for r in &loaded.repairs {
        let file = path.display();
        let line = t::REPAIRED.fill(lang, &[("file", &file), ("note", &r.note(lang))]);
        eprintln!("{}", crate::text::one_line(&line));
    }
    Ok(loaded.doc)
}

/// Runs the interface with the user's key map (`keys.toml` in the config folder) over the
/// default keys.
fn interface(
    store: Store,
    lang: Lang,
    mut setup: tui::look::Setup,
    start: tui::Start,
) -> Result<(), Stop> {
    need_terminal(lang)?;
    setup.keys = tui::keymap::KeyMap::load(crate::config::dir().as_deref())?;
    Ok(tui::launch(store, lang, setup, start)?)
}

/// Checked before anything is created, so a script that forgot `--no-open` leaves no file.
fn need_terminal(lang: Lang) -> Result<(), String> {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(t::NOT_A_TERMINAL.get(lang).to_owned())
    }
}

fn parse_step(step: Option<&str>, lang: Lang) -> Result<Option<Step>, String> {
    let Some(slug) = step else { return Ok(None) };
    Step::from_slug(slug).map(Some).ok_or_else(|| {
        let steps: Vec<&str> = Step::ALL.iter().map(|s| s.slug()).collect();
        t::UNKNOWN_STEP.fill(lang, &[("step", &slug), ("steps", &steps.join(", "))])
    })
}

fn list(store: &Store, json: bool, lang: Lang) -> Result<(), Stop> {
    let entries = store.list().map_err(|e| e.message(lang))?;
    if json {
        let rows: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| match &e.workshop {
                Ok(doc) => serde_json::json!({
                    "name": e.name,
                    "path": e.path,
                    "title": doc.framing.title,
                    "language": doc.framing.language,
                    "created": doc.created,
                    "updated": doc.updated,
                    "progress": method::overall(doc).percent(),
                }),
                Err(err) => serde_json::json!({
                    "name": e.name,
                    "path": e.path,
                    "error": err.message(lang),
                }),
            })
            .collect();
        let text = serde_json::to_string_pretty(&rows).expect("values serialise");
        return line(&text);
    }
    if entries.is_empty() {
        let dir = store.dir().display();
        return line(&t::NO_WORKSHOPS.fill(lang, &[("dir", &dir)]));
    }
    let mut rows = vec![t::LIST_HEADER.map(|h| h.get(lang).to_owned())];
    for e in &entries {
        rows.push(match &e.workshop {
            Ok(doc) => [
                crate::text::one_line(&e.name),
                crate::text::clean(&doc.framing.title),
                crate::dates::show_time(&doc.updated, lang),
                format!("{}%", method::overall(doc).percent()),
            ],
            // The error goes last, so a long message does not stretch the other columns.
            Err(err) => [
                crate::text::one_line(&e.name),
                "—".to_owned(),
                String::new(),
                t::UNREADABLE.fill(lang, &[("error", &err.message(lang))]),
            ],
        });
    }
    out(&table(&rows))
}

/// Rows as aligned columns, measured by display width so accents and CJK line up.
fn table(rows: &[[String; 4]]) -> String {
    use unicode_width::UnicodeWidthStr;
    let widths: Vec<usize> = (0..4)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            line.push_str(cell);
            line.push_str(&" ".repeat(widths[c] - cell.width() + 2));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn write_out(output: Option<&Path>, text: &str, lang: Lang) -> Result<(), Stop> {
    match output {
        Some(path) => store::write_atomic(path, text.as_bytes()).map_err(|e| {
            Stop::Failed(t::WRITE_FAILED.fill(lang, &[("path", &path.display()), ("error", &e)]))
        }),
        None => data(text),
    }
}
