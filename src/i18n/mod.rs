//! The one catalogue of user-facing strings. Every text is a [`Text`] constant holding both
//! languages, so a missing translation does not compile. Texts are grouped by area in the
//! files of this folder.

pub mod cli;
pub mod edit;
pub mod export;
pub mod history;
pub mod live;
pub mod method;
pub mod round;
pub mod screens;
pub mod store;
pub mod tui;
#[cfg(test)]
mod typography;

use serde::{Deserialize, Serialize};

/// The languages of the UI and of the guidance texts.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// `--lang` wins; else LC_ALL, then LANG, starting with "fr" gives French; else English.
    pub fn detect(flag: Option<Lang>) -> Lang {
        if let Some(l) = flag {
            return l;
        }
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        match env("LC_ALL").or_else(|| env("LANG")) {
            Some(v) if v.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }

    /// The code stored in a workshop's framing.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
}

/// One user-facing text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub fr: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, fr: &'static str) -> Text {
        Text { en, fr }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }

    /// The text with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let mut s = self.get(lang).to_owned();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), &value.to_string());
        }
        s
    }
}

/// `n` with its noun, `forms` being the singular then the plural, each holding `{n}`. French
/// counts zero in the singular, English in the plural.
pub fn plural(lang: Lang, n: u64, forms: [Text; 2]) -> String {
    let one = n == 1 || (n == 0 && lang == Lang::Fr);
    forms[usize::from(!one)].fill(lang, &[("n", &n)])
}

/// A message worded in both languages when it was made, for what travels to people who may
/// read either (a live host's save errors, a refusal at the door).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Said {
    en: String,
    fr: String,
}

impl Said {
    /// The message `word` gives in each language.
    pub fn new(word: impl Fn(Lang) -> String) -> Said {
        Said {
            en: word(Lang::En),
            fr: word(Lang::Fr),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}
