//! What opens over a screen and takes the keys until it closes: the help, the theme picker,
//! a yes/no question, the facilitator's note. Each tells its owner (home or seat) what came
//! of a key; the owner does the rest.

use super::key::Key;
use super::keymap::{Action, Context, ENTRIES, HelpLine};
use super::look::Look;
use super::rounds::{CardsPanel, RoundSetup};
use super::screen::Slot;
use super::seat::StyleOf;
use super::theme::Theme;
use crate::edit::Edit;
use crate::i18n::tui as t;
use crate::method::Step;
use crate::model::Workshop;
use crate::room::{Move, RoundView};
use crate::text::{clean, fit, fit_line, one_line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use std::path::PathBuf;

pub enum Overlay {
    /// The help screen, scrolled by this many lines; the contexts in effect are told first.
    Help(u16, Vec<Context>),
    /// The theme picker: the highlighted theme is shown live; `before` comes back on cancel.
    Themes { at: usize, before: Box<Theme> },
    /// A question, and what a yes does.
    Ask(String, OnYes),
    /// The facilitator's note of the current step, being written.
    Note(Box<TextArea<'static>>),
    /// One's cards in the round under way.
    Cards(Box<CardsPanel>),
    /// A round being set up.
    Setup(Box<RoundSetup>),
    /// What the screen had to cut, in full, each paragraph with its style; scrolled by lines.
    Read(Vec<(String, StyleOf)>, u16),
}

/// What a yes to a question does.
pub enum OnYes {
    /// Propose the edit, for the widget `slot` of the screen of `step`.
    Propose(Box<Edit>, Step, Slot),
    /// Delete this workshop file.
    DeleteFile(PathBuf),
    /// End the live workshop for everyone.
    EndLive,
    /// Play a move in the round (reveal it, cancel it).
    Play(Move),
    /// Save a copy of the unsaved workshop elsewhere, then leave; a no asks about leaving.
    SaveCopy,
    /// Leave without saving.
    Leave,
}

/// What came of a key.
pub enum Done {
    /// The overlay stays open.
    Open(Overlay),
    Closed,
    Yes(OnYes),
    /// The note as written, to keep.
    Note(String),
    /// Closed, with something to tell.
    Said(String),
    /// Play this move in the round; the overlay stays open when given.
    Play(Move, Option<Overlay>),
}

/// The help's lines: a heading per context, every key but the help screen's own, which its
/// title gives.
fn help_lines(look: &Look, first: &[Context]) -> Vec<Line<'static>> {
    let width = usize::from(look.size.0.min(76)).saturating_sub(2);
    let each = look.keys.help(first, look.lang).into_iter();
    each.map(|l| match l {
        HelpLine::Heading(h) => Line::styled(h, look.theme.title),
        // A key map file may bring longer words than ours: they end in "…", never cut bare.
        HelpLine::Key(keys, what) => Line::raw(fit_line(&format!("  {keys:<20} {what}"), width)),
    })
    .collect()
}

/// The furthest the help scrolls on a screen `rows` high: its last line at the bottom of the
/// box (which leaves the footer line and its own two borders), never an empty box after it.
fn help_bottom(lines: usize, rows: u16) -> u16 {
    let shown = usize::from(rows.saturating_sub(3));
    lines.saturating_sub(shown) as u16
}

/// Where a reading overlay's top goes: arrows and pages scroll it; any other key closes it.
fn scrolled(top: u16, action: Option<Action>) -> Option<u16> {
    match action {
        Some(Action::Down) => Some(top + 1),
        Some(Action::PageDown) => Some(top + 10),
        Some(Action::Up) => Some(top.saturating_sub(1)),
        Some(Action::PageUp) => Some(top.saturating_sub(10)),
        _ => None,
    }
}

impl Overlay {
    /// The theme picker, on the theme in use.
    pub fn themes(look: &Look) -> Overlay {
        let at = look
            .themes
            .list(look.lang)
            .iter()
            .position(|(n, _)| *n == look.theme.name)
            .unwrap_or(0);
        let before = Box::new(look.theme.clone());
        Overlay::Themes { at, before }
    }

    /// The note editor, holding `text`, the cursor at its end.
    pub fn note(text: &str) -> Overlay {
        let mut area = TextArea::new(text.lines().map(str::to_owned).collect());
        area.set_wrap_mode(WrapMode::Word);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Overlay::Note(Box::new(area))
    }

    /// The key-map context the overlay listens in.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(..) | Overlay::Read(..) => Context::Help,
            Overlay::Themes { .. } => Context::Picker,
            Overlay::Ask(..) => Context::Confirm,
            Overlay::Note(_) => Context::EditingLines,
            Overlay::Cards(_) => Context::Cards,
            Overlay::Setup(_) => Context::Setup,
        }
    }

    /// A key; picking a theme shows it at once in `look`. `round` is the round under way.
    pub fn key(self, key: Key, look: &mut Look, round: Option<&RoundView>) -> Done {
        let action = look.keys.action(self.context(), key);
        match self {
            Overlay::Help(top, first) => {
                let Some(top) = scrolled(top, action) else {
                    return Done::Closed;
                };
                let bottom = help_bottom(help_lines(look, &first).len(), look.size.1);
                Done::Open(Overlay::Help(top.min(bottom), first))
            }
            Overlay::Read(text, top) => {
                let Some(top) = scrolled(top, action) else {
                    return Done::Closed;
                };
                // Never further than the last paragraph's first row at the narrowest width.
                let rows: usize = text
                    .iter()
                    .map(|(p, _)| crate::text::wrap(p, 40).len())
                    .sum();
                Done::Open(Overlay::Read(text, top.min(rows as u16)))
            }
            Overlay::Themes { at, before } => themes_key(at, before, action, look),
            Overlay::Ask(_, on_yes) if action == Some(Action::Yes) => Done::Yes(on_yes),
            Overlay::Ask(_, OnYes::SaveCopy) if action == Some(Action::No) => {
                let q = t::LEAVE_UNSAVED_Q.get(look.lang).to_owned();
                Done::Open(Overlay::Ask(q, OnYes::Leave))
            }
            Overlay::Ask(..) if action == Some(Action::No) => Done::Closed,
            // Any other key leaves the question open.
            ask @ Overlay::Ask(..) => Done::Open(ask),
            Overlay::Note(mut area) => match action {
                Some(Action::Cancel) => Done::Closed,
                Some(Action::Commit | Action::FocusNext) => Done::Note(area.lines().join("\n")),
                Some(Action::Clear) => Done::Open(Overlay::note("")),
                _ => {
                    if let Some(input) = super::typing::area_input(key) {
                        area.input(input);
                    }
                    Done::Open(Overlay::Note(area))
                }
            },
            Overlay::Cards(panel) => panel.key(key, look, round.map_or(0, |r| r.mine.len())),
            Overlay::Setup(setup) => setup.key(key, look),
        }
    }

    /// Pasted text goes into the note or the card being written; the other overlays take none.
    pub fn paste(&mut self, text: &str) {
        match self {
            Overlay::Note(area) => {
                area.insert_str(clean(text));
            }
            Overlay::Cards(panel) => super::typing::paste_line(&mut panel.input, text),
            _ => {}
        }
    }

    /// Draws the overlay over `body`; `step` names the step a note is for; a round's panels
    /// read the workshop and the round under way.
    pub fn draw(
        &self,
        look: &Look,
        step: &str,
        room: Option<(&Workshop, Option<&RoundView>)>,
        frame: &mut Frame,
        body: Rect,
    ) {
        match self {
            Overlay::Help(top, first) => help(look, *top, first, frame, body),
            Overlay::Read(text, top) => read(look, text, *top, frame, body),
            Overlay::Ask(q, _) => confirm(look, q, frame, body),
            Overlay::Themes { at, .. } => themes(look, *at, frame, body),
            Overlay::Note(area) => {
                let r = centered(body, 72, 12);
                frame.render_widget(Clear, r);
                let block = Block::bordered()
                    .border_style(look.theme.border_focus)
                    .title(fit(&t::NOTE_TITLE.fill(look.lang, &[("step", &step)]), 70));
                let inner = block.inner(r);
                frame.render_widget(block, r);
                frame.render_widget(area.as_ref(), inner);
            }
            Overlay::Cards(panel) => {
                if let Some((doc, round)) = room {
                    panel.draw(look, round, doc, frame, body);
                }
            }
            Overlay::Setup(setup) => {
                if let Some((doc, _)) = room {
                    setup.draw(look, doc, frame, body);
                }
            }
        }
    }
}

