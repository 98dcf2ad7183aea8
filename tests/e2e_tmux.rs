//! The real binary in tmux at 80x24 (TERM=screen-256color), driven key by key through a whole
//! workshop; then the saved file and a reopened screen are checked. Also what the program
//! writes to the terminal, read raw with `pipe-pane`: no colour at all under NO_COLOR, a few
//! dozen bytes per typed character, and a clean redraw whenever the pane is resized.
//! Skipped, saying so, where tmux is missing.

mod tmux;

use std::time::Duration;
use tmux::Tmux;

fn start(dir: &std::path::Path, args: &str) -> Tmux {
    launch(dir, "", args)
}

/// Starts the binary in a fresh tmux server with `env` set; its config folder is inside `dir`.
/// With a `raw` file, everything it writes to the terminal is copied there (the program
/// waits a moment so the copy starts before its first frame).
fn launch(dir: &std::path::Path, env: &str, args: &str) -> Tmux {
    launch_raw(dir, env, args, None)
}

fn launch_raw(dir: &std::path::Path, env: &str, args: &str, raw: Option<&std::path::Path>) -> Tmux {
    launch_in("en", dir, env, args, raw)
}

fn launch_in(
    lang: &str,
    dir: &std::path::Path,
    env: &str,
    args: &str,
    raw: Option<&std::path::Path>,
) -> Tmux {
    let tmux = Tmux::new("e2e");
    let wait = if raw.is_some() { "sleep 0.5; " } else { "" };
    let cmd = format!(
        "{wait}TERM=screen-256color PARCOURS_CONFIG={}/config {env} {} --lang {lang} --dir {} {args}; sleep 30",
        dir.display(),
        env!("CARGO_BIN_EXE_parcours"),
        dir.display()
    );
    tmux.run(&["new-session", "-d", "-x", "80", "-y", "24", "-s", "w", &cmd]);
    if let Some(file) = raw {
        tmux.run(&[
            "pipe-pane",
            "-t",
            "w",
            "-o",
            &format!("cat > {}", file.display()),
        ]);
    }
    tmux
}

fn no_tmux() -> bool {
    tmux::missing()
}

/// The SGR parameters that set a colour (30-37, 90-97, 40-47, 100-107, 38;…, 48;…) found in
/// raw terminal output.
fn colour_codes(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    for part in text.split("\x1b[").skip(1) {
        let Some(end) = part.find(|c: char| !(c.is_ascii_digit() || c == ';')) else {
            continue;
        };
        if !part[end..].starts_with('m') {
            continue;
        }
        let params: Vec<u32> = part[..end]
            .split(';')
            .filter_map(|p| p.parse().ok())
            .collect();
        if params
            .iter()
            .any(|p| matches!(p, 30..=38 | 40..=48 | 90..=97 | 100..=107))
        {
            found.push(part[..end].to_owned());
        }
    }
    found
}

/// Walks a few screens of the demo and returns everything written to the terminal.
fn raw_output(env: &str, args: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("raw");
    let t = launch_raw(
        dir.path(),
        env,
        &format!("{args} demo --step criticity"),
        Some(&raw),
    );
    t.wait_for("very sensitive");
    t.keys(&["v", "n", "m", "n", "]", "n", "T", "Down", "Enter"]);
    t.wait_for("Summary");
    t.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(300));
    std::fs::read(&raw).unwrap()
}

#[test]
fn no_color_and_colors_none_write_no_colour_at_all() {
    if no_tmux() {
        return;
    }
    // The same walk with colours on shows the check would catch them.
    let coloured = raw_output("", "");
    assert!(!colour_codes(&coloured).is_empty());
    for (env, args) in [("NO_COLOR=1", ""), ("", "--colors none")] {
        let raw = raw_output(env, args);
        assert!(raw.len() > 2000, "{env}{args}: the program drew");
        let codes = colour_codes(&raw);
        assert!(codes.is_empty(), "{env}{args}: {codes:?}");
    }
}

