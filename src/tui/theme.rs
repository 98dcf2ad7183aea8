//! Semantic styles. Screens ask the theme for a role, never for a colour, so looks can change
//! without touching them. Themes are TOML files (`themes/` holds the built-in ones, embedded in
//! the binary; files in the user's config folder add to them or replace them), resolved here
//! into styles at the terminal's colour depth.

use super::colors::Depth;
use crate::i18n::Lang;
use crate::model::{Level, MomentKind};
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The built-in themes, in the order the picker lists them.
pub const BUILT_IN: [(&str, &str); 4] = [
    ("default", include_str!("../../themes/default.toml")),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
    ("ansi16", include_str!("../../themes/ansi16.toml")),
];

/// Every semantic key a theme sets, as written in the files.
pub const KEYS: [&str; 23] = [
    "base",
    "border",
    "border_focus",
    "title",
    "selection",
    "focus",
    "editing",
    "muted",
    "guidance",
    "warning",
    "error",
    "ok",
    "step.current",
    "step.done",
    "moment.essential",
    "moment.critical",
    "moment.wow",
    "level.very_sensitive",
    "level.sensitive",
    "level.low",
    "emotion.bad",
    "emotion.neutral",
    "emotion.good",
];

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub base: Style,
    pub border: Style,
    pub border_focus: Style,
    pub title: Style,
    pub selection: Style,
    pub focus: Style,
    pub editing: Style,
    pub muted: Style,
    pub guidance: Style,
    pub warning: Style,
    pub error: Style,
    pub ok: Style,
    pub step_current: Style,
    pub step_done: Style,
    pub essential: Style,
    pub critical: Style,
    pub wow: Style,
    pub very_sensitive: Style,
    pub sensitive: Style,
    pub low: Style,
    pub emotion_bad: Style,
    pub emotion_neutral: Style,
    pub emotion_good: Style,
}

impl Default for Theme {
    /// The built-in default theme at 16 colours.
    fn default() -> Self {
        Themes::built_in()
            .resolve("default", Depth::Ansi16)
            .expect("the default theme is valid")
    }
}

impl Theme {
    pub fn moment(&self, kind: MomentKind) -> Style {
        match kind {
            MomentKind::Essential => self.essential,
            MomentKind::Critical => self.critical,
            MomentKind::Wow => self.wow,
        }
    }

    pub fn level(&self, level: Level) -> Style {
        match level {
            Level::VerySensitive => self.very_sensitive,
            Level::Sensitive => self.sensitive,
            Level::Low => self.low,
            Level::NotApplicable => self.muted,
        }
    }

    pub fn emotion(&self, e: i8) -> Style {
        match e {
            ..0 => self.emotion_bad,
            0 => self.emotion_neutral,
            _ => self.emotion_good,
        }
    }

    fn from_styles(name: &str, s: &BTreeMap<String, Style>) -> Theme {
        let get = |k: &str| s.get(k).copied().unwrap_or_default();
        Theme {
            name: name.to_owned(),
            base: get("base"),
            border: get("border"),
            border_focus: get("border_focus"),
            title: get("title"),
            selection: get("selection"),
            focus: get("focus"),
            editing: get("editing"),
            muted: get("muted"),
            guidance: get("guidance"),
            warning: get("warning"),
            error: get("error"),
            ok: get("ok"),
            step_current: get("step.current"),
            step_done: get("step.done"),
            essential: get("moment.essential"),
            critical: get("moment.critical"),
            wow: get("moment.wow"),
            very_sensitive: get("level.very_sensitive"),
            sensitive: get("level.sensitive"),
            low: get("level.low"),
            emotion_bad: get("emotion.bad"),
            emotion_neutral: get("emotion.neutral"),
            emotion_good: get("emotion.good"),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    description: Option<Description>,
    inherits: Option<String>,
    #[serde(default)]
    palette: BTreeMap<String, String>,
    #[serde(default)]
    styles: toml::Table,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    dim: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underlined: bool,
    #[serde(default)]
    reversed: bool,
}

/// What a theme is for: one text, or one per language code (`{ en = "…", fr = "…" }`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Description {
    One(String),
    ByLanguage(BTreeMap<String, String>),
}

impl Description {
    /// The text in `lang`, else in English, else any.
    fn get(&self, lang: Lang) -> &str {
        match self {
            Description::One(text) => text,
            Description::ByLanguage(texts) => texts
                .get(lang.code())
                .or_else(|| texts.get(Lang::En.code()))
                .or_else(|| texts.values().next())
                .map_or("", String::as_str),
        }
    }
}

/// A theme as read: its description, parent and raw styles, not yet resolved.
#[derive(Debug, Clone)]
struct Parsed {
    description: Description,
    inherits: Option<String>,
    palette: BTreeMap<String, String>,
    styles: BTreeMap<String, Spec>,
}

/// Every theme that can be chosen, and the user files that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Themes {
    themes: BTreeMap<String, Parsed>,
    /// One line each: file, line, what is wrong.
    pub problems: Vec<String>,
}

