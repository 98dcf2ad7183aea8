//! An open workshop: its document, history, lock and save state, and the state of each
//! step's screen. The app changes it through `update`; the view reads it.

use super::form::Form;
use super::keymap::Context;
use super::records::{Collection, RecordList};
use super::screens;
use crate::edit::History;
use crate::facilitation::Timer;
use crate::i18n::Lang;
use crate::method::Step;
use crate::model::Workshop;
use crate::store::Lock;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    Saved,
    Pending(Instant),
    Failed(String),
}

pub struct Session {
    pub path: PathBuf,
    pub doc: Workshop,
    pub history: History,
    pub step: Step,
    pub guide: bool,
    pub save: SaveState,
    pub note: Option<String>,
    pub framing: Form,
    pub personas: RecordList,
    pub journeys: RecordList,
    pub stages: RecordList,
    /// Step 3 shows the stages of the selected journey rather than the journeys.
    pub on_stages: bool,
    /// Step 1's four lists, and which one shows (see `screens::listen::TABS`).
    pub listen: [RecordList; 4],
    pub listen_tab: usize,
    pub moments: RecordList,
    pub criticity: screens::criticity::Grid,
    pub interactions: RecordList,
    /// Step 6 shows the stage-by-channel matrix instead of the list.
    pub matrix: bool,
    /// The target step's tab (see `i18n::screens::TARGET_TABS`) and each tab's state.
    pub target_tab: usize,
    pub actions: RecordList,
    pub draft: usize,
    pub plan: RecordList,
    /// The first line of the summary shown.
    pub summary_top: usize,
    /// Each step's time box, once started; and when the current step was entered.
    pub timers: std::collections::BTreeMap<Step, Timer>,
    pub shown_since: Instant,
    /// The step whose time-up was already signalled.
    pub(super) rung: Option<Step>,
    /// Presentation mode, at this page.
    pub present: Option<usize>,
    pub(super) _lock: Lock,
}

impl Session {
    /// The record list the current step edits, its collection and its scope, with the
    /// document borrowed alongside; None on the steps without one.
    pub fn active(&mut self) -> Option<(&mut RecordList, &'static Collection, String, &Workshop)> {
        let journey = self.current_journey().unwrap_or_default();
        let (list, c, scope) = match (self.step, self.on_stages) {
            (Step::Listen, _) => (
                &mut self.listen[self.listen_tab],
                screens::listen::TABS[self.listen_tab],
                String::new(),
            ),
            (Step::Personas, _) => (
                &mut self.personas,
                &screens::personas::PERSONAS,
                String::new(),
            ),
            (Step::Journeys, true) => (&mut self.stages, &screens::journeys::STAGES, journey),
            (Step::Journeys, false) => (
                &mut self.journeys,
                &screens::journeys::JOURNEYS,
                String::new(),
            ),
            (Step::Moments, _) => (&mut self.moments, &screens::moments::MOMENTS, String::new()),
            (Step::Interactions, _) if !self.matrix => (
                &mut self.interactions,
                &screens::interactions::INTERACTIONS,
                String::new(),
            ),
            (Step::Target, _) if self.target_tab == 0 => {
                (&mut self.actions, &screens::target::ACTIONS, String::new())
            }
            (Step::Target, _) if self.target_tab == 3 => {
                (&mut self.plan, &screens::target::PLAN, String::new())
            }
            _ => return None,
        };
        Some((list, c, scope, &self.doc))
    }

