//! A form over one record: a focus ring of fields, an editor for the focused one, and inline
//! errors. The form never changes the document: it hands back an `Edit` for the app to apply
//! through the one edit path, then hears whether it was accepted.

use super::fields::{Choice, FieldKind, FieldSpec, Many};
use super::key::Key;
use super::keymap::{Action, Context, KeyMap};
use super::memo::Memo;
use super::screen::Outcome;
use super::typing::{area_input, line_key, paste_line};
use crate::edit::{Edit, Target};
use crate::i18n::Lang;
use crate::model::Workshop;
use crate::text::clean;
use ratatui_textarea::{TextArea, WrapMode};
use serde_json::Value;
use tui_input::Input;

pub enum Editor {
    Line(Input),
    Lines(Box<TextArea<'static>>),
    Pick {
        choices: Vec<Choice>,
        cursor: usize,
        ticked: Vec<bool>,
        multi: bool,
        /// The user may add their own values (custom channels).
        custom: bool,
        /// The value being typed, once the user asked to add one.
        typing: Option<Input>,
    },
    /// A picker over many records, read from the document as it is drawn: the values
    /// ticked, and the cursor's index.
    Many {
        many: Many,
        cursor: usize,
        ticked: foldhash::HashSet<String>,
    },
}

/// What the form reads: the record's fields and how to show them.
pub struct Ctx<'a> {
    pub doc: &'a Workshop,
    pub target: &'a Target,
    /// The fields shown: all of them, or only the essential ones in a quick audit.
    pub fields: std::borrow::Cow<'a, [FieldSpec]>,
    pub lang: Lang,
    pub keys: &'a KeyMap,
}

impl Ctx<'_> {
    /// Each filled field of the record, "Label: value", whole: the form cuts long values to its
    /// width, the reading overlay shows them from these.
    pub fn texts(&self) -> Vec<String> {
        let colon = crate::i18n::export::COLON.get(self.lang);
        let each = self.fields.iter().zip(self.displayed());
        each.filter(|(_, shown)| !shown.is_empty())
            .map(|(f, shown)| format!("{}{colon}{shown}", f.label.get(self.lang)))
            .collect()
    }

    /// Each field's value as the user reads it, the record read once for them all.
    /// A list of verbatims is read from the record itself, not from its JSON.
    fn displayed(&self) -> Vec<String> {
        let record = crate::edit::fields_aside(self.doc, self.target);
        let value = |f: &FieldSpec| {
            let v = record.as_ref().and_then(|r| r.get(f.key));
            v.cloned().unwrap_or(Value::Null)
        };
        let each = self.fields.iter();
        each.map(
            |f| match crate::edit::linked(self.doc, self.target, f.key) {
                Some(ids) => f.display_linked(ids, self.doc, self.lang),
                None => f.display(&value(f), self.doc, self.lang),
            },
        )
        .collect()
    }

    fn value(&self, field: &FieldSpec) -> Value {
        crate::edit::field(self.doc, self.target, field.key).unwrap_or(Value::Null)
    }

    fn set(&self, field: &FieldSpec, value: Value) -> Edit {
        Edit::Set {
            target: self.target.clone(),
            field: field.key.to_owned(),
            value,
        }
    }
}

#[derive(Default)]
pub struct Form {
    pub focus: usize,
    pub editor: Option<Editor>,
    pub error: Option<String>,
    /// Move to the next field once the pending edit is accepted.
    advance: bool,
    /// Each field's value as read, for the document's version, the record and the language.
    shown: Memo<(u64, Target, Lang), Vec<String>>,
}

impl Form {
    /// Starts over, for another record, keeping the values read (kept by record): reading a
    /// persona that links half a million verbatims takes a while.
    pub fn renew(&mut self) {
        let shown = std::mem::take(&mut self.shown);
        *self = Form {
            shown,
            ..Form::default()
        };
    }

    /// The key-map context the form is in.
    pub fn context(&self) -> Context {
        match &self.editor {
            None => Context::Form,
            Some(Editor::Line(_)) => Context::Editing,
            Some(Editor::Lines(_)) => Context::EditingLines,
            Some(Editor::Pick {
                typing: Some(_), ..
            }) => Context::Editing,
            Some(Editor::Pick { .. } | Editor::Many { .. }) => Context::Picker,
        }
    }