#[test]
fn a_typed_character_costs_a_few_dozen_bytes() {
    if no_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("raw");
    let t = launch_raw(dir.path(), "", "demo --step framing", Some(&raw));
    t.wait_for("Framing");
    t.keys(&["Down", "Enter", "End"]);
    std::thread::sleep(Duration::from_millis(300));
    let before = std::fs::metadata(&raw).unwrap().len();
    let typed = "abcdefghijklmnopqrst";
    for c in typed.chars() {
        t.text(&c.to_string());
    }
    std::thread::sleep(Duration::from_millis(300));
    let after = std::fs::metadata(&raw).unwrap().len();
    let per_key = (after - before) / typed.len() as u64;
    eprintln!("bytes written per typed character in tmux: {per_key}");
    assert!(
        per_key < 120,
        "{per_key} bytes a key: is the screen redrawn whole?"
    );
    t.keys(&["Esc"]);
}

#[test]
fn every_step_at_80x24_and_resizing_at_any_moment() {
    if no_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = launch(dir.path(), "", "demo");
    t.wait_for("Framing");
    let resize = |w: &str, h: &str| {
        t.run(&["resize-window", "-t", "w", "-x", w, "-y", h]);
        std::thread::sleep(Duration::from_millis(200));
    };
    for (step, title) in [
        ("1", "Listen"),
        ("2", "Personas"),
        ("3", "Journeys"),
        ("4", "Key moments"),
        ("5", "Criticity"),
        ("6", "Interactions"),
        ("7", "Target"),
        ("8", "Summary"),
    ] {
        t.keys(&[step]);
        let s = t.wait_for(title);
        assert!(s.lines().next().unwrap_or("").contains(title), "{s}");
        assert!(s.contains("saved"), "{s}");
        assert!(s.lines().count() <= 24);
    }
    resize("30", "10");
    let s = t.wait_for("too small");
    assert!(s.contains("Terminal too small: 30×10"), "{s}");
    resize("120", "40");
    let s = t.wait_for("Summary");
    assert!(
        s.contains("Irritants to remove") || s.contains("Marie Lefèvre"),
        "{s}"
    );
    // Resizing while editing a field keeps the text being typed.
    t.keys(&["0", "Down", "Enter", "End"]);
    t.text(" (draft)");
    resize("80", "24");
    let s = t.wait_for("(draft)");
    assert!(s.contains("(draft)"), "{s}");
    // Kept with Enter (the objective is one line), and saved.
    t.keys(&["Enter"]);
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .unwrap();
    let saved = || std::fs::read_to_string(&file).unwrap().contains("(draft)");
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !saved() && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(saved(), "the objective typed across the resize is saved");
}

