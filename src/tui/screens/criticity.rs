//! Step 5, criticity: a grid of moments by persona. A single key rates the cell and moves
//! to the next moment; Enter writes why. "Not applicable" is a rating of its own, shown as
//! such, and differs from a cell not rated yet.

use crate::edit::{self, Kind};
use crate::i18n::{Lang, round as r, screens as t};
use crate::method::{Label, Step};
use crate::model::{Id, Level, Moment, Rating, Workshop};
use crate::summary::rank;
use crate::text::{clean, fit, fit_line, one_line};
use crate::tui::key::Key;
use crate::tui::keymap::{Action, Context};
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use crate::tui::theme::Theme;
use crate::tui::typing::{line_key, paste_line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};
use std::collections::BTreeMap;
use tui_input::Input;

#[derive(Default)]
pub struct Criticity {
    pub moment: Option<Id>,
    pub col: usize,
    /// Most sensitive first for the selected persona, instead of journey order.
    pub sorted: bool,
    /// The rationale being written for the selected cell.
    pub editing: Option<Input>,
    pub error: Option<String>,
}

/// Moments in journey order (stage by stage), or most sensitive first for `persona`.
fn ordered<'a>(doc: &'a Workshop, sorted_for: Option<&str>) -> Vec<&'a Moment> {
    let mut out = crate::summary::in_journey_order(doc);
    if let Some(p) = sorted_for {
        out.sort_by_key(|m| rank(m.criticity.get(p).map(|r| r.level)));
    }
    out
}

impl Criticity {
    fn persona<'a>(&self, doc: &'a Workshop) -> Option<&'a str> {
        doc.personas
            .get(self.col.min(doc.personas.len().saturating_sub(1)))
            .map(|p| p.id.as_str())
    }

    /// The rows as shown, and the index of the selected one.
    fn rows<'a>(&self, doc: &'a Workshop) -> (Vec<&'a Moment>, usize) {
        let rows = ordered(doc, self.sorted.then(|| self.persona(doc)).flatten());
        let at = self
            .moment
            .as_ref()
            .and_then(|id| rows.iter().position(|m| &m.id == id))
            .unwrap_or(0);
        (rows, at)
    }

    /// The edit that gives the selected cell `rating` (None: not rated).
    fn rate(&self, doc: &Workshop, rating: Option<Rating>) -> Option<Outcome> {
        let (rows, at) = self.rows(doc);
        let m = rows.get(at)?;
        let persona = self.persona(doc)?.to_owned();
        let mut map: BTreeMap<Id, Rating> = m.criticity.clone();
        match rating {
            Some(r) => map.insert(persona, r),
            None => map.remove(&persona),
        };
        let value = serde_json::to_value(map).expect("ratings serialise");
        Some(Outcome::Edit(Box::new(edit::set(
            Kind::Moment,
            &m.id,
            "criticity",
            value,
        ))))
    }
}

impl Screen for Criticity {
    /// The grid's personas and moments whole: its columns cut them.
    fn texts(&self, cx: &Cx) -> Vec<String> {
        let personas = cx.doc.personas.iter().map(|p| p.name.clone());
        let moments = cx.doc.moments.iter();
        let moments = moments.map(|m| format!("{} {}", m.kind.symbol(), m.title));
        personas.chain(moments).collect()
    }

    fn step(&self) -> Step {
        Step::Criticity
    }

