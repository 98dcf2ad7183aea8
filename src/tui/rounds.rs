//! The panels of a round: writing one's cards, and setting a round up before opening it; and
//! the words that say what a round is about.

use super::key::Key;
use super::keymap::{Action, Context};
use super::look::Look;
use super::overlay::Done;
use super::typing::line_key;
use crate::i18n::{Lang, round as t};
use crate::model::Workshop;
use crate::room::round::{Cards, Kind, Move, RoundView, Setup};
use crate::text::{fit, one_line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use tui_input::Input;

/// What a round is about, in words.
pub fn describe(kind: &Kind, doc: &Workshop, lang: Lang) -> String {
    let persona = |id: &str| doc.persona(id).map_or(String::new(), |p| one_line(&p.name));
    let stage = |id: &str| {
        doc.stage(id)
            .map_or(String::new(), |(_, s)| one_line(&s.name))
    };
    match kind {
        Kind::Cards(Cards::Verbatims) => t::VERBATIMS.get(lang).to_owned(),
        Kind::Cards(Cards::Needs(p)) => t::NEEDS.fill(lang, &[("name", &persona(p))]),
        Kind::Cards(Cards::Frustrations(p)) => t::FRUSTRATIONS.fill(lang, &[("name", &persona(p))]),
        Kind::Cards(Cards::PainPoints(s)) => t::PAINS.fill(lang, &[("name", &stage(s))]),
        Kind::Cards(Cards::Moments(s)) => t::MOMENTS.fill(lang, &[("name", &stage(s))]),
        Kind::Criticity => t::CRITICITY.get(lang).to_owned(),
        Kind::Dots { budget, cap } => t::DOTS.fill(lang, &[("budget", budget), ("cap", cap)]),
    }
}

/// "Ana 3 · you 1": how many cards, votes or dots each person has so far.
pub fn counts(view: &RoundView, lang: Lang) -> String {
    if view.counts.is_empty() {
        return t::NOBODY_YET.get(lang).to_owned();
    }
    let each = view.counts.iter().map(|(who, n)| {
        let who = if *who == view.you {
            t::YOU.get(lang).to_owned()
        } else {
            one_line(who)
        };
        format!("{who} {n}")
    });
    each.collect::<Vec<_>>().join(" · ")
}

/// Writing one's cards: an input, and one's cards so far.
#[derive(Default)]
pub struct CardsPanel {
    pub input: Input,
    /// The card chosen among one's own, to take back.
    pub at: usize,
}

impl CardsPanel {
    pub fn key(mut self: Box<Self>, key: Key, look: &Look, mine: usize) -> Done {
        let again = |panel| Some(super::overlay::Overlay::Cards(panel));
        match look.keys.action(Context::Cards, key) {
            Some(Action::Cancel) => Done::Closed,
            Some(Action::Commit) => {
                let text = one_line(self.input.value());
                if text.trim().is_empty() {
                    return Done::Open(super::overlay::Overlay::Cards(self));
                }
                self.input.reset();
                self.at = mine;
                Done::Play(Move::Card(text), again(self))
            }
            Some(Action::Up) => {
                self.at = self.at.saturating_sub(1);
                Done::Open(super::overlay::Overlay::Cards(self))
            }
            Some(Action::Down) => {
                self.at = (self.at + 1).min(mine.saturating_sub(1));
                Done::Open(super::overlay::Overlay::Cards(self))
            }
            Some(Action::Delete) if mine > 0 => {
                let at = self.at.min(mine - 1);
                self.at = at.saturating_sub(1);
                Done::Play(Move::Uncard(at), again(self))
            }
            _ => {
                line_key(&mut self.input, key);
                Done::Open(super::overlay::Overlay::Cards(self))
            }
        }
    }

    pub fn draw(
        &self,
        look: &Look,
        view: Option<&RoundView>,
        doc: &Workshop,
        frame: &mut Frame,
        body: Rect,
    ) {
        let (lang, theme) = (look.lang, &look.theme);
        let r = super::overlay::centered(body, 76, body.height.min(16));
        frame.render_widget(Clear, r);
        let title = view.map_or(String::new(), |v| describe(&v.setup.kind, doc, lang));
        let block = Block::bordered()
            .border_style(theme.border_focus)
            .title(Span::styled(fit(&format!(" {title} "), 74), theme.title));
        let inner = block.inner(r);
        frame.render_widget(block, r);
        if inner.height < 3 {
            return;
        }
        let w = inner.width as usize;
        let mine: &[String] = view.map_or(&[], |v| v.mine.as_slice());
        let mut lines = vec![Line::styled(
            fit(&t::YOUR_CARDS.fill(lang, &[("n", &mine.len())]), w),
            theme.muted,
        )];
        let room = usize::from(inner.height).saturating_sub(4);
        let first = (self.at + 1).saturating_sub(room);
        for (i, card) in mine.iter().enumerate().skip(first).take(room) {
            let style = if i == self.at.min(mine.len() - 1) {
                theme.selection
            } else {
                theme.base
            };
            lines.push(Line::styled(
                fit(&format!("  • {}", one_line(card)), w),
                style,
            ));
        }
        let others = view.map_or(String::new(), |v| counts(v, lang));
        let y = inner.bottom().saturating_sub(2);
        frame.render_widget(
            Paragraph::new(lines),
            Rect {
                height: y - inner.y,
                ..inner
            },
        );
        let row = Rect {
            y,
            height: 1,
            ..inner
        };
        super::typing::draw_line(frame, row, "> ", &self.input, theme.editing);
        let line = t::OTHERS.fill(lang, &[("counts", &others)]);
        frame.render_widget(
            Paragraph::new(Span::styled(fit(&line, w), theme.muted)),
            Rect {
                y: y + 1,
                height: 1,
                ..inner
            },
        );
    }
}

/// A round being set up: what it is about (among what the step offers) and its options.
pub struct RoundSetup {
    pub kinds: Vec<Kind>,
    pub at: usize,
    pub anonymous: bool,
    pub facilitator_votes: bool,
    pub tally: bool,
    pub budget: u32,
    pub cap: u32,
    pub focus: usize,
}

/// The options a kind of round has, in order.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    What,
    Anonymous,
    FacilitatorVotes,
    Tally,
    Budget,
    Cap,
}