/// Where in `text` the byte `at` is, as a 1-based line number.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

fn parse(text: &str) -> Result<Parsed, (usize, String)> {
    let file: File = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        (line, e.message().to_owned())
    })?;
    let mut styles = BTreeMap::new();
    // Keys are written flat (`border`) or dotted (`moment.critical`): walk one level down.
    for (k, v) in &file.styles {
        let nested = v
            .as_table()
            .filter(|t| t.values().all(toml::Value::is_table));
        let entries: Vec<(String, &toml::Value)> = match nested {
            Some(t) if !t.is_empty() => {
                t.iter().map(|(k2, v2)| (format!("{k}.{k2}"), v2)).collect()
            }
            _ => vec![(k.clone(), v)],
        };
        for (key, value) in entries {
            let at = text
                .find(key.rsplit('.').next().unwrap_or(&key))
                .unwrap_or(0);
            if !KEYS.contains(&key.as_str()) {
                return Err((line_of(text, at), format!("unknown style “{key}”")));
            }
            let spec: Spec = value.clone().try_into().map_err(|e: toml::de::Error| {
                (line_of(text, at), format!("{key}: {}", e.message()))
            })?;
            styles.insert(key, spec);
        }
    }
    Ok(Parsed {
        description: file
            .description
            .unwrap_or_else(|| Description::One(String::new())),
        inherits: file.inherits,
        palette: file.palette,
        styles,
    })
}

/// A colour as written in a theme: a palette name, one of the sixteen names, `#rrggbb`, or a
/// 256-colour index.
fn color(name: &str, palette: &BTreeMap<String, String>) -> Result<Color, String> {
    let name = palette.get(name).map_or(name, String::as_str);
    let named = [
        ("black", Color::Black),
        ("red", Color::Red),
        ("green", Color::Green),
        ("yellow", Color::Yellow),
        ("blue", Color::Blue),
        ("magenta", Color::Magenta),
        ("cyan", Color::Cyan),
        ("gray", Color::Gray),
        ("dark_gray", Color::DarkGray),
        ("light_red", Color::LightRed),
        ("light_green", Color::LightGreen),
        ("light_yellow", Color::LightYellow),
        ("light_blue", Color::LightBlue),
        ("light_magenta", Color::LightMagenta),
        ("light_cyan", Color::LightCyan),
        ("white", Color::White),
        ("reset", Color::Reset),
    ];
    if let Some((_, c)) = named.iter().find(|(n, _)| *n == name) {
        return Ok(*c);
    }
    if let Some(hex) = name.strip_prefix('#')
        && hex.len() == 6
        && let Ok(v) = u32::from_str_radix(hex, 16)
    {
        return Ok(Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8));
    }
    name.parse::<u8>()
        .map(Color::Indexed)
        .map_err(|_| format!("unknown colour “{name}”"))
}

impl Themes {
    /// The built-in themes, read once: a start asks for them several times.
    pub fn built_in() -> Themes {
        static BUILT: std::sync::LazyLock<Themes> = std::sync::LazyLock::new(|| {
            let mut t = Themes::default();
            for (name, text) in BUILT_IN {
                let parsed = parse(text).unwrap_or_else(|e| panic!("built-in theme {name}: {e:?}"));
                t.themes.insert(name.to_owned(), parsed);
            }
            t
        });
        BUILT.clone()
    }

    /// The built-ins plus the `*.toml` files of `dir` (a user theme replaces a built-in of the
    /// same name). A file that does not read is left out and reported.
    pub fn load(dir: Option<&Path>) -> Themes {
        let mut t = Themes::built_in();
        let Some(dir) = dir else { return t };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return t;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for path in files {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let result = std::fs::read_to_string(&path)
                .map_err(|e| (1, e.to_string()))
                .and_then(|text| parse(&text));
            match result {
                Ok(parsed) => {
                    t.themes.insert(name, parsed);
                }
                Err((line, why)) => t.problems.push(format!("{}:{line}: {why}", path.display())),
            }
        }
        // A theme whose colours or parent are wrong is only found out when resolved; a broken
        // override gives the built-in back. Repeat, since themes may inherit from one another.
        let built = Themes::built_in();
        loop {
            let broken = t.themes.keys().find_map(|name| {
                t.resolve(name, Depth::TrueColor)
                    .err()
                    .map(|why| (name.clone(), why))
            });
            let Some((name, why)) = broken else { break };
            t.problems.push(format!(
                "{}: {why}",
                dir.join(format!("{name}.toml")).display()
            ));
            match built.themes.get(&name) {
                Some(original) => t.themes.insert(name, original.clone()),
                None => t.themes.remove(&name),
            };
        }
        t
    }

