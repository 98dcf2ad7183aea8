//! clap's own words in the interface language: the headings, the help and version flags, the
//! "[default: …]" notes of the help, and the parse errors. clap writes them in English only, so
//! the help flags are ours and errors are rendered here from their kind and context.

use crate::i18n::{Lang, Text, cli as t};
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command};
use std::fmt::Write as _;

/// `cmd` with its headings, flags and value notes in `lang`.
pub fn help(cmd: Command, lang: Lang) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t::USAGE.get(lang)
    );
    let help_arg = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .help(t::HELP_FLAG.get(lang));
    let version_arg = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(t::VERSION_FLAG.get(lang));
    let each = |c: Command| {
        c.help_template(&template)
            .subcommand_help_heading(t::COMMANDS.get(lang))
            .disable_help_flag(true)
            .mut_args(|a| notes(a, lang))
    };
    let mut cmd = each(
        cmd.arg(help_arg)
            .disable_version_flag(true)
            .arg(version_arg),
    )
    .mut_subcommands(each);
    // clap adds its `help` command while building: its description can only be set after.
    cmd.build();
    cmd.mut_subcommand("help", |h| {
        h.about(t::HELP_COMMAND.get(lang))
            .help_template(&template)
            .subcommand_help_heading(t::COMMANDS.get(lang))
    })
}

/// The argument under its heading, with its default, possible values and variable written by
/// us in `lang`, clap's English ones hidden.
fn notes(arg: Arg, lang: Lang) -> Arg {
    let heading = match arg.is_positional() {
        true => t::ARGUMENTS,
        false => t::OPTIONS,
    };
    let arg = arg.help_heading(heading.get(lang));
    let mut notes = Vec::new();
    if let Some(env) = arg.get_env() {
        notes.push(t::ENV_NOTE.fill(lang, &[("var", &env.to_string_lossy())]));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        notes.push(t::DEFAULT_NOTE.fill(lang, &[("value", &defaults.join(", "))]));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        notes.push(t::VALUES_NOTE.fill(lang, &[("values", &values.join(", "))]));
    }
    if notes.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let help = format!("{help} [{}]", notes.join("] ["));
    arg.hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(help.trim_start().to_owned())
}

/// Parse errors in English, as clap's own are but without colour.
pub struct English;
/// Parse errors in French.
pub struct French;

impl ErrorFormatter for English {
    fn format_error(error: &Error<Self>) -> StyledStr {
        render(error, Lang::En).into()
    }
}

impl ErrorFormatter for French {
    fn format_error(error: &Error<Self>) -> StyledStr {
        render(error, Lang::Fr).into()
    }
}

/// Ends the process on a parse error: the help or version goes to stdout as clap prints it,
/// anything else to stderr in `lang` with clap's exit status.
pub fn exit(error: Error, lang: Lang) -> ! {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        error.exit()
    }
    match lang {
        Lang::En => error.apply::<English>().exit(),
        Lang::Fr => error.apply::<French>().exit(),
    }
}

/// A context value as text: one string, or several joined by commas.
fn text(value: Option<&ContextValue>) -> Option<String> {
    match value? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The error message in `lang`: what is wrong, tips, the usage, where to learn more.
fn render<F: ErrorFormatter>(error: &Error<F>, lang: Lang) -> String {
    let get = |k| text(error.get(k)).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let fill = |words: Text, extra: &[(&str, &dyn std::fmt::Display)]| {
        let mut args: Vec<(&str, &dyn std::fmt::Display)> = vec![("arg", &arg), ("value", &value)];
        args.extend_from_slice(extra);
        words.fill(lang, &args)
    };
    let mut out = format!("{} ", t::CLAP_ERROR.get(lang));
    let what = match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => fill(t::NO_VALUE, &[]),
        ErrorKind::InvalidValue => fill(t::BAD_VALUE, &[]),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            fill(t::REFUSED_VALUE, &[("why", &why)])
        }
        ErrorKind::UnknownArgument => fill(t::UNKNOWN_ARG, &[]),
        ErrorKind::InvalidSubcommand => {
            let sub = get(ContextKind::InvalidSubcommand);
            fill(t::UNKNOWN_COMMAND, &[("sub", &sub)])
        }
        ErrorKind::MissingRequiredArgument => fill(t::MISSING_ARGS, &[]),
        ErrorKind::MissingSubcommand => fill(t::MISSING_COMMAND, &[]),
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg);
            fill(t::CONFLICT, &[("prior", &prior)])
        }
        ErrorKind::NoEquals => fill(t::NO_EQUALS, &[]),
        ErrorKind::TooManyValues => fill(t::TOO_MANY_VALUES, &[]),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => fill(t::WRONG_COUNT, &[]),
        ErrorKind::InvalidUtf8 => fill(t::NOT_UTF8, &[]),
        _ => error.kind().as_str().unwrap_or_default().to_owned(),
    };
    out.push_str(&what);
    if let Some(values) = text(error.get(ContextKind::ValidValue)).filter(|v| !v.is_empty()) {
        let _ = write!(
            out,
            "\n  [{}]",
            t::VALUES_NOTE.fill(lang, &[("values", &values)])
        );
    }
    let mut tips: Vec<String> = [
        (ContextKind::SuggestedSubcommand, t::SIMILAR_COMMAND),
        (ContextKind::SuggestedArg, t::SIMILAR_ARG),
        (ContextKind::SuggestedValue, t::SIMILAR_VALUE),
    ]
    .into_iter()
    .filter_map(|(kind, words)| {
        let similar = text(error.get(kind))?;
        Some(words.fill(lang, &[("similar", &quoted(lang, &similar))]))
    })
    .collect();
    if let Some(ContextValue::StyledStrs(more)) = error.get(ContextKind::Suggested) {
        tips.extend(more.iter().map(|s| suggestion(&s.to_string(), lang)));
    }
    if !tips.is_empty() {
        out.push('\n');
    }
    for tip in tips {
        let _ = write!(out, "\n  {} {tip}", t::TIP.get(lang));
    }
    if let Some(usage) = text(error.get(ContextKind::Usage)) {
        // clap's usage starts with its own English heading.
        let usage = usage.trim_start_matches("Usage:").trim_start();
        let _ = write!(out, "\n\n{} {usage}", t::USAGE.get(lang));
    }
    let _ = writeln!(out, "\n\n{}", t::MORE_HELP.get(lang));
    out
}

