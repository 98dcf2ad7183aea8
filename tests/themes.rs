//! Colour is checked on the cells themselves (text snapshots cannot see it): every built-in
//! theme draws the criticity grid with its own styles, and each colour depth only ever puts
//! colours of that depth in the buffer.

use parcours::i18n::Lang;
use parcours::store::Store;
use parcours::tui::app::App;
use parcours::tui::colors::Depth;
use parcours::tui::key::{Key, Msg};
use parcours::tui::theme::{BUILT_IN, Themes};
use parcours::tui::view::view;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::{Terminal, backend::TestBackend};
use std::time::Instant;

fn demo_at_criticity(dir: &std::path::Path) -> App {
    let mut app = App::new(Store::locate(Some(dir.into())).unwrap(), Lang::En);
    for k in [Key::Char('m'), Key::Char('5')] {
        app.update(Msg::Key(k), Instant::now());
    }
    app
}

fn draw(app: &App) -> Buffer {
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| view(app, f)).unwrap();
    term.backend().buffer().clone()
}

/// The first cell where `text` starts on screen.
fn find(buf: &Buffer, text: &str) -> (u16, u16) {
    let w = buf.area.width;
    for y in 0..buf.area.height {
        let line: String = (0..w).map(|x| buf[(x, y)].symbol().to_owned()).collect();
        if let Some(i) = line.find(text) {
            let col = line[..i].chars().count() as u16;
            return (col, y);
        }
    }
    panic!("{text} not on screen");
}

#[test]
fn each_built_in_theme_styles_the_criticity_grid() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at_criticity(dir.path());
    let themes = Themes::built_in();
    let mut seen = Vec::new();
    for (name, _) in BUILT_IN {
        app.look_mut().theme = themes.resolve(name, Depth::TrueColor).unwrap();
        let th = &app.look().theme;
        let buf = draw(&app);
        // The grid opens on Marie × the first moment: that cell wears the selection style.
        let (x, y) = find(&buf, "!!! very sensitive");
        let selected = &buf[(x, y)];
        assert!(
            selected.modifier.contains(th.selection.add_modifier),
            "{name}"
        );
        if let Some(bg) = th.selection.bg {
            assert_eq!(selected.bg, bg, "{name}");
        }
        // The cell under it is very sensitive too, in the level's style.
        let under = &buf[(x, y + 1)];
        assert_eq!(under.symbol(), "!");
        assert_eq!(
            under.fg,
            th.very_sensitive.fg.unwrap_or(Color::Reset),
            "{name}"
        );
        assert!(
            under.modifier.contains(th.very_sensitive.add_modifier),
            "{name}"
        );
        // Moment kinds in their own styles.
        let (x, y) = find(&buf, "▲ Extra fees");
        assert_eq!(
            buf[(x, y)].fg,
            th.critical.fg.unwrap_or(Color::Reset),
            "{name}"
        );
        let (x, y) = find(&buf, "★ The personal");
        assert_eq!(buf[(x, y)].fg, th.wow.fg.unwrap_or(Color::Reset), "{name}");
        let (x, y) = find(&buf, "◆ The export");
        assert_eq!(
            buf[(x, y)].fg,
            th.essential.fg.unwrap_or(Color::Reset),
            "{name}"
        );
        // The selected row is in the focus style.
        let (x, y) = find(&buf, "◆ The trial");
        assert_eq!(
            buf[(x, y)].fg,
            th.focus.fg.unwrap_or(Color::Reset),
            "{name}"
        );
        // The step in progress in the stepper.
        let (x, y) = find(&buf, "5✓ Criticity");
        assert!(
            buf[(x, y)].modifier.contains(th.step_current.add_modifier),
            "{name}"
        );
        seen.push((th.critical.fg, name));
    }
    // The themes really differ on screen.
    let critical: std::collections::HashSet<_> = seen.iter().map(|(c, _)| *c).collect();
    assert!(critical.len() >= 3, "{seen:?}");
}

fn colours(buf: &Buffer) -> Vec<Color> {
    buf.content()
        .iter()
        .flat_map(|c| [c.fg, c.bg])
        .filter(|c| *c != Color::Reset)
        .collect()
}

#[test]
fn each_depth_only_draws_its_own_colours() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_at_criticity(dir.path());
    let themes = Themes::built_in();
    for (name, _) in BUILT_IN {
        for depth in [Depth::TrueColor, Depth::Ansi256, Depth::Ansi16, Depth::None] {
            app.look_mut().theme = themes.resolve(name, depth).unwrap();
            let used = colours(&draw(&app));
            match depth {
                Depth::None => assert!(used.is_empty(), "{name}: {used:?}"),
                Depth::Ansi16 => assert!(
                    used.iter()
                        .all(|c| !matches!(c, Color::Rgb(..) | Color::Indexed(_))),
                    "{name}: {used:?}"
                ),
                Depth::Ansi256 => assert!(
                    used.iter().all(|c| !matches!(c, Color::Rgb(..))),
                    "{name}: {used:?}"
                ),
                Depth::TrueColor => assert!(!used.is_empty()),
            }
        }
    }
    // The light theme's own colours: RGB at truecolor, the nearest 256 index below.
    app.look_mut().theme = themes.resolve("light", Depth::TrueColor).unwrap();
    assert_eq!(app.look().theme.critical.fg, Some(Color::Rgb(0xaf, 0, 0)));
    app.look_mut().theme = themes.resolve("light", Depth::Ansi256).unwrap();
    assert_eq!(app.look().theme.critical.fg, Some(Color::Indexed(124)));
    app.look_mut().theme = themes.resolve("light", Depth::Ansi16).unwrap();
    assert_eq!(app.look().theme.critical.fg, Some(Color::Red));
}
