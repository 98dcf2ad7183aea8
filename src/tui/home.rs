//! The home screen: the workshops of the store with their progress; create, open, delete,
//! or open the demo.

use super::key::Key;
use super::keymap::{Action, Context};
use super::look::Look;
use super::overlay::{Done, OnYes, Overlay};
use super::typing::line_key;
use crate::diff::{self, Names};
use crate::i18n::{Lang, history, tui as t};
use crate::method;
use crate::model::Workshop;
use crate::store::{Entry, Store};
use crate::text::{fit, fit_line, one_line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};
use std::path::PathBuf;
use tui_input::Input;

pub struct Home {
    pub look: Look,
    pub entries: Vec<Entry>,
    pub selected: usize,
    pub creating: Option<Input>,
    /// The language of the workshop being created (Tab switches it).
    pub language: Lang,
    /// The workshop being created is a quick audit.
    pub quick: bool,
    pub message: Option<String>,
    pub overlay: Option<Overlay>,
}

/// What the app should do after a key on the home screen.
pub enum Go {
    Stay,
    Open(PathBuf),
    Quit,
}

impl Home {
    /// The home screen on the workshops of `store`.
    pub fn new(look: Look, store: &Store) -> Home {
        let mut home = Home::unlisted(look);
        home.refresh(store);
        home
    }

    /// A home screen that has not read the folder yet: for an app that opens a workshop at
    /// once, so reading every workshop file does not delay the first frame.
    pub fn unlisted(look: Look) -> Home {
        Home {
            language: look.lang,
            look,
            entries: Vec::new(),
            selected: 0,
            creating: None,
            quick: false,
            message: None,
            overlay: None,
        }
    }

    fn refresh(&mut self, store: &Store) {
        match store.list() {
            Ok(entries) => self.entries = entries,
            Err(e) => self.message = Some(e.message(self.look.lang)),
        }
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
    }

