//! The rows of a record list. Lists grouped under headings are small and derived whole; a
//! list of one row per record may hold a million verbatims, so only the rows it reads (the
//! ones drawn, the selected one) are derived, each when it is read.

use crate::i18n::Lang;
use crate::model::{Id, MomentKind, Workshop};
use std::borrow::Cow;
use std::rc::Rc;

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

/// Where a list's rows come from; the `&str` is the list's scope (the journey whose stages
/// are listed).
#[derive(Clone, Copy)]
pub enum Rows {
    /// Every row at once, headings included.
    All(fn(&Workshop, &str, Lang) -> Vec<Row>),
    /// One row per record, in the document's order: how many, the id of the record at an
    /// index, and its row.
    Each {
        len: fn(&Workshop) -> usize,
        id: fn(&Workshop, usize) -> &str,
        row: fn(&Workshop, usize, Lang) -> Row,
    },
}

/// A list's rows as read for one key or one frame.
pub enum Listed<'a> {
    All(Rc<Vec<Row>>),
    Each {
        doc: &'a Workshop,
        lang: Lang,
        len: usize,
        id: fn(&Workshop, usize) -> &str,
        row: fn(&Workshop, usize, Lang) -> Row,
    },
}

impl Listed<'_> {
    /// How many rows, headings included.
    pub fn len(&self) -> usize {
        match self {
            Listed::All(rows) => rows.len(),
            Listed::Each { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The id of the record at row `i`; none for a heading or past the end.
    pub fn id(&self, i: usize) -> Option<&str> {
        match self {
            Listed::All(rows) => rows.get(i)?.id.as_deref(),
            Listed::Each { doc, len, id, .. } => (i < *len).then(|| id(doc, i)),
        }
    }

    pub fn row(&self, i: usize) -> Option<Cow<'_, Row>> {
        match self {
            Listed::All(rows) => rows.get(i).map(Cow::Borrowed),
            Listed::Each {
                doc,
                lang,
                len,
                row,
                ..
            } => (i < *len).then(|| Cow::Owned(row(doc, i, *lang))),
        }
    }

    /// How many records, headings left out.
    pub fn records(&self) -> usize {
        match self {
            Listed::All(rows) => rows.iter().filter(|r| r.id.is_some()).count(),
            Listed::Each { len, .. } => *len,
        }
    }

    /// The row of record `id`, looked for at `hint` first (where it was last seen).
    pub fn find(&self, id: &str, hint: usize) -> Option<usize> {
        if self.id(hint) == Some(id) {
            return Some(hint);
        }
        (0..self.len()).find(|&i| self.id(i) == Some(id))
    }

    /// The row of the first record.
    pub fn first(&self) -> Option<usize> {
        (0..self.len()).find(|&i| self.id(i).is_some())
    }

    /// The row of the last record.
    pub fn last(&self) -> Option<usize> {
        (0..self.len()).rev().find(|&i| self.id(i).is_some())
    }

    /// The row `by` records away from row `at` (back when negative), headings skipped;
    /// the first or last record when there are fewer.
    pub fn step(&self, at: usize, by: isize) -> usize {
        let (mut at, mut i) = (at, at);
        for _ in 0..by.unsigned_abs() {
            loop {
                i = if by < 0 {
                    match i.checked_sub(1) {
                        Some(j) => j,
                        None => return at,
                    }
                } else if i + 1 < self.len() {
                    i + 1
                } else {
                    return at;
                };
                if self.id(i).is_some() {
                    at = i;
                    break;
                }
            }
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: Option<&str>) -> Row {
        Row {
            id: id.map(str::to_owned),
            text: String::new(),
            tone: Tone::Plain,
        }
    }

    #[test]
    fn steps_skip_headings_and_stop_at_the_ends() {
        let rows = [None, Some("a"), Some("b"), None, Some("c"), None];
        let listed = Listed::All(Rc::new(rows.map(row).to_vec()));
        assert_eq!((listed.first(), listed.last()), (Some(1), Some(4)));
        assert_eq!(listed.records(), 3);
        assert_eq!(listed.step(1, 1), 2);
        assert_eq!(listed.step(2, 1), 4);
        assert_eq!(listed.step(4, 1), 4);
        assert_eq!(listed.step(4, -2), 1);
        assert_eq!(listed.step(2, -10), 1);
        assert_eq!(listed.step(1, 10), 4);
        assert_eq!(listed.find("c", 0), Some(4));
        assert_eq!(listed.find("b", 2), Some(2));
        assert_eq!(listed.find("z", 2), None);
    }
}
