//! A seat: one person's interface on a room. It holds what is theirs (the step, each
//! screen's state, overlays, guidance shown, presentation, language, theme, key map, size)
//! and reaches the workshop only through its room handle: it reads the document there and
//! proposes every change as a numbered request, whose reply goes back to the widget that
//! asked, whatever the screen shows by then.

mod merge;
mod together;

use super::key::{Key, Msg};
use super::keymap::{Action, Context};
use super::look::Look;
use super::memo::Memo;
use super::overlay::{Done, OnYes, Overlay};
use super::screen::{Cx, Outcome, Screen, Slot};
use super::screens::{Screens, present};
use super::theme::Theme;
use crate::edit::{self, Edit};
use crate::i18n::tui as t;
use crate::method::{self, Step};
use crate::model::Plan;
use crate::room::{Ballot, Handle, Move, Refusal, Request, Role, TimerCommand};
use crate::text::{clean, one_line};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use std::rc::Rc;
use std::time::Instant;

/// A style of the theme, chosen before the theme is known.
pub type StyleOf = fn(&Theme) -> Style;

/// Who waits for the reply to a request.
#[derive(Debug, Clone)]
enum Asker {
    /// A widget of a step's screen.
    Screen(Step, Slot),
    /// The seat itself: an error goes to the status line.
    Seat,
    /// The seat's ballot, for a move in a round.
    Play(Move),
    /// The seat's undo (or redo), told against the document as it was before.
    Undo {
        before: Box<crate::model::Workshop>,
        redo: bool,
    },
}

pub struct Seat {
    pub room: Box<dyn Handle>,
    pub look: Look,
    pub step: Step,
    pub screens: Screens,
    pub overlay: Option<Overlay>,
    /// The step's guidance is shown.
    pub guide: bool,
    /// A message for the status line, until the next key.
    pub note: Option<String>,
    /// The message the last key took off the status line, which the reading key still shows.
    said: Option<String>,
    /// Presentation mode, at this page.
    pub present: Option<usize>,
    /// When the current step was entered, to count the time spent on it.
    pub shown_since: Instant,
    /// The time of the last message, which the view reads for the countdown.
    pub now: Instant,
    /// Ring the terminal bell at the next frame.
    pub bell: bool,
    /// The person left the workshop: everything saved, or they chose to leave without.
    pub left: bool,
    /// What to tell once the seat is closed (where a copy of an unsaved workshop went).
    pub farewell: Option<String>,
    /// This person's own votes and dots in the round under way.
    pub ballot: Ballot,
    /// The seat goes where the facilitator goes (in a live workshop).
    pub following: bool,
    /// The facilitator's calls already answered.
    summons_seen: u64,
    /// The round already seen, so that a new one is noticed once.
    round_seen: u64,
    /// The step whose time-up was already signalled.
    rung: Option<Step>,
    next_request: u64,
    waiting: Vec<(u64, Asker)>,
    /// Each step's completeness, for the step bar.
    progress: Memo<u64, Vec<method::Progress>>,
    /// The rows the guidance takes, by step, width and the document's version (its note):
    /// every key asks for the layout many times.
    guide_rows: Memo<(Step, u16, u64), usize>,
}

/// What a seat shows that can change while nobody types: the frame is drawn again only when
/// it differs from the one drawn last (or after a key), so an idle terminal gets no byte.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    /// The room's version: for a live seat it moves with every message from the host.
    version: u64,
    saving: std::mem::Discriminant<crate::room::SaveState>,
    note: bool,
    step: Step,
    /// The current step's time box, to the second shown.
    clock: Option<(bool, i64)>,
}

/// What the screens read, from the fields of a seat (so a screen can be borrowed beside it).
fn cx<'a>(room: &'a dyn Handle, look: &'a Look, ballot: &'a Ballot, area: Rect) -> Cx<'a> {
    Cx {
        doc: room.doc(),
        version: room.work_version(),
        changes: room.version(),
        path: room.path(),
        lang: look.lang,
        theme: &look.theme,
        keys: &look.keys,
        area,
        round: room.round(),
        ballot,
    }
}

