//! Text snapshots of the screens at 80x24 and 160x48, empty and filled. The fixture holds
//! French accents, emoji and CJK text; wide characters are written once per glyph.

use parcours::edit::{self, Edit, Kind, Record};
use parcours::i18n::Lang;
use parcours::model::*;
use parcours::store::Store;
use parcours::tui::app::App;
use parcours::tui::key::{Key, Msg};
use std::time::Instant;

mod common;
use common::screen;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// Dates and the temporary folder change from run to run. Times show in ISO or, on a French
/// screen, as 24/11/2026 09:30.
fn stable(s: &str, dir: &std::path::Path) -> String {
    let s = s.replace(&dir.display().to_string(), "<store>");
    let chars: Vec<char> = s.chars().collect();
    let shapes = [
        ("dddd-dd-dd dd:dd", "YYYY-MM-DD hh:mm"),
        ("dd/dd/dddd dd:dd", "JJ/MM/AAAA hh:mm"),
    ];
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let fits = |shape: &str| {
            shape.chars().enumerate().all(|(k, c)| {
                chars.get(i + k).is_some_and(|x| {
                    if c == 'd' {
                        x.is_ascii_digit()
                    } else {
                        *x == c
                    }
                })
            })
        };
        if let Some((shape, blank)) = shapes.iter().find(|(shape, _)| fits(shape)) {
            out.push_str(blank);
            i += shape.chars().count();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// A store folder whose path has the same length on every machine, since the home screen
/// shows it (cut to fit) before the test blanks it out.
fn store_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("snap")
        .rand_bytes(6)
        .tempdir_in("/tmp")
        .unwrap()
}

/// The instant every key arrives at, taken before any workshop is opened: no time is ever
/// spent on a step and no save falls due, so what the screens show does not depend on speed.
static T0: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(Instant::now);

fn keys(app: &mut App, keys: &[Key]) {
    for k in keys {
        app.update(Msg::Key(*k), *T0);
    }
}

/// A small workshop in French with accents, emoji and CJK in its texts.
fn fixture() -> Workshop {
    let mut w = Workshop::new("Atelier « Été » 🌞 顧客体験", "fr");
    let persona = Persona {
        id: "per-lea".into(),
        name: "Léa, 29 ans, fleuriste 💐".into(),
        quote: "« Je veux passer commande en deux minutes. »".into(),
        goals: "Gagner du temps".into(),
        frustrations: "Les relances 電話".into(),
        channels: vec!["phone".into(), "messaging".into()],
        evidence: imbl::vector!["vrb-a".into()],
        ..Default::default()
    };
    let stage = |id: &str, name: &str, phase, emotion| Stage {
        id: id.into(),
        name: name.into(),
        phase,
        emotion: Some(emotion),
        ..Default::default()
    };
    let journey = Journey {
        id: "jny-lea".into(),
        name: "Léa commande en ligne".into(),
        persona: Some("per-lea".into()),
        stages: vec![
            stage("stg-1", "Rupture de stock", Phase::BeforeNeed, -1),
            stage("stg-2", "Cherche un grossiste 🔍", Phase::Evaluation, 0),
            stage("stg-3", "注文する", Phase::Purchase, -2),
            stage("stg-4", "Reçoit ses fleurs", Phase::Usage, 2),
            stage("stg-5", "Recommande", Phase::AfterUse, 1),
        ],
    };
    let mut edits = vec![
        Edit::Insert {
            index: 0,
            record: Record::Source(Source {
                id: "src-a".into(),
                name: "Avis Google ⭐".into(),
                family: SourceFamily::Uncontrolled,
                ..Default::default()
            }),
        },
        Edit::Insert {
            index: 0,
            record: Record::Persona(Persona {
                evidence: Default::default(),
                ..persona.clone()
            }),
        },
        Edit::Insert {
            index: 0,
            record: Record::Journey(journey),
        },
        Edit::Insert {
            index: 0,
            record: Record::Verbatim(Verbatim {
                id: "vrb-a".into(),
                text: "Livraison rapide, bravo ! 👏".into(),
                source: Some("src-a".into()),
                persona: Some("per-lea".into()),
                sentiment: Sentiment::Positive,
                ..Default::default()
            }),
        },
        Edit::Insert {
            index: 1,
            record: Record::Verbatim(Verbatim {
                id: "vrb-b".into(),
                text: "サイトが分かりにくい".into(),
                sentiment: Sentiment::Negative,
                ..Default::default()
            }),
        },
        Edit::Insert {
            index: 0,
            record: Record::Metric(Metric {
                id: "met-a".into(),
                kind: MetricKind::Nps,
                label: "NPS printemps".into(),
                input: MetricInput::Answers(vec![10, 9, 8, 6, 3, 10, 7]),
                ..Default::default()
            }),
        },
    ];
    edits.push(edit::set(
        Kind::Persona,
        "per-lea",
        "evidence",
        serde_json::json!(["vrb-a"]),
    ));
    edits.push(edit::set_framing(
        "objective",
        "Passer le NPS de +5 à +25 d'ici juin 2027",
    ));
    for e in edits {
        edit::apply(&mut w, e).unwrap();
    }
    w
}

fn open(dir: &std::path::Path, doc: Workshop) -> App {
    open_in(dir, doc, Lang::Fr)
}

fn open_in(dir: &std::path::Path, mut doc: Workshop, lang: Lang) -> App {
    std::sync::LazyLock::force(&T0);
    let store = Store::locate(Some(dir.into())).unwrap();
    let path = store.create(&mut doc).unwrap();
    let mut app = App::new(store, lang);
    app.open(path, None).unwrap();
    app
}

fn snap_steps(name: &str, doc: Workshop) {
    let dir = store_dir();
    let mut app = open(dir.path(), doc);
    for (step, label) in [
        ('0', "framing"),
        ('1', "listen"),
        ('2', "personas"),
        ('3', "journeys"),
    ] {
        keys(&mut app, &[Key::Char(step)]);
        if step == '3' {
            // The stages of the first journey, with its timeline.
            keys(&mut app, &[Key::Char(']')]);
        }
        for (w, h) in SIZES {
            let shown = stable(&screen(&app, w, h), dir.path());
            insta::assert_snapshot!(format!("{name}_{label}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn steps_empty() {
    snap_steps("empty", Workshop::new("Atelier vide", "fr"));
}

#[test]
fn steps_filled() {
    snap_steps("filled", fixture());
}

#[test]
fn home_empty_and_filled() {
    let dir = store_dir();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let app = App::new(store, Lang::Fr);
    for (w, h) in SIZES {
        insta::assert_snapshot!(
            format!("home_empty_{w}x{h}"),
            stable(&screen(&app, w, h), dir.path())
        );
    }
    let mut app = open(dir.path(), fixture());
    keys(&mut app, &[Key::Char('q')]);
    for (w, h) in SIZES {
        insta::assert_snapshot!(
            format!("home_filled_{w}x{h}"),
            stable(&screen(&app, w, h), dir.path())
        );
    }
}

/// The fixture half-way through the second half: two moments, one rated, channels at two
/// stages, one action.
fn partial() -> Workshop {
    let mut w = fixture();
    let moment = |id: &str, stage: &str, kind, title: &str| {
        Record::Moment(Moment {
            id: id.into(),
            stage: stage.into(),
            kind,
            title: title.into(),
            ..Default::default()
        })
    };
    let edits = vec![
        Edit::Insert {
            index: 0,
            record: moment("mom-a", "stg-3", MomentKind::Critical, "Frais cachés 💸"),
        },
        Edit::Insert {
            index: 1,
            record: moment("mom-b", "stg-4", MomentKind::Wow, "花が美しい"),
        },
        edit::set(
            Kind::Moment,
            "mom-a",
            "criticity",
            serde_json::json!({"per-lea": {"level": "very-sensitive", "rationale": "Elle abandonne."}}),
        ),
        edit::set(
            Kind::Stage,
            "stg-2",
            "current_channels",
            serde_json::json!(["website"]),
        ),
        edit::set(
            Kind::Stage,
            "stg-3",
            "current_channels",
            serde_json::json!(["website", "Borne 🖥"]),
        ),
        edit::set(
            Kind::Stage,
            "stg-3",
            "desired_channels",
            serde_json::json!(["phone"]),
        ),
        Edit::Insert {
            index: 0,
            record: Record::Action(Action {
                id: "act-a".into(),
                persona: Some("per-lea".into()),
                text: "Afficher le prix complet dès la fiche produit".into(),
                moment: Some("mom-a".into()),
                impact: Impact::High,
                ..Default::default()
            }),
        },
    ];
    for e in edits {
        edit::apply(&mut w, e).unwrap();
    }
    w
}

/// Steps 4 to 8, with the step 6 matrix and every tab of the target.
fn snap_second_half(name: &str, doc: Workshop) {
    let dir = store_dir();
    let mut app = open(dir.path(), doc);
    let views: [(&[Key], &str); 9] = [
        (&[Key::Char('4')], "moments"),
        (&[Key::Char('5')], "criticity"),
        (&[Key::Char('6')], "interactions"),
        (&[Key::Char('m')], "interactions_matrix"),
        (&[Key::Char('7')], "target_actions"),
        (&[Key::Char(']')], "target_drafts"),
        (&[Key::Char(']')], "target_matrix"),
        (&[Key::Char(']')], "target_plan"),
        (&[Key::Char('8')], "summary"),
    ];
    for (keys_in, label) in views {
        keys(&mut app, keys_in);
        for (w, h) in SIZES {
            let shown = stable(&screen(&app, w, h), dir.path());
            insta::assert_snapshot!(format!("{name}_{label}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn second_half_empty() {
    snap_second_half("empty", Workshop::new("Atelier vide", "fr"));
}

#[test]
fn second_half_partial() {
    snap_second_half("partial", partial());
}

#[test]
fn second_half_demo() {
    snap_second_half("demo", parcours::demo::demo(Lang::Fr));
}

#[test]
fn presentation_mode() {
    let dir = store_dir();
    let mut app = open(dir.path(), parcours::demo::demo(Lang::Fr));
    keys(&mut app, &[Key::Char('P')]);
    // The opening, the target channels, Marie's and Karim's journeys, the action plan.
    for page in 0..5 {
        for (w, h) in SIZES {
            let shown = stable(&screen(&app, w, h), dir.path());
            insta::assert_snapshot!(format!("present_{page}_{w}x{h}"), shown);
        }
        keys(&mut app, &[Key::Right]);
    }
}

#[test]
fn quick_audit_forms() {
    let dir = store_dir();
    let mut doc = fixture();
    doc.quick_audit();
    let mut app = open(dir.path(), doc);
    let views: [(&[Key], &str); 5] = [
        (&[Key::Char('0')], "framing"),
        (&[Key::Char('2'), Key::Tab], "personas"),
        (
            &[Key::Tab, Key::Char('3'), Key::Char(']'), Key::Tab],
            "stages",
        ),
        (&[Key::Tab, Key::Char('7'), Key::Char('a')], "action"),
        (&[Key::Tab, Key::Char('8')], "summary"),
    ];
    for (keys_in, label) in views {
        keys(&mut app, keys_in);
        for (w, h) in SIZES {
            let shown = stable(&screen(&app, w, h), dir.path());
            insta::assert_snapshot!(format!("quick_{label}_{w}x{h}"), shown);
        }
    }
}

/// A facilitator alone runs the three kinds of round on the demo, typing what the room reads
/// out: cards on step 1, a criticity vote on step 5, a dot vote on step 7; then the summary.
fn snap_rounds(lang: Lang) {
    let dir = store_dir();
    let mut app = open_in(dir.path(), parcours::demo::demo(lang), lang);
    let snap = |app: &App, label: &str| {
        for (w, h) in SIZES {
            let shown = stable(&screen(app, w, h), dir.path());
            let name = format!("round_{}_{label}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, shown);
        }
    };
    let text = |app: &mut App, s: &str| keys(app, &s.chars().map(Key::Char).collect::<Vec<_>>());
    // Cards, signed: the order they were written in.
    keys(
        &mut app,
        &[
            Key::Char('1'),
            Key::Char('R'),
            Key::Down,
            Key::Right,
            Key::Enter,
        ],
    );
    text(&mut app, "Le pain est froid à 7 h ☕");
    keys(&mut app, &[Key::Enter]);
    text(&mut app, "パンが高い");
    keys(&mut app, &[Key::Enter]);
    snap(&app, "cards");
    keys(&mut app, &[Key::Esc, Key::Char('V'), Key::Char('y')]);
    // Votes read out on the first cell: two very sensitive, two sensitive: a tie to settle.
    keys(&mut app, &[Key::Char('5'), Key::Char('R')]);
    snap(&app, "setup");
    keys(&mut app, &[Key::Enter]);
    for level in ['v', 'v', 's', 's'] {
        keys(&mut app, &[Key::Char(level), Key::Up]);
    }
    snap(&app, "voting");
    keys(&mut app, &[Key::Char('V'), Key::Char('y')]);
    snap(&app, "spread");
    // Dots read out on the actions.
    keys(&mut app, &[Key::Char('7'), Key::Char('R'), Key::Enter]);
    keys(
        &mut app,
        &[
            Key::Down,
            Key::Down,
            Key::Char('+'),
            Key::Char('+'),
            Key::Down,
        ],
    );
    keys(&mut app, &[Key::Char('+')]);
    snap(&app, "dots");
    keys(&mut app, &[Key::Char('V'), Key::Char('y'), Key::Char('8')]);
    // Down to where the team disagreed, then the priorities with their dots.
    for _ in 0..200 {
        if screen(&app, 80, 24)
            .lines()
            .nth(12)
            .is_some_and(|l| l.contains('⚖'))
        {
            break;
        }
        keys(&mut app, &[Key::Down]);
    }
    snap(&app, "summary");
}

#[test]
fn rounds_in_english() {
    snap_rounds(Lang::En);
}

#[test]
fn rounds_in_french() {
    snap_rounds(Lang::Fr);
}
