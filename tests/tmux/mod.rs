//! A tmux server of its own for an end-to-end test: sessions by name, keys, text, screens. The
//! single-screen tests use the session `w`.
#![allow(dead_code)] // each test file uses its own part

use std::process::Command;
use std::time::{Duration, Instant};

pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    /// A server no other test shares.
    pub fn new(tag: &str) -> Tmux {
        let (pid, n) = (std::process::id(), fastrand::u32(..));
        Tmux {
            socket: format!("parcours-{tag}-{pid}-{n}"),
        }
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn keys_to(&self, target: &str, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", target, k]);
        }
        // Let the app draw before the next batch.
        std::thread::sleep(Duration::from_millis(150));
    }

    pub fn text_to(&self, target: &str, s: &str) {
        self.run(&["send-keys", "-t", target, "-l", s]);
        std::thread::sleep(Duration::from_millis(100));
    }

    pub fn screen_of(&self, target: &str) -> String {
        self.run(&["capture-pane", "-p", "-t", target])
    }

    /// Whether `target` shows `needle` within `limit`.
    pub fn shows(&self, target: &str, needle: &str, limit: Duration) -> bool {
        let start = Instant::now();
        loop {
            if self.screen_of(target).contains(needle) {
                return true;
            }
            if start.elapsed() > limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Fails the test, showing `target`'s screen, unless it shows `needle` within `limit`.
    pub fn expect(&self, target: &str, needle: &str, limit: Duration) {
        if !self.shows(target, needle, limit) {
            panic!(
                "{target} never showed {needle:?}:\n{}",
                self.screen_of(target)
            );
        }
    }

    pub fn keys(&self, keys: &[&str]) {
        self.keys_to("w", keys);
    }

    pub fn text(&self, s: &str) {
        self.text_to("w", s);
    }

    pub fn screen(&self) -> String {
        self.screen_of("w")
    }

    /// The screen once it shows `needle`, or after 10 s.
    pub fn wait_for(&self, needle: &str) -> String {
        self.shows("w", needle, Duration::from_secs(10));
        self.screen()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

/// Whether tmux is here; says so when it is not.
pub fn missing() -> bool {
    let missing = Command::new("tmux").arg("-V").output().is_err();
    if missing {
        eprintln!("skipped: tmux is not installed");
    }
    missing
}
