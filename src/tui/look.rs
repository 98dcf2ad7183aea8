//! How one person sees and drives the interface: language, theme, key map, terminal size.
//! The home screen has one; opening a workshop hands it to the seat, and leaving gives it back.

use super::colors::Depth;
use super::keymap::KeyMap;
use super::theme::{Theme, Themes};
use crate::i18n::Lang;

/// What the command line chose for the interface: themes, colour depth, mouse, key map.
pub struct Setup {
    pub themes: Themes,
    /// The theme asked for (`--theme`, else the one saved from the picker).
    pub theme: Option<String>,
    pub depth: Depth,
    pub mouse: bool,
    pub keys: KeyMap,
}

#[derive(Clone)]
pub struct Look {
    pub lang: Lang,
    pub theme: Theme,
    /// The themes to choose from, and the colour depth they are shown at.
    pub themes: Themes,
    pub depth: Depth,
    pub keys: KeyMap,
    /// The terminal's size, columns and rows.
    pub size: (u16, u16),
}

impl Look {
    pub fn new(lang: Lang) -> Look {
        Look {
            lang,
            theme: Theme::default(),
            themes: Themes::built_in(),
            depth: Depth::Ansi16,
            keys: KeyMap::default(),
            size: (80, 24),
        }
    }

    /// Takes the setup's themes, depth and keys. An unknown or broken theme gives the
    /// default one, and the problems to tell, in one line.
    pub fn set(&mut self, setup: Setup) -> Option<String> {
        let mut problems = setup.themes.problems.clone();
        let name = setup.theme.unwrap_or_else(|| "default".into());
        self.theme = match setup.themes.resolve(&name, setup.depth) {
            Ok(t) => t,
            Err(why) => {
                problems.push(why);
                setup
                    .themes
                    .resolve("default", setup.depth)
                    .expect("the default theme is valid")
            }
        };
        self.depth = setup.depth;
        self.themes = setup.themes;
        self.keys = setup.keys;
        let said = problems.join(" · ");
        (!problems.is_empty())
            .then(|| crate::i18n::tui::THEME_PROBLEM.fill(self.lang, &[("why", &said)]))
    }
}