    pub fn key(&mut self, key: Key, ctx: &Ctx) -> Outcome {
        let Some(field) = ctx.fields.get(self.focus) else {
            return Outcome::Ignored;
        };
        if self.editor.is_some() {
            return self.edit_key(key, field, ctx);
        }
        match ctx.keys.action(Context::Form, key) {
            Some(Action::Up | Action::PrevField) => self.move_focus(-1, ctx),
            Some(Action::Down | Action::NextField) => self.move_focus(1, ctx),
            Some(Action::Enter) => self.open(field, ctx, None),
            Some(a @ (Action::Left | Action::Right)) => {
                let delta = if a == Action::Left { -1 } else { 1 };
                match field.step(&ctx.value(field), ctx.doc, ctx.lang, delta) {
                    Some(v) => Outcome::Edit(Box::new(ctx.set(field, v))),
                    None => Outcome::Ignored,
                }
            }
            Some(Action::Clear) => match field.empty() {
                Some(v) => Outcome::Edit(Box::new(ctx.set(field, v))),
                None => Outcome::Ignored,
            },
            _ => Outcome::Ignored,
        }
    }

    /// Pasted text goes into the editor, or opens the focused text field with it.
    pub fn paste(&mut self, text: &str, ctx: &Ctx) -> Outcome {
        let text = clean(text);
        match &mut self.editor {
            Some(Editor::Line(input)) => {
                paste_line(input, &text);
                Outcome::Handled
            }
            Some(Editor::Lines(area)) => {
                area.insert_str(text);
                Outcome::Handled
            }
            Some(Editor::Pick {
                typing: Some(input),
                ..
            }) => {
                paste_line(input, &text);
                Outcome::Handled
            }
            Some(Editor::Pick { .. } | Editor::Many { .. }) => Outcome::Handled,
            None => match ctx.fields.get(self.focus) {
                Some(field) if field.is_text() => self.open(field, ctx, Some(&text)),
                _ => Outcome::Ignored,
            },
        }
    }

    /// The app applied the last edit: close the editor, or keep it open with the error.
    pub fn applied(&mut self, result: Result<(), String>, ctx: &Ctx) {
        match result {
            Ok(()) => {
                self.editor = None;
                self.error = None;
                if std::mem::take(&mut self.advance) {
                    self.move_focus(1, ctx);
                }
            }
            Err(e) => {
                self.error = Some(e);
                self.advance = false;
            }
        }
    }

    /// Starts typing in the first text field (a record just added, so that its name is
    /// typed rather than taken as keys).
    pub fn edit_first_text(&mut self, ctx: &Ctx) {
        if let Some(at) = ctx.fields.iter().position(FieldSpec::is_text) {
            self.focus = at;
            self.open(&ctx.fields[at], ctx, None);
        }
    }

    fn move_focus(&mut self, delta: isize, ctx: &Ctx) -> Outcome {
        let n = ctx.fields.len();
        if n > 0 {
            self.focus = (self.focus as isize + delta).rem_euclid(n as isize) as usize;
        }
        self.error = None;
        Outcome::Handled
    }

