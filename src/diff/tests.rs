use super::*;
use crate::edit::{self, Edit, Record};
use crate::model::{Persona, Rating};

fn demo() -> Workshop {
    crate::demo::demo(Lang::En)
}

fn with(doc: &Workshop, edits: Vec<Edit>) -> Workshop {
    let mut d = doc.clone();
    for e in edits {
        edit::apply(&mut d, e).expect("the edit applies");
    }
    d
}

#[test]
fn nothing_changed_says_so() {
    assert_eq!(diff(&demo(), &demo(), Lang::En), "No change.\n");
    assert_eq!(diff(&demo(), &demo(), Lang::Fr), "Aucun changement.\n");
}

#[test]
fn changes_are_told_step_by_step_in_words() {
    let a = demo();
    let mut ratings = a.moment("mom-hidden-fees").unwrap().criticity.clone();
    ratings.insert(
        "per-karim".into(),
        Rating::new(crate::model::Level::Low, String::new()),
    );
    let b = with(
        &a,
        vec![
            edit::set(Kind::Stage, "stg-marie-subscribe", "emotion", 1),
            edit::set(
                Kind::Persona,
                "per-karim",
                "goals",
                "Fewer evenings on paperwork",
            ),
            edit::set(
                Kind::Moment,
                "mom-hidden-fees",
                "criticity",
                serde_json::to_value(&ratings).unwrap(),
            ),
            Edit::Insert {
                index: 2,
                record: Record::Persona(Persona {
                    id: "per-zoe".into(),
                    name: "Zoé".into(),
                    quote: "Je veux tout voir d'un coup d'œil".into(),
                    ..Default::default()
                }),
            },
            edit::delete(&a, Kind::Source, "src-social"),
            Edit::Move {
                kind: Kind::Stage,
                id: "stg-marie-closing".into(),
                to: 0,
            },
        ],
    );
    let text = diff(&a, &b, Lang::En);
    insta::assert_snapshot!(text);
}

#[test]
fn facts_hold_one_field_a_line() {
    let text = facts(&crate::demo::demo(Lang::Fr), Lang::Fr);
    insta::assert_snapshot!(text.lines().take(30).collect::<Vec<_>>().join("\n"));
}

#[test]
fn moves_are_the_records_out_of_the_longest_kept_order() {
    assert_eq!(moved(&["a", "b", "c", "d"], &["d", "a", "b", "c"]), ["d"]);
    assert!(moved(&["a", "b"], &["a", "x", "b"]).is_empty());
}

#[test]
fn a_brief_reads_only_the_lists_the_change_touched_and_says_the_same() {
    let a = demo();
    let renamed = with(
        &a,
        vec![edit::set(Kind::Persona, "per-marie", "name", "Zoé")],
    );
    let (x, y) = narrowed(&a, &renamed);
    assert!(x.listen.verbatims.is_empty() && y.listen.verbatims.is_empty());
    assert!(x.personas.iter().all(|p| p.evidence.is_empty()));
    assert_eq!(brief(&a, &renamed, Lang::En), "persona «Zoé» › name");
    // A verbatim changed: that list is no longer shared, and is read whole.
    let said = with(
        &a,
        vec![edit::set(
            Kind::Verbatim,
            "vb-sunday-invoices",
            "text",
            "Late",
        )],
    );
    let (x, _) = narrowed(&a, &said);
    assert_eq!(x.listen.verbatims.len(), a.listen.verbatims.len());
    assert_eq!(brief(&a, &said, Lang::En), "verbatim «Late» › text");
}
