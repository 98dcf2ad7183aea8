//! What leaves the terminal: a Markdown report, a self-contained HTML poster, CSV tables,
//! Mermaid journey diagrams and the JSON document. Every export reads the derived summary
//! (`crate::summary`), so it agrees with the summary screen, and speaks the workshop's
//! language. Each format escapes for itself.

mod csv;
mod html;
mod md;
mod mermaid;

use crate::i18n::Lang;
use crate::model::Workshop;
use clap::ValueEnum;

pub use mermaid::{safe_name, safe_title};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Html,
    Csv,
    Json,
    Mermaid,
}

/// The tables `--format csv` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Table {
    Verbatims,
    Moments,
    Channels,
    Actions,
}

impl Format {
    /// The file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Mermaid => "mmd",
        }
    }
}

/// The workshop in `format`; `table` and `excel` only matter for CSV. The facilitator's
/// notes stay out.
pub fn export(doc: &Workshop, format: Format, table: Table, excel: bool) -> String {
    export_with(doc, format, table, excel, false)
}

/// [`export`], with the facilitator's private notes in the report and the poster when
/// `notes` (`--notes`).
pub fn export_with(
    doc: &Workshop,
    format: Format,
    table: Table,
    excel: bool,
    notes: bool,
) -> String {
    let lang = lang_of(doc);
    match format {
        Format::Md => md::report(doc, lang, notes),
        Format::Html => html::poster(doc, lang, notes),
        Format::Csv => csv::table(doc, table, excel, lang),
        Format::Mermaid => mermaid::journeys(doc, lang),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(doc).expect("documents serialise");
            text.push('\n');
            text
        }
    }
}

/// Writes the report and the poster beside the workshop file (`NAME.md`, `NAME.html`) and
/// says where, for the summary screen's export key. Written as saves are, so a full disk
/// leaves the previous ones whole.
pub fn next_to(path: &std::path::Path, doc: &Workshop) -> Result<String, String> {
    let mut written = Vec::new();
    for format in [Format::Md, Format::Html] {
        let out = path.with_extension(format.extension());
        let text = export(doc, format, Table::Actions, false);
        crate::store::write_atomic(&out, text.as_bytes())
            .map_err(|e| format!("{}: {e}", out.display()))?;
        written.push(out.display().to_string());
    }
    Ok(written.join(", "))
}

/// The language the workshop is written in, which its exports speak.
pub fn lang_of(doc: &Workshop) -> Lang {
    Lang::from_code(&doc.framing.language).unwrap_or_default()
}

fn persona_name(doc: &Workshop, id: Option<&str>) -> String {
    id.and_then(|p| doc.persona(p))
        .map_or(String::new(), |p| p.name.clone())
}

/// Text on one line, control characters dropped.
fn flat(s: &str) -> String {
    crate::text::one_line(s)
}