    fn open(&mut self, field: &FieldSpec, ctx: &Ctx, append: Option<&str>) -> Outcome {
        let value = ctx.value(field);
        let mut text = clean(&field.edit_text(&value, ctx.lang));
        text.push_str(append.unwrap_or_default());
        self.error = None;
        self.editor = Some(match field.kind {
            FieldKind::Line | FieldKind::Date | FieldKind::Parsed { .. } => {
                Editor::Line(Input::new(text.replace('\n', " ")))
            }
            FieldKind::Lines | FieldKind::List => {
                let mut area = empty_area();
                area.insert_str(text);
                Editor::Lines(Box::new(area))
            }
            FieldKind::Select { choices, optional } => {
                let mut all = choices(ctx.doc, ctx.lang);
                if optional {
                    let none = super::fields::Choice {
                        value: Value::Null,
                        label: crate::i18n::tui::NONE.get(ctx.lang).to_owned(),
                    };
                    all.insert(0, none);
                }
                let cursor = all.iter().position(|c| c.value == value).unwrap_or(0);
                let ticked = vec![false; all.len()];
                Editor::Pick {
                    choices: all,
                    cursor,
                    ticked,
                    multi: false,
                    custom: false,
                    typing: None,
                }
            }
            FieldKind::Multi { choices, custom } => {
                let mut all = choices(ctx.doc, ctx.lang);
                let have: Vec<Value> = value.as_array().cloned().unwrap_or_default();
                // Values not in the choices (custom channels) stay choosable.
                for v in &have {
                    if !all.iter().any(|c| &c.value == v) {
                        let label = clean(v.as_str().unwrap_or("?"));
                        all.push(Choice {
                            value: v.clone(),
                            label,
                        });
                    }
                }
                let ticked = all.iter().map(|c| have.contains(&c.value)).collect();
                Editor::Pick {
                    choices: all,
                    cursor: 0,
                    ticked,
                    multi: true,
                    custom,
                    typing: None,
                }
            }
            FieldKind::Many(many) => {
                let Value::Array(values) = value else {
                    return Outcome::Ignored;
                };
                let ticked = values.into_iter().filter_map(|v| match v {
                    Value::String(s) => Some(s),
                    _ => None,
                });
                Editor::Many {
                    many,
                    cursor: 0,
                    ticked: ticked.collect(),
                }
            }
            FieldKind::Emotion => return Outcome::Ignored,
        });
        Outcome::Handled
    }

    fn edit_key(&mut self, key: Key, field: &FieldSpec, ctx: &Ctx) -> Outcome {
        let action = ctx.keys.action(self.context(), key);
        if let Some(Editor::Pick {
            choices,
            cursor,
            ticked,
            typing: typing @ Some(_),
            ..
        }) = &mut self.editor
        {
            add_own(choices, cursor, ticked, typing, key, action);
            return Outcome::Handled;
        }
        if action == Some(Action::Cancel) {
            self.editor = None;
            self.error = None;
            return Outcome::Handled;
        }
        let editor = self.editor.as_mut().expect("editing");
        let commit = matches!(action, Some(Action::Commit | Action::FocusNext));
        match editor {
            Editor::Line(input) if action == Some(Action::Clear) => {
                input.reset();
                Outcome::Handled
            }
            Editor::Lines(area) if action == Some(Action::Clear) => {
                **area = empty_area();
                Outcome::Handled
            }
            Editor::Line(input) if commit => {
                let text = input.value().to_owned();
                self.commit_text(field, &text, ctx, action == Some(Action::FocusNext))
            }
            Editor::Lines(area) if commit => {
                let text = area.lines().join("\n");
                self.commit_text(field, &text, ctx, action == Some(Action::FocusNext))
            }
            Editor::Line(input) => {
                line_key(input, key);
                Outcome::Handled
            }
            Editor::Lines(area) => {
                if let Some(input) = area_input(key) {
                    area.input(input);
                }
                Outcome::Handled
            }
            Editor::Many {
                many,
                cursor,
                ticked,
            } => {
                let doc = ctx.doc;
                match action {
                    Some(Action::Up) => *cursor = cursor.saturating_sub(1),
                    Some(Action::Down) => {
                        *cursor = (*cursor + 1).min((many.len)(doc).saturating_sub(1));
                    }
                    Some(Action::Toggle) if *cursor < (many.len)(doc) => {
                        let value = (many.value)(doc, *cursor);
                        if !ticked.remove(value) {
                            ticked.insert(value.to_owned());
                        }
                    }
                    Some(Action::Commit) => {
                        // In the document's order, as a picker of a few lists them.
                        let all = (0..(many.len)(doc)).map(|i| (many.value)(doc, i));
                        let picked = all.filter(|v| ticked.contains(*v)).map(Value::from);
                        let value = Value::Array(picked.collect());
                        return self.commit_pick(field, value, ctx);
                    }
                    _ => {}
                }
                Outcome::Handled
            }
            Editor::Pick {
                choices,
                cursor,
                ticked,
                multi,
                custom,
                typing,
            } => match action {
                Some(Action::Add) if *custom => {
                    *typing = Some(Input::default());
                    Outcome::Handled
                }
                Some(Action::Up) => {
                    *cursor = cursor.saturating_sub(1);
                    Outcome::Handled
                }
                Some(Action::Down) => {
                    *cursor = (*cursor + 1).min(choices.len().saturating_sub(1));
                    Outcome::Handled
                }
                Some(Action::Toggle) if *multi => {
                    if let Some(t) = ticked.get_mut(*cursor) {
                        *t = !*t;
                    }
                    Outcome::Handled
                }
                Some(Action::Commit) => {
                    let value = if *multi {
                        let picked = choices.iter().zip(ticked.iter()).filter(|(_, t)| **t);
                        Value::Array(picked.map(|(c, _)| c.value.clone()).collect())
                    } else {
                        match choices.get(*cursor) {
                            Some(c) => c.value.clone(),
                            None => return Outcome::Handled,
                        }
                    };
                    self.commit_pick(field, value, ctx)
                }
                _ => Outcome::Handled,
            },
        }
    }