impl Seat {
    pub fn new(mut room: Box<dyn Handle>, look: Look, step: Option<Step>) -> Seat {
        let now = Instant::now();
        // A workshop left with merge conflicts opens where the first one is to be settled.
        let first = room.doc().conflicts.first().map(crate::diff::step_of);
        let step = step.or(first).unwrap_or(Step::Framing);
        room.here(step);
        Seat {
            room,
            look,
            step,
            screens: Screens::default(),
            overlay: None,
            guide: true,
            note: None,
            said: None,
            present: None,
            shown_since: now,
            now,
            bell: false,
            left: false,
            farewell: None,
            ballot: Ballot::default(),
            following: true,
            summons_seen: 0,
            round_seen: 0,
            rung: None,
            next_request: 0,
            waiting: Vec::new(),
            progress: Memo::default(),
            guide_rows: Memo::default(),
        }
    }

    /// Each step's completeness, in the order of the steps.
    pub fn progress(&self) -> Rc<Vec<method::Progress>> {
        let doc = self.room.doc();
        self.progress.get(self.room.work_version(), || {
            Step::ALL
                .iter()
                .map(|st| method::completeness(doc, *st))
                .collect()
        })
    }

    pub fn stamp(&self) -> Stamp {
        Stamp {
            version: self.room.version(),
            saving: std::mem::discriminant(self.room.save_state()),
            note: self.note.is_some(),
            step: self.step,
            clock: (self.room.timers().get(&self.step))
                .map(|t| (t.running(), t.remaining(self.now))),
        }
    }

    /// The header (the steps, and who is here in a live workshop), the guidance and the body
    /// of a seat's screen in `area`.
    pub fn areas(&self, area: Rect) -> [Rect; 3] {
        let live = u16::from(self.room.presence().is_some());
        let round = u16::from(self.room.round().is_some());
        let conflict = u16::from(self.step_conflict().is_some());
        Layout::vertical([
            Constraint::Length(1 + live + round + conflict),
            Constraint::Length(self.guide_height(area)),
            Constraint::Fill(1),
        ])
        .areas(area)
    }

    /// The rows the guidance takes above a step's body.
    fn guide_height(&self, area: Rect) -> u16 {
        if !self.guide {
            return 0;
        }
        let key = (self.step, area.width, self.room.work_version());
        let rows = self.guide_rows.get(key, || {
            let w = usize::from(area.width.max(1));
            let each = self.guidance().into_iter();
            each.map(|(text, _)| crate::text::wrap(&text, w).len())
                .sum()
        });
        (*rows as u16).min(area.height / 3)
    }

    /// The guidance's paragraphs in the order they keep their room when it is short: the
    /// method's warning first (the sentence a newcomer must not miss), the why last.
    pub const GUIDE_FIRST: [usize; 4] = [2, 0, 3, 1];

    /// Everything the screen may show cut, whole: the status message, the guidance, then what
    /// the step's screen lists (its warnings, long titles).
    fn reading(&self) -> Vec<(String, StyleOf)> {
        let lang = self.look.lang;
        let said = self.said.iter().map(|n| {
            let colon = crate::i18n::export::COLON.get(lang);
            let line = format!("{}{colon}{}", t::MESSAGE.get(lang), one_line(n));
            (line, (|t| t.warning) as StyleOf)
        });
        // What the step still asks for, which the step bar only shows when it has room.
        let progress = &self.progress()[self.step as usize];
        let what = progress.missing_text(lang);
        let pct = format!("{}% ", progress.percent());
        let missing = (!what.is_empty()).then(|| {
            let line = t::MISSING.fill(lang, &[("pct", &pct), ("what", &what)]);
            (line.trim().to_owned(), (|t| t.muted) as StyleOf)
        });
        let screen = self.screen().texts(&self.cx(self.body()));
        said.chain(missing)
            .chain(self.guidance())
            .chain(screen.into_iter().map(|s| (s, (|t| t.base) as StyleOf)))
            .collect()
    }