    /// Theme names with their descriptions in `lang`, built-ins first.
    pub fn list(&self, lang: Lang) -> Vec<(String, String)> {
        let built: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
        let mut names: Vec<&String> = self.themes.keys().collect();
        names.sort_by_key(|n| {
            (
                built.iter().position(|b| b == n).unwrap_or(usize::MAX),
                n.to_string(),
            )
        });
        names
            .into_iter()
            .map(|n| (n.clone(), self.themes[n].description.get(lang).to_owned()))
            .collect()
    }

    /// The theme `name` at `depth`, its parents applied first.
    pub fn resolve(&self, name: &str, depth: Depth) -> Result<Theme, String> {
        let mut chain = Vec::new();
        let mut at = Some(name.to_owned());
        while let Some(n) = at {
            if chain.len() > 8 || chain.iter().any(|(c, _): &(String, &Parsed)| *c == n) {
                return Err(format!("“{name}” inherits in a loop"));
            }
            let p = self
                .themes
                .get(&n)
                .ok_or_else(|| format!("no theme named “{n}”"))?;
            at = p.inherits.clone();
            chain.push((n, p));
        }
        let mut palette = BTreeMap::new();
        let mut specs = BTreeMap::new();
        for (_, p) in chain.iter().rev() {
            palette.extend(p.palette.clone());
            specs.extend(p.styles.clone());
        }
        let mut styles = BTreeMap::new();
        for (key, spec) in specs {
            let mut s = Style::new();
            if let Some(fg) = &spec.fg {
                s = s.fg(color(fg, &palette).map_err(|e| format!("{key}: {e}"))?);
            }
            if let Some(bg) = &spec.bg {
                s = s.bg(color(bg, &palette).map_err(|e| format!("{key}: {e}"))?);
            }
            for (on, m) in [
                (spec.bold, Modifier::BOLD),
                (spec.dim, Modifier::DIM),
                (spec.italic, Modifier::ITALIC),
                (spec.underlined, Modifier::UNDERLINED),
                (spec.reversed, Modifier::REVERSED),
            ] {
                if on {
                    s = s.add_modifier(m);
                }
            }
            styles.insert(key, depth.map_style(s));
        }
        Ok(Theme::from_styles(name, &styles))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_sets_every_key_or_inherits_it() {
        let t = Themes::built_in();
        for (name, text) in BUILT_IN {
            let parsed = parse(text).unwrap();
            if parsed.inherits.is_none() {
                for k in KEYS {
                    assert!(parsed.styles.contains_key(k), "{name} lacks {k}");
                }
            }
            for depth in [Depth::TrueColor, Depth::Ansi256, Depth::Ansi16, Depth::None] {
                t.resolve(name, depth).unwrap();
            }
        }
        assert_eq!(t.list(Lang::En).len(), 4);
        assert_eq!(t.list(Lang::En)[0].0, "default");
    }

    #[test]
    fn a_broken_user_theme_is_reported_with_file_and_line_and_left_out() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("bad.toml"),
            "description = \"x\"\n[styles]\nborder = { fg = 12 }\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("typo.toml"),
            "[styles]\nboder = { fg = \"red\" }\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("colour.toml"),
            "inherits = \"default\"\n[styles]\nfocus = { fg = \"bleu\" }\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("mine.toml"),
            "inherits = \"light\"\n[styles]\nfocus = { fg = \"#ff8700\" }\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("a.toml"), "inherits = \"b\"\n").unwrap();
        std::fs::write(dir.path().join("b.toml"), "inherits = \"a\"\n").unwrap();
        let t = Themes::load(Some(dir.path()));
        let problems = t.problems.join("\n");
        assert!(problems.contains("bad.toml:3:"), "{problems}");
        assert!(
            problems.contains("typo.toml:2: unknown style “boder”"),
            "{problems}"
        );
        assert!(
            problems.contains("colour.toml: focus: unknown colour “bleu”"),
            "{problems}"
        );
        assert!(problems.contains("inherits in a loop"), "{problems}");
        assert_eq!(
            t.list(Lang::En).len(),
            5,
            "the built-ins and mine: {:?}",
            t.list(Lang::En)
        );
        let mine = t.resolve("mine", Depth::Ansi256).unwrap();
        assert_eq!(mine.focus.fg, Some(Color::Indexed(208)));
        assert!(t.resolve("bad", Depth::Ansi16).is_err());
    }
}