    fn commit_pick(&mut self, field: &FieldSpec, value: Value, ctx: &Ctx) -> Outcome {
        if value == ctx.value(field) {
            // Nothing changed: no edit, no history entry, as for a text.
            self.applied(Ok(()), ctx);
            return Outcome::Handled;
        }
        Outcome::Edit(Box::new(ctx.set(field, value)))
    }

    fn commit_text(&mut self, field: &FieldSpec, text: &str, ctx: &Ctx, next: bool) -> Outcome {
        match field.parse(&clean(text), ctx.lang) {
            Ok(value) if value == ctx.value(field) => {
                // Nothing changed: no edit, no history entry.
                self.advance = next;
                self.applied(Ok(()), ctx);
                Outcome::Handled
            }
            Ok(value) => {
                self.advance = next;
                Outcome::Edit(Box::new(ctx.set(field, value)))
            }
            Err(why) => {
                self.error = Some(why.get(ctx.lang).to_owned());
                Outcome::Handled
            }
        }
    }
}

/// An empty multi-line editor that wraps at word boundaries.
fn empty_area() -> TextArea<'static> {
    let mut area = TextArea::default();
    area.set_wrap_mode(WrapMode::Word);
    area
}

/// A key while typing one's own value in a picker: Enter adds it ticked (or ticks the
/// choice it names already), Esc gives up typing; the picker stays open either way.
fn add_own(
    choices: &mut Vec<Choice>,
    cursor: &mut usize,
    ticked: &mut Vec<bool>,
    typing: &mut Option<Input>,
    key: Key,
    action: Option<Action>,
) {
    let Some(input) = typing else { return };
    match action {
        Some(Action::Cancel) => *typing = None,
        Some(Action::Commit | Action::FocusNext) => {
            let text = crate::text::one_line(input.value());
            *typing = None;
            if text.is_empty() {
                return;
            }
            let same = |c: &Choice| {
                c.label.trim().to_lowercase() == text.to_lowercase()
                    || c.value
                        .as_str()
                        .is_some_and(|v| v.to_lowercase() == text.to_lowercase())
            };
            let at = choices.iter().position(same).unwrap_or_else(|| {
                choices.push(Choice {
                    value: text.clone().into(),
                    label: text,
                });
                ticked.push(false);
                choices.len() - 1
            });
            ticked[at] = true;
            *cursor = at;
        }
        _ => {
            line_key(input, key);
        }
    }
}

