//! The app: the document being worked on plus the UI state, changed only by `update` and
//! drawn by the pure `view`. Every change to the workshop goes through `History::apply`.

use super::colors::Depth;
use super::form::{self, Ctx, Form};
use super::key::{Key, Msg};
use super::keymap::{self, Action, Context};
use super::records::{self, RecordList};
use super::screens;
pub use super::session::{SaveState, Session};
use super::theme::{Theme, Themes};
use crate::edit::{Edit, History, Target};
use crate::facilitation::Timer;
use crate::i18n::{Lang, tui as t};
use crate::method::Step;
use crate::model::Workshop;
use crate::store::{self, Entry, Lock, Store};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tui_input::{Input, InputRequest};

/// Saves wait this long after the last edit, so typing bursts make one write.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

pub struct App {
    pub store: Store,
    pub lang: Lang,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub quit: bool,
    /// The terminal's size, for the pages that scroll.
    pub size: (u16, u16),
    /// The themes to choose from, and the colour depth they are shown at.
    pub themes: Themes,
    pub depth: Depth,
    /// The time of the last message, which the view reads for the countdown.
    pub now: Instant,
    /// Ring the terminal bell at the next frame.
    pub bell: bool,
}

pub enum Screen {
    Home(Home),
    Workshop(Box<Session>),
}

#[derive(Default)]
pub struct Home {
    pub entries: Vec<Entry>,
    pub selected: usize,
    pub creating: Option<Input>,
    /// The language of the workshop being created (Tab switches it).
    pub language: Lang,
    /// The workshop being created is a quick audit.
    pub quick: bool,
    pub message: Option<String>,
}

pub enum Overlay {
    /// The help screen, scrolled by this many lines.
    Help(u16),
    /// Apply the edit on yes.
    Confirm(String, Box<Edit>),
    /// Delete this workshop file on yes.
    DeleteFile(String, PathBuf),
    /// The theme picker: the highlighted theme is shown live; `before` comes back on cancel.
    Themes { at: usize, before: Box<Theme> },
    /// The facilitator's note of the current step, being written.
    Note(Box<ratatui_textarea::TextArea<'static>>),
}

impl App {
    pub fn new(store: Store, lang: Lang) -> App {
        let mut app = App {
            store,
            lang,
            theme: Theme::default(),
            screen: Screen::Home(Home::default()),
            overlay: None,
            quit: false,
            size: (80, 24),
            themes: Themes::built_in(),
            depth: Depth::Ansi16,
            now: Instant::now(),
            bell: false,
        };
        app.refresh_home();
        app
    }

    /// Takes the themes and depth of `look`; an unknown or broken theme is said on the home
    /// screen and the default is used.
    pub fn set_look(&mut self, look: super::Look) {
        let mut problems = look.themes.problems.clone();
        self.depth = look.depth;
        let name = look.theme.unwrap_or_else(|| "default".into());
        self.theme = match look.themes.resolve(&name, look.depth) {
            Ok(t) => t,
            Err(why) => {
                problems.push(why);
                look.themes
                    .resolve("default", look.depth)
                    .expect("the default theme is valid")
            }
        };
        self.themes = look.themes;
        if !problems.is_empty() {
            let said = t::THEME_PROBLEM.fill(self.lang, &[("why", &problems.join(" · "))]);
            match &mut self.screen {
                Screen::Home(h) => h.message = Some(said),
                Screen::Workshop(s) => s.note = Some(said),
            }
        }
    }

    /// Opens a workshop, holding its lock while it is open.
    pub fn open(&mut self, path: PathBuf, step: Option<Step>) -> Result<(), String> {
        let lock = Lock::acquire(&path).map_err(|e| e.message(self.lang))?;
        let doc = store::load(&path).map_err(|e| e.message(self.lang))?;
        self.screen = Screen::Workshop(Box::new(Session {
            path,
            doc,
            history: History::default(),
            step: step.unwrap_or(Step::Framing),
            guide: true,
            save: SaveState::Saved,
            note: None,
            framing: Form::default(),
            personas: RecordList::default(),
            journeys: RecordList::default(),
            stages: RecordList::default(),
            on_stages: false,
            listen: Default::default(),
            listen_tab: 0,
            moments: RecordList::default(),
            criticity: Default::default(),
            interactions: RecordList::default(),
            matrix: false,
            target_tab: 0,
            actions: RecordList::default(),
            draft: 0,
            plan: RecordList::default(),
            summary_top: 0,
            timers: Default::default(),
            shown_since: Instant::now(),
            rung: None,
            present: None,
            _lock: lock,
        }));
        Ok(())
    }

