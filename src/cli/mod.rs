//! The `parcours` command line: parsing with localised help, then one function per command.

mod args;
mod audit;
mod clap_words;
mod commands;
mod git;
mod live;
mod out;

pub use args::{Cli, Command};

use crate::i18n::{Lang, cli as t};
use clap::{CommandFactory, FromArgMatches};
use out::Stop;
use std::ffi::OsString;
use std::process::ExitCode;

/// Parses the process arguments, runs the command, and turns any failure into one line on
/// stderr and a non-zero exit status.
pub fn main() -> ExitCode {
    crate::dates::learn_local_offset();
    let args: Vec<OsString> = std::env::args_os().collect();
    // The help must be built before parsing, so `--lang` is looked for by hand first.
    let lang = Lang::detect(lang_flag(&args));
    let matches = command(lang)
        .try_get_matches_from(args)
        .unwrap_or_else(|e| clap_words::exit(e, lang));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| clap_words::exit(e, lang));
    let lang = Lang::detect(cli.lang);
    match commands::run(cli, lang) {
        Ok(()) => ExitCode::SUCCESS,
        // As any tool cut short by `| head`: no message, the status of a broken pipe.
        Err(Stop::ReaderGone) => ExitCode::from(141),
        Err(Stop::Failed(message)) => {
            // One line, cleaned as all output is, whatever the error carries.
            let message = crate::text::one_line(&message);
            eprintln!("{}", t::ERROR.fill(lang, &[("message", &message)]));
            ExitCode::FAILURE
        }
    }
}

/// The clap command with its help texts, headings and notes in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = Cli::command().about(t::ABOUT.get(lang));
    for (name, about) in t::SUBCOMMANDS {
        cmd = cmd.mut_subcommand(name, |s| s.about(about.get(lang)));
    }
    for (sub, arg, help) in t::ARGS {
        let help = help.get(lang);
        cmd = if sub.is_empty() {
            cmd.mut_arg(arg, |a| a.help(help))
        } else {
            cmd.mut_subcommand(sub, |s| s.mut_arg(arg, |a| a.help(help)))
        };
    }
    clap_words::help(cmd, lang)
}

/// The value of `--lang X` or `--lang=X`, if any.
fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).copied()?,
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        Lang::from_code(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_is_localised_and_consistent() {
        command(Lang::En).debug_assert();
        let fr = command(Lang::Fr).render_long_help().to_string();
        assert!(fr.contains("Animateur d'ateliers"), "{fr}");
    }

    #[test]
    fn lang_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["p", "--lang", "fr", "list"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            lang_flag(&args(&["p", "list", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(lang_flag(&args(&["p", "list"])), None);
    }
}
