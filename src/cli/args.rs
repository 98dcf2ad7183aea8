//! The command line, declared with clap's derive API; help texts are localised in `mod.rs`.

use crate::export::{Format as ExportFormat, Table};
use crate::i18n::Lang;
use crate::tui::colors::Colors;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "parcours", version)]
pub struct Cli {
    /// Store folder.
    #[arg(long, global = true, env = "PARCOURS_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Interface language.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Colour theme.
    #[arg(long, global = true, value_name = "NAME")]
    pub theme: Option<String>,
    /// Colour depth.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "DEPTH"
    )]
    pub colors: Colors,
    /// Mouse for focus and scrolling.
    #[arg(long, global = true)]
    pub mouse: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    New {
        title: Option<String>,
        #[arg(long)]
        no_open: bool,
        #[arg(long)]
        quick: bool,
    },
    Open {
        #[arg(value_name = "NAME|PATH")]
        workshop: String,
        #[arg(long, value_name = "STEP")]
        step: Option<String>,
    },
    Demo {
        #[arg(long, value_name = "STEP")]
        step: Option<String>,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Export {
        #[arg(value_name = "NAME|PATH")]
        workshop: String,
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "actions")]
        table: Table,
        #[arg(long)]
        excel: bool,
        #[arg(long)]
        notes: bool,
    },
    Audit {
        #[arg(value_name = "NAME|PATH|FOLDER", required = true)]
        workshops: Vec<String>,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        strict: bool,
    },
    Import {
        #[arg(value_name = "NAME|PATH")]
        workshop: String,
        #[arg(value_name = "CSV")]
        csv: PathBuf,
        #[arg(long, value_name = "COLUMN")]
        text: Option<String>,
        #[arg(long, value_name = "COLUMN")]
        score: Option<String>,
        #[arg(long, value_name = "COLUMN")]
        date: Option<String>,
        #[arg(long, value_name = "COLUMN")]
        persona: Option<String>,
        #[arg(long, value_name = "NAME")]
        source: Option<String>,
    },
    Host {
        #[arg(value_name = "NAME|PATH")]
        workshop: String,
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
        #[arg(long, value_name = "USER")]
        allow: Vec<String>,
        #[arg(long, value_name = "NAME")]
        facilitator: Option<String>,
    },
    Join {
        #[arg(value_name = "NAME|PATH|SOCKET")]
        workshop: Option<String>,
        #[arg(long = "as", value_name = "NAME")]
        name: Option<String>,
        #[arg(long)]
        observe: bool,
    },
    Merge {
        #[arg(value_name = "BASE")]
        base: PathBuf,
        #[arg(value_name = "OURS")]
        ours: PathBuf,
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    Diff {
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        textconv: bool,
        #[arg(long, conflicts_with = "textconv")]
        git: bool,
    },
    GitSetup {
        #[arg(value_name = "PATTERN")]
        pattern: Option<String>,
    },
    Completions {
        shell: clap_complete::Shell,
    },
}
