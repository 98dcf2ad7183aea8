//! What a seat does with the others: follow the facilitator's step (or go free), say it is
//! ready, and the rounds (write cards, vote, place dots; for the facilitator, set one up,
//! reveal it, cancel it).

use super::{Asker, Seat};
use crate::i18n::round as t;
use crate::method::Step;
use crate::room::round::{Cards, Kind};
use crate::room::{Mark, Move, Request, Role};
use crate::tui::keymap::Action;
use crate::tui::overlay::{OnYes, Overlay};
use crate::tui::rounds::RoundSetup;
use std::time::Instant;

impl Seat {
    /// The role of this seat in a live workshop.
    pub(super) fn role(&self) -> Option<Role> {
        self.room.presence().map(|p| p.role)
    }

    /// Whether this seat runs the rounds: the facilitator of a live workshop, or the one person
    /// of a room of their own.
    pub(super) fn runs_rounds(&self) -> bool {
        matches!(self.role(), None | Some(Role::Facilitator))
    }

    /// Whether the facilitator holds this seat on their step.
    fn held(&self) -> bool {
        let p = self.room.presence();
        p.is_some_and(|p| p.role != Role::Facilitator && p.lead.held)
    }

    /// Whether a step key may move this seat; moving makes a follower free.
    pub(super) fn may_move(&mut self) -> bool {
        if self.held() {
            self.note = Some(t::HELD.get(self.look.lang).to_owned());
            return false;
        }
        self.following = false;
        true
    }

    /// Keeps up with the room after each message from it: a new round, the facilitator's
    /// lead.
    pub(super) fn keep_up(&mut self, now: Instant) {
        self.ballot.follow(self.room.round());
        // A pen with no cards round left to write in is put down.
        let cards = |r: &crate::room::RoundView| matches!(r.setup.kind, Kind::Cards(_));
        if matches!(self.overlay, Some(Overlay::Cards(_))) && !self.room.round().is_some_and(cards)
        {
            self.overlay = None;
        }
        let round = self.room.round().map(|r| (r.id, r.setup.kind.clone()));
        if let Some((id, kind)) = round
            && id != self.round_seen
        {
            self.round_seen = id;
            // A cards round opens everyone's pen, once.
            let writes = self.role() != Some(Role::Observer);
            if matches!(kind, Kind::Cards(_)) && writes && self.overlay.is_none() {
                self.overlay = Some(Overlay::Cards(Box::default()));
            }
        }
        let Some(p) = self.room.presence() else {
            return;
        };
        if p.role == Role::Facilitator {
            return;
        }
        let lead = p.lead;
        if lead.summons > self.summons_seen {
            self.summons_seen = lead.summons;
            self.following = true;
        }
        if (self.following || lead.held) && lead.step != self.step {
            self.go(lead.step, now);
        }
    }

    /// The workshop-wide keys of a room with others in it; false when `action` is not one.
    pub(super) fn together_key(&mut self, action: Action, now: Instant) -> bool {
        let lang = self.look.lang;
        let live = self.room.presence().is_some();
        let leads = self.role() == Some(Role::Facilitator);
        let round = self.room.round().cloned();
        match action {
            Action::Follow if live && !leads => {
                if self.held() {
                    self.note = Some(t::HELD.get(lang).to_owned());
                } else {
                    self.following = !self.following;
                    self.keep_up(now);
                }
            }
            Action::Mark if live && !leads => {
                let mine = self.room.presence().and_then(|p| {
                    let me = p.people.iter().find(|x| x.name == p.you);
                    me.map(|x| x.mark)
                });
                let next = match mine.unwrap_or_default() {
                    Mark::None => Mark::Ready,
                    Mark::Ready => Mark::MoreTime,
                    Mark::MoreTime => Mark::None,
                };
                self.room.mark(next);
            }
            Action::Summon if leads => self.room.summon(),
            Action::Hold if leads => {
                let held = self.room.presence().is_some_and(|p| p.lead.held);
                self.room.hold(!held);
            }
            Action::WriteCards
                if round
                    .as_ref()
                    .is_some_and(|r| matches!(r.setup.kind, Kind::Cards(_))) =>
            {
                self.overlay = Some(Overlay::Cards(Box::default()));
            }
            Action::OpenRound if self.runs_rounds() => match round {
                Some(_) => self.note = Some(t::ROUND_OPEN.get(lang).to_owned()),
                None => self.set_up_round(),
            },
            Action::Reveal if self.runs_rounds() && round.is_some() => {
                let q = t::REVEAL_Q.get(lang).to_owned();
                self.overlay = Some(Overlay::Ask(q, OnYes::Play(Move::Reveal)));
            }
            Action::CancelRound if self.runs_rounds() && round.is_some() => {
                let q = t::CANCEL_Q.get(lang).to_owned();
                self.overlay = Some(Overlay::Ask(q, OnYes::Play(Move::Cancel)));
            }
            _ => return false,
        }
        true
    }