    /// The key-map contexts in effect, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match (&self.overlay, &self.creating) {
            (Some(o), _) => vec![o.context()],
            (None, Some(_)) => vec![Context::Editing],
            (None, None) => vec![Context::Home],
        }
    }

    pub fn key(&mut self, key: Key, store: &Store) -> Go {
        if let Some(overlay) = self.overlay.take() {
            match overlay.key(key, &mut self.look, None) {
                Done::Open(o) => self.overlay = Some(o),
                Done::Yes(OnYes::DeleteFile(path)) => {
                    if let Err(e) = store.delete(&path) {
                        self.message = Some(e.message(self.look.lang));
                    }
                    self.refresh(store);
                }
                Done::Said(e) => self.message = Some(e),
                _ => {}
            }
            return Go::Stay;
        }
        let lang = self.look.lang;
        let keys = &self.look.keys;
        if let Some(input) = &mut self.creating {
            match keys.action(Context::Editing, key) {
                Some(Action::Cancel) => self.creating = None,
                Some(Action::FocusNext) => {
                    self.language = match self.language {
                        Lang::En => Lang::Fr,
                        Lang::Fr => Lang::En,
                    }
                }
                Some(Action::Commit) => {
                    let title = one_line(input.value());
                    self.creating = None;
                    if !title.is_empty() {
                        let mut doc = Workshop::new(&title, self.language.code());
                        if self.quick {
                            doc.quick_audit();
                        }
                        return self.create(doc, store);
                    }
                }
                _ => line_key(input, key),
            }
            return Go::Stay;
        }
        let n = self.entries.len();
        match keys.action(Context::Home, key) {
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Some(a @ (Action::New | Action::QuickAudit)) => {
                self.creating = Some(Input::default());
                self.language = lang;
                self.quick = a == Action::QuickAudit;
            }
            Some(Action::Demo) => return self.create(crate::demo::demo(lang), store),
            Some(Action::Enter) => {
                if let Some(e) = self.entries.get(self.selected) {
                    return Go::Open(e.path.clone());
                }
            }
            Some(Action::Delete) => {
                if let Some(e) = self.entries.get(self.selected) {
                    let name = match &e.workshop {
                        Ok(doc) => one_line(&doc.framing.title),
                        Err(_) => e.name.clone(),
                    };
                    let q = t::DELETE_FILE_Q.fill(lang, &[("name", &name)]);
                    self.overlay = Some(Overlay::Ask(q, OnYes::DeleteFile(e.path.clone())));
                }
            }
            Some(Action::Help) => self.overlay = Some(Overlay::Help(0, self.contexts())),
            Some(Action::Themes) => self.overlay = Some(Overlay::themes(&self.look)),
            Some(Action::Quit) => return Go::Quit,
            _ => {}
        }
        Go::Stay
    }

    fn create(&mut self, mut doc: Workshop, store: &Store) -> Go {
        match store.create(&mut doc) {
            Ok(path) => Go::Open(path),
            Err(e) => {
                self.message = Some(e.message(self.look.lang));
                Go::Stay
            }
        }
    }

    /// The merge conflicts of the selected workshop, both values each, fitted to `width`: a
    /// heading and at most three.
    fn conflict_lines(&self, lang: Lang, width: usize) -> Vec<String> {
        let Some(Ok(doc)) = self.entries.get(self.selected).map(|e| &e.workshop) else {
            return Vec::new();
        };
        if doc.conflicts.is_empty() {
            return Vec::new();
        }
        let names = Names::new(vec![doc], lang, 24);
        let n = doc.conflicts.len();
        let head = history::HOME_CONFLICTS.fill(lang, &[("n", &n)]);
        let each = doc.conflicts.iter().take(3).map(|c| {
            let text = diff::conflict_line(&names, c, history::HOME_CONFLICT);
            format!("  {}", one_line(&text))
        });
        std::iter::once(head)
            .chain(each)
            .map(|l| fit(&l, width))
            .collect()
    }

    pub fn draw(&self, store: &Store, frame: &mut Frame, area: Rect) {
        let (lang, theme) = (self.look.lang, &self.look.theme);
        let title = t::HOME_TITLE.fill(lang, &[("dir", &store.dir().display())]);
        let block = Block::bordered()
            .border_style(theme.border_focus)
            .title(Span::styled(
                format!(" parcours · {} ", fit(&title, area.width as usize - 16)),
                theme.title,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let conflicts = self.conflict_lines(lang, inner.width as usize);
        let extra = u16::from(self.creating.is_some())
            + u16::from(self.message.is_some())
            + conflicts.len() as u16;
        let [list_area, bottom] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(extra)]).areas(inner);
        if self.entries.is_empty() {
            frame.render_widget(
                Paragraph::new(t::HOME_EMPTY.get(lang))
                    .style(theme.guidance)
                    .wrap(Wrap { trim: true }),
                list_area,
            );
        } else {
            let w = list_area.width as usize;
            let items: Vec<ListItem> = self
                .entries
                .iter()
                .map(|e| {
                    let line = match &e.workshop {
                        Ok(doc) => {
                            let date = crate::dates::show_time(&doc.updated, lang);
                            let pct = method::overall(doc).percent();
                            let merge = match doc.conflicts.len() {
                                0 => String::new(),
                                n => format!("  ⚖{n}"),
                            };
                            let right = format!("{merge}  {date}  {pct:>3}%");
                            let right_w = unicode_width::UnicodeWidthStr::width(right.as_str());
                            let title = fit_line(&doc.framing.title, w.saturating_sub(right_w));
                            let pad = w.saturating_sub(
                                unicode_width::UnicodeWidthStr::width(title.as_str()) + right_w,
                            );
                            Line::raw(format!("{title}{}{right}", " ".repeat(pad)))
                        }
                        Err(err) => Line::styled(
                            fit(
                                &format!(
                                    "! {}{}{}",
                                    e.name,
                                    crate::i18n::export::COLON.get(lang),
                                    err.message(lang)
                                ),
                                w,
                            ),
                            theme.error,
                        ),
                    };
                    ListItem::new(line)
                })
                .collect();
            let mut state = ListState::default().with_selected(Some(self.selected));
            frame.render_stateful_widget(
                List::new(items).highlight_style(theme.selection),
                list_area,
                &mut state,
            );
        }
        let mut y = bottom.y;
        for (i, text) in conflicts.iter().enumerate() {
            let style = if i == 0 {
                theme.warning
            } else {
                theme.guidance
            };
            let at = Rect {
                y,
                height: 1,
                ..bottom
            };
            frame.render_widget(Paragraph::new(Span::styled(text.as_str(), style)), at);
            y += 1;
        }
        if let Some(input) = &self.creating {
            let prompt = if self.quick {
                t::NEW_QUICK
            } else {
                t::NEW_TITLE
            };
            let prompt = prompt.fill(lang, &[("lang", &self.language.code())]);
            let row = Rect {
                y,
                height: 1,
                ..bottom
            };
            super::typing::draw_line(frame, row, &prompt, input, theme.editing);
            y += 1;
        }
        if let Some(m) = &self.message {
            frame.render_widget(
                Paragraph::new(Span::styled(
                    fit_line(m, bottom.width as usize),
                    theme.error,
                )),
                Rect {
                    y,
                    height: 1,
                    ..bottom
                },
            );
        }
    }
}