#[test]
fn a_whole_workshop_through_the_real_binary() {
    if no_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = start(dir.path(), "new \"Atelier E2E\"");
    t.wait_for("Framing");
    // Framing: the objective.
    t.keys(&["Down", "Enter"]);
    t.text("Raise the NPS from +12 to +30");
    t.keys(&["Tab"]);
    // Step 1: three verbatims by quick add, then an NPS from answers.
    t.keys(&["1", "i"]);
    for v in [
        "Hidden fees at checkout",
        "« Le support répond vite » 👍",
        "請求書が簡単",
    ] {
        t.text(v);
        t.keys(&["Enter"]);
    }
    // The new metric opens typing its label: Tab leaves it empty, then down to the answers.
    t.keys(&["Enter", "]", "]", "a", "Tab", "Down", "Enter"]);
    t.text("10 9 9 7 3 10");
    t.keys(&["Enter", "Tab"]);
    let s = t.wait_for("NPS +50");
    assert!(s.contains("4 promoters, 1 passives, 1 detractors"), "{s}");
    // Step 2: two personas.
    t.keys(&["2", "i"]);
    t.text("Marie, 38, runs a design studio");
    t.keys(&["Enter"]);
    t.text("Karim, accountant partner");
    t.keys(&["Enter", "Enter"]);
    // Step 3: a journey for Marie, five stages.
    t.keys(&["3", "a"]);
    t.text("Marie discovers Facturo");
    t.keys(&["Enter", "]", "i"]);
    for stage in [
        "Drowning in paperwork",
        "Hears of it",
        "Tries it",
        "Subscribes",
        "Recommends",
    ] {
        t.text(stage);
        t.keys(&["Enter"]);
    }
    t.keys(&["Enter"]);
    let s = t.wait_for("Recommends");
    assert!(s.contains("does not start before the need"), "{s}");
    assert!(s.contains("Recommends · Loyalty"), "{s}");
    // Back home (saves), then quit.
    t.keys(&["q"]);
    t.wait_for("Atelier E2E");
    t.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(300));

    let path = dir.path().join("atelier-e2e.json");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        saved["framing"]["objective"],
        "Raise the NPS from +12 to +30"
    );
    assert_eq!(saved["listen"]["verbatims"].as_array().unwrap().len(), 3);
    assert_eq!(saved["listen"]["verbatims"][2]["text"], "請求書が簡単");
    assert_eq!(
        saved["listen"]["metrics"][0]["input"]["answers"],
        serde_json::json!([10, 9, 9, 7, 3, 10])
    );
    assert_eq!(saved["personas"].as_array().unwrap().len(), 2);
    let stages = saved["journeys"][0]["stages"].as_array().unwrap();
    assert_eq!(stages.len(), 5);
    assert_eq!(saved["journeys"][0]["persona"], saved["personas"][0]["id"]);
    drop(t);

    let t = start(dir.path(), "open atelier-e2e --step journeys");
    let s = t.wait_for("Marie discovers Facturo");
    assert!(s.contains("Marie discovers Facturo"), "{s}");
    t.keys(&["2"]);
    let s = t.wait_for("Karim");
    assert!(s.contains("Marie, 38"), "{s}");

    // Step 4: a critical moment at "Subscribes" (kind and stage chosen with →).
    t.keys(&["4", "i"]);
    t.text("Hidden fees at checkout");
    t.keys(&["Enter", "Enter", "Enter", "Down", "Right", "Down"]);
    t.keys(&["Right", "Right", "Right", "Tab"]);
    let s = t.wait_for("▲ Hidden fees at checkout");
    assert!(s.contains("Subscribes · Marie"), "{s}");
    // Step 5: very sensitive for Marie, with why; not applicable for Karim.
    t.keys(&["5", "v", "Enter"]);
    t.text("She leaves at checkout");
    t.keys(&["Enter", "Right", "x"]);
    let s = t.wait_for("not applicable");
    assert!(s.contains("!!! very sensitive"), "{s}");
    // Step 6: the website as today's channel at "Subscribes".
    t.keys(&["6", "Down", "Down", "Down", "Enter", "Enter"]);
    t.keys(&[
        "Down", "Down", "Down", "Down", "Down", "Space", "Enter", "Tab",
    ]);
    let s = t.wait_for("Subscribes: website");
    assert!(s.contains("No channel at this stage"), "{s}");
    // Target: adopt the draft the moment gave, then give it an owner.
    t.keys(&["7", "]"]);
    t.wait_for("Remove the irritant: Hidden fees at checkout");
    t.keys(&["Enter"]);
    // It opens on its owner.
    t.wait_for("Action");
    t.keys(&["Enter"]);
    t.text("Sophie");
    t.keys(&["Enter", "Tab"]);
    t.wait_for("Sophie");
    // The summary shows the irritant with its criticity and the action written for it.
    t.keys(&["8", "g"]);
    t.wait_for("Summary");
    let irritant = "▲ Hidden fees at checkout · Subscribes · !!! very sensitive";
    let mut s = t.screen();
    for _ in 0..30 {
        if s.contains(irritant) && s.contains("→ Remove the irritant") {
            break;
        }
        t.keys(&["Down"]);
        std::thread::sleep(Duration::from_millis(50));
        s = t.screen();
    }
    assert!(s.contains("Irritants to remove"), "{s}");
    assert!(
        s.contains("▲ Hidden fees at checkout · Subscribes · !!! very sensitive"),
        "{s}"
    );
    assert!(
        s.contains("→ Remove the irritant: Hidden fees at checkout"),
        "{s}"
    );
    t.keys(&["q"]);
    t.wait_for("Atelier E2E");
    t.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(300));
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let moment = &saved["moments"][0];
    assert_eq!(moment["kind"], "critical");
    assert_eq!(moment["stage"], stages[3]["id"]);
    let marie = saved["personas"][0]["id"].as_str().unwrap();
    let karim = saved["personas"][1]["id"].as_str().unwrap();
    assert_eq!(moment["criticity"][marie]["level"], "very-sensitive");
    assert_eq!(
        moment["criticity"][marie]["rationale"],
        "She leaves at checkout"
    );
    assert_eq!(moment["criticity"][karim]["level"], "not-applicable");
    assert_eq!(
        saved["journeys"][0]["stages"][3]["current_channels"],
        serde_json::json!(["website"])
    );
    let action = &saved["target"]["actions"][0];
    assert_eq!(action["owner"], "Sophie");
    assert_eq!(action["moment"], moment["id"]);
    assert_eq!(action["kind"], "remove-irritant");
}