    /// Whether a key of a room with others does something here, for the footer and help.
    pub(super) fn together_applies(&self, action: Action) -> Option<bool> {
        let live = self.room.presence().is_some();
        let leads = self.role() == Some(Role::Facilitator);
        let round = self.room.round();
        Some(match action {
            Action::Follow | Action::Mark => live && !leads,
            Action::Summon | Action::Hold => leads,
            Action::WriteCards => {
                round.is_some_and(|r| matches!(r.setup.kind, Kind::Cards(_)))
                    && self.role() != Some(Role::Observer)
            }
            Action::OpenRound => self.runs_rounds() && round.is_none(),
            Action::Reveal | Action::CancelRound => self.runs_rounds() && round.is_some(),
            _ => return None,
        })
    }

    /// Plays a move in the round; the ballot remembers one's votes once the room takes them.
    pub(super) fn play(&mut self, change: Move, now: Instant) {
        self.send(Request::Round(change.clone()), Asker::Play(change), now);
    }

    /// Opens the setup of a round about what this step and its chosen record offer.
    fn set_up_round(&mut self) {
        let lang = self.look.lang;
        let doc = self.room.doc();
        let cx = self.cx(self.body());
        let picked = self.screens.get(self.step).picked(&cx);
        let first_stage = || {
            let stages = doc.journeys.iter().flat_map(|j| &j.stages);
            stages.map(|s| s.id.clone()).next()
        };
        let kinds = match self.step {
            Step::Listen => Ok(vec![Kind::Cards(Cards::Verbatims)]),
            Step::Personas => match picked {
                Some(p) => Ok(vec![
                    Kind::Cards(Cards::Needs(p.clone())),
                    Kind::Cards(Cards::Frustrations(p)),
                ]),
                None => Err(t::PICK_PERSONA),
            },
            Step::Journeys => match picked {
                Some(s) => Ok(vec![Kind::Cards(Cards::PainPoints(s))]),
                None => Err(t::PICK_STAGE),
            },
            Step::Moments => {
                let stage = picked
                    .and_then(|m| doc.moment(&m).map(|m| m.stage.clone()))
                    .or_else(first_stage);
                match stage {
                    Some(s) => Ok(vec![Kind::Cards(Cards::Moments(s))]),
                    None => Err(t::NO_STAGE_YET),
                }
            }
            Step::Criticity => Ok(vec![Kind::Criticity]),
            Step::Target => Ok(vec![Kind::Dots { budget: 5, cap: 3 }]),
            _ => Err(t::NO_ROUND_HERE),
        };
        match kinds {
            Ok(kinds) => {
                let alone = self.room.presence().is_none();
                let setup = RoundSetup::new(kinds, alone);
                self.overlay = Some(Overlay::Setup(Box::new(setup)));
            }
            Err(why) => self.note = Some(why.get(lang).to_owned()),
        }
    }
}