    /// The step's guidance: what to do, why, and the method's warning; then the facilitator's
    /// private note, when there is one. Each line with the style it is drawn in.
    pub fn guidance(&self) -> Vec<(String, StyleOf)> {
        let g = self.step.guidance();
        let lang = self.look.lang;
        let colon = crate::i18n::export::COLON.get(lang);
        let mut lines: Vec<(String, StyleOf)> = vec![
            (
                format!("{}{colon}{}", t::WHAT.get(lang), g.what.get(lang)),
                |t| t.guidance,
            ),
            (
                format!("{}{colon}{}", t::WHY.get(lang), g.why.get(lang)),
                |t| t.guidance,
            ),
            (
                format!("{}{colon}{}", t::WATCH.get(lang), g.warning.get(lang)),
                |t| t.warning,
            ),
        ];
        if let Some(note) = self.room.doc().facilitation.notes.get(self.step.slug()) {
            let line = format!("✎ {}{colon}{}", t::NOTE.get(lang), one_line(note));
            lines.push((line, |t| t.editing));
        }
        lines
    }

    /// The body of the current screen at the terminal's size, above the footer line.
    fn body(&self) -> Rect {
        let (w, h) = self.look.size;
        self.areas(Rect::new(0, 0, w, h.saturating_sub(1)))[2]
    }