    fn refresh_home(&mut self) {
        if let Screen::Home(home) = &mut self.screen {
            match self.store.list() {
                Ok(entries) => home.entries = entries,
                Err(e) => home.message = Some(e.message(self.lang)),
            }
            home.selected = home.selected.min(home.entries.len().saturating_sub(1));
        }
    }

    /// The key-map contexts in effect, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match (&self.overlay, &self.screen) {
            (Some(Overlay::Help(_)), _) => vec![],
            (Some(Overlay::Themes { .. }), _) => vec![Context::Picker],
            (Some(Overlay::Note(_)), _) => vec![Context::EditingLines],
            (None, Screen::Workshop(s)) if s.present.is_some() => vec![Context::Present],
            (Some(_), _) => vec![Context::Confirm],
            (None, Screen::Home(h)) if h.creating.is_some() => vec![Context::Editing],
            (None, Screen::Home(_)) => vec![Context::Home],
            (None, Screen::Workshop(s)) => {
                let inner = s.context();
                match inner {
                    Context::Form
                    | Context::List
                    | Context::Rows
                    | Context::Grid
                    | Context::Drafts
                    | Context::Scroll => vec![inner, Context::Workshop],
                    Context::Workshop => vec![Context::Workshop],
                    other => vec![other],
                }
            }
        }
    }

    /// Whether a workshop-wide key does something on the current screen, so the footer only
    /// offers what works here.
    pub fn applies(&self, action: Action) -> bool {
        let Screen::Workshop(s) = &self.screen else {
            return true;
        };
        match action {
            Action::FocusNext | Action::FocusPrev => s.list_ref().is_some(),
            Action::NextTab | Action::PrevTab => matches!(
                s.step,
                Step::Listen | Step::Journeys | Step::Interactions | Step::Target
            ),
            Action::ToggleView => s.step == Step::Interactions,
            // In a picker, `a` adds one's own value only where the field takes them.
            Action::Add => s
                .list_ref()
                .is_some_and(|(list, c, _)| match &list.form.editor {
                    Some(form::Editor::Pick { custom, .. }) => *custom,
                    _ => !c.fixed,
                }),
            _ => true,
        }
    }

    pub fn update(&mut self, msg: Msg, now: Instant) {
        self.now = now;
        match msg {
            Msg::Tick => {
                self.time_up(now);
                self.autosave(now, false);
            }
            Msg::Paste(text) => self.paste(&text, now),
            Msg::Key(key) => self.key(key, now),
            Msg::Resize(w, h) => self.size = (w, h),
            Msg::Click(x, _) => self.click(x),
        }
    }

    /// A click focuses the pane under it: the list on the left, the form on the right (the
    /// list takes 38% of a wide screen, see `records::render`).
    fn click(&mut self, x: u16) {
        let width = self.size.0;
        if let (None, Screen::Workshop(s)) = (&self.overlay, &mut self.screen)
            && let Some((list, ..)) = s.active()
            && list.quick.is_none()
            && list.form.editor.is_none()
        {
            if width >= 70 && x >= width * 38 / 100 {
                list.pane = records::Pane::Form;
            } else {
                list.focus_list();
            }
        }
    }

    /// Says once, and rings if asked, when the current step's time box runs out.
    fn time_up(&mut self, now: Instant) {
        let Screen::Workshop(s) = &mut self.screen else {
            return;
        };
        let up = s
            .timers
            .get(&s.step)
            .is_some_and(|t| t.running() && t.is_up(now));
        if up && s.rung != Some(s.step) {
            s.rung = Some(s.step);
            s.note = Some(t::TIME_UP.get(self.lang).to_owned());
            self.bell = s.doc.facilitation.bell;
        }
    }

    /// Writes pending changes: when due, or now when `force` (on leaving).
    pub fn autosave(&mut self, now: Instant, force: bool) {
        let Screen::Workshop(s) = &mut self.screen else {
            return;
        };
        if let SaveState::Pending(since) = s.save
            && (force || now.duration_since(since) >= SAVE_DELAY)
        {
            s.save = match store::save(&s.path, &mut s.doc) {
                Ok(()) => SaveState::Saved,
                Err(e) => SaveState::Failed(e.message(self.lang)),
            };
        }
    }

    fn key(&mut self, key: Key, now: Instant) {
        if let Some(overlay) = self.overlay.take() {
            return self.overlay_key(overlay, key, now);
        }
        match &mut self.screen {
            Screen::Home(_) => self.home_key(key),
            Screen::Workshop(_) => self.workshop_key(key, now),
        }
    }

    fn overlay_key(&mut self, overlay: Overlay, key: Key, now: Instant) {
        let yes = keymap::action(Context::Confirm, key) == Some(Action::Yes);
        match overlay {
            Overlay::Help(top) => {
                // Arrows and pages scroll; any other key closes.
                let top = match key {
                    Key::Down => Some(top + 1),
                    Key::PageDown => Some(top + 10),
                    Key::Up => Some(top.saturating_sub(1)),
                    Key::PageUp => Some(top.saturating_sub(10)),
                    _ => None,
                };
                self.overlay = top.map(|t| Overlay::Help(t.min(keymap::BINDINGS.len() as u16)));
            }
            Overlay::Themes { at, before } => self.themes_key(at, before, key),
            Overlay::Note(area) => self.note_key(area, key, now),
            Overlay::Confirm(_, edit) if yes => self.apply(*edit, now, None),
            Overlay::DeleteFile(_, path) if yes => {
                if let Err(e) = self.store.delete(&path)
                    && let Screen::Home(h) = &mut self.screen
                {
                    h.message = Some(e.message(self.lang));
                }
                self.refresh_home();
            }
            other if keymap::action(Context::Confirm, key) != Some(Action::No) => {
                // Any other key leaves the question open.
                self.overlay = Some(other);
            }
            _ => {}
        }
    }

    /// Ctrl-S (or Tab) keeps the note, through the edit path; cancel leaves it as it was.
    fn note_key(
        &mut self,
        mut area: Box<ratatui_textarea::TextArea<'static>>,
        key: Key,
        now: Instant,
    ) {
        let Screen::Workshop(s) = &mut self.screen else {
            return;
        };
        match keymap::action(Context::EditingLines, key) {
            Some(Action::Cancel) => {}
            Some(Action::Commit | Action::FocusNext) => {
                let text = crate::text::clean(&area.lines().join("\n"))
                    .trim()
                    .to_owned();
                let mut notes = s.doc.facilitation.notes.clone();
                if text.is_empty() {
                    notes.remove(s.step.slug());
                } else {
                    notes.insert(s.step.slug().to_owned(), text);
                }
                let edit = crate::edit::set_facilitation("notes", serde_json::json!(notes));
                self.apply(edit, now, None);
            }
            _ => {
                if let Some(input) = super::form::area_input(key) {
                    area.input(input);
                }
                self.overlay = Some(Overlay::Note(area));
            }
        }
    }

    fn open_themes(&mut self) {
        let at = self
            .themes
            .list()
            .iter()
            .position(|(n, _)| *n == self.theme.name)
            .unwrap_or(0);
        let before = Box::new(self.theme.clone());
        self.overlay = Some(Overlay::Themes { at, before });
    }

    /// Moving previews the theme; Enter keeps it (and remembers it), cancel puts back the old.
    fn themes_key(&mut self, at: usize, before: Box<Theme>, key: Key) {
        let names = self.themes.list();
        let at = match keymap::action(Context::Picker, key) {
            Some(Action::Up) => at.saturating_sub(1),
            Some(Action::Down) => (at + 1).min(names.len().saturating_sub(1)),
            Some(Action::Commit) => {
                let settings = crate::config::Settings {
                    theme: Some(self.theme.name.clone()),
                };
                if let (Err(e), Screen::Workshop(s)) = (settings.save(), &mut self.screen) {
                    s.note = Some(e);
                }
                return;
            }
            Some(Action::Cancel) => {
                self.theme = *before;
                return;
            }
            _ => at,
        };
        if let Some(Ok(t)) = names
            .get(at)
            .map(|(n, _)| self.themes.resolve(n, self.depth))
        {
            self.theme = t;
        }
        self.overlay = Some(Overlay::Themes { at, before });
    }

    fn home_key(&mut self, key: Key) {
        let lang = self.lang;
        let Screen::Home(home) = &mut self.screen else {
            return;
        };
        if let Some(input) = &mut home.creating {
            match keymap::action(Context::Editing, key) {
                Some(Action::Cancel) => home.creating = None,
                Some(Action::FocusNext) => {
                    home.language = match home.language {
                        Lang::En => Lang::Fr,
                        Lang::Fr => Lang::En,
                    }
                }
                Some(Action::Commit) => {
                    let title = crate::text::one_line(input.value());
                    home.creating = None;
                    if !title.is_empty() {
                        let mut doc = Workshop::new(&title, home.language.code());
                        if home.quick {
                            doc.quick_audit();
                        }
                        self.create_and_open(&mut doc);
                    }
                }
                _ => {
                    let req = match key {
                        Key::Char(c) => Some(InputRequest::InsertChar(c)),
                        Key::Backspace => Some(InputRequest::DeletePrevChar),
                        Key::Left => Some(InputRequest::GoToPrevChar),
                        Key::Right => Some(InputRequest::GoToNextChar),
                        _ => None,
                    };
                    if let Some(req) = req {
                        input.handle(req);
                    }
                }
            }
            return;
        }
        let n = home.entries.len();
        match keymap::action(Context::Home, key) {
            Some(Action::Up) => home.selected = home.selected.saturating_sub(1),
            Some(Action::Down) => home.selected = (home.selected + 1).min(n.saturating_sub(1)),
            Some(a @ (Action::New | Action::QuickAudit)) => {
                home.creating = Some(Input::default());
                home.language = lang;
                home.quick = a == Action::QuickAudit;
            }
            Some(Action::Demo) => {
                let mut doc = crate::demo::demo(lang);
                self.create_and_open(&mut doc);
            }
            Some(Action::Enter) => {
                if let Some(e) = home.entries.get(home.selected) {
                    let path = e.path.clone();
                    if let Err(msg) = self.open(path, None)
                        && let Screen::Home(h) = &mut self.screen
                    {
                        h.message = Some(msg);
                    }
                }
            }
            Some(Action::Delete) => {
                if let Some(e) = home.entries.get(home.selected) {
                    let name = match &e.workshop {
                        Ok(doc) => crate::text::one_line(&doc.framing.title),
                        Err(_) => e.name.clone(),
                    };
                    let q = t::DELETE_FILE_Q.fill(lang, &[("name", &name)]);
                    self.overlay = Some(Overlay::DeleteFile(q, e.path.clone()));
                }
            }
            Some(Action::Help) => self.overlay = Some(Overlay::Help(0)),
            Some(Action::Themes) => self.open_themes(),
            Some(Action::Quit) => self.quit = true,
            _ => {}
        }
    }

    fn create_and_open(&mut self, doc: &mut Workshop) {
        let result = self
            .store
            .create(doc)
            .map_err(|e| e.message(self.lang))
            .and_then(|path| self.open(path, None));
        if let (Err(msg), Screen::Home(h)) = (result, &mut self.screen) {
            h.message = Some(msg);
        }
    }

    fn workshop_key(&mut self, key: Key, now: Instant) {
        let lang = self.lang;
        let size = self.size;
        let theme = &self.theme;
        let Screen::Workshop(s) = &mut self.screen else {
            return;
        };
        if let Some(page) = s.present {
            let last = screens::present::pages(&s.doc).saturating_sub(1);
            s.present = match keymap::action(Context::Present, key) {
                Some(Action::Next) => Some((page + 1).min(last)),
                Some(Action::Previous) => Some(page.saturating_sub(1)),
                Some(Action::Cancel) => None,
                _ => Some(page),
            };
            return;
        }
        s.note = None;
        // The step's own widgets first, then the workshop-wide keys.
        let outcome = match s.step {
            Step::Framing => {
                let ctx = framing_ctx(&s.doc, lang);
                s.framing.key(key, &ctx).into()
            }
            Step::Criticity => s.criticity.key(key, &s.doc, lang),
            Step::Target if s.target_tab == 1 => {
                let (out, adopted) = screens::target::drafts_key(&mut s.draft, key, &s.doc, lang);
                if let Some(id) = adopted {
                    // The adopted action opens in the actions tab, ready to complete.
                    s.target_tab = 0;
                    s.actions.expect(&id);
                }
                out
            }
            Step::Summary => {
                let page = super::view::summary_page(s, lang, size);
                let total = screens::summary::lines(
                    &crate::summary::summary(&s.doc),
                    lang,
                    theme,
                    usize::from(size.0),
                )
                .len();
                let last = total.saturating_sub(page);
                let top = &mut s.summary_top;
                match keymap::action(Context::Scroll, key) {
                    Some(Action::Up) => *top = top.saturating_sub(1),
                    Some(Action::Down) => *top = (*top + 1).min(last),
                    Some(Action::PageUp) => *top = top.saturating_sub(page.max(2) - 1),
                    Some(Action::PageDown) => *top = (*top + page.max(2) - 1).min(last),
                    Some(Action::Top) => *top = 0,
                    Some(Action::Bottom) => *top = last,
                    Some(Action::Export) => {
                        s.note = Some(match crate::export::next_to(&s.path, &s.doc) {
                            Ok(paths) => t::EXPORTED.fill(lang, &[("paths", &paths)]),
                            Err(e) => t::EXPORT_FAILED.fill(lang, &[("error", &e)]),
                        });
                    }
                    _ => {}
                }
                records::Outcome::Ignored
            }
            _ => match s.active() {
                Some((list, c, scope, doc)) => list.key(key, c, doc, &scope, lang),
                None => records::Outcome::Ignored,
            },
        };
        match outcome {
            records::Outcome::Edit(e) => return self.apply(*e, now, Some(s_step(&self.screen))),
            records::Outcome::Confirm(q, e) => {
                self.overlay = Some(Overlay::Confirm(q, e));
                return;
            }
            records::Outcome::Handled => return,
            records::Outcome::Ignored => {}
        }
        match keymap::action(Context::Workshop, key) {
            Some(Action::NextStep) => s.go(s.step.next().unwrap_or(s.step), now),
            Some(Action::PrevStep) => s.go(s.step.prev().unwrap_or(s.step), now),
            Some(Action::Step(n)) => s.go(Step::ALL[(n as usize).min(8)], now),
            Some(Action::Timer) => {
                let budget = s.budget();
                let timer = s.timers.entry(s.step).or_insert_with(|| Timer::new(budget));
                if timer.running() {
                    timer.pause(now);
                } else {
                    timer.start(now);
                }
                s.keep_timebox(now);
            }
            Some(a @ (Action::Extend | Action::Shorten)) => {
                let budget = s.budget();
                let timer = s.timers.entry(s.step).or_insert_with(|| Timer::new(budget));
                let five = Duration::from_secs(300);
                if a == Action::Extend {
                    timer.extend(five);
                } else {
                    timer.shorten(five);
                }
                if !timer.is_up(now) && s.rung == Some(s.step) {
                    s.rung = None;
                }
                s.keep_timebox(now);
            }
            Some(Action::Bell) => {
                let on = !s.doc.facilitation.bell;
                s.set_quietly("bell", serde_json::json!(on), now);
                let said = if on { t::BELL_ON } else { t::BELL_OFF };
                s.note = Some(said.get(lang).to_owned());
            }
            Some(Action::Plan) => {
                let plans = crate::model::Plan::ALL;
                let at = plans
                    .iter()
                    .position(|p| *p == s.doc.facilitation.plan)
                    .unwrap_or(0);
                let next = plans[(at + 1) % plans.len()];
                let edit = crate::edit::set_facilitation(
                    "plan",
                    serde_json::to_value(next).expect("plans serialise"),
                );
                self.apply(edit, now, None);
            }
            Some(Action::FullForms) => {
                let quick = !s.doc.facilitation.quick;
                s.note = Some(
                    if quick { t::QUICK_FORMS } else { t::FULL_FORMS }
                        .get(lang)
                        .to_owned(),
                );
                self.apply(crate::edit::set_facilitation("quick", quick), now, None);
            }
            Some(Action::Present) => s.present = Some(0),
            Some(Action::Note) => {
                let text = s
                    .doc
                    .facilitation
                    .notes
                    .get(s.step.slug())
                    .cloned()
                    .unwrap_or_default();
                let mut area =
                    ratatui_textarea::TextArea::new(text.lines().map(str::to_owned).collect());
                area.set_wrap_mode(ratatui_textarea::WrapMode::Word);
                area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                area.move_cursor(ratatui_textarea::CursorMove::End);
                self.overlay = Some(Overlay::Note(Box::new(area)));
            }
            Some(Action::ToggleGuide) => s.guide = !s.guide,
            Some(Action::FocusNext | Action::FocusPrev) => {
                if let Some((list, ..)) = s.active() {
                    if list.pane == records::Pane::List {
                        list.pane = records::Pane::Form;
                    } else {
                        list.focus_list();
                    }
                }
            }
            Some(Action::NextTab | Action::PrevTab) if s.step == Step::Journeys => {
                s.on_stages = !s.on_stages;
            }
            Some(a @ (Action::NextTab | Action::PrevTab)) if s.step == Step::Listen => {
                let n = screens::listen::TABS.len();
                s.listen_tab = (s.listen_tab + if a == Action::NextTab { 1 } else { n - 1 }) % n;
            }
            Some(a @ (Action::NextTab | Action::PrevTab)) if s.step == Step::Target => {
                let n = crate::i18n::screens::TARGET_TABS.len();
                s.target_tab = (s.target_tab + if a == Action::NextTab { 1 } else { n - 1 }) % n;
            }
            Some(a @ (Action::NextTab | Action::PrevTab)) if s.step == Step::Interactions => {
                let rows = (screens::interactions::INTERACTIONS.rows)(&s.doc, "", lang);
                let current = s.interactions.current(&rows);
                let forward = a == Action::NextTab;
                s.interactions.selected =
                    screens::interactions::other_journey(&s.doc, current.as_deref(), forward);
                s.interactions.focus_list();
            }
            Some(Action::ToggleView) if s.step == Step::Interactions => {
                s.matrix = !s.matrix;
                s.interactions.focus_list();
            }
            Some(Action::Undo) => {
                if s.history.undo(&mut s.doc) {
                    s.save = SaveState::Pending(now);
                } else {
                    s.note = Some(t::NOTHING_TO_UNDO.get(lang).to_owned());
                }
            }
            Some(Action::Redo) => {
                if s.history.redo(&mut s.doc) {
                    s.save = SaveState::Pending(now);
                } else {
                    s.note = Some(t::NOTHING_TO_REDO.get(lang).to_owned());
                }
            }
            Some(Action::Help) => self.overlay = Some(Overlay::Help(0)),
            Some(Action::Themes) => self.open_themes(),
            Some(Action::Quit) => {
                s.go(s.step, now);
                self.autosave(now, true);
                let failed = matches!(&self.screen, Screen::Workshop(s) if matches!(s.save, SaveState::Failed(_)));
                // Never leave with unsaved work: stay and show why the save failed.
                if !failed {
                    self.screen = Screen::Home(Home::default());
                    self.refresh_home();
                }
            }
            _ => {}
        }
    }

    fn paste(&mut self, text: &str, now: Instant) {
        let lang = self.lang;
        let Screen::Workshop(s) = &mut self.screen else {
            return;
        };
        let outcome = match s.step {
            Step::Framing => {
                let ctx = framing_ctx(&s.doc, lang);
                match s.framing.paste(text, &ctx) {
                    form::Outcome::Edit(e) => Some(*e),
                    _ => None,
                }
            }
            Step::Criticity => {
                s.criticity.paste(text);
                None
            }
            _ => match s.active() {
                Some((list, c, _, doc)) => match list.paste(text, c, doc, lang) {
                    records::Outcome::Edit(e) => Some(*e),
                    _ => None,
                },
                None => None,
            },
        };
        if let Some(e) = outcome {
            self.apply(e, now, Some(s_step(&self.screen)));
        }
    }

    /// The one place the app changes the workshop; tells the widget that asked.
    fn apply(&mut self, edit: Edit, now: Instant, asker: Option<Step>) {
        let lang = self.lang;
        let Screen::Workshop(s) = &mut self.screen else {
            return;
        };
        let result = s
            .history
            .apply(&mut s.doc, edit)
            .map_err(|e| e.message(lang));
        if result.is_ok() {
            s.save = SaveState::Pending(now);
        }
        match asker {
            Some(Step::Framing) => {
                let ctx = framing_ctx(&s.doc, lang);
                s.framing.applied(result, &ctx);
            }
            Some(Step::Criticity) => s.criticity.applied(result),
            _ => match s.active() {
                Some((list, c, _, doc)) => list.applied(result, c, doc, lang),
                None => {
                    if let Err(e) = result {
                        s.note = Some(e);
                    }
                }
            },
        }
    }
}

/// The framing form's context: the framing fields of `doc`.
fn framing_ctx(doc: &Workshop, lang: Lang) -> Ctx<'_> {
    Ctx {
        doc,
        target: &Target::Framing,
        fields: super::fields::shown(&screens::framing::FIELDS, doc),
        lang,
    }
}

fn s_step(screen: &Screen) -> Step {
    match screen {
        Screen::Workshop(s) => s.step,
        Screen::Home(_) => Step::Framing,
    }
}
