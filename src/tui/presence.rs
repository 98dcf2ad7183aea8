//! The lines under the step bar when others are involved: who is here, on which step, who
//! leads and whether one follows; and the round under way with how far everyone is.

use super::keymap::{Action, Context};
use super::look::Look;
use super::rounds::{counts, describe};
use super::seat::Seat;
use crate::i18n::{live as l, round as t};
use crate::room::{Mark, Presence, Role, RoundView};

/// "following Claire · Here: Claire (facilitator) 2 · Ana ✓ 2 · Bob … 1".
pub fn people_line(p: &Presence, following: bool, look: &Look) -> String {
    let lang = look.lang;
    let others = p.people.iter().filter(|x| x.role != Role::Facilitator);
    let marks = |m: Mark| others.clone().filter(|x| x.mark == m).count();
    let mut lead = match p.role {
        // The counts once someone has said where they are.
        Role::Facilitator if marks(Mark::Ready) + marks(Mark::MoreTime) > 0 => {
            let ready = marks(Mark::Ready);
            let more = marks(Mark::MoreTime);
            let marks = t::MARKS.fill(lang, &[("ready", &ready), ("more", &more)]);
            format!("{} · {marks}", t::LEADING.get(lang))
        }
        Role::Facilitator => t::LEADING.get(lang).to_owned(),
        _ => {
            let facilitator = p.people.iter().find(|x| x.role == Role::Facilitator);
            match facilitator {
                Some(f) if p.lead.held || following => {
                    t::FOLLOWING.fill(lang, &[("name", &f.name)])
                }
                _ => t::FREE.get(lang).to_owned(),
            }
        }
    };
    if p.lead.held {
        lead = format!("{lead} · {}", t::HOLDING.get(lang));
    }
    let each: Vec<String> = p
        .people
        .iter()
        .map(|x| {
            let mark = match x.mark {
                Mark::None => "",
                Mark::Ready => " ✓",
                Mark::MoreTime => " …",
            };
            let step = x.step as u8;
            match x.role {
                Role::Participant => format!("{}{mark} {step}", x.name),
                role => format!(
                    "{} ({}){mark} {step}",
                    x.name,
                    l::ROLES[role as usize].get(lang)
                ),
            }
        })
        .collect();
    let here = l::HERE.fill(lang, &[("people", &each.join(" · "))]);
    format!("{lead} · {here}")
}

/// "Round: cards → verbatims · Ana 3 · Bob 1 · c write · V reveal · C cancel".
pub fn round_line(view: &RoundView, seat: &Seat, look: &Look) -> String {
    let lang = look.lang;
    let what = t::LINE.fill(
        lang,
        &[("what", &describe(&view.setup.kind, seat.room.doc(), lang))],
    );
    let keys: Vec<String> = [Action::WriteCards, Action::Reveal, Action::CancelRound]
        .into_iter()
        .filter(|a| seat.applies(*a))
        .filter_map(|a| {
            let key = look.keys.keys(Context::Workshop, a).first()?.name(lang);
            let entry = super::keymap::ENTRIES.iter().find(|e| e.actions == [a])?;
            let help = entry.help.get(lang);
            Some(format!("{key} {}", help.split(' ').next().unwrap_or(help)))
        })
        .collect();
    let mut parts = vec![what, counts(view, lang)];
    parts.extend(keys);
    parts.join(" · ")
}
