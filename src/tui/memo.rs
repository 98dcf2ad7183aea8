//! What a screen derives from the document (rows, a summary, completeness), kept until the
//! document changes: frames are drawn far more often than the document changes, and a big
//! workshop takes milliseconds to derive.

use std::cell::RefCell;
use std::rc::Rc;

/// One derived value and the key it was made for (the document's version, and whatever else
/// it was derived from).
pub struct Memo<K, T> {
    cell: RefCell<Option<(K, Rc<T>)>>,
}

impl<K, T> Default for Memo<K, T> {
    fn default() -> Self {
        Memo {
            cell: RefCell::new(None),
        }
    }
}

impl<K: PartialEq, T> Memo<K, T> {
    /// The value for `key`: the one kept if it was made for that key, else a fresh one.
    pub fn get(&self, key: K, make: impl FnOnce() -> T) -> Rc<T> {
        let mut cell = self.cell.borrow_mut();
        match cell.as_ref() {
            Some((k, value)) if *k == key => value.clone(),
            _ => {
                let value = Rc::new(make());
                *cell = Some((key, value.clone()));
                value
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_made_again_only_for_another_key() {
        let memo = Memo::default();
        let made = std::cell::Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            made.get()
        };
        assert_eq!(*memo.get(1, make), 1);
        assert_eq!(*memo.get(1, make), 1);
        assert_eq!(*memo.get(2, make), 2);
        assert_eq!(made.get(), 2);
    }
}