/// Draws the form: one row a field (label, value), the editor where the focus is, then the
/// focused field's hint or the last error.
pub fn render(
    form: &Form,
    ctx: &Ctx,
    version: u64,
    theme: &super::theme::Theme,
    active: bool,
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
) {
    use crate::text::{fit, fit_line};
    use ratatui::layout::Rect;
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Paragraph, Wrap};
    use unicode_width::UnicodeWidthStr;

    if area.height == 0 || area.width < 4 {
        return;
    }
    let label_w = ctx
        .fields
        .iter()
        .map(|f| f.label.get(ctx.lang).width())
        .max()
        .unwrap_or(0)
        .min(area.width as usize / 3) as u16
        + 1;
    // The bottom line tells what to do with the focused field, or what went wrong.
    let footer_h = u16::from(area.height > 2);
    let body = Rect {
        height: area.height - footer_h,
        ..area
    };
    let editor_h: u16 = match &form.editor {
        Some(Editor::Lines(_)) => 6,
        Some(Editor::Pick {
            choices, custom, ..
        }) => choices.len().clamp(1, 8) as u16 + u16::from(*custom),
        Some(Editor::Many { many, .. }) => (many.len)(ctx.doc).clamp(1, 8) as u16,
        _ => 1,
    };
    let texts = form
        .shown
        .get((version, ctx.target.clone(), ctx.lang), || ctx.displayed());
    // Scroll so the focused field and its editor stay in view.
    let rows = body.height as usize;
    // On a short form the focused field comes first, its editor in what is left below it.
    let first = (form.focus + editor_h as usize)
        .saturating_sub(rows)
        .min(form.focus);
    let mut y = body.y;
    for (i, field) in ctx.fields.iter().enumerate().skip(first) {
        if y >= body.bottom() {
            break;
        }
        let focused = active && i == form.focus;
        let label_style = if focused { theme.focus } else { theme.muted };
        let label = fit(field.label.get(ctx.lang), label_w as usize - 1);
        frame.render_widget(
            Paragraph::new(Span::styled(label, label_style)),
            Rect {
                x: body.x,
                y,
                width: label_w.min(body.width),
                height: 1,
            },
        );
        let value_area = Rect {
            x: body.x + label_w,
            y,
            width: body.width.saturating_sub(label_w),
            height: if focused && form.editor.is_some() {
                editor_h.min(body.bottom() - y)
            } else {
                1
            },
        };
        match (&form.editor, focused) {
            (Some(Editor::Line(input)), true) => {
                super::typing::draw_line(frame, value_area, "", input, theme.editing);
            }
            (Some(Editor::Lines(area)), true) => {
                frame.render_widget(area.as_ref(), value_area);
            }
            (
                Some(Editor::Pick {
                    choices,
                    cursor,
                    ticked,
                    multi,
                    custom,
                    typing,
                }),
                true,
            ) => {
                // The last line adds one's own value: a hint, or the text being typed.
                let mut value_area = value_area;
                if *custom && value_area.height > 1 {
                    value_area.height -= 1;
                    let line_y = value_area.bottom();
                    let row = Rect {
                        y: line_y,
                        height: 1,
                        ..value_area
                    };
                    match typing {
                        Some(input) => {
                            super::typing::draw_line(frame, row, "+ ", input, theme.editing);
                        }
                        None => frame.render_widget(
                            Span::styled(crate::i18n::tui::ADD_OWN.get(ctx.lang), theme.muted),
                            row,
                        ),
                    }
                }
                let item = |i: usize| {
                    let mark = match (*multi, ticked[i]) {
                        (false, _) => "",
                        (true, true) => "[x] ",
                        (true, false) => "[ ] ",
                    };
                    format!("{mark}{}", choices[i].label)
                };
                draw_picker(frame, value_area, theme, *cursor, choices.len(), item);
            }
            (
                Some(Editor::Many {
                    many,
                    cursor,
                    ticked,
                }),
                true,
            ) => {
                let item = |i: usize| {
                    let value = (many.value)(ctx.doc, i);
                    let mark = if ticked.contains(value) { "[x]" } else { "[ ]" };
                    format!("{mark} {}", (many.label)(ctx.doc, i))
                };
                let len = (many.len)(ctx.doc);
                draw_picker(frame, value_area, theme, *cursor, len, item);
            }
            _ => {
                let text = texts.get(i).map_or("", String::as_str);
                let style = if focused { theme.selection } else { theme.base };
                let shown = fit(text, value_area.width as usize);
                let shown = if focused && shown.is_empty() {
                    " ".to_owned()
                } else {
                    shown
                };
                frame.render_widget(
                    Paragraph::new(Line::from(Span::styled(shown, style))),
                    value_area,
                );
            }
        }
        y += value_area.height;
    }
    if footer_h == 1 {
        let foot = Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        };
        let line = match (&form.error, ctx.fields.get(form.focus).and_then(|f| f.hint)) {
            (Some(e), _) => Span::styled(fit_line(e, foot.width as usize), theme.error),
            (None, Some(h)) if active => {
                Span::styled(fit(h.get(ctx.lang), foot.width as usize), theme.guidance)
            }
            _ => Span::raw(""),
        };
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), foot);
    }
}