#[test]
fn a_quick_audit_through_the_real_binary_ends_on_its_findings() {
    if no_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = launch(dir.path(), "", "new \"Audit express\" --quick");
    let s = t.wait_for("Framing");
    assert!(s.contains("session 1/1, 1h00 left"), "{s}");
    // Condensed framing: title, objective, scope only.
    assert!(
        s.contains("Objective") && !s.contains("Stakeholders"),
        "{s}"
    );
    t.keys(&["Down", "Enter"]);
    t.text("Cut churn from 18% to 10%");
    t.keys(&["Tab", "Tab", "t"]);
    t.wait_for("⏱");
    t.keys(&["1", "i"]);
    t.text("Hidden fees at checkout, again");
    t.keys(&["Enter", "Enter", "2", "i"]);
    t.text("Marie, 38, runs a design studio");
    t.keys(&["Enter", "Enter", "3", "a"]);
    t.text("Marie orders");
    t.keys(&["Enter", "]", "i"]);
    for stage in ["Hears of it", "Buys", "Uses"] {
        t.text(stage);
        t.keys(&["Enter"]);
    }
    t.keys(&["Enter", "4", "i"]);
    t.text("Hidden fees");
    t.keys(&["Enter", "Enter", "Enter", "Down", "Right", "Tab"]);
    t.wait_for("▲ Hidden fees");
    t.keys(&["5", "v", "8", "g"]);
    let s = t.wait_for("Open checks");
    // A quick audit ends on its findings, before the journeys.
    assert!(s.contains("Audit score"), "{s}");
    let checks_at = s.find("Open checks").unwrap();
    assert!(s.find("Marie, 38").is_none_or(|p| p > checks_at), "{s}");
    assert!(s.contains("Critical moment without an action"), "{s}");
    assert!(s.contains("No channel at this stage"), "{s}");
    assert!(s.contains("does not end after use"), "{s}");
    // Full forms later: every field is back, nothing was lost.
    t.keys(&["2", "F"]);
    let s = t.wait_for("full forms");
    assert!(s.contains("Context") && s.contains("Marie, 38"), "{s}");
    t.keys(&["q"]);
    t.wait_for("Audit express");
    t.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(300));
    let saved: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("audit-express.json")).unwrap(),
    )
    .unwrap();
    let f = &saved["facilitation"];
    assert_eq!(f["plan"], "quick-audit");
    assert_eq!(f["quick"], false);
    assert_eq!(f["timeboxes"]["framing"], 5);
    let spent = f["spent"].as_object().unwrap();
    assert!(
        !spent.is_empty() && spent.values().all(|v| v.as_u64() < Some(10)),
        "{f}"
    );
    assert_eq!(saved["moments"][0]["kind"], "critical");
}

#[test]
fn a_key_map_file_moves_records_with_the_keys_it_gives() {
    if no_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("config")).unwrap();
    std::fs::write(
        dir.path().join("config/keys.toml"),
        "[list]\nmove_up = \"ctrl-k\"\nmove_down = \"ctrl-j\"\n",
    )
    .unwrap();
    let t = launch(dir.path(), "", "demo --step personas");
    t.wait_for("Karim Benali");
    t.keys(&["Down", "C-k"]);
    let s = t.wait_for("saved");
    let marie = s.find("Marie Lefèvre").unwrap();
    assert!(s.find("Karim Benali").unwrap() < marie, "{s}");
    // K no longer moves; Ctrl-J moves Karim back down.
    t.keys(&["K", "C-j", "q"]);
    t.wait_for("Workshops in");
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .unwrap();
    let saved = std::fs::read_to_string(file).unwrap();
    assert!(saved.find("\"Marie Lefèvre\"") < saved.find("\"Karim Benali\""));
}

