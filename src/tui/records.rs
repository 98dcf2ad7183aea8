//! The list/detail record editor every step uses: a list of records on one side, the form of
//! the selected one on the other; add, quick add, edit, delete with confirmation, duplicate
//! and reorder, all as edits handed back to the app.

use super::fields::FieldSpec;
use super::form::{self, Ctx, Form};
use super::key::Key;
use super::keymap::{Action, Context};
use super::memo::Memo;
pub use super::rows::{Listed, Row, Rows, Tone};
use super::screen::{Cx, Outcome};
use super::typing::{line_key, paste_line};
use crate::edit::{self, Edit, Effect, Kind, Record, Target};
use crate::i18n::{Lang, Text, tui as t};
use crate::model::{Id, Workshop};
use crate::text::{clean, one_line};
use std::cell::Cell;
use tui_input::Input;

/// What a list shows and edits. `scope` narrows it (the journey whose stages are listed).
pub struct Collection {
    pub kind: Kind,
    pub fields: &'static [FieldSpec],
    /// Shown when the list is empty: what to add and how.
    pub empty: Text,
    pub rows: Rows,
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
    /// A record being inserted, and its index among the records of its kind (its row, in a
    /// list of one row per record): select it (and edit it) once the insert is accepted.
    inserting: Option<(Id, usize, bool)>,
    /// The rows last listed whole, for the document's version, the scope and the language.
    rows: Memo<(u64, String, Lang), Vec<Row>>,
    /// The row the selection was last found at, where it is looked for first.
    seen: Cell<usize>,
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

