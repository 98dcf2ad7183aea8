//! Field kinds of the form engine. A field names a key of the record's JSON object, so one
//! form serves every record and every change is an `Edit::Set` on that key.

use crate::i18n::{Lang, Text, tui as t};
use crate::model::{Id, List, Workshop};
use crate::text::one_line;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The most items of a many-choice field written out; the count gives the rest.
const SHOWN: usize = 200;

/// One value a choice field can take, with what the user sees.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub value: Value,
    pub label: String,
}

/// The choices of a field, from the document (links) or from a fixed list (enums).
pub type Choices = fn(&Workshop, Lang) -> Vec<Choice>;

/// The choices of a multi-select over many records (a million verbatims), read one at a
/// time: a form shows a few of its values, its picker the choices that fit.
#[derive(Clone, Copy)]
pub struct Many {
    pub len: fn(&Workshop) -> usize,
    /// The value of the choice at an index, in the document's order.
    pub value: fn(&Workshop, usize) -> &str,
    pub label: fn(&Workshop, usize) -> String,
}

impl Many {
    /// The choices among `wanted`, in one pass that stops once it has them all: links are
    /// mostly made in the order records were, so the first ones a field shows come early.
    fn among(&self, doc: &Workshop, wanted: &HashSet<&str>) -> Vec<Choice> {
        let mut found = Vec::with_capacity(wanted.len());
        for i in 0..(self.len)(doc) {
            if found.len() == wanted.len() {
                break;
            }
            let value = (self.value)(doc, i);
            if wanted.contains(value) {
                let label = (self.label)(doc, i);
                found.push(Choice {
                    value: value.into(),
                    label,
                });
            }
        }
        found
    }
}

#[derive(Clone, Copy)]
pub enum FieldKind {
    /// A string on one line.
    Line,
    /// A string over several lines.
    Lines,
    /// A list of strings, edited one per line.
    List,
    /// One value among choices; `null` is offered as "none" when `optional`.
    Select { choices: Choices, optional: bool },
    /// Several values among choices; with `custom`, the user may add their own.
    Multi { choices: Choices, custom: bool },
    /// Several values among many records.
    Many(Many),
    /// An emotion score from -2 to +2, or none.
    Emotion,
    /// A calendar date, kept ISO, typed and read in the language's usual form.
    Date,
    /// Text turned into a value by `parse`, shown back by `show` (e.g. survey answers).
    Parsed {
        show: fn(&Value) -> String,
        parse: fn(&str) -> Result<Value, Text>,
    },
}

#[derive(Clone)]
pub struct FieldSpec {
    pub key: &'static str,
    pub label: Text,
    pub kind: FieldKind,
    /// A short help shown when the field has focus.
    pub hint: Option<Text>,
    /// Shown in the condensed forms of a quick audit.
    pub essential: bool,
    /// A multi-select shown with how many it holds first, after this mark (“3 verbatims).
    pub count: Option<&'static str>,
}

impl FieldSpec {
    pub const fn new(key: &'static str, label: Text, kind: FieldKind) -> Self {
        FieldSpec {
            key,
            label,
            kind,
            hint: None,
            essential: false,
            count: None,
        }
    }

    pub const fn essential(mut self) -> Self {
        self.essential = true;
        self
    }

    pub const fn hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    pub const fn counted(mut self, mark: &'static str) -> Self {
        self.count = Some(mark);
        self
    }

