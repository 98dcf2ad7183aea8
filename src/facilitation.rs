//! Keeping the room on time: a time box per step that counts down, pauses, resumes and
//! extends; session plans that set the boxes and tell where the team is. Pure: the clock is
//! passed in, so tests move time instead of sleeping.

use crate::i18n::{Text, method as t};
use crate::method::Step;
use crate::model::Plan;
use std::time::{Duration, Instant};

/// A countdown for one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Timer {
    pub budget: Duration,
    /// Time counted before the current run.
    used: Duration,
    /// When the current run started; None while paused.
    since: Option<Instant>,
}

impl Timer {
    /// A paused timer with `budget` to spend.
    pub fn new(budget: Duration) -> Timer {
        Timer {
            budget,
            used: Duration::ZERO,
            since: None,
        }
    }

    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    pub fn start(&mut self, now: Instant) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }

    pub fn pause(&mut self, now: Instant) {
        if let Some(since) = self.since.take() {
            self.used += now.saturating_duration_since(since);
        }
    }

    /// More time, while running or paused.
    pub fn extend(&mut self, more: Duration) {
        self.budget += more;
    }

    /// Less time, never below nothing.
    pub fn shorten(&mut self, less: Duration) {
        self.budget = self.budget.saturating_sub(less);
    }

    pub fn elapsed(&self, now: Instant) -> Duration {
        self.used
            + self
                .since
                .map_or(Duration::ZERO, |s| now.saturating_duration_since(s))
    }

    /// Seconds left; negative once the time is up.
    pub fn remaining(&self, now: Instant) -> i64 {
        self.budget.as_secs() as i64 - self.elapsed(now).as_secs() as i64
    }

    pub fn is_up(&self, now: Instant) -> bool {
        self.remaining(now) <= 0
    }

    /// The timer as it stands at `now`, to send to another process.
    pub fn state(&self, now: Instant) -> TimerState {
        TimerState {
            budget: self.budget.as_secs(),
            elapsed_ms: self.elapsed(now).as_millis() as u64,
            running: self.running(),
        }
    }

    /// A timer standing where `state` said, `now` by this process's clock.
    pub fn from_state(state: TimerState, now: Instant) -> Timer {
        Timer {
            budget: Duration::from_secs(state.budget),
            used: Duration::from_millis(state.elapsed_ms),
            since: state.running.then_some(now),
        }
    }
}

/// A time box at one instant, in a form that travels between processes (their clocks differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimerState {
    /// Seconds in the box.
    pub budget: u64,
    /// Milliseconds counted so far.
    pub elapsed_ms: u64,
    pub running: bool,
}

/// "12:34", or "+01:20" past the end.
pub fn clock(seconds: i64) -> String {
    let sign = if seconds < 0 { "+" } else { "" };
    let s = seconds.unsigned_abs();
    if s >= 3600 {
        format!("{sign}{}h{:02}", s / 3600, s / 60 % 60)
    } else {
        format!("{sign}{:02}:{:02}", s / 60, s % 60)
    }
}

/// One session of a plan: its name and the minutes of each of its steps.
pub struct Session {
    pub name: Text,
    pub steps: &'static [(Step, u32)],
}

const THREE: [Session; 3] = [
    Session {
        name: t::SESSIONS[0],
        steps: &[
            (Step::Framing, 30),
            (Step::Listen, 50),
            (Step::Personas, 70),
        ],
    },
    Session {
        name: t::SESSIONS[1],
        steps: &[(Step::Journeys, 150)],
    },
    Session {
        name: t::SESSIONS[2],
        steps: &[
            (Step::Moments, 25),
            (Step::Criticity, 20),
            (Step::Interactions, 25),
            (Step::Target, 40),
            (Step::Summary, 10),
        ],
    },
];

const QUICK: [Session; 1] = [Session {
    name: t::SESSIONS[3],
    steps: &[
        (Step::Framing, 5),
        (Step::Listen, 8),
        (Step::Personas, 8),
        (Step::Journeys, 12),
        (Step::Moments, 7),
        (Step::Criticity, 5),
        (Step::Interactions, 5),
        (Step::Target, 7),
        (Step::Summary, 3),
    ],
}];

pub fn sessions(plan: Plan) -> &'static [Session] {
    match plan {
        Plan::Free => &[],
        Plan::ThreeSessions => &THREE,
        Plan::QuickAudit => &QUICK,
    }
}