    fn context(&self, _: &Cx) -> Context {
        if self.editing.is_some() {
            Context::Editing
        } else {
            Context::Grid
        }
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        let (doc, lang) = (cx.doc, cx.lang);
        let (rows, at) = self.rows(doc);
        self.moment = rows.get(at).map(|m| m.id.clone());
        let current = rows
            .get(at)
            .zip(self.persona(doc))
            .and_then(|(m, p)| m.criticity.get(p).cloned());
        if let Some(input) = &mut self.editing {
            match cx.action(Context::Editing, key) {
                Some(Action::Cancel) => self.editing = None,
                Some(Action::Commit | Action::FocusNext) => {
                    let rationale = one_line(input.value());
                    // The level and the votes behind it stay as they are.
                    let rating = Rating {
                        rationale,
                        ..current.unwrap_or_default()
                    };
                    return self.rate(doc, Some(rating)).unwrap_or(Outcome::Handled);
                }
                _ => line_key(input, key),
            }
            return Outcome::Handled;
        }
        self.error = None;
        let cols = doc.personas.len();
        let go = |d: isize| {
            let last = rows.len().checked_sub(1)? as isize;
            rows.get((at as isize + d).clamp(0, last) as usize)
                .map(|m| m.id.clone())
        };
        let voting = cx
            .round
            .is_some_and(|r| r.setup.kind == crate::room::round::Kind::Criticity);
        let cell = rows.get(at).zip(self.persona(doc));
        let vote = |level| {
            cell.map(|(m, p)| {
                Outcome::Play(crate::room::Move::Vote {
                    moment: m.id.clone(),
                    persona: p.to_owned(),
                    level,
                })
            })
        };
        match cx.action(Context::Grid, key) {
            // A vote is private: it goes to the round, not the workshop.
            Some(Action::Rate(level)) if voting => {
                let out = vote(Some(level));
                if !self.sorted {
                    self.moment = go(1);
                }
                return out.unwrap_or(Outcome::Ignored);
            }
            Some(Action::Unrate) if voting => return vote(None).unwrap_or(Outcome::Ignored),
            Some(Action::Enter) if voting => {
                self.error = Some(r::RATIONALE_AFTER.get(lang).to_owned());
            }
            Some(Action::Up) => self.moment = go(-1),
            Some(Action::Down) => self.moment = go(1),
            Some(Action::PageUp) => self.moment = go(-10),
            Some(Action::PageDown) => self.moment = go(10),
            Some(Action::Left) => self.col = self.col.saturating_sub(1),
            Some(Action::Right) => self.col = (self.col + 1).min(cols.saturating_sub(1)),
            Some(Action::Sort) => self.sorted = !self.sorted,
            Some(Action::Rate(level)) => {
                // Settles a cell the team voted on: the votes stay beside the level.
                let rating = Rating {
                    level,
                    unsettled: false,
                    ..current.unwrap_or_default()
                };
                let out = self.rate(doc, Some(rating));
                // Rating moves on, so a column is filled with one key per moment; sorted
                // rows stay put because the rated moment may move.
                if !self.sorted {
                    self.moment = go(1);
                }
                return out.unwrap_or(Outcome::Ignored);
            }
            Some(Action::Unrate) => return self.rate(doc, None).unwrap_or(Outcome::Ignored),
            Some(Action::Enter) if !rows.is_empty() && cols > 0 => {
                if current.is_none() {
                    self.error = Some(t::RATE_FIRST.get(lang).to_owned());
                } else {
                    let text = current.map(|r| clean(&r.rationale)).unwrap_or_default();
                    self.editing = Some(Input::new(text.replace('\n', " ")));
                }
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn paste(&mut self, text: &str, _: &Cx) -> Outcome {
        let Some(input) = &mut self.editing else {
            return Outcome::Ignored;
        };
        paste_line(input, text);
        Outcome::Handled
    }

    fn applied(&mut self, _: Slot, result: Result<(), String>, _: &Cx) {
        match result {
            Ok(()) => self.editing = None,
            Err(e) => self.error = Some(e),
        }
    }

    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        render(self, cx, frame);
    }
}

/// A cell as read: symbol and word, so the level reads without colour; a vote nobody settled
/// yet shows "⚖" and its spread ("⚖ !!!2 !!1"), in the colour of the level proposed.
fn cell(rating: Option<&Rating>, lang: Lang, theme: &Theme) -> (String, ratatui::style::Style) {
    match rating {
        Some(r) => {
            let text = match r.votes.as_ref().filter(|_| r.unsettled) {
                Some(votes) => {
                    let each = votes.iter().filter(|(_, n)| **n > 0);
                    let each: Vec<String> =
                        each.map(|(l, n)| format!("{}{n}", l.symbol())).collect();
                    format!("⚖ {}", each.join(" "))
                }
                None => format!("{} {}", r.level.symbol(), r.level.label(lang)),
            };
            (text, theme.level(r.level))
        }
        None => (format!("? {}", t::NOT_RATED.get(lang)), theme.muted),
    }
}

/// One's own private votes on a cell, during a vote: "→ !!!" ("→ !!! ! !" read out).
fn ballot_cell(votes: &[Level]) -> String {
    let each: Vec<&str> = votes.iter().map(|l| l.symbol()).collect();
    format!("→ {}", each.join(" "))
}

fn render(grid: &Criticity, cx: &Cx, frame: &mut Frame) {
    let (doc, lang, theme, area) = (cx.doc, cx.lang, cx.theme, cx.area);
    let voting = cx
        .round
        .is_some_and(|r| r.setup.kind == crate::room::round::Kind::Criticity);
    let [legend, table_area, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let (legend_text, legend_style) = match (voting, grid.sorted) {
        (true, _) => (r::VOTING.get(lang), theme.warning),
        (false, true) => (t::SORTED_SENSITIVE.get(lang), theme.muted),
        (false, false) => (t::SORTED_JOURNEY.get(lang), theme.muted),
    };
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(legend_text, legend.width as usize),
            legend_style,
        )),
        legend,
    );
    let (rows, at) = grid.rows(doc);
    if doc.personas.is_empty() || rows.is_empty() {
        let msg = if doc.personas.is_empty() {
            t::GRID_NO_PERSONA
        } else {
            t::GRID_NO_MOMENT
        };
        frame.render_widget(
            Paragraph::new(msg.get(lang))
                .style(theme.guidance)
                .wrap(ratatui::widgets::Wrap { trim: true }),
            table_area,
        );
        return;
    }
    let col = grid.col.min(doc.personas.len() - 1);
    // Persona columns as wide as their longest word, scrolled so the selected one shows.
    let cell_w: u16 = 18;
    let stage_w: u16 = if area.width >= 96 { 22 } else { 0 };
    let room = area.width.saturating_sub(24 + stage_w) / (cell_w + 1);
    let fits = usize::from(room.max(1));
    let first = (col + 1).saturating_sub(fits);
    let shown = &doc.personas[first..(first + fits).min(doc.personas.len())];
    let mut header = vec![
        Cell::from(t::MOMENT.get(lang)),
        Cell::from(if stage_w > 0 { t::STAGE.get(lang) } else { "" }),
    ];
    header.extend(shown.iter().enumerate().map(|(i, p)| {
        let style = if first + i == col {
            theme.focus
        } else {
            theme.title
        };
        Cell::from(Span::styled(fit_line(&p.name, cell_w as usize), style))
    }));
    // Only the rows that fit are built, the selected one last when it is further down.
    let visible = usize::from(table_area.height.saturating_sub(1)).max(1);
    let top = (at + 1).saturating_sub(visible);
    // The moment's column takes what the others leave (a column's spacing each): its titles end
    // in "…" there, and the line below the grid gives the selected one whole.
    let others = usize::from(stage_w) + shown.len() * usize::from(cell_w + 1) + 1;
    let moment_w = usize::from(area.width).saturating_sub(others);
    let body: Vec<Row> = rows[top..]
        .iter()
        .take(visible)
        .map(|m| {
            let stage = doc.stage(&m.stage).map_or(String::new(), |(_, s)| {
                fit_line(&s.name, usize::from(stage_w))
            });
            let mut cells = vec![
                Cell::from(Span::styled(
                    fit_line(&format!("{} {}", m.kind.symbol(), m.title), moment_w),
                    theme.moment(m.kind),
                )),
                Cell::from(Span::styled(stage, theme.muted)),
            ];
            cells.extend(shown.iter().map(|p| {
                let mine = cx.ballot.votes.get(&(m.id.clone(), p.id.clone()));
                let (text, style) = match mine.filter(|v| voting && !v.is_empty()) {
                    Some(votes) => (ballot_cell(votes), theme.focus),
                    None => cell(m.criticity.get(&p.id), lang, theme),
                };
                Cell::from(Span::styled(text, style))
            }));
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![Constraint::Fill(1), Constraint::Length(stage_w)];
    widths.extend(shown.iter().map(|_| Constraint::Length(cell_w)));
    let table = Table::new(body, widths)
        .header(Row::new(header).style(theme.title))
        .column_spacing(1)
        .cell_highlight_style(theme.selection)
        .row_highlight_style(theme.focus);
    let mut state = TableState::default().with_selected_cell((at - top, 2 + col - first));
    frame.render_stateful_widget(table, table_area, &mut state);
    // Below: the selected cell's rationale, the line being typed, or an error.
    let m = rows[at];
    let p = &doc.personas[col];
    let who = format!("{} × {}", fit_line(&p.name, 40), fit_line(&m.title, 40));
    if let Some(input) = &grid.editing {
        let prompt = t::WHY_PROMPT.fill(lang, &[("who", &fit(&who, 40))]);
        crate::tui::typing::draw_line(frame, detail, &prompt, input, theme.editing);
        return;
    }
    let line = match &grid.error {
        Some(e) => Line::styled(e.clone(), theme.error),
        // Where the team's votes split: the spread, and how to settle.
        None if m.criticity.get(&p.id).is_some_and(|r| r.disputed()) => {
            let rating = &m.criticity[&p.id];
            let spread = rating.votes.as_ref().map(crate::summary::spread);
            let spread = spread.unwrap_or_default();
            let said = if rating.unsettled && rating.tied() {
                r::SETTLE_TIE.fill(lang, &[("spread", &spread)])
            } else if rating.unsettled {
                let level = format!("{} {}", rating.level.symbol(), rating.level.label(lang));
                r::SETTLE.fill(lang, &[("spread", &spread), ("level", &level)])
            } else {
                format!("{} {spread}", t::VOTES.get(lang))
            };
            Line::from(vec![
                Span::styled(t::CELL_SAYS.fill(lang, &[("who", &who)]), theme.title),
                Span::styled(said, theme.warning),
            ])
        }
        None => {
            let why = m
                .criticity
                .get(&p.id)
                .map(|r| one_line(&r.rationale))
                .filter(|r| !r.is_empty())
                .unwrap_or_else(|| t::NO_RATIONALE.get(lang).to_owned());
            Line::from(vec![
                Span::styled(t::CELL_SAYS.fill(lang, &[("who", &who)]), theme.title),
                Span::styled(why, theme.guidance),
            ])
        }
    };
    frame.render_widget(
        Paragraph::new(line).wrap(ratatui::widgets::Wrap { trim: true }),
        detail,
    );
}
