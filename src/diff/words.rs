//! How a change names things: records by kind and name, fields by their words, values as a
//! reader knows them (a persona's name rather than its id, a phase's label, an emotion signed).

use crate::edit::{Kind, Target};
use crate::i18n::{Lang, history as t};
use crate::method::Label;
use crate::model::{
    ActionKind, Effort, Impact, Level, MetricKind, MomentKind, Phase, Sentiment, SourceFamily,
    Workshop,
};
use crate::text::{fit, one_line};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;

/// Names records and values from one or two versions of a workshop (the newer first).
pub struct Names<'a> {
    /// Every record by id: its name, and for a stage its journey.
    index: HashMap<&'a str, (&'a str, Option<&'a str>)>,
    lang: Lang,
    /// The widest a text value is shown; the full text stays in the file.
    width: usize,
}

impl<'a> Names<'a> {
    pub fn new(docs: Vec<&'a Workshop>, lang: Lang, width: usize) -> Names<'a> {
        let mut index = HashMap::new();
        // The newer version first: its names win.
        for doc in docs.into_iter().rev() {
            let l = &doc.listen;
            let mut put = |id: &'a str, name: &'a str, journey: Option<&'a str>| {
                // A name emptied in the newer version: the older one still names the record.
                if !name.trim().is_empty() || !index.contains_key(id) {
                    index.insert(id, (name, journey));
                }
            };
            l.sources.iter().for_each(|r| put(&r.id, &r.name, None));
            l.verbatims.iter().for_each(|r| put(&r.id, &r.text, None));
            l.insights.iter().for_each(|r| put(&r.id, &r.text, None));
            l.metrics.iter().for_each(|r| put(&r.id, &r.label, None));
            doc.personas.iter().for_each(|r| put(&r.id, &r.name, None));
            for j in &doc.journeys {
                put(&j.id, &j.name, None);
                for s in &j.stages {
                    put(&s.id, &s.name, Some(j.id.as_str()));
                }
            }
            doc.moments.iter().for_each(|r| put(&r.id, &r.title, None));
            doc.target
                .actions
                .iter()
                .for_each(|r| put(&r.id, &r.text, None));
        }
        Names { index, lang, width }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// `persona «Marie»`, `stage «Trial» (journey «Marie»)`, `framing`.
    pub fn target(&self, target: &Target) -> String {
        match target {
            Target::Framing => t::FRAMING.get(self.lang).to_owned(),
            Target::Facilitation => t::FACILITATION.get(self.lang).to_owned(),
            Target::Record(kind, id) => self.record(*kind, id),
        }
    }

    pub fn record(&self, kind: Kind, id: &str) -> String {
        let word = t::KINDS[kind as usize].get(self.lang);
        format!("{word} {}", self.title(id, 40))
    }

    /// A record's name between quotes, its id when it has none or is not found.
    fn title(&self, id: &str, width: usize) -> String {
        let Some((name, journey)) = self.index.get(id) else {
            return id.to_owned();
        };
        let name = one_line(name);
        let name = if name.is_empty() {
            id.to_owned()
        } else {
            format!("«{}»", fit(&name, width))
        };
        match journey {
            Some(j) => {
                let journey = self.title(j, 24);
                t::STAGE_OF.fill(self.lang, &[("stage", &name), ("journey", &journey)])
            }
            None => name,
        }
    }

    pub fn field(&self, field: &str) -> String {
        t::FIELDS.iter().find(|(f, _)| *f == field).map_or_else(
            || field.replace('_', " "),
            |(_, w)| w.get(self.lang).to_owned(),
        )
    }

    /// A field's value in words; `kind` is the record's, for the fields whose meaning
    /// depends on it (`kind` itself).
    pub fn value(&self, kind: Option<Kind>, field: &str, v: &Value) -> String {
        let lang = self.lang;
        let label = |x: &Value| -> Option<String> {
            fn of<T: DeserializeOwned + Label>(v: &Value, lang: Lang) -> Option<String> {
                serde_json::from_value::<T>(v.clone())
                    .ok()
                    .map(|x| x.label(lang).to_owned())
            }
            match (kind, field) {
                (_, "phase") => of::<Phase>(x, lang),
                (_, "family") => of::<SourceFamily>(x, lang),
                (_, "sentiment") => of::<Sentiment>(x, lang),
                (_, "impact") => of::<Impact>(x, lang),
                (_, "effort") => of::<Effort>(x, lang),
                (_, "level") => of::<Level>(x, lang),
                (Some(Kind::Moment), "kind") => of::<MomentKind>(x, lang),
                (Some(Kind::Action), "kind") => of::<ActionKind>(x, lang),
                (Some(Kind::Metric), "kind") => of::<MetricKind>(x, lang),
                _ => None,
            }
        };
        if let Some(l) = label(v) {
            return l;
        }
        match v {
            Value::Null => t::NOTHING.get(lang).to_owned(),
            Value::Bool(b) => if *b { t::YES } else { t::NO }.get(lang).to_owned(),
            Value::Number(n) if field == "emotion" => match n.as_i64() {
                Some(e) if e > 0 => format!("+{e}"),
                _ => n.to_string(),
            },
            Value::Number(n) => n.to_string(),
            Value::String(s) if s.is_empty() => t::NOTHING.get(lang).to_owned(),
            Value::String(s) => match self.named(s) {
                Some(name) => name,
                None => {
                    let s = one_line(s);
                    format!("«{}»", fit(&s, self.width))
                }
            },
            Value::Array(items) if items.is_empty() => t::NOTHING.get(lang).to_owned(),
            Value::Array(items) => {
                let shown: Vec<String> = items
                    .iter()
                    .map(|x| match x.as_str() {
                        Some(s) => self.named(s).unwrap_or_else(|| one_line(s)),
                        None => self.value(kind, field, x),
                    })
                    .collect();
                shown.join(", ")
            }
            // A criticity rating: its level, and why.
            Value::Object(m) if m.contains_key("level") => {
                let level = self.value(kind, "level", &m["level"]);
                match m.get("rationale").and_then(Value::as_str) {
                    Some(r) if !r.is_empty() => format!("{level} «{}»", one_line(r)),
                    _ => level,
                }
            }
            Value::Object(m) if m.is_empty() => t::NOTHING.get(lang).to_owned(),
            Value::Object(m) => {
                let shown: Vec<String> = m
                    .iter()
                    .map(|(k, x)| format!("{} {}", self.key(k), self.value(kind, field, x)))
                    .collect();
                shown.join(", ")
            }
        }
    }

    /// A map's key in words: a step's title (time boxes, notes), a record's name (ratings).
    pub fn key(&self, k: &str) -> String {
        match crate::method::Step::from_slug(k) {
            Some(step) => step.title(self.lang).to_owned(),
            None => self.named(k).unwrap_or_else(|| k.to_owned()),
        }
    }

    /// The name of the record whose id `s` is, if it is one.
    fn named(&self, s: &str) -> Option<String> {
        self.index.contains_key(s).then(|| self.title(s, 40))
    }
}
