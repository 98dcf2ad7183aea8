//! The list/detail record editor every step uses: a list of records on one side, the form of
//! the selected one on the other; add, quick add, edit, delete with confirmation, duplicate
//! and reorder, all as edits handed back to the app.

use super::fields::FieldSpec;
use super::form::{self, Ctx, Form};
use super::key::Key;
use super::keymap::{self, Action, Context};
use super::text::{clean, one_line};
use crate::edit::{self, Edit, Effect, Kind, Record, Target};
use crate::i18n::{Lang, Text, tui as t};
use crate::model::{Id, Workshop};
use tui_input::{Input, InputRequest};

/// A line of the list: a record, or a group heading when `id` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: Option<Id>,
    pub text: String,
}

/// What a list shows and edits. `scope` narrows it (the journey whose stages are listed).
pub struct Collection {
    pub kind: Kind,
    pub fields: &'static [FieldSpec],
    /// Shown when the list is empty: what to add and how.
    pub empty: Text,
    pub rows: fn(&Workshop, &str, Lang) -> Vec<Row>,
    /// A new, blank record for this list.
    pub new: fn(&Workshop, &str, Lang) -> Option<Record>,
    /// The field quick add fills, when the list has one.
    pub quick: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    List,
    Form,
}

/// What the list asks of the app.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Ignored,
    Handled,
    Edit(Box<Edit>),
    /// Ask first, then apply.
    Confirm(String, Box<Edit>),
}

#[derive(Default)]
pub struct RecordList {
    pub selected: Option<Id>,
    pub pane: Pane,
    pub form: Form,
    pub quick: Option<Input>,
    /// A record being inserted: select it (and edit it) once the insert is accepted.
    inserting: Option<(Id, bool)>,
}

impl RecordList {
    pub fn context(&self) -> Context {
        match (self.quick.is_some(), self.pane) {
            (true, _) => Context::Editing,
            (false, Pane::List) => Context::List,
            (false, Pane::Form) => self.form.context(),
        }
    }

    /// The selected record, kept valid: the first record when the selection is gone.
    pub fn current(&self, rows: &[Row]) -> Option<Id> {
        let ids = || rows.iter().filter_map(|r| r.id.clone());
        match &self.selected {
            Some(s) if ids().any(|i| &i == s) => Some(s.clone()),
            _ => ids().next(),
        }
    }

