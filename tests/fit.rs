//! At 80x24, in French and in English, every screen and overlay of a workshop full of long
//! texts: no warning, guidance, title or status text is cut without "…", and what is cut is
//! read whole with the reading key (`w`).

use parcours::i18n::Lang;
use parcours::method::{Step, journey_warnings, persona_warnings};
use parcours::model::*;
use parcours::store::Store;
use parcours::tui::app::App;
use parcours::tui::key::{Key, Msg};
use std::time::Instant;
use unicode_segmentation::UnicodeSegmentation;

mod common;
use common::screen;

const W: u16 = 80;
const H: u16 = 24;

/// The characters that close a pane: a text's part on a line stops there.
const BORDERS: [char; 4] = ['│', '┃', '┐', '┓'];

const FAMILY: &str = "👨\u{200d}👩\u{200d}👧";

/// Long names everywhere, a persona that reads like a job title (its warnings), a journey
/// that starts at the purchase (its warnings).
fn fixture() -> Workshop {
    let mut w = Workshop::new("Atelier des textes bien trop longs pour un écran", "fr");
    w.personas = vec![
        Persona {
            id: "per-a".into(),
            name: format!(
                "Marie-Christine Lefèvre-Dubois {FAMILY}, 42 ans, dirige le marketing d'une petite agence"
            ),
            quote: "« Je veux comprendre ma facture sans appeler personne. »".into(),
            ..Default::default()
        },
        Persona {
            id: "per-b".into(),
            name: "Responsable achats".into(),
            ..Default::default()
        },
    ];
    let stage = |id: &str, name: &str, phase| Stage {
        id: id.into(),
        name: name.into(),
        phase,
        emotion: Some(-1),
        ..Default::default()
    };
    w.journeys = vec![Journey {
        id: "jny-a".into(),
        name: "Le parcours d'achat, de la commande au renouvellement annuel de l'abonnement".into(),
        persona: Some("per-b".into()),
        stages: vec![
            stage(
                "stg-1",
                "Souscrit l'abonnement annuel après un long essai gratuit",
                Phase::Purchase,
            ),
            stage(
                "stg-2",
                "Découvre des frais cachés sur la première facture",
                Phase::Usage,
            ),
            stage(
                "stg-3",
                "Appelle le support trois fois sans obtenir de réponse",
                Phase::Usage,
            ),
            stage(
                "stg-4",
                "Hésite à renouveler et compare les offres concurrentes",
                Phase::Loyalty,
            ),
            stage(
                "stg-5",
                "Recommande finalement l'outil à une consœur du même réseau",
                Phase::Recommendation,
            ),
            stage(
                "stg-6",
                "Renouvelle pour trois ans avec une remise de fidélité",
                Phase::Loyalty,
            ),
            stage(
                "stg-7",
                "Forme ses nouveaux collaborateurs avec les tutoriels en ligne",
                Phase::Usage,
            ),
        ],
    }];
    w.moments = vec![Moment {
        id: "mom-a".into(),
        stage: "stg-2".into(),
        kind: MomentKind::Critical,
        title: "Des frais apparaissent sur la première facture sans aucune explication".into(),
        ..Default::default()
    }];
    w
}

/// The texts a newcomer must be able to read: the long names, the method's warnings on the
/// fixture, each step's guidance.
fn texts(doc: &Workshop, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = doc.personas.iter().map(|p| p.name.clone()).collect();
    out.extend(doc.journeys[0].stages.iter().map(|s| s.name.clone()));
    out.extend(doc.moments.iter().map(|m| m.title.clone()));
    for p in &doc.personas {
        out.extend(
            persona_warnings(p)
                .iter()
                .map(|w| w.message(lang).to_owned()),
        );
    }
    out.extend(
        journey_warnings(&doc.journeys[0])
            .iter()
            .map(|w| w.message(lang).to_owned()),
    );
    for step in Step::ALL {
        let g = step.guidance();
        out.extend([g.what, g.why, g.warning].map(|t| t.get(lang).to_owned()));
    }
    out
}

/// Spaces collapsed, for comparing a text with what the screen shows of it.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line's part from its start to the first border, without its trailing spaces.
fn part(s: &str) -> &str {
    s.split(BORDERS).next().unwrap_or("").trim_end()
}

/// Where `text` starts on `shown`, it shows whole (on one line, or wrapped onto the next
/// ones) or its last part ends in "…". Whether it showed cut.
fn cut(shown: &str, text: &str, at: &str) -> bool {
    let text = norm(text);
    let start: String = text.chars().take(12).collect();
    let lines: Vec<&str> = shown.lines().collect();
    let mut was_cut = false;
    for (i, line) in lines.iter().enumerate() {
        let Some(col) = line.find(&start) else {
            continue;
        };
        let (mut rest, mut piece, mut next) = (text.as_str(), part(&line[col..]), i + 1);
        loop {
            let piece_n = norm(piece);
            if let Some((before, _)) = piece_n.split_once('…') {
                // Cut here, if what comes before is this text's (not another's alike).
                was_cut |= rest.starts_with(before.trim_end());
                break;
            }
            if piece_n.starts_with(rest) {
                break;
            }
            let goes_on = rest
                .strip_prefix(piece_n.as_str())
                .filter(|_| !piece_n.is_empty());
            let Some(r) = goes_on else {
                if next == i + 1 {
                    // Another text that starts alike.
                    break;
                }
                panic!("{at}: «{text}» is cut without “…”:\n{shown}");
            };
            rest = r.trim_start();
            let Some(l) = lines.get(next) else {
                panic!("{at}: «{text}» is cut without “…”:\n{shown}");
            };
            piece = part(l.trim_start_matches(|c: char| c == ' ' || BORDERS.contains(&c)));
            next += 1;
        }
    }
    was_cut
}