/// The minutes a plan gives a step, if it covers it.
pub fn planned(plan: Plan, step: Step) -> Option<u32> {
    sessions(plan)
        .iter()
        .flat_map(|s| s.steps)
        .find(|(s, _)| *s == step)
        .map(|(_, m)| *m)
}

/// Where a step stands in a plan: its session (1-based), how many there are, and the
/// minutes planned from this step to the end of its session.
pub fn position(plan: Plan, step: Step) -> Option<(usize, usize, u32)> {
    let all = sessions(plan);
    all.iter().enumerate().find_map(|(i, s)| {
        let at = s.steps.iter().position(|(x, _)| *x == step)?;
        let left = s.steps[at..].iter().map(|(_, m)| m).sum();
        Some((i + 1, all.len(), left))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: Duration = Duration::from_secs(60);

    #[test]
    fn a_timer_travels_as_its_state() {
        let t0 = Instant::now();
        let mut timer = Timer::new(10 * MIN);
        timer.start(t0);
        let there = t0 + 3 * MIN;
        let copy = Timer::from_state(timer.state(there), there);
        let later = there + MIN;
        assert_eq!(copy.remaining(later), timer.remaining(later));
        assert!(copy.running());
        timer.pause(later);
        let copy = Timer::from_state(timer.state(later), later);
        assert_eq!(copy.remaining(later + MIN), 6 * 60);
    }

    #[test]
    fn counts_down_only_while_running() {
        let t0 = Instant::now();
        let mut t = Timer::new(10 * MIN);
        assert_eq!(t.remaining(t0 + 5 * MIN), 600, "not started yet");
        t.start(t0);
        assert_eq!(t.remaining(t0 + 3 * MIN), 420);
        t.pause(t0 + 3 * MIN);
        assert!(!t.running());
        assert_eq!(t.remaining(t0 + 30 * MIN), 420, "paused");
        t.start(t0 + 30 * MIN);
        t.start(t0 + 31 * MIN);
        assert_eq!(
            t.remaining(t0 + 32 * MIN),
            300,
            "a second start changes nothing"
        );
        assert!(!t.is_up(t0 + 36 * MIN));
        assert!(t.is_up(t0 + 37 * MIN));
        assert_eq!(t.remaining(t0 + 38 * MIN), -60);
        assert_eq!(clock(t.remaining(t0 + 38 * MIN)), "+01:00");
    }

    #[test]
    fn extend_and_shorten_move_the_end() {
        let t0 = Instant::now();
        let mut t = Timer::new(5 * MIN);
        t.start(t0);
        assert!(t.is_up(t0 + 6 * MIN));
        t.extend(5 * MIN);
        assert!(!t.is_up(t0 + 6 * MIN));
        assert_eq!(t.remaining(t0 + 6 * MIN), 240);
        t.shorten(20 * MIN);
        assert_eq!(t.budget, Duration::ZERO);
        assert_eq!(t.elapsed(t0 + 6 * MIN), 6 * MIN);
    }

    #[test]
    fn clock_reads_minutes_and_hours() {
        assert_eq!(clock(754), "12:34");
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(2 * 3600 + 5 * 60), "2h05");
        assert_eq!(clock(-5), "+00:05");
    }

    #[test]
    fn plans_cover_every_step_once_and_say_what_is_left() {
        for plan in [Plan::ThreeSessions, Plan::QuickAudit] {
            for step in Step::ALL {
                let n = sessions(plan)
                    .iter()
                    .flat_map(|s| s.steps)
                    .filter(|(s, _)| *s == step)
                    .count();
                assert_eq!(n, 1, "{plan:?} {step:?}");
            }
        }
        let quick: u32 = QUICK[0].steps.iter().map(|(_, m)| m).sum();
        assert_eq!(quick, 60, "a quick audit takes about an hour");
        assert_eq!(
            position(Plan::ThreeSessions, Step::Journeys),
            Some((2, 3, 150))
        );
        assert_eq!(
            position(Plan::ThreeSessions, Step::Criticity),
            Some((3, 3, 95))
        );
        assert_eq!(position(Plan::Free, Step::Journeys), None);
        assert_eq!(planned(Plan::QuickAudit, Step::Summary), Some(3));
    }
}