    /// Whether the field is edited as text (so typing or pasting starts editing it).
    pub fn is_text(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Line
                | FieldKind::Lines
                | FieldKind::List
                | FieldKind::Date
                | FieldKind::Parsed { .. }
        )
    }

    /// The value as the user reads it, on one line.
    pub fn display(&self, value: &Value, doc: &Workshop, lang: Lang) -> String {
        match self.kind {
            FieldKind::Select { choices, .. } => match value {
                Value::Null => t::NONE.get(lang).to_owned(),
                v => label_of(&choices(doc, lang), v),
            },
            FieldKind::Multi { choices, .. } => self.items(value, |_| choices(doc, lang)),
            FieldKind::Many(many) => self.items(value, |wanted| many.among(doc, wanted)),
            FieldKind::Emotion => match value.as_i64() {
                Some(e) => emotion_label(e, lang),
                None => t::NONE.get(lang).to_owned(),
            },
            FieldKind::List => value
                .as_array()
                .map(|a| {
                    let items: Vec<String> =
                        a.iter().filter_map(|v| v.as_str()).map(one_line).collect();
                    items.join(", ")
                })
                .unwrap_or_default(),
            _ => one_line(&self.edit_text(value, lang)),
        }
    }

    /// A multi-select's values on one line (its count first when it is counted), the labels
    /// of the first found by `found` among them.
    fn items(&self, value: &Value, found: impl FnOnce(&HashSet<&str>) -> Vec<Choice>) -> String {
        let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
        self.first_items(items, items.len(), found)
    }

    /// A field linking verbatims read from the record's own list, not from its JSON: a persona
    /// may list half a million, of which only the first are shown.
    pub fn display_linked(&self, ids: &List<Id>, doc: &Workshop, lang: Lang) -> String {
        let FieldKind::Many(many) = self.kind else {
            let all = serde_json::to_value(ids).expect("ids serialise");
            return self.display(&all, doc, lang);
        };
        let first: Vec<Value> = ids
            .iter()
            .take(SHOWN)
            .map(|id| Value::from(id.as_str()))
            .collect();
        self.first_items(&first, ids.len(), |wanted| many.among(doc, wanted))
    }

    /// `items` given the first of them and how many there are.
    fn first_items(
        &self,
        items: &[Value],
        total: usize,
        found: impl FnOnce(&HashSet<&str>) -> Vec<Choice>,
    ) -> String {
        // A persona may list a hundred thousand verbatims: only the first labels, more
        // than a line or its reading in full shows, are looked up, in one pass.
        let first = &items[..items.len().min(SHOWN)];
        let wanted: HashSet<&str> = first.iter().filter_map(Value::as_str).collect();
        let found = found(&wanted);
        let by_value: HashMap<&str, &str> = found
            .iter()
            .filter_map(|c| Some((c.value.as_str()?, c.label.as_str())))
            .filter(|(v, _)| wanted.contains(v))
            .collect();
        let mut shown = first
            .iter()
            .map(|v| match v.as_str() {
                Some(k) => by_value
                    .get(k)
                    .map_or_else(|| one_line(k), |l| (*l).to_owned()),
                None => label_of(&found, v),
            })
            .collect::<Vec<_>>()
            .join(", ");
        if total > first.len() {
            shown.push_str(", …");
        }
        match self.count {
            Some(mark) if total > 0 => format!("{mark}{total} · {shown}"),
            _ => shown,
        }
    }

    /// The value as text to edit.
    pub fn edit_text(&self, value: &Value, lang: Lang) -> String {
        match self.kind {
            FieldKind::List => value
                .as_array()
                .map(|a| {
                    let items: Vec<&str> = a.iter().filter_map(|v| v.as_str()).collect();
                    items.join("\n")
                })
                .unwrap_or_default(),
            FieldKind::Parsed { show, .. } => show(value),
            FieldKind::Date => crate::dates::show(value.as_str().unwrap_or_default(), lang),
            _ => value.as_str().unwrap_or_default().to_owned(),
        }
    }

    /// The edited text as the field's value.
    pub fn parse(&self, text: &str, lang: Lang) -> Result<Value, Text> {
        match self.kind {
            FieldKind::List => Ok(Value::from(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>(),
            )),
            FieldKind::Parsed { parse, .. } => parse(text),
            FieldKind::Date => crate::dates::to_iso(text, lang).map(Value::from),
            FieldKind::Line => Ok(Value::from(text.trim())),
            _ => Ok(Value::from(text.trim_end())),
        }
    }

    /// The value after one step left (-1) or right (+1), for selects and scores.
    pub fn step(&self, value: &Value, doc: &Workshop, lang: Lang, delta: i64) -> Option<Value> {
        match self.kind {
            FieldKind::Emotion => {
                let e = value.as_i64().map_or(0, |e| (e + delta).clamp(-2, 2));
                Some(Value::from(e))
            }
            FieldKind::Select { choices, optional } => {
                let mut all: Vec<Value> = choices(doc, lang).into_iter().map(|c| c.value).collect();
                if optional {
                    all.insert(0, Value::Null);
                }
                if all.is_empty() {
                    return None;
                }
                let at = all.iter().position(|v| v == value).unwrap_or(0) as i64;
                let n = all.len() as i64;
                Some(all[(at + delta).rem_euclid(n) as usize].clone())
            }
            _ => None,
        }
    }

    /// The value meaning "nothing", for the clear key.
    pub fn empty(&self) -> Option<Value> {
        match self.kind {
            FieldKind::Line | FieldKind::Lines | FieldKind::Date => Some(Value::from("")),
            FieldKind::List | FieldKind::Multi { .. } | FieldKind::Many(_) => {
                Some(Value::Array(Vec::new()))
            }
            FieldKind::Emotion => Some(Value::Null),
            FieldKind::Select { optional, .. } => optional.then_some(Value::Null),
            FieldKind::Parsed { parse, .. } => parse("").ok(),
        }
    }
}