    /// The rows of `c` in `scope`: listed whole once per version of the document, or read
    /// one at a time.
    pub fn rows<'a>(&self, c: &Collection, scope: &str, cx: &Cx<'a>) -> Listed<'a> {
        match c.rows {
            Rows::All(all) => {
                let key = (cx.version, scope.to_owned(), cx.lang);
                Listed::All(self.rows.get(key, || all(cx.doc, scope, cx.lang)))
            }
            Rows::Each { len, id, row } => Listed::Each {
                doc: cx.doc,
                lang: cx.lang,
                len: len(cx.doc),
                id,
                row,
            },
        }
    }

    /// The row of the selected record, kept valid: the first record's when the selection
    /// is gone.
    fn at(&self, rows: &Listed) -> Option<usize> {
        let found = self
            .selected
            .as_deref()
            .and_then(|s| rows.find(s, self.seen.get()));
        let at = found.or_else(|| rows.first())?;
        self.seen.set(at);
        Some(at)
    }

    /// The selected record, kept valid: the first record when the selection is gone.
    pub fn current(&self, rows: &Listed) -> Option<Id> {
        let at = self.at(rows)?;
        rows.id(at).map(str::to_owned)
    }

    /// [`RecordList::current`] among the rows of `c` in `scope`.
    pub fn picked(&self, c: &Collection, scope: &str, cx: &Cx) -> Option<Id> {
        self.current(&self.rows(c, scope, cx))
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
            self.form.renew();
            self.form_of = id;
        }
    }

    fn own_key(&mut self, key: Key, c: &Collection, cx: &Cx, scope: &str) -> Outcome {
        let (doc, lang) = (cx.doc, cx.lang);
        let rows = self.rows(c, scope, cx);
        let at = self.at(&rows);
        let current = at.and_then(|i| rows.id(i)).map(str::to_owned);
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
        match cx.action(self.context(c), key) {
            Some(Action::Up) => self.step(&rows, at, -1),
            Some(Action::Down) => self.step(&rows, at, 1),
            Some(Action::PageUp) => self.step(&rows, at, -10),
            Some(Action::PageDown) => self.step(&rows, at, 10),
            Some(Action::Enter) if current.is_some() => self.focus_form(),
            Some(Action::Add) => return self.insert(c, cx, scope, current.as_deref(), None),
            Some(Action::QuickAdd) if c.quick.is_some() => self.quick = Some(Input::default()),
            Some(Action::Delete) => {
                let (Some(id), Some(at)) = (current, at) else {
                    return Outcome::Ignored;
                };
                return Outcome::Confirm(
                    delete_question(doc, c.kind, &id, &rows, at, lang),
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
                self.inserting = Some((record.id().to_owned(), index, false));
                return Outcome::Edit(Box::new(Edit::Insert { index, record }));
            }
            Some(a @ (Action::MoveUp | Action::MoveDown)) => {
                let (Some(id), Some(i)) = (current, at) else {
                    return Outcome::Ignored;
                };
                let j = rows.step(i, if a == Action::MoveUp { -1 } else { 1 });
                let Some(neighbour) = rows.id(j).filter(|_| j != i) else {
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

    /// Selects the record `by` records away from the one at row `at`.
    fn step(&mut self, rows: &Listed, at: Option<usize>, by: isize) {
        if let Some(i) = at.map(|at| rows.step(at, by)) {
            self.selected = rows.id(i).map(str::to_owned);
            self.seen.set(i);
        }
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
        if let Some((id, index, edit_now)) = self.inserting.take() {
            if result.is_ok() {
                self.selected = Some(id.clone());
                // Looked for there first, rather than among a million.
                self.seen.set(index);
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
                Some(form::Editor::Pick { multi: true, .. } | form::Editor::Many { .. })
            ),
            // In a picker, `a` adds one's own value only where the field takes them.
            Action::Add => match &self.form.editor {
                Some(form::Editor::Pick { custom, .. }) => *custom,
                Some(form::Editor::Many { .. }) => false,
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
            None => self.rows(c, scope, cx).records(),
        };
        self.inserting = Some((record.id().to_owned(), index, self.quick.is_none()));
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
                    let rows = self.rows(c, scope, cx);
                    let last = rows.last().and_then(|i| rows.id(i)).map(str::to_owned);
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

/// Whether to delete record `id`, listed at row `at`, and what goes with it.
fn delete_question(
    doc: &Workshop,
    kind: Kind,
    id: &str,
    rows: &Listed,
    at: usize,
    lang: Lang,
) -> String {
    let name = rows.row(at).map_or(id.to_owned(), |r| one_line(&r.text));
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
    let records = (0..rows.len()).filter(|&i| rows.id(i).is_some());
    let each = records.filter_map(|i| rows.row(i));
    let cut = each.filter(|r| crate::text::width(&crate::text::one_line(&r.text)) > width);
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
    rows: &Listed,
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
    let at = list.at(rows);
    let current = at.and_then(|i| rows.id(i)).map(str::to_owned);
    let count = rows.records();
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
        // Only the rows that fit are derived and drawn, the selected one last when it is
        // further down (where a fresh list state would scroll to): a list may hold a million.
        let height = usize::from(list_area.height).max(1);
        let first = at.map_or(0, |at| (at + 1).saturating_sub(height));
        let items: Vec<ListItem> = (first..rows.len().min(first + height))
            .filter_map(|i| rows.row(i))
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
        rows: Rows::All(rows),
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

    /// How many rows [`MANY`] derived, and how many ids it read.
    static DERIVED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    static IDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    /// The personas, one row each, derived when read.
    const MANY: Collection = Collection {
        rows: Rows::Each {
            len: |doc| doc.personas.len(),
            id: |doc, i| {
                IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                &doc.personas[i].id
            },
            row: |doc, i, _| {
                DERIVED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let p = &doc.personas[i];
                Row {
                    id: Some(p.id.clone()),
                    text: p.name.clone(),
                    tone: Tone::Plain,
                }
            },
        },
        ..PERSONAS
    };

    fn screen(term: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
        let buffer = term.backend().buffer();
        let lines = buffer.content().chunks(usize::from(buffer.area.width));
        let lines = lines.map(|l| l.iter().map(|c| c.symbol()).collect::<String>());
        lines.collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn a_long_list_derives_only_the_rows_it_draws_at_its_end_as_at_its_start() {
        use ratatui::{Terminal, backend::TestBackend};
        use std::sync::atomic::Ordering::Relaxed;
        let (theme, map) = (Theme::default(), KeyMap::default());
        let mut doc = Workshop::new("t", "fr");
        doc.personas = (0..20_000)
            .map(|i| Persona {
                id: format!("per-{i}"),
                name: format!("Persona {i}"),
                ..Default::default()
            })
            .collect();
        let mut list = RecordList::default();
        let mut term = Terminal::new(TestBackend::new(80, 12)).unwrap();
        let mut draw = |list: &RecordList, doc: &Workshop| {
            DERIVED.store(0, Relaxed);
            term.draw(|f| render(list, &MANY, "", "Many", &cx(doc, &theme, &map), f, f.area()))
                .unwrap();
            (screen(&term), DERIVED.load(Relaxed))
        };
        let (shown, derived) = draw(&list, &doc);
        assert!(shown.contains("Many (20000)"), "{shown}");
        assert!(
            shown.contains("Persona 0 ") && shown.contains("Persona 9 "),
            "{shown}"
        );
        // The ten rows that fit, and the selected one's for the delete question at most.
        assert!(derived <= 11, "{derived} rows derived");
        // Page down past the end, then one up: the last two records, the selection on the
        // one before last, no row derived for the keys and no search for the selection.
        DERIVED.store(0, Relaxed);
        IDS.store(0, Relaxed);
        let mut keys = vec![Key::PageDown; 2_001];
        keys.push(Key::Up);
        for key in &keys {
            list.key(*key, &MANY, &cx(&doc, &theme, &map), "");
        }
        assert_eq!(DERIVED.load(Relaxed), 0);
        assert!(
            IDS.load(Relaxed) <= keys.len() * 20,
            "{} ids read",
            IDS.load(Relaxed)
        );
        assert_eq!(list.selected.as_deref(), Some("per-19998"));
        let (shown, derived) = draw(&list, &doc);
        assert!(derived <= 11, "{derived} rows derived");
        let last_rows: Vec<&str> = shown.lines().filter(|l| l.contains("Persona")).collect();
        assert_eq!(last_rows.len(), 10, "{shown}");
        assert!(last_rows[0].contains("Persona 19989 "), "{shown}");
        assert!(last_rows[9].contains("Persona 19998 "), "{shown}");
        // Down shows the last one.
        list.key(Key::Down, &MANY, &cx(&doc, &theme, &map), "");
        let (shown, _) = draw(&list, &doc);
        assert!(shown.contains("Persona 19999 "), "{shown}");
        assert!(!shown.contains("Persona 19989 "), "{shown}");
        // The delete question names the selected record.
        match list.key(Key::Char('d'), &MANY, &cx(&doc, &theme, &map), "") {
            Outcome::Confirm(q, _) => assert!(q.contains("Persona 19999"), "{q}"),
            other => panic!("{other:?}"),
        }
        // Quick add: the new record, last, is selected and drawn without a search for it.
        let mut keys = vec![Key::Char('i')];
        keys.extend(typed("Zoé"));
        keys.push(Key::Enter);
        for key in keys {
            let out = list.key(key, &MANY, &cx(&doc, &theme, &map), "");
            if let Outcome::Edit(e) = out {
                let result = edit::apply(&mut doc, *e)
                    .map(|_| ())
                    .map_err(|e| e.to_string());
                list.applied(result, &MANY, &cx(&doc, &theme, &map));
            }
        }
        IDS.store(0, Relaxed);
        let (shown, _) = draw(&list, &doc);
        assert!(
            shown.contains("Many (20001)") && shown.contains("Zoé"),
            "{shown}"
        );
        assert!(IDS.load(Relaxed) <= 100, "{} ids read", IDS.load(Relaxed));
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