/// Each name of a comma-separated list in the language's quotes.
fn quoted(lang: Lang, names: &str) -> String {
    names
        .split(", ")
        .map(|n| t::QUOTED.fill(lang, &[("x", &n)]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One of clap's two worded tips, recognised by its shape; any other is kept as clap says it.
fn suggestion(tip: &str, lang: Lang) -> String {
    let parts: Vec<&str> = tip.split('\'').collect();
    let words = if tip.starts_with("to pass ") && parts.len() == 5 {
        t::PASS_AS_VALUE
    } else if tip.starts_with("subcommand ") && parts.len() >= 3 {
        t::REMOVE_DASHES
    } else {
        return tip.to_owned();
    };
    words.fill(
        lang,
        &[
            ("x", &parts[1]),
            ("y", &parts.get(3).copied().unwrap_or_default()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lang: Lang, args: &[&str]) -> String {
        let err = crate::cli::command(lang)
            .try_get_matches_from(args)
            .unwrap_err();
        match lang {
            Lang::En => err.apply::<English>().to_string(),
            Lang::Fr => err.apply::<French>().to_string(),
        }
    }

    #[test]
    fn help_headings_and_notes_follow_the_language() {
        let fr = crate::cli::command(Lang::Fr).render_help().to_string();
        for words in [
            "Utilisation\u{a0}:",
            "Commandes\u{a0}:",
            "Afficher l'aide",
            "[par défaut\u{a0}: auto]",
        ] {
            assert!(fr.contains(words), "{words} in {fr}");
        }
        for english in ["Usage:", "Print help", "default:", "possible values"] {
            assert!(!fr.contains(english), "{english} in {fr}");
        }
        let en = crate::cli::command(Lang::En).render_help().to_string();
        assert!(
            en.contains("Usage: parcours") && en.contains("[default: auto]"),
            "{en}"
        );
    }

    #[test]
    fn errors_are_worded_in_the_language() {
        let fr = parse(Lang::Fr, &["parcours", "list", "--jsn"]);
        assert!(
            fr.starts_with("erreur\u{a0}: argument inattendu « --jsn »"),
            "{fr}"
        );
        assert!(fr.contains("« --json »"), "{fr}");
        assert!(fr.contains("Utilisation\u{a0}: parcours list"), "{fr}");
        assert!(
            fr.ends_with("Pour en savoir plus, essayez « --help ».\n"),
            "{fr}"
        );
        let fr = parse(Lang::Fr, &["parcours", "export", "x", "--format", "doc"]);
        assert!(
            fr.contains("valeur « doc » invalide pour « --format <FORMAT> »"),
            "{fr}"
        );
        assert!(fr.contains("valeurs possibles\u{a0}: md, html"), "{fr}");
        let fr = parse(Lang::Fr, &["parcours", "list", "--dir"]);
        assert!(fr.contains("« --dir <DIR> » demande une valeur"), "{fr}");
        let en = parse(Lang::En, &["parcours", "lst"]);
        assert!(
            en.starts_with("error: unrecognized subcommand 'lst'"),
            "{en}"
        );
        assert!(
            en.contains("'list'") && en.contains("For more information"),
            "{en}"
        );
    }
}