/// The `len` choices of a picker that fit in `area`, the cursor's last when it is further
/// down (where a fresh list state would scroll to): there may be a million. `item` gives the
/// text of the choice at an index.
fn draw_picker(
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
    theme: &super::theme::Theme,
    cursor: usize,
    len: usize,
    item: impl Fn(usize) -> String,
) {
    use ratatui::widgets::{List, ListItem, ListState};
    let height = usize::from(area.height).max(1);
    let first = (cursor + 1).saturating_sub(height);
    // The cursor's "› " takes its two columns on every row.
    let room = usize::from(area.width.saturating_sub(2));
    let items: Vec<ListItem> = (first..len.min(first + height))
        .map(|i| ListItem::new(crate::text::fit_line(&item(i), room)))
        .collect();
    let mut state = ListState::default().with_selected(Some(cursor - first));
    // The cursor is marked, not only coloured: a single choice has no other mark.
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(theme.selection)
            .highlight_symbol("› "),
        area,
        &mut state,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Kind, Record, apply};
    use crate::i18n::Text;
    use crate::model::{Journey, Stage};

    const FRAMING: [FieldSpec; 2] = [
        FieldSpec::new(
            "objective",
            Text::new("Objective", "Objectif"),
            FieldKind::Line,
        ),
        FieldSpec::new("scope", Text::new("Scope", "Périmètre"), FieldKind::Lines),
    ];

    /// Sends keys, applying the edits the form hands back as the app would.
    fn drive(
        doc: &mut Workshop,
        form: &mut Form,
        target: &Target,
        fields: &[FieldSpec],
        keys: &[Key],
    ) {
        for key in keys {
            let ctx = Ctx {
                doc,
                target,
                fields: fields.into(),
                lang: Lang::En,
                keys: &KeyMap::default(),
            };
            if let Outcome::Edit(e) = form.key(*key, &ctx) {
                let result = apply(doc, *e).map(|_| ()).map_err(|e| e.to_string());
                let ctx = Ctx {
                    doc,
                    target,
                    fields: fields.into(),
                    lang: Lang::En,
                    keys: &KeyMap::default(),
                };
                form.applied(result, &ctx);
            }
        }
    }

    fn typed(s: &str) -> Vec<Key> {
        s.chars().map(Key::Char).collect()
    }

    #[test]
    fn typing_then_enter_sets_the_field_and_tab_moves_on() {
        let mut doc = Workshop::new("t", "fr");
        let mut form = Form::default();
        let mut keys = vec![Key::Enter];
        keys.extend(typed("Réduire l'attente de 30 % 日本"));
        keys.push(Key::Tab);
        drive(&mut doc, &mut form, &Target::Framing, &FRAMING, &keys);
        assert_eq!(doc.framing.objective, "Réduire l'attente de 30 % 日本");
        assert_eq!(form.focus, 1);
        assert!(form.editor.is_none());
    }

    #[test]
    fn multi_line_keeps_lines_and_cancel_keeps_the_document() {
        let mut doc = Workshop::new("t", "fr");
        let mut form = Form {
            focus: 1,
            ..Form::default()
        };
        let mut keys = vec![Key::Enter];
        keys.extend(typed("one"));
        keys.push(Key::Enter);
        keys.extend(typed("two"));
        keys.push(Key::Ctrl('s'));
        drive(&mut doc, &mut form, &Target::Framing, &FRAMING, &keys);
        assert_eq!(doc.framing.scope, "one\ntwo");
        let before = doc.clone();
        let mut keys = vec![Key::Enter];
        keys.extend(typed("lost"));
        keys.push(Key::Ctrl('g'));
        drive(&mut doc, &mut form, &Target::Framing, &FRAMING, &keys);
        assert_eq!(doc, before);
    }

    #[test]
    fn paste_opens_the_field_and_drops_control_characters() {
        let doc = Workshop::new("t", "fr");
        let mut form = Form::default();
        let ctx = Ctx {
            doc: &doc,
            target: &Target::Framing,
            fields: FRAMING[..].into(),
            lang: Lang::En,
            keys: &KeyMap::default(),
        };
        form.paste("a\x1b[2Jb\nc", &ctx);
        let Some(Editor::Line(input)) = &form.editor else {
            panic!("not editing")
        };
        assert_eq!(input.value(), "a[2Jb c");
    }

    fn one_stage() -> Workshop {
        let mut doc = Workshop::new("t", "fr");
        let journey = Journey {
            id: "jny-a".into(),
            stages: vec![Stage {
                id: "stg-a".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let record = Record::Journey(journey);
        apply(&mut doc, Edit::Insert { index: 0, record }).unwrap();
        doc
    }

    #[test]
    fn a_picker_takes_your_own_values_when_the_field_allows_it() {
        use crate::tui::screens::choices::channels;
        let field = |custom| {
            [FieldSpec::new(
                "current_channels",
                Text::new("Channels", "Canaux"),
                FieldKind::Multi {
                    choices: channels,
                    custom,
                },
            )]
        };
        let (open, closed) = (field(true), field(false));
        let mut doc = one_stage();
        let target = Target::Record(Kind::Stage, "stg-a".into());
        let mut form = Form::default();
        // Tick the first channel, add "Borne" (with a control character pasted in), type
        // the catalogue's own word for the phone, give up a third one, then keep.
        let mut keys = vec![Key::Enter, Key::Char(' '), Key::Char('a')];
        keys.extend(typed("Borne"));
        keys.push(Key::Enter);
        keys.push(Key::Char('a'));
        keys.extend(typed("PHONE"));
        keys.extend([Key::Enter, Key::Char('a'), Key::Char('z'), Key::Esc]);
        drive(&mut doc, &mut form, &target, &open, &keys);
        assert!(form.editor.is_some(), "the picker stays open");
        assert!(doc.journeys[0].stages[0].current_channels.is_empty());
        let ctx = Ctx {
            doc: &doc,
            target: &target,
            fields: open[..].into(),
            lang: Lang::Fr,
            keys: &KeyMap::default(),
        };
        assert_eq!(form.paste("x", &ctx), Outcome::Handled);
        drive(&mut doc, &mut form, &target, &open, &[Key::Enter]);
        assert_eq!(
            doc.journeys[0].stages[0].current_channels,
            ["shop", "phone", "Borne"]
        );
        // Without custom values, a does nothing.
        drive(
            &mut doc,
            &mut form,
            &target,
            &closed,
            &[Key::Enter, Key::Char('a')],
        );
        assert_eq!(form.context(), Context::Picker);
        drive(&mut doc, &mut form, &target, &closed, &typed("zz"));
        drive(&mut doc, &mut form, &target, &closed, &[Key::Enter]);
        assert_eq!(
            doc.journeys[0].stages[0].current_channels,
            ["shop", "phone", "Borne"]
        );
    }

    #[test]
    fn a_value_typed_with_control_characters_is_cleaned() {
        use crate::tui::screens::choices::channels;
        let open = [FieldSpec::new(
            "desired_channels",
            Text::new("Channels", "Canaux"),
            FieldKind::Multi {
                choices: channels,
                custom: true,
            },
        )];
        let mut doc = one_stage();
        let target = Target::Record(Kind::Stage, "stg-a".into());
        let mut form = Form::default();
        drive(
            &mut doc,
            &mut form,
            &target,
            &open,
            &[Key::Enter, Key::Char('a')],
        );
        let ctx = Ctx {
            doc: &doc,
            target: &target,
            fields: open[..].into(),
            lang: Lang::Fr,
            keys: &KeyMap::default(),
        };
        form.paste("Kiosk\u{1b}[31m\u{7}", &ctx);
        drive(
            &mut doc,
            &mut form,
            &target,
            &open,
            &[Key::Enter, Key::Enter],
        );
        assert_eq!(doc.journeys[0].stages[0].desired_channels, ["Kiosk[31m"]);
    }

    #[test]
    fn emotion_steps_within_its_range() {
        const STAGE: [FieldSpec; 1] = [FieldSpec::new(
            "emotion",
            Text::new("Emotion", "Émotion"),
            FieldKind::Emotion,
        )];
        let mut doc = Workshop::new("t", "fr");
        let journey = Journey {
            id: "jny-a".into(),
            stages: vec![Stage {
                id: "stg-a".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        apply(
            &mut doc,
            Edit::Insert {
                index: 0,
                record: Record::Journey(journey),
            },
        )
        .unwrap();
        let target = Target::Record(Kind::Stage, "stg-a".into());
        let mut form = Form::default();
        drive(
            &mut doc,
            &mut form,
            &target,
            &STAGE,
            &[Key::Left, Key::Left, Key::Left, Key::Left],
        );
        assert_eq!(doc.journeys[0].stages[0].emotion, Some(-2));
        drive(&mut doc, &mut form, &target, &STAGE, &[Key::Char('x')]);
        assert_eq!(doc.journeys[0].stages[0].emotion, None);
    }

    #[test]
    fn a_picker_of_many_choices_draws_the_window_of_its_cursor_and_keeps_what_is_ticked() {
        use crate::model::{Insight, Verbatim};
        use crate::tui::screens::choices::VERBATIM_CHOICES;
        use ratatui::{Terminal, backend::TestBackend};
        const BACKED: [FieldSpec; 1] = [FieldSpec::new(
            "verbatims",
            Text::new("Backed by", "Appuyé par"),
            FieldKind::Many(VERBATIM_CHOICES),
        )];
        let mut doc = Workshop::new("t", "fr");
        doc.listen.verbatims = (0..3000)
            .map(|i| Verbatim {
                id: format!("vrb-{i}"),
                text: format!("said {i}"),
                ..Default::default()
            })
            .collect();
        let insight = Insight {
            id: "ins-a".into(),
            verbatims: imbl::vector!["vrb-2999".into(), "vrb-7".into()],
            ..Default::default()
        };
        doc.listen.insights.push(insight);
        let target = Target::Record(Kind::Insight, "ins-a".into());
        let mut form = Form::default();
        // Open, go down to the 2001st, tick it, and look.
        let mut keys = vec![Key::Enter];
        keys.extend(vec![Key::Down; 2000]);
        keys.push(Key::Char(' '));
        drive(&mut doc, &mut form, &target, &BACKED, &keys);
        let mut term = Terminal::new(TestBackend::new(40, 12)).unwrap();
        term.draw(|f| {
            let ctx = Ctx {
                doc: &doc,
                target: &target,
                fields: BACKED[..].into(),
                lang: Lang::En,
                keys: &KeyMap::default(),
            };
            render(&form, &ctx, 0, &Default::default(), true, f, f.area());
        })
        .unwrap();
        let buffer = term.backend().buffer();
        let lines: Vec<String> = buffer
            .content()
            .chunks(40)
            .map(|l| l.iter().map(|c| c.symbol()).collect())
            .collect();
        let cursor = lines.iter().position(|l| l.contains("› [x] said 2000 "));
        let above = lines.iter().position(|l| l.contains("[ ] said 1999 "));
        assert!(
            cursor.is_some() && above == cursor.map(|c| c - 1),
            "{lines:#?}"
        );
        // Kept: the ones ticked before, in the choices' order, and the new one.
        drive(&mut doc, &mut form, &target, &BACKED, &[Key::Enter]);
        let backed: Vec<&str> = doc.listen.insights[0]
            .verbatims
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(backed, ["vrb-7", "vrb-2000", "vrb-2999"]);
    }

    #[test]
    fn the_form_shows_labels_values_and_errors_at_any_size() {
        use ratatui::{Terminal, backend::TestBackend};
        let mut doc = Workshop::new("t", "fr");
        apply(
            &mut doc,
            crate::edit::set_framing("objective", "NPS de +12 à +30 🎯"),
        )
        .unwrap();
        let form = Form {
            error: Some("pas une date".into()),
            ..Form::default()
        };
        let theme = super::super::theme::Theme::default();
        for (w, h) in [(40, 6), (1, 1), (3, 2), (20, 5)] {
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            term.draw(|f| {
                let ctx = Ctx {
                    doc: &doc,
                    target: &Target::Framing,
                    fields: FRAMING[..].into(),
                    lang: Lang::Fr,
                    keys: &KeyMap::default(),
                };
                render(&form, &ctx, 0, &theme, true, f, f.area());
            })
            .unwrap();
            if w == 40 {
                let text: String = term
                    .backend()
                    .buffer()
                    .content()
                    .iter()
                    .map(|c| c.symbol())
                    .collect();
                assert!(text.contains("Objectif"), "{text}");
                assert!(text.contains("NPS de +12 à +30"), "{text}");
                assert!(text.contains("pas une date"), "{text}");
            }
        }
    }
}
