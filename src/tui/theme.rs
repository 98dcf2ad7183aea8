//! Semantic styles. Screens ask the theme for a role, never for a colour, so looks can change
//! without touching them.

use crate::model::{Level, MomentKind};
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone)]
pub struct Theme {
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
    fn default() -> Self {
        let fg = |c| Style::new().fg(c);
        Theme {
            base: Style::new(),
            border: fg(Color::DarkGray),
            border_focus: fg(Color::Cyan),
            title: Style::new().add_modifier(Modifier::BOLD),
            selection: Style::new().add_modifier(Modifier::REVERSED),
            focus: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            editing: fg(Color::Yellow),
            muted: fg(Color::DarkGray),
            guidance: fg(Color::Gray),
            warning: fg(Color::Yellow),
            error: fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: fg(Color::Green),
            step_current: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            step_done: fg(Color::Green),
            essential: fg(Color::Blue),
            critical: fg(Color::Red),
            wow: fg(Color::Magenta),
            very_sensitive: fg(Color::Red).add_modifier(Modifier::BOLD),
            sensitive: fg(Color::Yellow),
            low: fg(Color::Green),
            emotion_bad: fg(Color::Red),
            emotion_neutral: fg(Color::Gray),
            emotion_good: fg(Color::Green),
        }
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
}
