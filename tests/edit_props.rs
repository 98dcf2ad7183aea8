//! Property tests of the one edit path: for random documents and random edits, an edit either
//! fails and changes nothing, or succeeds, keeps the document valid, and its inverse gives the
//! document back exactly. Documents always round-trip through JSON.

mod edits;

use edits::{ids_of, kind, op, pick, to_edit};
use parcours::edit;
use parcours::model::*;
use parcours::room::Ledger;
use proptest::prelude::*;

fn assert_round_trip(doc: &Workshop) {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let back: Workshop = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, doc);
    assert_eq!(serde_json::to_string_pretty(&back).unwrap(), text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn edits_are_undone_exactly_and_keep_the_document_valid(ops in proptest::collection::vec(op(), 1..60)) {
        let mut doc = Workshop::new("Atelier", "fr");
        for op in &ops {
            let Some(e) = to_edit(&doc, op) else { continue };
            let before = doc.clone();
            match edit::apply(&mut doc, e) {
                Err(_) => prop_assert_eq!(&doc, &before),
                Ok(inverse) => {
                    prop_assert!(edit::validate(&doc).is_ok(), "{:?}", edit::validate(&doc));
                    let after = doc.clone();
                    let redo = edit::apply(&mut doc, inverse).expect("an inverse applies");
                    prop_assert_eq!(&doc, &before);
                    edit::apply(&mut doc, redo).expect("a redo applies");
                    prop_assert_eq!(&doc, &after);
                }
            }
            assert_round_trip(&doc);
        }
    }

    #[test]
    fn history_undoes_and_redoes_everything(ops in proptest::collection::vec(op(), 1..40)) {
        let start = Workshop::new("Atelier", "en");
        let mut doc = start.clone();
        let mut history = Ledger::default();
        let mut applied = 0;
        for op in &ops {
            if let Some(e) = to_edit(&doc, op) {
                applied += usize::from(history.apply(&mut doc, "me", e, true).is_ok());
            }
        }
        let end = doc.clone();
        for _ in 0..applied {
            prop_assert!(history.undo(&mut doc, "me").is_ok());
        }
        prop_assert_eq!(&doc, &start);
        prop_assert!(history.undo(&mut doc, "me").is_err());
        for _ in 0..applied {
            prop_assert!(history.redo(&mut doc, "me").is_ok());
        }
        prop_assert_eq!(&doc, &end);
    }

    #[test]
    fn cascade_delete_leaves_no_dangling_link(ops in proptest::collection::vec(op(), 1..60), k in kind(), i in any::<usize>()) {
        let mut doc = Workshop::new("Atelier", "en");
        for op in &ops {
            if let Some(e) = to_edit(&doc, op) {
                let _ = edit::apply(&mut doc, e);
            }
        }
        if let Some(id) = pick(&doc, k, i) {
            let before = doc.clone();
            let inverse = edit::apply(&mut doc, edit::delete(&before, k, &id)).expect("a cascade delete applies");
            prop_assert!(edit::validate(&doc).is_ok());
            prop_assert!(!ids_of(&doc, k).contains(&id));
            edit::apply(&mut doc, inverse).unwrap();
            prop_assert_eq!(&doc, &before);
        }
    }
}
