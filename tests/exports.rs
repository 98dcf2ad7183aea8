//! Golden files of every export format on the demo workshop (tests/snapshots/exports__*),
//! plus what each format must never let through.

use parcours::export::{Format, Table, export};
use parcours::i18n::Lang;

fn demo(lang: Lang) -> parcours::model::Workshop {
    parcours::demo::demo(lang)
}

#[test]
fn markdown_report() {
    insta::assert_snapshot!(
        "md_en",
        export(&demo(Lang::En), Format::Md, Table::Actions, false)
    );
    insta::assert_snapshot!(
        "md_fr",
        export(&demo(Lang::Fr), Format::Md, Table::Actions, false)
    );
}

#[test]
fn html_poster() {
    insta::assert_snapshot!(
        "html_en",
        export(&demo(Lang::En), Format::Html, Table::Actions, false)
    );
}

#[test]
fn csv_tables() {
    for (table, name) in [
        (Table::Verbatims, "csv_verbatims"),
        (Table::Moments, "csv_moments"),
        (Table::Channels, "csv_channels"),
        (Table::Actions, "csv_actions"),
    ] {
        insta::assert_snapshot!(name, export(&demo(Lang::En), Format::Csv, table, false));
    }
    let excel = export(&demo(Lang::Fr), Format::Csv, Table::Actions, true);
    assert!(excel.starts_with('\u{feff}'));
    insta::assert_snapshot!("csv_actions_excel_fr", excel);
}

#[test]
fn mermaid_and_json() {
    insta::assert_snapshot!(
        "mermaid_fr",
        export(&demo(Lang::Fr), Format::Mermaid, Table::Actions, false)
    );
    let json = export(&demo(Lang::En), Format::Json, Table::Actions, false);
    let back: parcours::model::Workshop = serde_json::from_str(&json).unwrap();
    assert_eq!(back, demo(Lang::En));
}

#[test]
fn exports_follow_the_workshop_language_not_the_interface() {
    let md = export(&demo(Lang::Fr), Format::Md, Table::Actions, false);
    assert!(md.contains("## Plan d'actions"));
    assert!(md.contains("Gains rapides"));
}

#[test]
fn csv_cells_never_run_as_formulas() {
    let mut doc = demo(Lang::En);
    doc.listen.verbatims[0].text = "=HYPERLINK(\"http://x\")".into();
    doc.listen.verbatims[1].text = "+33 6 12".into();
    doc.listen.verbatims[2].text = "@SUM(A1)".into();
    doc.listen.verbatims[3].text = "-1 star; \"quoted\", with comma\nand a new line".into();
    let text = export(&doc, Format::Csv, Table::Verbatims, false);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let texts: Vec<String> = reader
        .records()
        .take(4)
        .map(|r| r.unwrap()[1].to_owned())
        .collect();
    assert_eq!(texts[0], "'=HYPERLINK(\"http://x\")");
    assert_eq!(texts[1], "'+33 6 12");
    assert_eq!(texts[2], "'@SUM(A1)");
    assert_eq!(
        texts[3],
        "'-1 star; \"quoted\", with comma · and a new line"
    );
}

#[test]
fn markdown_shows_markup_literally() {
    let mut doc = demo(Lang::En);
    doc.personas[0].name = "Marie | <b>bold</b>".into();
    let md = export(&doc, Format::Md, Table::Actions, false);
    assert!(md.contains("Marie \\| &lt;b&gt;bold&lt;/b&gt;"));
    assert!(!md.contains("<b>"));
}

#[test]
fn the_report_and_the_poster_open_on_what_a_client_reads_and_end_on_the_appendix() {
    let md = export(&demo(Lang::En), Format::Md, Table::Actions, false);
    let order = [
        "## At a glance",
        "- **Objective**: Raise the NPS",
        "- **Measured**: NPS +12 (25 answers)",
        "### Top irritants",
        "> At checkout the bank connection",
        "### Quick wins",
        "### Target channels",
        "## Framing",
        "## Customer journeys",
        "## Action plan",
        "## Appendix: how the workshop went",
        "### Completeness",
    ];
    let at: Vec<usize> = order.iter().map(|s| md.find(s).expect(s)).collect();
    assert!(at.is_sorted(), "{order:?} at {at:?}");
    let html = export(&demo(Lang::En), Format::Html, Table::Actions, false);
    let order = [
        "<h2>At a glance</h2>",
        "<h3>Top irritants</h3>",
        "<h3>Quick wins</h3>",
        "<h3>Target channels</h3>",
        "<h2>Marie Lefèvre</h2>",
        "<h2>Action plan</h2>",
        "<h2>Appendix: how the workshop went</h2>",
    ];
    let at: Vec<usize> = order.iter().map(|s| html.find(s).expect(s)).collect();
    assert!(at.is_sorted(), "{order:?} at {at:?}");
}

#[test]
fn french_exports_put_a_space_before_a_colon() {
    let doc = demo(Lang::Fr);
    let md = export(&doc, Format::Md, Table::Actions, false);
    assert!(md.contains("- **Objectif**\u{a0}: Faire passer"));
    assert!(md.contains("(Souscrire)\u{a0}: très sensible pour Marie Lefèvre"));
    assert!(!md.contains("**:") && !md.contains("):"), "{md}");
    let html = export(&doc, Format::Html, Table::Actions, false);
    assert!(html.contains("<strong>Objectif</strong>\u{a0}: "));
    assert!(!html.contains("</strong>:"));
}

#[test]
fn a_persona_without_a_journey_borrows_nothing_in_the_exports() {
    let mut doc = demo(Lang::En);
    doc.personas.push(parcours::model::Persona {
        id: "per-nadia".into(),
        name: "Nadia".into(),
        ..Default::default()
    });
    // Rated on a moment of Marie's journey, as the criticity grid allows.
    doc.moments[1].criticity.insert(
        "per-nadia".into(),
        parcours::model::Rating::new(parcours::model::Level::VerySensitive, String::new()),
    );
    let md = export(&doc, Format::Md, Table::Actions, false);
    let nadia = &md[md.rfind("### Nadia").unwrap()..md.find("## Action plan").unwrap()];
    assert!(nadia.contains("_No journey yet:"), "{nadia}");
    assert!(!nadia.contains('▲'), "{nadia}");
    let html = export(&doc, Format::Html, Table::Actions, false);
    assert!(html.contains("<h2>Nadia</h2>\n<p class=\"none\">No journey yet:"));
}
