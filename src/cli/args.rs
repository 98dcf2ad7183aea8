//! The command line, declared with clap's derive API; help texts are localised in `mod.rs`.

use crate::i18n::Lang;
use clap::{Parser, Subcommand, ValueEnum};
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
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    New {
        title: Option<String>,
        #[arg(long)]
        no_open: bool,
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
    },
    Completions {
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Json,
}
