//! The real binary in tmux at 80x24 (TERM=screen-256color), driven key by key through the
//! first half of a workshop; then the saved file and a reopened screen are checked.
//! Skipped, saying so, where tmux is missing.

use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", "w", k]);
        }
        // Let the app draw before the next batch.
        std::thread::sleep(Duration::from_millis(150));
    }

    fn text(&self, s: &str) {
        self.run(&["send-keys", "-t", "w", "-l", s]);
        std::thread::sleep(Duration::from_millis(100));
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "w"])
    }

    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) || start.elapsed() > Duration::from_secs(10) {
                return s;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

fn start(dir: &std::path::Path, args: &str) -> Tmux {
    let tmux = Tmux {
        socket: format!("parcours-e2e-{}-{}", std::process::id(), fastrand::u32(..)),
    };
    let cmd = format!(
        "TERM=screen-256color {} --lang en --dir {} {args}; sleep 30",
        env!("CARGO_BIN_EXE_parcours"),
        dir.display()
    );
    tmux.run(&["new-session", "-d", "-x", "80", "-y", "24", "-s", "w", &cmd]);
    tmux
}

#[test]
fn a_whole_workshop_through_the_real_binary() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
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
    t.keys(&["Enter", "]", "]", "a", "Down", "Down", "Down", "Enter"]);
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
    t.keys(&["3", "a", "Enter"]);
    t.text("Marie discovers Facturo");
    t.keys(&["Enter", "Tab", "]", "i"]);
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
    assert!(s.contains("does not end after use"), "{s}");
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
    t.wait_for("Action");
    t.keys(&[
        "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Enter",
    ]);
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
