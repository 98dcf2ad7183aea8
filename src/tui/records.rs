//! The list/detail record editor every step uses: a list of records on one side, the form of
//! the selected one on the other; add, quick add, edit, delete with confirmation, duplicate
//! and reorder, all as edits handed back to the app.

use super::fields::FieldSpec;
use super::form::{self, Ctx, Form};
use super::key::Key;
use super::keymap::{Action, Context};
use super::memo::Memo;
use super::screen::{Cx, Outcome};
use super::typing::{line_key, paste_line};
use crate::edit::{self, Edit, Effect, Kind, Record, Target};
use crate::i18n::{Lang, Text, tui as t};
use crate::model::{Id, MomentKind, Workshop};
use crate::text::{clean, one_line};
use std::rc::Rc;
use tui_input::Input;

/// A line of the list: a record, or a group heading when `id` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: Option<Id>,
    pub text: String,
    pub tone: Tone,
}

/// How a row is drawn, for the lists whose rows carry a meaning beyond their text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tone {
    Plain,
    Moment(MomentKind),
    Warning,
}

/// What a list shows and edits. `scope` narrows it (the journey whose stages are listed).
pub struct Collection {
    pub kind: Kind,
    pub fields: &'static [FieldSpec],
    /// Shown when the list is empty: what to add and how.
    pub empty: Text,
    pub rows: fn(&Workshop, &str, Lang) -> Vec<Row>,
    /// A new, blank record for this list.
    pub new: fn(&Workshop, &str, Option<&str>, Lang) -> Option<Record>,
    /// Records are added and removed elsewhere: the list only chooses which one to edit.
    pub fixed: bool,
    /// The field quick add fills, when the list has one.
    pub quick: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    List,
    Form,
}

/// The form of record `target` of collection `c`, as `cx` shows it.
fn form_ctx<'a>(c: &Collection, target: &'a Target, cx: &Cx<'a>) -> Ctx<'a> {
    Ctx {
        doc: cx.doc,
        target,
        fields: super::fields::shown(c.fields, cx.doc),
        lang: cx.lang,
        keys: cx.keys,
    }
}

#[derive(Default)]
pub struct RecordList {
    pub selected: Option<Id>,
    pub pane: Pane,
    pub form: Form,
    /// The record the form was last opened on: another one starts at its first field.
    form_of: Option<Id>,
    pub quick: Option<Input>,
    /// A record being inserted: select it (and edit it) once the insert is accepted.
    inserting: Option<(Id, bool)>,
    /// The rows last listed, for the document's version, the scope and the language.
    rows: Memo<(u64, String, Lang), Vec<Row>>,
}

impl RecordList {
    pub fn context(&self, c: &Collection) -> Context {
        match (self.quick.is_some(), self.pane) {
            (true, _) => Context::Editing,
            (false, Pane::List) if c.fixed => Context::Rows,
            (false, Pane::List) => Context::List,
            (false, Pane::Form) => self.form.context(),
        }
    }

    /// The rows of `c` in `scope`, derived once per version of the document.
    pub fn rows(&self, c: &Collection, scope: &str, cx: &Cx) -> Rc<Vec<Row>> {
        let key = (cx.version, scope.to_owned(), cx.lang);
        self.rows.get(key, || (c.rows)(cx.doc, scope, cx.lang))
    }

    /// The selected record, kept valid: the first record when the selection is gone.
    pub fn current(&self, rows: &[Row]) -> Option<Id> {
        self.current_of(rows.iter().filter_map(|r| r.id.as_deref()))
    }

