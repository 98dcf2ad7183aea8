//! The JSON Schema in docs/ is the one the types generate, and the demo validates against it.
//! Run with UPDATE_SCHEMA=1 to rewrite the file after changing the document's types.

use parcours::i18n::Lang;
use std::path::Path;

fn file() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/workshop.schema.json")
}

#[test]
fn the_schema_in_docs_is_up_to_date() {
    let generated = serde_json::to_string_pretty(&parcours::model::schema()).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(file(), &generated).unwrap();
    }
    let kept = std::fs::read_to_string(file()).unwrap();
    assert!(
        kept == generated,
        "docs/workshop.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

#[test]
fn the_demo_validates_and_a_broken_file_does_not() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file()).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for lang in [Lang::En, Lang::Fr] {
        let doc = serde_json::to_value(parcours::demo::demo(lang)).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let mut broken = serde_json::to_value(parcours::demo::demo(Lang::En)).unwrap();
    broken["moments"][0]["kind"] = "surprising".into();
    broken["journeys"][0]["stages"][0]["emotion"] = "-1".into();
    assert!(!validator.is_valid(&broken));
}
