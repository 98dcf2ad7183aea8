//! Colour depth: what the terminal can show, and colours mapped down to it. Themes may use
//! any colour; a 256-colour terminal gets the nearest of its palette, a 16-colour one the
//! nearest of the sixteen, and `none` gets no colour at all (bold, reverse and the symbols
//! still tell things apart).

use clap::ValueEnum;
use ratatui::style::{Color, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Colors {
    Auto,
    Truecolor,
    #[value(name = "256")]
    Ansi256,
    #[value(name = "16")]
    Ansi16,
    None,
}

/// What the terminal is told: the result of `--colors` and the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    TrueColor,
    Ansi256,
    Ansi16,
    None,
}

impl Depth {
    /// `--colors` wins; else NO_COLOR (any value) means none, COLORTERM truecolor or 24bit
    /// means truecolor, a TERM with 256color means 256, `dumb` means none, anything else 16.
    pub fn detect(flag: Colors, env: &dyn Fn(&str) -> Option<String>) -> Depth {
        match flag {
            Colors::Truecolor => return Depth::TrueColor,
            Colors::Ansi256 => return Depth::Ansi256,
            Colors::Ansi16 => return Depth::Ansi16,
            Colors::None => return Depth::None,
            Colors::Auto => {}
        }
        if env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Depth::None;
        }
        let colorterm = env("COLORTERM").unwrap_or_default().to_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" {
            return Depth::TrueColor;
        }
        match env("TERM").unwrap_or_default().as_str() {
            "dumb" => Depth::None,
            t if t.contains("256color") => Depth::Ansi256,
            _ => Depth::Ansi16,
        }
    }

    pub fn map_style(self, s: Style) -> Style {
        Style {
            fg: s.fg.and_then(|c| self.map(c)),
            bg: s.bg.and_then(|c| self.map(c)),
            ..s
        }
    }

    /// The colour as this depth shows it; None means "leave the terminal's colour".
    pub fn map(self, c: Color) -> Option<Color> {
        match (self, c) {
            (Depth::None, _) => None,
            (_, Color::Reset) | (Depth::TrueColor, _) => Some(c),
            (Depth::Ansi256, Color::Rgb(r, g, b)) => Some(Color::Indexed(to_256(r, g, b))),
            (Depth::Ansi256, c) => Some(c),
            (Depth::Ansi16, Color::Rgb(r, g, b)) => Some(to_16(r, g, b)),
            (Depth::Ansi16, Color::Indexed(n)) if n < 16 => Some(ANSI[usize::from(n)].0),
            (Depth::Ansi16, Color::Indexed(n)) => {
                let (r, g, b) = rgb_of_256(n);
                Some(to_16(r, g, b))
            }
            (Depth::Ansi16, c) => Some(c),
        }
    }
}

/// The sixteen colours and the RGB that xterm gives them by default.
const ANSI: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

fn distance((r1, g1, b1): (u8, u8, u8), (r2, g2, b2): (u8, u8, u8)) -> u32 {
    let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).unsigned_abs().pow(2);
    d(r1, r2) + d(g1, g2) + d(b1, b2)
}

fn to_16(r: u8, g: u8, b: u8) -> Color {
    ANSI.iter()
        .min_by_key(|(_, rgb)| distance(*rgb, (r, g, b)))
        .map(|(c, _)| *c)
        .expect("sixteen colours")
}

/// The levels of the 6×6×6 colour cube of the 256-colour palette.
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

fn rgb_of_256(n: u8) -> (u8, u8, u8) {
    match n {
        0..16 => ANSI[usize::from(n)].1,
        16..232 => {
            let i = n - 16;
            let level = |x: u8| CUBE[usize::from(x)];
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        _ => {
            let v = 8 + (n - 232) * 10;
            (v, v, v)
        }
    }
}

/// The nearest colour of the cube or of the grey ramp (the first sixteen vary by terminal).
fn to_256(r: u8, g: u8, b: u8) -> u8 {
    (16..=255)
        .min_by_key(|n| distance(rgb_of_256(*n), (r, g, b)))
        .expect("240 colours")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn depth_comes_from_the_flag_then_the_environment() {
        let d = |flag, vars| Depth::detect(flag, &env(vars));
        assert_eq!(
            d(Colors::Auto, &[("TERM", "screen-256color")]),
            Depth::Ansi256
        );
        assert_eq!(
            d(
                Colors::Auto,
                &[("COLORTERM", "truecolor"), ("TERM", "xterm")]
            ),
            Depth::TrueColor
        );
        assert_eq!(d(Colors::Auto, &[("TERM", "xterm")]), Depth::Ansi16);
        assert_eq!(d(Colors::Auto, &[("TERM", "dumb")]), Depth::None);
        assert_eq!(
            d(
                Colors::Auto,
                &[("NO_COLOR", "1"), ("COLORTERM", "truecolor")]
            ),
            Depth::None
        );
        assert_eq!(
            d(Colors::Ansi16, &[("COLORTERM", "truecolor")]),
            Depth::Ansi16
        );
        assert_eq!(d(Colors::Truecolor, &[("NO_COLOR", "1")]), Depth::TrueColor);
    }

    #[test]
    fn colours_map_down_to_each_depth() {
        let orange = Color::Rgb(255, 135, 0);
        assert_eq!(Depth::TrueColor.map(orange), Some(orange));
        assert_eq!(Depth::Ansi256.map(orange), Some(Color::Indexed(208)));
        assert_eq!(Depth::Ansi16.map(orange), Some(Color::Yellow));
        assert_eq!(Depth::None.map(orange), None);
        assert_eq!(
            Depth::Ansi256.map(Color::Rgb(128, 128, 128)),
            Some(Color::Indexed(244))
        );
        assert_eq!(Depth::Ansi16.map(Color::Rgb(0, 0, 120)), Some(Color::Blue));
        assert_eq!(
            Depth::Ansi16.map(Color::Indexed(196)),
            Some(Color::LightRed)
        );
        assert_eq!(Depth::Ansi16.map(Color::Indexed(2)), Some(Color::Green));
        assert_eq!(Depth::Ansi16.map(Color::Cyan), Some(Color::Cyan));
        // No colour keeps what does not need one.
        let s = Style::new()
            .fg(Color::Red)
            .bg(Color::Blue)
            .add_modifier(Modifier::REVERSED);
        let none = Depth::None.map_style(s);
        assert_eq!((none.fg, none.bg), (None, None));
        assert!(none.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn the_256_palette_round_trips_its_own_colours() {
        for n in 16..=255u8 {
            let (r, g, b) = rgb_of_256(n);
            assert_eq!(rgb_of_256(to_256(r, g, b)), (r, g, b), "{n}");
        }
    }
}