    pub fn key(
        &mut self,
        key: Key,
        c: &Collection,
        doc: &Workshop,
        scope: &str,
        lang: Lang,
    ) -> Outcome {
        let rows = (c.rows)(doc, scope, lang);
        let current = self.current(&rows);
        self.selected = current.clone();
        if self.quick.is_some() {
            return self.quick_key(key, c, doc, scope, lang);
        }
        if self.pane == Pane::Form {
            let Some(id) = current else {
                self.pane = Pane::List;
                return Outcome::Ignored;
            };
            let target = Target::Record(c.kind, id);
            let ctx = Ctx {
                doc,
                target: &target,
                fields: c.fields,
                lang,
            };
            return match self.form.key(key, &ctx) {
                form::Outcome::Edit(e) => Outcome::Edit(e),
                form::Outcome::Handled => Outcome::Handled,
                form::Outcome::Ignored => Outcome::Ignored,
            };
        }
        let ids: Vec<Id> = rows.iter().filter_map(|r| r.id.clone()).collect();
        let at = current
            .as_ref()
            .and_then(|c| ids.iter().position(|i| i == c));
        let step = |d: isize| {
            at.map(|i| ids[(i as isize + d).clamp(0, ids.len() as isize - 1) as usize].clone())
        };
        match keymap::action(Context::List, key) {
            Some(Action::Up) => self.selected = step(-1),
            Some(Action::Down) => self.selected = step(1),
            Some(Action::PageUp) => self.selected = step(-10),
            Some(Action::PageDown) => self.selected = step(10),
            Some(Action::Enter) if current.is_some() => {
                self.pane = Pane::Form;
                self.form.error = None;
            }
            Some(Action::Add) => return self.insert(c, doc, scope, lang, current.as_deref(), None),
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
                record.renew_ids();
                rename_copy(&mut record, lang);
                let index = edit::index_of(doc, c.kind, &id).map_or(0, |i| i + 1);
                self.inserting = Some((record.id().to_owned(), false));
                return Outcome::Edit(Box::new(Edit::Insert { index, record }));
            }
            Some(Action::MoveUp | Action::MoveDown) => {
                let (Some(id), Some(i)) = (current, at) else {
                    return Outcome::Ignored;
                };
                let to = if key == Key::Char('K') {
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
    pub fn paste(&mut self, text: &str, c: &Collection, doc: &Workshop, lang: Lang) -> Outcome {
        if let Some(input) = &mut self.quick {
            for ch in clean(text).chars().map(|x| if x == '\n' { ' ' } else { x }) {
                input.handle(InputRequest::InsertChar(ch));
            }
            return Outcome::Handled;
        }
        let (Pane::Form, Some(id)) = (self.pane, self.selected.clone()) else {
            return Outcome::Ignored;
        };
        let target = Target::Record(c.kind, id);
        let ctx = Ctx {
            doc,
            target: &target,
            fields: c.fields,
            lang,
        };
        match self.form.paste(text, &ctx) {
            form::Outcome::Edit(e) => Outcome::Edit(e),
            form::Outcome::Handled => Outcome::Handled,
            form::Outcome::Ignored => Outcome::Ignored,
        }
    }

    /// The app applied the edit this list handed back.
    pub fn applied(
        &mut self,
        result: Result<(), String>,
        c: &Collection,
        doc: &Workshop,
        lang: Lang,
    ) {
        if let Some((id, edit_now)) = self.inserting.take() {
            if result.is_ok() {
                self.selected = Some(id);
                if edit_now {
                    self.pane = Pane::Form;
                    self.form = Form::default();
                }
            }
            return;
        }
        if let (Pane::Form, Some(id)) = (self.pane, self.selected.clone()) {
            let target = Target::Record(c.kind, id);
            let ctx = Ctx {
                doc,
                target: &target,
                fields: c.fields,
                lang,
            };
            self.form.applied(result, &ctx);
        }
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
        doc: &Workshop,
        scope: &str,
        lang: Lang,
        after: Option<&str>,
        text: Option<String>,
    ) -> Outcome {
        let Some(mut record) = (c.new)(doc, scope, lang) else {
            return Outcome::Ignored;
        };
        if let (Some(field), Some(text)) = (c.quick, text) {
            record = with_field(record, field, &text);
        }
        let index = match after.and_then(|id| edit::index_of(doc, c.kind, id)) {
            Some(i) => i + 1,
            None => (c.rows)(doc, scope, lang)
                .iter()
                .filter(|r| r.id.is_some())
                .count(),
        };
        self.inserting = Some((record.id().to_owned(), self.quick.is_none()));
        Outcome::Edit(Box::new(Edit::Insert { index, record }))
    }

    fn quick_key(
        &mut self,
        key: Key,
        c: &Collection,
        doc: &Workshop,
        scope: &str,
        lang: Lang,
    ) -> Outcome {
        let input = self.quick.as_mut().expect("quick add is open");
        match keymap::action(Context::Editing, key) {
            Some(Action::Cancel) => self.quick = None,
            Some(Action::Commit | Action::FocusNext) => {
                let text = clean(input.value()).trim().to_owned();
                if text.is_empty() {
                    self.quick = None;
                } else {
                    input.reset();
                    let last = (c.rows)(doc, scope, lang)
                        .iter()
                        .rev()
                        .find_map(|r| r.id.clone());
                    return self.insert(c, doc, scope, lang, last.as_deref(), Some(text));
                }
            }
            _ => {
                let req = match key {
                    Key::Char(ch) => InputRequest::InsertChar(ch),
                    Key::Backspace => InputRequest::DeletePrevChar,
                    Key::Left => InputRequest::GoToPrevChar,
                    Key::Right => InputRequest::GoToNextChar,
                    _ => return Outcome::Handled,
                };
                input.handle(req);
            }
        }
        Outcome::Handled
    }
}

/// A record with one text field set, through its JSON form like every field edit.
fn with_field(record: Record, field: &str, text: &str) -> Record {
    let mut v = serde_json::to_value(&record).expect("records serialise");
    if let Some(slot) = v
        .as_object_mut()
        .and_then(|o| o.values_mut().next())
        .and_then(|r| r.get_mut(field))
    {
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