/// Moving previews the theme; Enter keeps it (and remembers it), cancel puts back the old.
fn themes_key(at: usize, before: Box<Theme>, action: Option<Action>, look: &mut Look) -> Done {
    let names = look.themes.list(look.lang);
    let at = match action {
        Some(Action::Up) => at.saturating_sub(1),
        Some(Action::Down) => (at + 1).min(names.len().saturating_sub(1)),
        Some(Action::Commit) => {
            let settings = crate::config::Settings {
                theme: Some(look.theme.name.clone()),
            };
            return match settings.save() {
                Ok(()) => Done::Closed,
                Err(e) => Done::Said(e),
            };
        }
        Some(Action::Cancel) => {
            look.theme = *before;
            return Done::Closed;
        }
        _ => at,
    };
    if let Some(Ok(t)) = names
        .get(at)
        .map(|(n, _)| look.themes.resolve(n, look.depth))
    {
        look.theme = t;
    }
    Done::Open(Overlay::Themes { at, before })
}

pub(super) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn confirm(look: &Look, q: &str, frame: &mut Frame, area: Rect) {
    let r = centered(area, 60, 7);
    frame.render_widget(Clear, r);
    let hints: Vec<String> = look
        .keys
        .footer(&[Context::Confirm], look.lang, |_, _| true)
        .into_iter()
        .map(|(k, d)| format!("{k} {d}"))
        .collect();
    let p = Paragraph::new(vec![
        Line::raw(one_line(q)),
        Line::raw(""),
        Line::styled(hints.join(" · "), look.theme.muted),
    ])
    .wrap(Wrap { trim: true })
    .block(Block::bordered().border_style(look.theme.warning));
    frame.render_widget(p, r);
}