/// What the reading overlay shows, every page of it, as one text.
fn read_all(app: &mut App, t0: Instant) -> String {
    app.update(Msg::Key(Key::Char('w')), t0);
    let mut all = Vec::new();
    for _ in 0..40 {
        all.push(screen(app, W, H));
        app.update(Msg::Key(Key::Down), t0);
    }
    app.update(Msg::Key(Key::Esc), t0);
    // The overlay is 76 columns wide in the middle: its text is within columns 3 to 77.
    let inner = all.iter().flat_map(|s| s.lines()).map(|l| {
        let mut col = 0;
        let mut out = String::new();
        for g in l.graphemes(true) {
            if (3..77).contains(&col) {
                out.push_str(g);
            }
            col += parcours::text::width(g);
        }
        out
    });
    norm(&inner.collect::<Vec<_>>().join(" "))
}

fn walk(lang: Lang) {
    let t0 = Instant::now();
    // A deep store folder: the exports' path is longer than the status line.
    let dir = tempfile::tempdir().unwrap();
    let deep = dir
        .path()
        .join("un-dossier-au-nom-vraiment-très-long-pour-les-ateliers-de-l-équipe");
    let doc = fixture();
    let texts = texts(&doc, lang);
    let store = Store::locate(Some(deep)).unwrap();
    let path = store.create(&mut doc.clone()).unwrap();
    let mut app = App::new(store, lang);
    app.open(path, None).unwrap();
    let views: &[(&str, &[Key])] = &[
        ("framing", &[Key::Char('0')]),
        ("listen", &[Key::Char('1')]),
        ("personas", &[Key::Char('2')]),
        ("second persona", &[Key::Down]),
        ("journeys", &[Key::Char('3')]),
        ("stages", &[Key::Char(']')]),
        ("moments", &[Key::Char('4')]),
        (
            "stage picker",
            &[Key::Tab, Key::Down, Key::Down, Key::Enter],
        ),
        ("criticity", &[Key::Tab, Key::Char('5')]),
        ("interactions", &[Key::Char('6')]),
        ("channel matrix", &[Key::Char('m')]),
        (
            "channel matrix further",
            &[Key::Right, Key::Right, Key::Right],
        ),
        ("target", &[Key::Char('m'), Key::Char('7')]),
        ("drafts", &[Key::Char(']')]),
        ("impact / effort", &[Key::Char(']')]),
        ("channel plan", &[Key::Char(']')]),
        ("summary", &[Key::Char('8')]),
        ("export", &[Key::Char('e')]),
    ];
    for (at, keys) in views {
        for k in *keys {
            app.update(Msg::Key(*k), t0);
        }
        let shown = screen(&app, W, H);
        let at = format!("{} {at}", lang.code());
        if at.ends_with("stage picker") {
            // The picker lists the stages: it is not blank at this size. The stages it cuts
            // are read whole once it is closed.
            assert!(shown.contains("Découvre des frais"), "{at}:\n{shown}");
            app.update(Msg::Key(Key::Esc), t0);
        }
        let mut long: Vec<String> = texts.clone();
        if at.ends_with("export") {
            let status = shown.lines().last().unwrap().to_owned();
            assert!(status.trim_end().ends_with('…'), "{at}: {status}");
            long.push(dir.path().display().to_string());
        }
        let cut_here: Vec<&String> = long.iter().filter(|t| cut(&shown, t, &at)).collect();
        if cut_here.is_empty() {
            continue;
        }
        let whole = read_all(&mut app, t0);
        for t in cut_here {
            assert!(
                whole.contains(&norm(t)),
                "{at}: «{t}» cut, and not read whole with w:\n{whole}"
            );
        }
        if at.ends_with("export") {
            assert!(
                whole.contains(&dir.path().display().to_string()),
                "{at}: {whole}"
            );
        }
    }
    // The overlays: help, themes, the note, the presentation.
    for (at, open, close) in [
        ("help", Key::Char('?'), Key::Esc),
        ("themes", Key::Char('T'), Key::Esc),
        ("note", Key::Char('N'), Key::Ctrl('g')),
        ("presentation", Key::Char('P'), Key::Char('q')),
    ] {
        app.update(Msg::Key(open), t0);
        let shown = screen(&app, W, H);
        // The guidance behind an overlay is covered, not cut: the names and warnings are
        // what an overlay could show.
        let guides = Step::ALL.len() * 3;
        for t in &texts[..texts.len() - guides] {
            cut(&shown, t, &format!("{} {at}", lang.code()));
        }
        app.update(Msg::Key(close), t0);
    }
}

#[test]
fn nothing_is_cut_silently_in_french() {
    walk(Lang::Fr);
}

#[test]
fn nothing_is_cut_silently_in_english() {
    walk(Lang::En);
}