    /// [`RecordList::current`] among the ids of the records listed, in order.
    pub fn current_of<'a>(&self, ids: impl Iterator<Item = &'a str> + Clone) -> Option<Id> {
        match &self.selected {
            Some(s) if ids.clone().any(|i| i == s) => Some(s.clone()),
            _ => ids.clone().next().map(str::to_owned),
        }
    }

    /// A key; Tab and Shift-Tab go from the list to the form, where they move between
    /// fields (and Esc comes back).
    pub fn key(&mut self, key: Key, c: &Collection, cx: &Cx, scope: &str) -> Outcome {
        match self.own_key(key, c, cx, scope) {
            Outcome::Ignored => match cx.action(Context::Workshop, key) {
                Some(Action::FocusNext | Action::FocusPrev) if self.pane == Pane::List => {
                    self.focus_form();
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            other => other,
        }
    }

    /// Shows the form of the selected record: at the field it was left on for the same
    /// record, at the first for another.
    fn focus_form(&mut self) {
        self.pane = Pane::Form;
        self.form.error = None;
        self.form_on(self.selected.clone());
    }

    /// The form for `id`: kept as it was for the record it was open on, new for another.
    fn form_on(&mut self, id: Option<Id>) {
        if self.form_of != id {
            self.form = Form::default();
            self.form_of = id;
        }
    }

    fn own_key(&mut self, key: Key, c: &Collection, cx: &Cx, scope: &str) -> Outcome {
        let (doc, lang) = (cx.doc, cx.lang);
        let rows = self.rows(c, scope, cx);
        let current = self.current(&rows);
        self.selected = current.clone();
        if self.quick.is_some() {
            return self.quick_key(key, c, cx, scope);
        }
        if self.pane == Pane::Form {
            let Some(id) = current else {
                self.pane = Pane::List;
                return Outcome::Ignored;
            };
            self.form_on(Some(id.clone()));
            let target = Target::Record(c.kind, id.clone());
            let outcome = self.form.key(key, &form_ctx(c, &target, cx));
            let idle = self.form.context() == Context::Form;
            if outcome == Outcome::Ignored
                && idle
                && cx.action(Context::Form, key) == Some(Action::Back)
            {
                self.focus_list();
                return Outcome::Handled;
            }
            // The list's add key works from the form too: it is what one reaches for after
            // filling a record in.
            let adds = cx.action(Context::List, key) == Some(Action::Add) && !c.fixed;
            if matches!(outcome, Outcome::Ignored) && idle && adds {
                return self.insert(c, cx, scope, Some(&id), None);
            }
            return outcome;
        }
        let ids: Vec<Id> = rows.iter().filter_map(|r| r.id.clone()).collect();
        let at = current
            .as_ref()
            .and_then(|c| ids.iter().position(|i| i == c));
        let step = |d: isize| {
            at.map(|i| ids[(i as isize + d).clamp(0, ids.len() as isize - 1) as usize].clone())
        };
        match cx.action(self.context(c), key) {
            Some(Action::Up) => self.selected = step(-1),
            Some(Action::Down) => self.selected = step(1),
            Some(Action::PageUp) => self.selected = step(-10),
            Some(Action::PageDown) => self.selected = step(10),
            Some(Action::Enter) if current.is_some() => self.focus_form(),
            Some(Action::Add) => return self.insert(c, cx, scope, current.as_deref(), None),
            Some(Action::QuickAdd) if c.quick.is_some() => self.quick = Some(Input::default()),
            Some(Action::Delete) => {
                let Some(id) = current else {
                    return Outcome::Ignored;
                };
                return Outcome::Confirm(
                    delete_question(doc, c.kind, &id, &rows, lang),
                    Box::new(edit::delete(doc, c.kind, &id)),
                );
            }
            Some(Action::Duplicate) => {
                let Some(id) = current else {
                    return Outcome::Ignored;
                };
                let Some(mut record) = edit::record(doc, c.kind, &id) else {
                    return Outcome::Ignored;
                };
                record.renew_ids(doc);
                rename_copy(&mut record, lang);
                let index = edit::index_of(doc, c.kind, &id).map_or(0, |i| i + 1);
                self.inserting = Some((record.id().to_owned(), false));
                return Outcome::Edit(Box::new(Edit::Insert { index, record }));
            }
            Some(a @ (Action::MoveUp | Action::MoveDown)) => {
                let (Some(id), Some(i)) = (current, at) else {
                    return Outcome::Ignored;
                };
                let to = if a == Action::MoveUp {
                    i.checked_sub(1)
                } else {
                    Some(i + 1)
                };
                let Some(neighbour) = to.and_then(|j| ids.get(j)) else {
                    return Outcome::Handled;
                };
                let to = edit::index_of(doc, c.kind, neighbour).unwrap_or(0);
                return Outcome::Edit(Box::new(Edit::Move {
                    kind: c.kind,
                    id,
                    to,
                }));
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// Pasted text goes to quick add or to the form.
    pub fn paste(&mut self, text: &str, c: &Collection, cx: &Cx) -> Outcome {
        if let Some(input) = &mut self.quick {
            paste_line(input, text);
            return Outcome::Handled;
        }
        let (Pane::Form, Some(id)) = (self.pane, self.selected.clone()) else {
            return Outcome::Ignored;
        };
        let target = Target::Record(c.kind, id);
        self.form.paste(text, &form_ctx(c, &target, cx))
    }

    /// The room answered the edit this list handed back.
    pub fn applied(&mut self, result: Result<(), String>, c: &Collection, cx: &Cx) {
        if let Some((id, edit_now)) = self.inserting.take() {
            if result.is_ok() {
                self.selected = Some(id.clone());
                if edit_now {
                    // Its name is typed at once: letters would otherwise be taken as keys.
                    self.open(&id);
                    let target = Target::Record(c.kind, id);
                    self.form.edit_first_text(&form_ctx(c, &target, cx));
                }
            }
            return;
        }
        if let (Pane::Form, Some(id)) = (self.pane, self.selected.clone()) {
            let target = Target::Record(c.kind, id);
            self.form.applied(result, &form_ctx(c, &target, cx));
        }
    }

    /// Whether a workshop-wide action does something on a screen showing this list.
    pub fn applies(&self, action: Action, c: &Collection) -> bool {
        match action {
            Action::FocusNext | Action::FocusPrev => true,
            Action::Back => self.pane == Pane::Form,
            // Only a multiple choice ticks; a single one is kept with Enter.
            Action::Toggle => matches!(
                self.form.editor,
                Some(form::Editor::Pick { multi: true, .. })
            ),
            // In a picker, `a` adds one's own value only where the field takes them.
            Action::Add => match &self.form.editor {
                Some(form::Editor::Pick { custom, .. }) => *custom,
                _ => !c.fixed,
            },
            Action::NextTab | Action::PrevTab | Action::ToggleView => false,
            _ => true,
        }
    }

    /// A click focuses the pane under it: the list on the left, the form on the right (the
    /// list takes 38% of a wide screen, see `render`).
    pub fn click(&mut self, x: u16, width: u16) {
        if self.quick.is_some() || self.form.editor.is_some() {
            return;
        }
        if width >= 70 && x >= width * 38 / 100 {
            self.focus_form();
        } else {
            self.focus_list();
        }
    }

    /// Selects `id`, an inserted record, and opens its form (an action adopted from a draft).
    pub fn open(&mut self, id: &str) {
        self.selected = Some(id.to_owned());
        self.form_of = None;
        self.focus_form();
    }

    /// Leaves the form for the list (Tab from the form, or after a step change).
    pub fn focus_list(&mut self) {
        self.pane = Pane::List;
        self.form.editor = None;
        self.form.error = None;
    }

    fn insert(
        &mut self,
        c: &Collection,
        cx: &Cx,
        scope: &str,
        after: Option<&str>,
        text: Option<String>,
    ) -> Outcome {
        let (doc, lang) = (cx.doc, cx.lang);
        let Some(mut record) = (c.new)(doc, scope, after, lang) else {
            return Outcome::Ignored;
        };
        if let (Some(field), Some(text)) = (c.quick, text) {
            record = with_field(record, field, &text);
        }
        let index = match after.and_then(|id| edit::index_of(doc, c.kind, id)) {
            Some(i) => i + 1,
            None => self
                .rows(c, scope, cx)
                .iter()
                .filter(|r| r.id.is_some())
                .count(),
        };
        self.inserting = Some((record.id().to_owned(), self.quick.is_none()));
        Outcome::Edit(Box::new(Edit::Insert { index, record }))
    }

    fn quick_key(&mut self, key: Key, c: &Collection, cx: &Cx, scope: &str) -> Outcome {
        let input = self.quick.as_mut().expect("quick add is open");
        match cx.action(Context::Editing, key) {
            Some(Action::Cancel) => self.quick = None,
            Some(Action::Clear) => input.reset(),
            Some(Action::Commit | Action::FocusNext) => {
                let text = clean(input.value()).trim().to_owned();
                if text.is_empty() {
                    self.quick = None;
                } else {
                    input.reset();
                    let last = self
                        .rows(c, scope, cx)
                        .iter()
                        .rev()
                        .find_map(|r| r.id.clone());
                    return self.insert(c, cx, scope, last.as_deref(), Some(text));
                }
            }
            _ => line_key(input, key),
        }
        Outcome::Handled
    }
}

/// A record with one text field set, through its JSON form like every field edit.
fn with_field(record: Record, field: &str, text: &str) -> Record {
    let mut v = serde_json::to_value(&record).expect("records serialise");
    let mut inner = v.as_object_mut().and_then(|o| o.values_mut().next());
    // A stage travels wrapped with its journey's id.
    if let Record::Stage { .. } = record {
        inner = inner.and_then(|r| r.get_mut("stage"));
    }
    if let Some(slot) = inner.and_then(|r| r.get_mut(field)) {
        *slot = serde_json::Value::from(text);
    }
    serde_json::from_value(v).unwrap_or(record)
}

/// Duplicates say so in their name, so the two are told apart in the list.
fn rename_copy(record: &mut Record, lang: Lang) {
    let name = match record {
        Record::Persona(r) => &mut r.name,
        Record::Journey(r) => &mut r.name,
        Record::Stage { stage, .. } => &mut stage.name,
        Record::Source(r) => &mut r.name,
        Record::Moment(r) => &mut r.title,
        _ => return,
    };
    *name = t::COPY.fill(lang, &[("name", name)]);
}

fn delete_question(doc: &Workshop, kind: Kind, id: &str, rows: &[Row], lang: Lang) -> String {
    let name = rows
        .iter()
        .find(|r| r.id.as_deref() == Some(id))
        .map_or(id.to_owned(), |r| one_line(&r.text));
    let mut q = t::DELETE_Q.fill(lang, &[("name", &name)]);
    let deps = edit::dependents(doc, kind, id);
    let count = |e: Effect| deps.iter().filter(|d| d.effect == e).count();
    q.push(' ');
    if deps.is_empty() {
        q.push_str(t::UNDO_BACK.get(lang));
    } else {
        q.push_str(&t::DELETE_EFFECTS.fill(
            lang,
            &[
                ("unlinked", &count(Effect::Unlinked)),
                ("deleted", &count(Effect::Deleted)),
                ("ratings", &count(Effect::RatingDropped)),
            ],
        ));
    }
    q
}

/// The list and the form in `area`: side by side when there is room, the list above otherwise.
fn panes(area: ratatui::layout::Rect) -> [ratatui::layout::Rect; 2] {
    use ratatui::layout::{Constraint, Direction, Layout};
    let wide = area.width >= 70;
    let (direction, list) = if wide {
        (Direction::Horizontal, Constraint::Percentage(38))
    } else {
        (Direction::Vertical, Constraint::Percentage(45))
    };
    Layout::new(direction, [list, Constraint::Fill(1)]).areas(area)
}

/// For the reading overlay: the rows the list cuts (a hundred at most), then the selected
/// record's fields, whole.
pub fn texts(list: &RecordList, c: &Collection, scope: &str, cx: &Cx) -> Vec<String> {
    let rows = list.rows(c, scope, cx);
    let width = usize::from(panes(cx.area)[0].width.saturating_sub(2));
    let cut = rows.iter().filter(|r| r.id.is_some());
    let cut = cut.filter(|r| crate::text::width(&crate::text::one_line(&r.text)) > width);
    let mut out: Vec<String> = cut.take(100).map(|r| r.text.clone()).collect();
    if let Some(id) = list.current(&rows) {
        let target = Target::Record(c.kind, id);
        out.extend(form_ctx(c, &target, cx).texts());
    }
    out
}

/// Draws the list beside the form when there is room, above it otherwise.
pub fn render(
    list: &RecordList,
    c: &Collection,
    scope: &str,
    title: &str,
    cx: &Cx,
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
) {
    let rows = list.rows(c, scope, cx);
    render_rows(list, c, &rows, title, cx, frame, area);
}

/// [`render`] with rows of the caller's (a screen that marks some of them).
pub fn render_rows(
    list: &RecordList,
    c: &Collection,
    rows: &[Row],
    title: &str,
    cx: &Cx,
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
) {
    use crate::text::fit_line;
    use ratatui::text::Line;
    use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

    let theme = cx.theme;
    let [left, right] = panes(area);
    let current = list.current(rows);
    let count = rows.iter().filter(|r| r.id.is_some()).count();
    // The title is cut like any text, its count kept: the list's name is read whole elsewhere
    // (the step bar, the guidance).
    // Two corners, " ▶ " and a space after the title, " (" and ")" around the count.
    let room = usize::from(left.width).saturating_sub(2 + 4 + 3 + count.to_string().len());
    let title = format!("{} ({count})", crate::text::fit(title, room));
    let list_block = super::fitting::pane(&title, list.pane == Pane::List, theme);
    let inner = list_block.inner(left);
    frame.render_widget(list_block, left);
    let quick_h = u16::from(list.quick.is_some());
    let list_area = ratatui::layout::Rect {
        height: inner.height.saturating_sub(quick_h),
        ..inner
    };
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(c.empty.get(cx.lang))
                .style(theme.guidance)
                .wrap(Wrap { trim: true }),
            list_area,
        );
    } else {
        let width = list_area.width as usize;
        let at = current
            .as_ref()
            .and_then(|c| rows.iter().position(|r| r.id.as_ref() == Some(c)));
        // Only the rows that fit are drawn, the selected one last when it is further down
        // (where a fresh list state would scroll to): a list may hold thousands.
        let height = usize::from(list_area.height).max(1);
        let first = at.map_or(0, |at| (at + 1).saturating_sub(height));
        let items: Vec<ListItem> = rows[first..]
            .iter()
            .take(height)
            .map(|r| match &r.id {
                None => ListItem::new(Line::styled(fit_line(&r.text, width), theme.title)),
                Some(_) => {
                    let style = match r.tone {
                        Tone::Plain => theme.base,
                        Tone::Moment(k) => theme.moment(k),
                        Tone::Warning => theme.warning,
                    };
                    ListItem::new(Line::styled(fit_line(&r.text, width), style))
                }
            })
            .collect();
        let mut state = ListState::default().with_selected(at.map(|at| at - first));
        frame.render_stateful_widget(
            List::new(items).highlight_style(theme.selection),
            list_area,
            &mut state,
        );
    }
    if let Some(input) = &list.quick {
        let y = inner.bottom().saturating_sub(1);
        let row = ratatui::layout::Rect {
            y,
            height: 1,
            ..inner
        };
        super::typing::draw_line(frame, row, "+ ", input, theme.editing);
    }
    let form_block = super::fitting::pane("", list.pane == Pane::Form, theme);
    let form_area = form_block.inner(right);
    frame.render_widget(form_block, right);
    if let Some(id) = current {
        let target = Target::Record(c.kind, id);
        let ctx = form_ctx(c, &target, cx);
        form::render(
            &list.form,
            &ctx,
            cx.version,
            theme,
            list.pane == Pane::Form,
            frame,
            form_area,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;
    use crate::model::Persona;
    use crate::tui::fields::FieldKind;
    use crate::tui::keymap::KeyMap;
    use crate::tui::theme::Theme;

    static FIELDS: [FieldSpec; 2] = [
        FieldSpec::new("name", Text::new("Name", "Nom"), FieldKind::Line),
        FieldSpec::new("quote", Text::new("Quote", "Citation"), FieldKind::Lines),
    ];

    fn rows(doc: &Workshop, _: &str, _: Lang) -> Vec<Row> {
        doc.personas
            .iter()
            .map(|p| Row {
                id: Some(p.id.clone()),
                text: p.name.clone(),
                tone: Tone::Plain,
            })
            .collect()
    }

    fn new(doc: &Workshop, _: &str, _: Option<&str>, _: Lang) -> Option<Record> {
        Some(Record::Persona(Persona {
            id: crate::model::new_id(doc, "per"),
            ..Default::default()
        }))
    }

    const PERSONAS: Collection = Collection {
        kind: Kind::Persona,
        fields: &FIELDS,
        empty: Text::new("No persona yet: press a.", "Aucun persona : appuyez sur a."),
        rows,
        new,
        quick: Some("name"),
        fixed: false,
    };

    fn cx<'a>(doc: &'a Workshop, theme: &'a Theme, keys: &'a KeyMap) -> Cx<'a> {
        Cx {
            doc,
            // Each context is a new version: the tests change the document between them.
            version: VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            changes: VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            path: std::path::Path::new("t.json"),
            lang: Lang::En,
            theme,
            keys,
            area: ratatui::layout::Rect::new(0, 0, 80, 24),
            round: None,
            ballot: &NO_BALLOT,
        }
    }

    static VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

    static NO_BALLOT: std::sync::LazyLock<crate::room::Ballot> =
        std::sync::LazyLock::new(Default::default);

    fn drive(doc: &mut Workshop, list: &mut RecordList, keys: &[Key]) {
        let (theme, map) = (Theme::default(), KeyMap::default());
        for key in keys {
            let out = list.key(*key, &PERSONAS, &cx(doc, &theme, &map), "");
            let e = match out {
                Outcome::Edit(e) => e,
                // The tests answer yes to every question.
                Outcome::Confirm(_, e) => e,
                _ => continue,
            };
            let result = edit::apply(doc, *e).map(|_| ()).map_err(|e| e.to_string());
            list.applied(result, &PERSONAS, &cx(doc, &theme, &map));
        }
    }

    fn typed(s: &str) -> Vec<Key> {
        s.chars().map(Key::Char).collect()
    }

    #[test]
    fn add_opens_the_new_record_and_quick_add_keeps_going() {
        let mut doc = Workshop::new("t", "fr");
        let mut list = RecordList::default();
        // a opens the new record typing its name.
        let mut keys = vec![Key::Char('a')];
        keys.extend(typed("Marie"));
        keys.push(Key::Enter);
        drive(&mut doc, &mut list, &keys);
        assert_eq!(list.pane, Pane::Form);
        assert_eq!(doc.personas.len(), 1);
        assert_eq!(doc.personas[0].name, "Marie");
        list.focus_list();
        let mut keys = vec![Key::Char('i')];
        keys.extend(typed("Karim"));
        keys.push(Key::Enter);
        keys.extend(typed("Zoé 🌸"));
        keys.push(Key::Enter);
        keys.push(Key::Enter);
        drive(&mut doc, &mut list, &keys);
        let names: Vec<&str> = doc.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Marie", "Karim", "Zoé 🌸"]);
        assert!(list.quick.is_none());
    }

    #[test]
    fn duplicate_move_and_delete() {
        let mut doc = Workshop::new("t", "fr");
        let mut list = RecordList::default();
        let mut keys = vec![Key::Char('i')];
        keys.extend(typed("A"));
        keys.push(Key::Enter);
        keys.extend(typed("B"));
        keys.extend([Key::Enter, Key::Enter]);
        drive(&mut doc, &mut list, &keys);
        drive(&mut doc, &mut list, &[Key::Up, Key::Char('y')]);
        let names: Vec<&str> = doc.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "A (copy)", "B"]);
        drive(&mut doc, &mut list, &[Key::Char('J')]);
        let names: Vec<&str> = doc.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "A (copy)"]);
        drive(&mut doc, &mut list, &[Key::Char('d')]);
        assert_eq!(doc.personas.len(), 2);
        assert!(edit::validate(&doc).is_ok());
    }

    #[test]
    fn renders_empty_and_filled_at_any_size() {
        use ratatui::{Terminal, backend::TestBackend};
        let (theme, map) = (Theme::default(), KeyMap::default());
        let mut doc = Workshop::new("t", "fr");
        let list = RecordList::default();
        for filled in [false, true] {
            for (w, h) in [(80, 12), (40, 20), (1, 1), (20, 5)] {
                let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
                term.draw(|f| {
                    let cx = cx(&doc, &theme, &map);
                    render(&list, &PERSONAS, "", "Personas", &cx, f, f.area());
                })
                .unwrap();
                let text: String = term
                    .backend()
                    .buffer()
                    .content()
                    .iter()
                    .map(|c| c.symbol())
                    .collect();
                if w == 80 {
                    let want = if filled { "陈" } else { "No persona yet" };
                    assert!(text.contains(want), "{text}");
                }
            }
            if filled {
                break;
            }
            let p = Persona {
                id: "per-a".into(),
                name: "陈静".into(),
                ..Default::default()
            };
            edit::apply(
                &mut doc,
                Edit::Insert {
                    index: 0,
                    record: Record::Persona(p),
                },
            )
            .unwrap();
        }
    }
}