/// The theme picker, with a sample of the styles that carry meaning.
fn themes(look: &Look, at: usize, frame: &mut Frame, area: Rect) {
    use crate::method::Label;
    use crate::model::{Level, MomentKind};
    let lang = look.lang;
    let list = look.themes.list(lang);
    let r = centered(area, 70, list.len() as u16 + 6);
    frame.render_widget(Clear, r);
    let th = &look.theme;
    let mut lines: Vec<Line> = list
        .iter()
        .enumerate()
        .map(|(i, (name, about))| {
            let text = fit(&format!("{name:<14} {}", one_line(about)), 66);
            if i == at {
                Line::styled(text, th.selection)
            } else {
                Line::raw(text)
            }
        })
        .collect();
    lines.push(Line::raw(""));
    let mut sample: Vec<Span> = MomentKind::ALL
        .iter()
        .map(|k| Span::styled(format!("{} {} ", k.symbol(), k.label(lang)), th.moment(*k)))
        .collect();
    sample.extend(
        [Level::VerySensitive, Level::Sensitive, Level::Low]
            .iter()
            .map(|l| Span::styled(format!("{} ", l.symbol()), th.level(*l))),
    );
    sample.push(Span::styled("● -2 ", th.emotion(-2)));
    sample.push(Span::styled("● +2", th.emotion(2)));
    lines.push(Line::from(sample));
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", t::SAVED.get(lang)), th.ok),
        Span::styled("! ", th.warning),
        Span::styled(
            format!("{} ", t::SAVE_FAILED.fill(lang, &[("error", &"…")])),
            th.error,
        ),
        Span::styled(t::WHAT.get(lang), th.guidance),
    ]));
    let shown = [Action::Down, Action::Commit, Action::Cancel];
    let hints: Vec<String> = ENTRIES
        .iter()
        .filter(|e| e.context == Context::Picker)
        .filter(|e| e.actions.iter().any(|a| shown.contains(a)))
        .map(|e| format!("{} {}", look.keys.label(e, lang), e.help.get(lang)))
        .collect();
    let title = format!(" {} ", t::THEMES_TITLE.get(lang));
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(title)
                .title_bottom(Line::styled(fit(&hints.join(" · "), 66), th.muted))
                .border_style(th.border_focus),
        ),
        r,
    );
}

/// The reading overlay: every paragraph whole, wrapped to the width.
fn read(look: &Look, text: &[(String, StyleOf)], top: u16, frame: &mut Frame, area: Rect) {
    let r = centered(area, 76, area.height);
    frame.render_widget(Clear, r);
    let lines: Vec<Line> = text
        .iter()
        .map(|(p, style)| Line::styled(one_line(p), style(&look.theme)))
        .collect();
    let title = fit(
        t::READ_TITLE.get(look.lang),
        r.width.saturating_sub(4) as usize,
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((top, 0))
            .block(
                Block::bordered()
                    .title(format!(" {title} "))
                    .border_style(look.theme.border_focus),
            ),
        r,
    );
}

fn help(look: &Look, top: u16, first: &[Context], frame: &mut Frame, area: Rect) {
    let r = centered(area, 76, area.height);
    frame.render_widget(Clear, r);
    let lines = help_lines(look, first);
    // The box as drawn, whatever size the scroll was counted for.
    let top = top.min(
        lines
            .len()
            .saturating_sub(usize::from(r.height.saturating_sub(2))) as u16,
    );
    let title = format!(
        " {} — {} ",
        t::HELP_TITLE.get(look.lang),
        t::HELP_CLOSE.get(look.lang)
    );
    frame.render_widget(
        Paragraph::new(lines).scroll((top, 0)).block(
            Block::bordered()
                .title(title)
                .border_style(look.theme.border_focus),
        ),
        r,
    );
}
