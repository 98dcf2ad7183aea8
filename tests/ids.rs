//! Ids never collide: large imports, several in a row into one workshop, always give every
//! record an id of its own, and an id already in the document is never made again.

use parcours::edit;
use parcours::i18n::Lang;
use parcours::import::{Columns, import};
use parcours::model::{Ids, Workshop};
use proptest::prelude::*;
use std::collections::HashSet;

/// `rows` distinct answers, as a CSV file.
fn csv(rows: usize, tag: u64) -> Vec<u8> {
    let mut out = String::from("comment\n");
    for i in 0..rows {
        out.push_str(&format!("Réponse {tag}-{i}\n"));
    }
    out.into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3))]

    #[test]
    fn every_import_gives_every_record_its_own_id(seed in any::<u64>(), files in 1..3usize) {
        fastrand::seed(seed);
        let mut doc = Workshop::new("Grand atelier", "fr");
        for f in 0..files {
            let name = format!("vague-{f}.csv");
            let (edit, report) =
                import(&doc, &csv(100_000, seed ^ f as u64), &name, &Columns::default(), None, Lang::Fr)
                    .unwrap();
            prop_assert_eq!(report.imported, 100_000);
            edit::apply(&mut doc, edit.unwrap()).unwrap();
        }
        let ids: Vec<&str> = doc.ids().collect();
        let unique: HashSet<&str> = ids.iter().copied().collect();
        prop_assert_eq!(ids.len(), unique.len());
        prop_assert_eq!(doc.listen.verbatims.len(), 100_000 * files);
        prop_assert!(edit::validate(&doc).is_ok());
    }
}

#[test]
fn an_id_already_in_the_document_is_drawn_again() {
    // The same seed draws the same id; the second time, the document already holds it.
    fastrand::seed(7);
    let first = Ids::of(&Workshop::new("a", "fr")).fresh("vrb");
    let mut doc = Workshop::new("a", "fr");
    doc.listen.verbatims.push_back(parcours::model::Verbatim {
        id: first.clone(),
        ..Default::default()
    });
    fastrand::seed(7);
    let second = Ids::of(&doc).fresh("vrb");
    assert_ne!(first, second);
    fastrand::seed(7);
    assert_ne!(parcours::model::new_id(&doc, "vrb"), first);
    assert_eq!(first.len(), "vrb-".len() + 12);
}