    /// Read-only [`Session::active`], for the view.
    pub fn list_ref(&self) -> Option<(&RecordList, &'static Collection, String)> {
        let journey = self.current_journey().unwrap_or_default();
        Some(match (self.step, self.on_stages) {
            (Step::Listen, _) => (
                &self.listen[self.listen_tab],
                screens::listen::TABS[self.listen_tab],
                String::new(),
            ),
            (Step::Personas, _) => (&self.personas, &screens::personas::PERSONAS, String::new()),
            (Step::Journeys, true) => (&self.stages, &screens::journeys::STAGES, journey),
            (Step::Journeys, false) => {
                (&self.journeys, &screens::journeys::JOURNEYS, String::new())
            }
            (Step::Moments, _) => (&self.moments, &screens::moments::MOMENTS, String::new()),
            (Step::Interactions, _) if !self.matrix => (
                &self.interactions,
                &screens::interactions::INTERACTIONS,
                String::new(),
            ),
            (Step::Target, _) if self.target_tab == 0 => {
                (&self.actions, &screens::target::ACTIONS, String::new())
            }
            (Step::Target, _) if self.target_tab == 3 => {
                (&self.plan, &screens::target::PLAN, String::new())
            }
            _ => return None,
        })
    }

    /// Moves to `step`, counting the time spent on the one left and pausing its time box.
    pub fn go(&mut self, step: Step, now: Instant) {
        // Rounded, so short visits are not all lost.
        let spent = (now.saturating_duration_since(self.shown_since).as_millis() + 500) / 1000;
        let spent = spent as u64;
        if spent > 0 {
            let mut map = self.doc.facilitation.spent.clone();
            *map.entry(self.step.slug().to_owned()).or_default() += spent;
            self.set_quietly("spent", serde_json::json!(map), now);
        }
        let running = self.timers.get(&self.step).is_some_and(Timer::running);
        if let Some(t) = self.timers.get_mut(&self.step) {
            t.pause(now);
        }
        self.shown_since = now;
        self.step = step;
        // A running time box hands over to the next step's, so the room stays on the plan.
        if running {
            let budget = self.budget();
            self.timers
                .entry(step)
                .or_insert_with(|| Timer::new(budget))
                .start(now);
            self.keep_timebox(now);
        }
    }

    /// A facilitation field changed through the edit path but outside undo: time spent and
    /// time boxes are the room's clock, not the team's content.
    pub(super) fn set_quietly(&mut self, field: &str, value: serde_json::Value, now: Instant) {
        if crate::edit::apply(&mut self.doc, crate::edit::set_facilitation(field, value)).is_ok() {
            self.save = SaveState::Pending(now);
        }
    }

    /// The time box of the current step: as set before, else the plan's, else 15 minutes.
    pub(super) fn budget(&self) -> Duration {
        let f = &self.doc.facilitation;
        let minutes = f
            .timeboxes
            .get(self.step.slug())
            .copied()
            .or(crate::facilitation::planned(f.plan, self.step))
            .unwrap_or(15);
        Duration::from_secs(u64::from(minutes) * 60)
    }

    /// Remembers the current step's time box, in minutes, in the workshop.
    pub(super) fn keep_timebox(&mut self, now: Instant) {
        let Some(t) = self.timers.get(&self.step) else {
            return;
        };
        let minutes = (t.budget.as_secs() / 60) as u32;
        if self.doc.facilitation.timeboxes.get(self.step.slug()) != Some(&minutes) {
            let mut map = self.doc.facilitation.timeboxes.clone();
            map.insert(self.step.slug().to_owned(), minutes);
            self.set_quietly("timeboxes", serde_json::json!(map), now);
        }
    }

    /// The key-map context of the step's own widgets.
    pub fn context(&self) -> Context {
        match self.step {
            Step::Framing => self.framing.context(),
            Step::Criticity => self.criticity.context(),
            Step::Target if self.target_tab == 1 => Context::Drafts,
            Step::Summary => Context::Scroll,
            _ => self
                .list_ref()
                .map_or(Context::Workshop, |(list, c, _)| list.context(c)),
        }
    }

    /// The journey selected in step 3.
    pub fn current_journey(&self) -> Option<String> {
        let rows = (screens::journeys::JOURNEYS.rows)(&self.doc, "", Lang::En);
        self.journeys.current(&rows)
    }
}