/// The fields a form shows: all of them, or only the essential ones when the workshop is a
/// quick audit. The document keeps every field either way.
pub fn shown(
    fields: &'static [FieldSpec],
    doc: &Workshop,
) -> std::borrow::Cow<'static, [FieldSpec]> {
    if doc.facilitation.quick {
        fields
            .iter()
            .filter(|f| f.essential)
            .cloned()
            .collect::<Vec<_>>()
            .into()
    } else {
        fields.into()
    }
}

fn label_of(choices: &[Choice], value: &Value) -> String {
    choices
        .iter()
        .find(|c| &c.value == value)
        .map(|c| c.label.clone())
        .unwrap_or_else(|| one_line(value.as_str().unwrap_or("?")))
}

/// "-1 · bad": the score and its word, so it reads without colour.
pub fn emotion_label(e: i64, lang: Lang) -> String {
    let word = t::EMOTIONS[(e.clamp(-2, 2) + 2) as usize].get(lang);
    format!("{e:+} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Verbatim;
    use crate::tui::screens::choices::VERBATIM_CHOICES;
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    #[test]
    fn a_long_evidence_list_shows_its_count_and_makes_only_the_labels_it_shows() {
        let mut doc = Workshop::new("Long", "en");
        let ids: Vec<Value> = (0..1000)
            .map(|i| {
                let id = format!("vrb-{i:04}");
                doc.listen.verbatims.push_back(Verbatim {
                    id: id.clone(),
                    text: format!("said {i}"),
                    ..Default::default()
                });
                Value::from(id)
            })
            .collect();
        // The verbatims' own choices, counting the labels made.
        static LABELS: AtomicUsize = AtomicUsize::new(0);
        let counted = Many {
            label: |doc, i| {
                LABELS.fetch_add(1, Relaxed);
                (VERBATIM_CHOICES.label)(doc, i)
            },
            ..VERBATIM_CHOICES
        };
        let spec = FieldSpec::new(
            "evidence",
            Text::new("Evidence", "Verbatims"),
            FieldKind::Many(counted),
        )
        .counted("“");
        let list: List<Id> = ids
            .iter()
            .filter_map(|v| v.as_str().map(Into::into))
            .collect();
        let shown = spec.display(&Value::Array(ids), &doc, Lang::En);
        assert!(shown.starts_with("“1000 · said 0, said 1, "), "{shown}");
        assert!(shown.contains(&format!("said {}, …", SHOWN - 1)), "{shown}");
        assert!(!shown.contains(&format!("said {SHOWN}")), "{shown}");
        // Only the labels shown were made.
        assert_eq!(LABELS.load(Relaxed), SHOWN);
        // Read from the record's own list, it reads the same.
        assert_eq!(spec.display_linked(&list, &doc, Lang::En), shown);
        assert_eq!(LABELS.load(Relaxed), 2 * SHOWN);
    }
}