/// The README's quick audit, key by key as it is written there, in French at 80x24: what each
/// step shows, then what was saved.
#[test]
fn the_readmes_quick_audit_key_by_key_in_french() {
    if no_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = launch_in("fr", dir.path(), "", "new \"Audit Facturo\" --quick", None);
    t.wait_for("Cadrage");
    // 1. Framing: Tab, Enter, the objective, Tab, Enter, the scope, Tab; t starts the time box.
    t.keys(&["Tab", "Enter"]);
    t.text("Réduire le churn de 18 % à 10 %");
    t.keys(&["Tab", "Enter"]);
    t.text("Facturation en ligne");
    t.keys(&["Tab", "t"]);
    t.wait_for("⏱");
    // 2. Listen: i, what customers said, Enter after each.
    t.keys(&["1", "i"]);
    t.text("Des frais cachés au paiement, encore");
    t.keys(&["Enter", "Enter"]);
    // 3. Personas: i and two names; Enter on one, Tab to each field, Enter, type.
    t.keys(&["2", "i"]);
    t.text("Marie, 42 ans, dirige un studio");
    t.keys(&["Enter"]);
    t.text("Karim, 35 ans, expert-comptable");
    t.keys(&["Enter", "Enter", "Enter", "Tab", "Enter"]);
    t.text("Je veux voir le prix total");
    t.keys(&["Tab", "Enter"]);
    t.text("Payer sans surprise");
    t.keys(&["Tab", "Enter"]);
    t.text("Les frais cachés");
    // The footer says how a multi-line field is kept (once the save has settled, whole).
    let s = t.wait_for("Échap/Ctrl-G annuler");
    assert!(s.contains("Ctrl-S valider · Entrée à la ligne"), "{s}");
    t.keys(&["C-s"]);
    let s = t.wait_for("Tab champ suivant");
    assert!(s.contains("Frustrations Les frais cachés"), "{s}");
    // 4. Journeys: a starts on the journey's name (its digits stay text), ] its stages, i.
    t.keys(&["C-g", "3", "a"]);
    t.text("Parcours 2026 de Marie");
    let s = t.wait_for("Entrée valider");
    assert!(s.contains("3◐ Parcours "), "{s}");
    t.keys(&["Enter", "]", "i"]);
    for stage in ["Entend parler de Facturo", "Achète", "Utilise"] {
        t.text(stage);
        t.keys(&["Enter"]);
    }
    t.keys(&["Enter"]);
    t.wait_for("Utilise · Achat");
    // On a stage: Enter, Tab to its phase, ←/→, Tab to its emotion, ←/→; back to the list.
    t.keys(&[
        "Up", "Up", "Enter", "Tab", "Left", "Tab", "Right", "Right", "C-g",
    ]);
    t.wait_for("Avant le bes");
    // 5. Moments: i, Enter on it, Tab to Kind, →.
    t.keys(&["4", "i"]);
    t.text("Frais cachés");
    t.keys(&["Enter", "Enter", "Enter", "Tab", "Right"]);
    t.wait_for("▲ critique");
    // 6. Criticity, 7. Interactions: Enter on a stage, Enter on a channel field, Space, Enter.
    t.keys(&["C-g", "5", "v", "6", "Enter", "Enter", "Space", "Enter"]);
    // 8. Target: ] the drafts, Enter adopts one and opens it on its owner.
    t.keys(&["7", "]"]);
    t.wait_for("Supprimer l'irritant");
    t.keys(&["Enter", "Enter"]);
    t.text("Lucie");
    t.keys(&["Enter"]);
    let s = t.wait_for("Lucie");
    assert!(s.contains("Responsable Lucie"), "{s}");
    // Undo says what it undid.
    t.keys(&["u"]);
    let s = t.wait_for("Annulé");
    assert!(s.contains("Annulé\u{a0}: action"), "{s}");
    t.keys(&["C-r", "q"]);
    t.wait_for("Audit Facturo");
    t.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(300));
    let saved: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("audit-facturo.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        saved["framing"]["objective"],
        "Réduire le churn de 18 % à 10 %"
    );
    assert_eq!(saved["framing"]["scope"], "Facturation en ligne");
    let karim = &saved["personas"][1];
    assert_eq!(karim["quote"], "Je veux voir le prix total");
    assert_eq!(karim["goals"], "Payer sans surprise");
    assert_eq!(karim["frustrations"], "Les frais cachés");
    let journey = &saved["journeys"][0];
    assert_eq!(journey["name"], "Parcours 2026 de Marie");
    let stages = journey["stages"].as_array().unwrap();
    assert_eq!(stages.len(), 3);
    assert_eq!(stages[0]["phase"], "before-need");
    assert_eq!(stages[0]["emotion"], 1);
    assert_eq!(stages[0]["current_channels"], serde_json::json!(["shop"]));
    assert_eq!(saved["moments"][0]["kind"], "critical");
    assert_eq!(saved["target"]["actions"][0]["owner"], "Lucie");
}