impl RoundSetup {
    /// A setup over `kinds`; a facilitator alone types votes read out by default.
    pub fn new(kinds: Vec<Kind>, alone: bool) -> RoundSetup {
        RoundSetup {
            kinds,
            at: 0,
            anonymous: true,
            facilitator_votes: true,
            tally: alone,
            budget: 5,
            cap: 3,
            focus: 0,
        }
    }

    fn kind(&self) -> Kind {
        match &self.kinds[self.at] {
            Kind::Dots { .. } => Kind::Dots {
                budget: self.budget,
                cap: self.cap,
            },
            other => other.clone(),
        }
    }

    fn fields(&self) -> Vec<Field> {
        let mut out = vec![Field::What];
        match self.kind() {
            Kind::Cards(_) => out.push(Field::Anonymous),
            Kind::Criticity => out.extend([Field::Tally, Field::FacilitatorVotes]),
            Kind::Dots { .. } => out.extend([
                Field::Budget,
                Field::Cap,
                Field::Tally,
                Field::FacilitatorVotes,
            ]),
        }
        out
    }

    pub fn key(mut self: Box<Self>, key: Key, look: &Look) -> Done {
        let fields = self.fields();
        let field = fields[self.focus.min(fields.len() - 1)];
        let action = look.keys.action(Context::Setup, key);
        match action {
            Some(Action::Cancel) => return Done::Closed,
            Some(Action::Commit) => {
                let setup = Setup {
                    kind: self.kind(),
                    anonymous: self.anonymous,
                    facilitator_votes: self.facilitator_votes,
                    tally: self.tally,
                };
                return Done::Play(Move::Open(setup), None);
            }
            Some(Action::Up) => self.focus = self.focus.saturating_sub(1),
            Some(Action::Down) => self.focus = (self.focus + 1).min(fields.len() - 1),
            Some(a @ (Action::Left | Action::Right)) => {
                let more = a == Action::Right;
                let step = |n: u32| {
                    if more {
                        (n + 1).min(20)
                    } else {
                        n.saturating_sub(1).max(1)
                    }
                };
                match field {
                    Field::What => {
                        let n = self.kinds.len();
                        self.at = super::tabs::turn(self.at, n, more);
                    }
                    Field::Anonymous => self.anonymous = !self.anonymous,
                    Field::FacilitatorVotes => self.facilitator_votes = !self.facilitator_votes,
                    Field::Tally => self.tally = !self.tally,
                    Field::Budget => self.budget = step(self.budget),
                    Field::Cap => self.cap = step(self.cap),
                }
            }
            _ => {}
        }
        Done::Open(super::overlay::Overlay::Setup(self))
    }

    pub fn draw(&self, look: &Look, doc: &Workshop, frame: &mut Frame, body: Rect) {
        let (lang, theme) = (look.lang, &look.theme);
        let yes_no = |b: bool| if b { t::YES } else { t::NO }.get(lang).to_owned();
        let rows: Vec<(&str, String)> = self
            .fields()
            .iter()
            .map(|f| match f {
                Field::What => (t::WHAT, describe(&self.kind(), doc, lang)),
                Field::Anonymous => (t::ANONYMOUS, yes_no(self.anonymous)),
                Field::FacilitatorVotes => (t::FACILITATOR_VOTES, yes_no(self.facilitator_votes)),
                Field::Tally => (t::TALLY, yes_no(self.tally)),
                Field::Budget => (t::BUDGET, self.budget.to_string()),
                Field::Cap => (t::CAP, self.cap.to_string()),
            })
            .map(|(label, value)| (label.get(lang), value))
            .collect();
        // Labels in one column, as wide as the longest; the box as wide as its lines, if it can.
        let label_w = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        let value_w = rows.iter().map(|(_, v)| v.chars().count()).max();
        let wide = label_w + value_w.unwrap_or(0) + 9;
        let r = super::overlay::centered(body, wide.max(50) as u16, rows.len() as u16 + 2);
        let inner = usize::from(r.width.saturating_sub(2));
        frame.render_widget(Clear, r);
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .map(|(i, (label, value))| {
                let text = fit(&format!("{label:<label_w$}  ◀ {value} ▶"), inner);
                if i == self.focus {
                    Line::styled(text, theme.selection)
                } else {
                    Line::raw(text)
                }
            })
            .collect();
        frame.render_widget(
            Paragraph::new(lines).block(
                Block::bordered()
                    .title(format!(" {} ", t::SETUP.get(lang)))
                    .border_style(theme.border_focus),
            ),
            r,
        );
    }
}
