//! A program run in a pseudo-terminal of a given size, for what only a real terminal shows:
//! the bytes the program writes, and when. Used by the `pty` benchmark and the tests of what
//! reaches the terminal.

#![allow(dead_code)]

use nix::poll::{PollFd, PollFlags, poll};
use nix::pty::{ForkptyResult, Winsize, forkpty};
use nix::sys::signal::{Signal, kill};
use nix::sys::wait::waitpid;
use nix::unistd::{Pid, execvp, read, write};
use std::ffi::CString;
use std::os::fd::{AsFd, OwnedFd};
use std::time::{Duration, Instant};

pub struct Pty {
    master: OwnedFd,
    child: Pid,
}

impl Pty {
    /// Starts `program` with `args` in a terminal of `cols` × `rows`, with `TERM` as given.
    pub fn spawn(program: &str, args: &[&str], cols: u16, rows: u16, term: &str) -> Pty {
        let size = Winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let argv: Vec<CString> = std::iter::once(program)
            .chain(args.iter().copied())
            .map(|a| CString::new(a).unwrap())
            .collect();
        let term = CString::new(format!("TERM={term}")).unwrap();
        // Safety: the child only sets its environment and replaces itself.
        match unsafe { forkpty(&size, None) }.expect("forkpty") {
            ForkptyResult::Parent { child, master } => Pty { master, child },
            ForkptyResult::Child => {
                unsafe { nix::libc::putenv(term.into_raw()) };
                let _ = execvp(&argv[0], &argv);
                std::process::exit(127);
            }
        }
    }

    /// Everything written within `wait`.
    pub fn read_for(&self, wait: Duration) -> Vec<u8> {
        let end = Instant::now() + wait;
        let mut out = Vec::new();
        while let Some(left) = end.checked_duration_since(Instant::now()) {
            if !self.wait_output(left) {
                break;
            }
            let mut buf = [0u8; 65536];
            match read(&self.master, &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
            }
        }
        out
    }

    /// Reads until the program has been quiet for `quiet`; the bytes and when the last came,
    /// from `start`.
    pub fn read_until_quiet(&self, start: Instant, quiet: Duration) -> (Vec<u8>, Duration) {
        self.read_until_quiet_within(start, Duration::from_secs(5), quiet)
    }

    /// `read_until_quiet`, waiting up to `within` for the first byte.
    pub fn read_until_quiet_within(
        &self,
        start: Instant,
        within: Duration,
        quiet: Duration,
    ) -> (Vec<u8>, Duration) {
        let mut out = Vec::new();
        let mut last = start;
        self.wait_output(within);
        loop {
            let got = self.read_for_burst(quiet);
            if got.is_empty() {
                return (out, last - start);
            }
            last = Instant::now();
            out.extend(got);
        }
    }

    fn read_for_burst(&self, quiet: Duration) -> Vec<u8> {
        if !self.wait_output(quiet) {
            return Vec::new();
        }
        let mut buf = [0u8; 65536];
        match read(&self.master, &mut buf) {
            Ok(n) => buf[..n].to_vec(),
            Err(_) => Vec::new(),
        }
    }

    fn wait_output(&self, within: Duration) -> bool {
        let ms = u16::try_from(within.as_millis()).unwrap_or(u16::MAX);
        let mut fds = [PollFd::new(self.master.as_fd(), PollFlags::POLLIN)];
        matches!(poll(&mut fds, ms), Ok(n) if n > 0)
    }

    /// The most memory the program has held so far (its peak resident set), in MB.
    pub fn peak_memory_mb(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child))
            .expect("the program is running");
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM in /proc status");
        kb / 1024.0
    }

    pub fn send(&self, bytes: &[u8]) {
        write(&self.master, bytes).expect("write to the terminal");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = kill(self.child, Signal::SIGKILL);
        let _ = waitpid(self.child, None);
    }
}