    /// The context the current screen reads, for drawing in `area`.
    pub fn cx(&self, area: Rect) -> Cx<'_> {
        cx(self.room.as_ref(), &self.look, &self.ballot, area)
    }

    /// The current step's screen.
    pub fn screen(&self) -> &dyn Screen {
        self.screens.get(self.step)
    }

    /// The key-map contexts in effect, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        if let Some(o) = &self.overlay {
            return vec![o.context()];
        }
        if self.present.is_some() {
            return vec![Context::Present];
        }
        match self.screen().context(&self.cx(self.body())) {
            inner @ (Context::Form
            | Context::List
            | Context::Rows
            | Context::Grid
            | Context::Drafts
            | Context::Scroll) => vec![inner, Context::Workshop],
            Context::Dots => vec![Context::Dots, Context::List, Context::Workshop],
            other => vec![other],
        }
    }

    /// Whether a workshop-wide key does something here, so the footer only offers what works.
    pub fn applies(&self, action: Action) -> bool {
        if let Some(applies) = self.together_applies(action).or(self.merge_applies(action)) {
            return applies;
        }
        match action {
            Action::EndLive => self.facilitates(),
            _ => self.screen().applies(action, &self.cx(self.body())),
        }
    }

    /// Whether the footer offers `action` of `context`: the keys of a form or of a text being
    /// typed always work, but for going back to a list, which a lone form has not.
    pub fn offers(&self, context: Context, action: Action) -> bool {
        match context {
            Context::Form | Context::Editing | Context::EditingLines if action != Action::Back => {
                true
            }
            _ => self.applies(action),
        }
    }

    /// Whether this seat facilitates a live workshop.
    fn facilitates(&self) -> bool {
        self.room
            .presence()
            .is_some_and(|p| p.role == Role::Facilitator)
    }

    pub fn update(&mut self, msg: Msg, now: Instant) {
        self.now = now;
        match msg {
            Msg::Tick => {
                self.time_up(now);
                self.room.tick(now);
                self.hear(now);
            }
            Msg::Paste(text) => self.paste(&text, now),
            Msg::Key(key) => self.key(key, now),
            Msg::Resize(w, h) => self.look.size = (w, h),
            Msg::Click(x, _) => {
                if self.overlay.is_none() && self.present.is_none() {
                    let width = self.look.size.0;
                    self.screens.get_mut(self.step).click(x, width);
                }
            }
        }
    }

    /// Numbers a request, remembers who waits for it, sends it, and hears what came back.
    fn send(&mut self, request: Request, asker: Asker, now: Instant) {
        let id = self.next_request;
        self.next_request += 1;
        self.waiting.push((id, asker));
        self.room.send(id, request, now);
        self.hear(now);
    }

    /// Hands each reply to the one who asked, then keeps up with the room.
    fn hear(&mut self, now: Instant) {
        let lang = self.look.lang;
        for reply in self.room.replies() {
            let Some(at) = self.waiting.iter().position(|(id, _)| *id == reply.id) else {
                continue;
            };
            let (_, asker) = self.waiting.remove(at);
            // What the seat itself is refused (watching only, no host) is said in the status
            // line whoever asked: a list's insert has nowhere else to say it.
            let about_the_seat = matches!(
                reply.result,
                Err(Refusal::ReadOnly | Refusal::Offline | Refusal::FacilitatorOnly)
            );
            let result = reply.result.map_err(|r| r.message(lang));
            if let (true, Err(e)) = (about_the_seat, &result) {
                self.note = Some(e.clone());
            }
            match asker {
                Asker::Screen(step, slot) => {
                    let area = self.body();
                    let cx = cx(self.room.as_ref(), &self.look, &self.ballot, area);
                    self.screens.get_mut(step).applied(slot, result, &cx);
                }
                Asker::Seat => {
                    if let Err(e) = result {
                        self.note = Some(e);
                    }
                }
                Asker::Undo { before, redo } => {
                    self.note = Some(match result {
                        Ok(()) => {
                            let what = crate::diff::brief(&before, self.room.doc(), lang);
                            let said = if redo { t::REDONE } else { t::UNDONE };
                            one_line(&said.fill(lang, &[("what", &what)]))
                        }
                        Err(e) => e,
                    });
                }
                Asker::Play(change) => match result {
                    Ok(()) => {
                        let tally = self.room.round().is_some_and(|r| r.setup.tally);
                        self.ballot.record(&change, tally);
                    }
                    Err(e) => self.note = Some(e),
                },
            }
        }
        self.keep_up(now);
    }

    /// Proposes an edit for the widget `slot` of the screen of `step`.
    fn propose(&mut self, edit: Box<Edit>, step: Step, slot: Slot, now: Instant) {
        self.send(Request::Propose(edit), Asker::Screen(step, slot), now);
    }

    /// Says once, and rings if asked, when the current step's time box runs out; once more
    /// time is given, it may say so again.
    fn time_up(&mut self, now: Instant) {
        let timer = self.room.timers().get(&self.step);
        if self.rung == Some(self.step) && timer.is_some_and(|t| !t.is_up(now)) {
            self.rung = None;
        }
        let up = timer.is_some_and(|t| t.running() && t.is_up(now));
        if up && self.rung != Some(self.step) {
            self.rung = Some(self.step);
            self.note = Some(t::TIME_UP.get(self.look.lang).to_owned());
            self.bell = self.room.doc().facilitation.bell;
        }
    }

    fn key(&mut self, key: Key, now: Instant) {
        if let Some(overlay) = self.overlay.take() {
            return self.overlay_key(overlay, key, now);
        }
        if let Some(page) = self.present {
            let last = present::pages(self.room.doc()).saturating_sub(1);
            self.present = match self.look.keys.action(Context::Present, key) {
                Some(Action::Next) => Some((page + 1).min(last)),
                Some(Action::Previous) => Some(page.saturating_sub(1)),
                Some(Action::Cancel) => None,
                _ => Some(page),
            };
            return;
        }
        self.said = self.note.take();
        // The step's own widgets first, then the workshop-wide keys.
        if self.hand_to_screen(now, |screen, cx| screen.key(key, cx)) {
            self.workshop_key(key, now);
        }
    }

    /// Acts on what a screen handed back; true when it left the key to the workshop.
    fn outcome(&mut self, outcome: Outcome, step: Step, slot: Slot, now: Instant) -> bool {
        match outcome {
            Outcome::Ignored => return true,
            Outcome::Handled => {}
            Outcome::Edit(e) => self.propose(e, step, slot, now),
            Outcome::Confirm(q, e) => {
                self.overlay = Some(Overlay::Ask(q, OnYes::Propose(e, step, slot)));
            }
            Outcome::Say(s) => self.note = Some(s),
            Outcome::Play(change) => self.play(change, now),
        }
        false
    }

    fn overlay_key(&mut self, overlay: Overlay, key: Key, now: Instant) {
        match overlay.key(key, &mut self.look, self.room.round()) {
            Done::Open(o) => self.overlay = Some(o),
            Done::Play(change, keep) => {
                self.overlay = keep;
                self.play(change, now);
            }
            Done::Yes(OnYes::Play(change)) => self.play(change, now),
            Done::Closed | Done::Yes(OnYes::DeleteFile(_)) => {}
            Done::Yes(OnYes::SaveCopy) => self.save_copy(),
            Done::Yes(OnYes::Leave) => self.left = true,
            Done::Yes(OnYes::EndLive) => self.room.end(),
            Done::Yes(OnYes::Propose(edit, step, slot)) => self.propose(edit, step, slot, now),
            Done::Said(e) => self.note = Some(e),
            Done::Note(text) => {
                // The note is kept through the edit path; an empty one is removed.
                let text = clean(&text).trim().to_owned();
                let mut notes = self.room.doc().facilitation.notes.clone();
                if text.is_empty() {
                    notes.remove(self.step.slug());
                } else {
                    notes.insert(self.step.slug().to_owned(), text);
                }
                let edit = edit::set_facilitation("notes", serde_json::json!(notes));
                self.send(Request::Propose(Box::new(edit)), Asker::Seat, now);
            }
        }
    }

    fn workshop_key(&mut self, key: Key, now: Instant) {
        let lang = self.look.lang;
        let step = self.step;
        let action = self.look.keys.action(Context::Workshop, key);
        if let Some(a) = action
            && (self.together_key(a, now) || self.merge_key(a, now))
        {
            return;
        }
        let moves = matches!(
            action,
            Some(Action::NextStep | Action::PrevStep | Action::Step(_))
        );
        if moves && !self.may_move() {
            return;
        }
        let doc = self.room.doc();
        match action {
            Some(Action::NextStep) => self.go(step.next().unwrap_or(step), now),
            Some(Action::PrevStep) => self.go(step.prev().unwrap_or(step), now),
            Some(Action::Step(n)) => self.go(Step::ALL[(n as usize).min(8)], now),
            Some(a @ (Action::Timer | Action::Extend | Action::Shorten)) => {
                let command = match a {
                    Action::Timer => TimerCommand::Toggle,
                    Action::Extend => TimerCommand::Extend,
                    _ => TimerCommand::Shorten,
                };
                self.send(Request::Timer { step, command }, Asker::Seat, now);
            }
            Some(Action::Bell) => {
                let on = !doc.facilitation.bell;
                let edit = edit::set_facilitation("bell", on);
                self.send(Request::Propose(Box::new(edit)), Asker::Seat, now);
                let said = if on { t::BELL_ON } else { t::BELL_OFF };
                self.note = Some(said.get(lang).to_owned());
            }
            Some(Action::Plan) => {
                let at = Plan::ALL
                    .iter()
                    .position(|p| *p == doc.facilitation.plan)
                    .unwrap_or(0);
                let next = Plan::ALL[(at + 1) % Plan::ALL.len()];
                let value = serde_json::to_value(next).expect("plans serialise");
                let edit = edit::set_facilitation("plan", value);
                self.send(Request::Propose(Box::new(edit)), Asker::Seat, now);
            }
            Some(Action::FullForms) => {
                let quick = !doc.facilitation.quick;
                let said = if quick { t::QUICK_FORMS } else { t::FULL_FORMS };
                self.note = Some(said.get(lang).to_owned());
                let edit = edit::set_facilitation("quick", quick);
                self.send(Request::Propose(Box::new(edit)), Asker::Seat, now);
            }
            Some(Action::Present) => self.present = Some(0),
            Some(Action::Note) => {
                let notes = &doc.facilitation.notes;
                let text = notes.get(step.slug()).cloned().unwrap_or_default();
                self.overlay = Some(Overlay::note(&text));
            }
            Some(Action::ToggleGuide) => self.guide = !self.guide,
            Some(a @ (Action::Undo | Action::Redo)) => {
                let before = Box::new(doc.clone());
                let (request, redo) = match a {
                    Action::Redo => (Request::Redo, true),
                    _ => (Request::Undo, false),
                };
                self.send(request, Asker::Undo { before, redo }, now);
            }
            Some(Action::ReadAll) => self.overlay = Some(Overlay::Read(self.reading(), 0)),
            Some(Action::Help) => self.overlay = Some(Overlay::Help(0, self.contexts())),
            Some(Action::Themes) => self.overlay = Some(Overlay::themes(&self.look)),
            Some(Action::EndLive) if self.facilitates() => {
                let q = crate::i18n::live::END_Q.get(lang).to_owned();
                self.overlay = Some(Overlay::Ask(q, OnYes::EndLive));
            }
            Some(Action::Quit) => {
                self.go(step, now);
                if self.room.flush() {
                    self.left = true;
                } else if let crate::room::SaveState::Failed(why) = self.room.save_state() {
                    // Never leave unsaved work silently: offer a copy elsewhere, then an
                    // explicit choice to leave without it. Meanwhile saving is retried.
                    let q = t::COPY_Q.fill(lang, &[("error", &why.get(lang))]);
                    self.overlay = Some(Overlay::Ask(one_line(&q), OnYes::SaveCopy));
                }
            }
            _ => {}
        }
    }

    /// Saves a copy of the unsaved workshop elsewhere and leaves, or says why it could not.
    fn save_copy(&mut self) {
        let lang = self.look.lang;
        match crate::store::save_copy(self.room.path(), self.room.doc()) {
            Ok(path) => {
                let said = t::COPY_SAVED.fill(lang, &[("path", &path.display())]);
                self.farewell = Some(one_line(&said));
                self.left = true;
            }
            Err(e) => {
                let said = t::COPY_FAILED.fill(lang, &[("error", &e.message(lang))]);
                self.note = Some(one_line(&said));
            }
        }
    }

    /// Moves to `step`, counting the time spent on the one left and handing its time box on.
    fn go(&mut self, step: Step, now: Instant) {
        // Rounded, so short visits are not all lost.
        let millis = now.saturating_duration_since(self.shown_since).as_millis();
        let seconds = ((millis + 500) / 1000) as u64;
        let from = self.step;
        let request = Request::Leave {
            step: from,
            seconds,
            to: step,
        };
        // Moved before the request is sent: what comes back may move the seat again.
        self.shown_since = now;
        self.step = step;
        self.room.here(step);
        self.send(request, Asker::Seat, now);
    }

    fn paste(&mut self, text: &str, now: Instant) {
        let text = &super::typing::pasted(text);
        if let Some(o) = &mut self.overlay {
            return o.paste(text);
        }
        if self.present.is_some() {
            return;
        }
        self.hand_to_screen(now, |screen, cx| screen.paste(text, cx));
    }

    /// Hands a key or a paste to the current step's screen and acts on its outcome; true
    /// when the screen let it through.
    fn hand_to_screen(
        &mut self,
        now: Instant,
        f: impl FnOnce(&mut dyn Screen, &Cx) -> Outcome,
    ) -> bool {
        let step = self.step;
        let area = self.body();
        let cx = cx(self.room.as_ref(), &self.look, &self.ballot, area);
        let screen = self.screens.get_mut(step);
        let outcome = f(screen, &cx);
        let slot = screen.slot();
        self.outcome(outcome, step, slot, now)
    }
}
