//! The target experience: actions per persona (from drafts derived from the moments, or the
//! team's own), the impact / effort matrix, and the target channel plan per stage.

use super::choices::{enum_choices, personas, stages};
use crate::edit::{Edit, Kind, Record};
use crate::i18n::{Lang, Text, method as m, round, screens as t};
use crate::method::Step;
use crate::method::{Label, channel_list};
use crate::model::Id;
use crate::model::{Action, ActionKind, Effort, Impact, Workshop, new_id};
use crate::room::round::Kind as RoundKind;
use crate::summary::{Quadrant, drafts};
use crate::text::{fit, one_line};
use crate::tui::fields::{Choice, FieldKind, FieldSpec};
use crate::tui::key::Key;
use crate::tui::keymap::{Action as A, Context};
use crate::tui::memo::Memo;
use crate::tui::records::{self, Collection, RecordList, Row, Rows, Tone};
use crate::tui::screen::{Cx, Outcome, Screen, Slot};
use crate::tui::tabs::{tab_bar, turn};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};
use std::rc::Rc;

fn kinds(_: &Workshop, lang: Lang) -> Vec<Choice> {
    enum_choices(&ActionKind::ALL, lang)
}
fn impacts(_: &Workshop, lang: Lang) -> Vec<Choice> {
    enum_choices(&Impact::ALL, lang)
}
fn efforts(_: &Workshop, lang: Lang) -> Vec<Choice> {
    enum_choices(&Effort::ALL, lang)
}
fn moments(doc: &Workshop, _: Lang) -> Vec<Choice> {
    let each = doc.moments.iter();
    each.map(|x| Choice {
        value: x.id.clone().into(),
        label: format!("{} {}", x.kind.symbol(), one_line(&x.title)),
    })
    .collect()
}

const fn select(choices: crate::tui::fields::Choices, optional: bool) -> FieldKind {
    FieldKind::Select { choices, optional }
}

static FIELDS: [FieldSpec; 10] = [
    FieldSpec::new("text", Text::new("Action", "Action"), FieldKind::Lines).essential(),
    FieldSpec::new(
        "persona",
        Text::new("Persona", "Persona"),
        select(personas, true),
    )
    .essential(),
    FieldSpec::new("kind", Text::new("Kind", "Type"), select(kinds, false)).essential(),
    FieldSpec::new(
        "moment",
        Text::new("Moment", "Moment"),
        select(moments, true),
    )
    .essential(),
    FieldSpec::new("stage", Text::new("Stage", "Étape"), select(stages, true))
        .hint(crate::i18n::screens::ACTION_STAGE),
    FieldSpec::new(
        "impact",
        Text::new("Impact", "Impact"),
        select(impacts, false),
    )
    .essential(),
    FieldSpec::new(
        "effort",
        Text::new("Effort", "Effort"),
        select(efforts, false),
    )
    .essential()
    .hint(Text::new(
        "High impact and low effort: a quick win to launch now.",
        "Fort impact et faible effort : un gain rapide à lancer tout de suite.",
    )),
    FieldSpec::new("owner", Text::new("Owner", "Responsable"), FieldKind::Line).essential(),
    FieldSpec::new("kpi", Text::new("KPI", "Indicateur"), FieldKind::Line).hint(Text::new(
        "What will show it worked: NPS, CSAT, CES, conversion, churn…",
        "Ce qui montrera que ça marche : NPS, CSAT, CES, conversion, attrition…",
    )),
    FieldSpec::new("due", Text::new("Due", "Échéance"), FieldKind::Date).hint(Text::new(
        "A date, e.g. 31 Mar 2027 or 2027-03-31.",
        "Une date, par ex. 31/03/2027 ou 2027-03-31.",
    )),
];

fn quadrant_label(q: Quadrant, lang: Lang) -> &'static str {
    m::QUADRANTS[q as usize].get(lang)
}

/// Actions under their persona, in the order the team wrote them.
fn action_rows(doc: &Workshop, _: &str, lang: Lang) -> Vec<Row> {
    let groups = doc
        .personas
        .iter()
        .map(|p| (Some(p.id.as_str()), one_line(&p.name)))
        .chain([(None, t::FOR_EVERYONE.get(lang).to_owned())]);
    let mut out = Vec::new();
    for (persona, name) in groups {
        let mine: Vec<&Action> = doc
            .target
            .actions
            .iter()
            .filter(|a| a.persona.as_deref() == persona)
            .collect();
        if mine.is_empty() {
            continue;
        }
        out.push(Row {
            id: None,
            text: name,
            tone: Tone::Plain,
        });
        out.extend(mine.into_iter().map(|a| {
            let q = Quadrant::of(a.impact, a.effort);
            Row {
                id: Some(a.id.clone()),
                text: format!(
                    " {} {} · {}",
                    a.kind.symbol(),
                    one_line(&a.text),
                    quadrant_label(q, lang)
                ),
                tone: Tone::Plain,
            }
        }));
    }
    out
}

fn new(doc: &Workshop, _: &str, after: Option<&str>, _: Lang) -> Option<Record> {
    let persona = match after.and_then(|a| doc.action(a)) {
        Some(a) => a.persona.clone(),
        None => doc.personas.first().map(|p| p.id.clone()),
    };
    Some(Record::Action(Action {
        id: new_id(doc, Kind::Action.prefix()),
        persona,
        impact: Impact::High,
        ..Action::default()
    }))
}

static ACTIONS: Collection = Collection {
    kind: Kind::Action,
    fields: &FIELDS,
    empty: Text::new(
        "No action yet. ] shows the drafts drawn from your moments (Enter adopts one); a adds your own.",
        "Aucune action pour l'instant. ] affiche les brouillons tirés de vos moments (Entrée en adopte un) ; a ajoute les vôtres.",
    ),
    rows: Rows::All(action_rows),
    new,
    quick: Some("text"),
    fixed: false,
};

static PLAN_FIELDS: [FieldSpec; 1] = [FieldSpec::new(
    "target_channels",
    Text::new("Target channels", "Canaux cibles"),
    FieldKind::Multi {
        choices: super::choices::channels,
        custom: true,
    },
).essential()
.hint(Text::new(
    "The channels the designed journey offers here: several that complement each other, sharing the customer's history.",
    "Les canaux que le parcours imaginé offre ici : plusieurs, qui se complètent et partagent l'historique du client.",
))];

fn plan_rows(doc: &Workshop, _: &str, lang: Lang) -> Vec<Row> {
    let names = |keys: &[String]| channel_list(keys, lang);
    let mut out = Vec::new();
    for j in &doc.journeys {
        out.push(Row {
            id: None,
            text: one_line(&j.name),
            tone: Tone::Plain,
        });
        out.extend(j.stages.iter().map(|s| Row {
            id: Some(s.id.clone()),
            text: format!(
                "  {}{}{} → {}",
                one_line(&s.name),
                crate::i18n::export::COLON.get(lang),
                names(&s.current_channels),
                names(&s.target_channels)
            ),
            tone: if s.target_channels.is_empty() {
                Tone::Warning
            } else {
                Tone::Plain
            },
        }));
    }
    out
}

static PLAN: Collection = Collection {
    kind: Kind::Stage,
    fields: &PLAN_FIELDS,
    empty: t::NO_STAGE,
    rows: Rows::All(plan_rows),
    new: |_, _, _, _| None,
    quick: None,
    fixed: true,
};

/// Every persona's drafts, in persona order.
fn all_drafts(doc: &Workshop, lang: Lang) -> Vec<Action> {
    doc.personas
        .iter()
        .flat_map(|p| drafts(doc, &p.id, lang))
        .collect()
}

/// What tells a draft from the others whatever comes and goes around it: its persona, and
/// the moment or the stage it answers.
type Which = (Option<Id>, Option<Id>, Option<Id>);

fn which(d: &Action) -> Which {
    (d.persona.clone(), d.moment.clone(), d.stage.clone())
}

/// The drafts tab: which draft is selected, and the one being adopted.
#[derive(Default)]
pub struct Drafts {
    /// Where the cursor was, for when its draft is gone (adopted, here or by someone else).
    pub at: usize,
    /// The draft under the cursor: the list changes under it as drafts are adopted.
    chosen: Option<Which>,
    adopting: Option<Id>,
    /// Every persona's drafts, for the document's version and the language.
    all: Memo<(u64, Lang), Vec<Action>>,
}

impl Drafts {
    fn all(&self, cx: &Cx) -> Rc<Vec<Action>> {
        self.all
            .get((cx.version, cx.lang), || all_drafts(cx.doc, cx.lang))
    }

    /// Where the cursor is in `all`: on the chosen draft, else where it was.
    fn place(&self, all: &[Action]) -> usize {
        let chosen = self.chosen.as_ref();
        let found = chosen.and_then(|c| all.iter().position(|d| which(d) == *c));
        found.unwrap_or(self.at).min(all.len().saturating_sub(1))
    }

    /// Puts the cursor on the draft at `at`.
    fn choose(&mut self, all: &[Action], at: usize) {
        self.at = at;
        self.chosen = all.get(at).map(which);
    }

    /// Keys on the drafts tab. Adopting inserts the draft as an action with a fresh id.
    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        let all = self.all(cx);
        let at = self.place(&all);
        match cx.action(Context::Drafts, key) {
            Some(A::Up) => self.choose(&all, at.saturating_sub(1)),
            Some(A::Down) => self.choose(&all, (at + 1).min(all.len().saturating_sub(1))),
            Some(A::Adopt) => {
                let Some(mut action) = all.get(at).cloned() else {
                    return Outcome::Handled;
                };
                // The cursor then rests on the draft that came next, never on one that
                // takes the adopted one's place by chance.
                let next = if at + 1 < all.len() {
                    at + 1
                } else {
                    at.saturating_sub(1)
                };
                self.chosen = all.get(next).filter(|_| all.len() > 1).map(which);
                self.at = at;
                action.id = new_id(cx.doc, Kind::Action.prefix());
                self.adopting = Some(action.id.clone());
                let edit = Edit::Insert {
                    index: cx.doc.target.actions.len(),
                    record: Record::Action(action),
                };
                return Outcome::Edit(Box::new(edit));
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }
}

fn render_drafts(drafts: &Drafts, cx: &Cx, frame: &mut Frame, area: Rect) {
    let (doc, lang, theme) = (cx.doc, cx.lang, cx.theme);
    let all = drafts.all(cx);
    let at = drafts.place(&all);
    let [intro, list] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(t::DRAFTS_INTRO.get(lang), intro.width as usize),
            theme.muted,
        )),
        intro,
    );
    if all.is_empty() {
        frame.render_widget(
            Paragraph::new(t::NO_DRAFT.get(lang))
                .style(theme.guidance)
                .wrap(Wrap { trim: true }),
            list,
        );
        return;
    }
    let w = list.width as usize;
    let items: Vec<ListItem> = all
        .iter()
        .map(|d| {
            let who = d
                .persona
                .as_deref()
                .and_then(|p| doc.persona(p))
                .map_or(String::new(), |p| one_line(&p.name));
            let line = format!(
                "{} {} · {} · {}",
                d.kind.symbol(),
                one_line(&d.text),
                who,
                d.impact.label(lang)
            );
            ListItem::new(fit(&line, w))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(at.min(all.len() - 1)));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selection),
        list,
        &mut state,
    );
}

/// The four boxes of the impact / effort matrix with the actions in each.
fn render_matrix(doc: &Workshop, lang: Lang, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [top, bottom] = Layout::vertical([Constraint::Fill(1); 2]).areas(area);
    let [qw, st] = Layout::horizontal([Constraint::Fill(1); 2]).areas(top);
    let [it, av] = Layout::horizontal([Constraint::Fill(1); 2]).areas(bottom);
    for (q, r) in Quadrant::ALL.into_iter().zip([qw, st, it, av]) {
        let mine: Vec<&Action> = doc
            .target
            .actions
            .iter()
            .filter(|a| Quadrant::of(a.impact, a.effort) == q)
            .collect();
        let style = match q {
            Quadrant::QuickWin => theme.ok,
            Quadrant::Strategic => theme.focus,
            Quadrant::IfTime => theme.guidance,
            Quadrant::Avoid => theme.muted,
        };
        let title = format!("{} · {}", mine.len(), quadrant_label(q, lang));
        let title = fit(&title, usize::from(r.width.saturating_sub(4)));
        let block = Block::bordered()
            .border_style(style)
            .title(Span::styled(format!(" {title} "), style));
        let inner = block.inner(r);
        frame.render_widget(block, r);
        let w = inner.width as usize;
        let lines: Vec<Line> = mine
            .iter()
            .map(|a| {
                let who = a
                    .persona
                    .as_deref()
                    .and_then(|p| doc.persona(p))
                    .map_or(String::new(), |p| format!(" · {}", one_line(&p.name)));
                Line::raw(fit(
                    &format!("{} {}{who}", a.kind.symbol(), one_line(&a.text)),
                    w,
                ))
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// The target step's tabs: actions, drafts, the impact / effort matrix, the channel plan.
/// The tab is also the slot of its edits.
#[derive(Default)]
pub struct Target {
    pub tab: usize,
    pub actions: RecordList,
    pub drafts: Drafts,
    pub plan: RecordList,
}

const ACTIONS_TAB: usize = 0;
const DRAFTS_TAB: usize = 1;
const MATRIX_TAB: usize = 2;
const PLAN_TAB: usize = 3;

impl Target {
    /// The record list of `tab`, if it is one.
    fn list(&self, tab: usize) -> Option<(&RecordList, &'static Collection)> {
        match tab {
            ACTIONS_TAB => Some((&self.actions, &ACTIONS)),
            PLAN_TAB => Some((&self.plan, &PLAN)),
            _ => None,
        }
    }

    fn list_mut(&mut self, tab: usize) -> Option<(&mut RecordList, &'static Collection)> {
        match tab {
            ACTIONS_TAB => Some((&mut self.actions, &ACTIONS)),
            PLAN_TAB => Some((&mut self.plan, &PLAN)),
            _ => None,
        }
    }
}

impl Target {
    /// Whether a dot vote is under way and the list of actions has the keys.
    fn dotting(&self, cx: &Cx) -> bool {
        let dots = cx
            .round
            .is_some_and(|r| matches!(r.setup.kind, RoundKind::Dots { .. }));
        dots && self.tab == ACTIONS_TAB
            && self.actions.pane == records::Pane::List
            && self.actions.quick.is_none()
    }

    /// + and - place and take back one's dots on the chosen action.
    fn dot_key(&mut self, key: Key, cx: &Cx) -> Option<Outcome> {
        if !self.dotting(cx) {
            return None;
        }
        let more = match cx.action(Context::Dots, key)? {
            A::DotMore => true,
            A::DotLess => false,
            _ => return None,
        };
        let action = self.actions.picked(&ACTIONS, "", cx)?;
        Some(Outcome::Play(crate::room::Move::Dot { action, more }))
    }
}

impl Screen for Target {
    fn step(&self) -> Step {
        Step::Target
    }

    fn context(&self, cx: &Cx) -> Context {
        if self.dotting(cx) {
            return Context::Dots;
        }
        match self.list(self.tab) {
            Some((list, c)) => list.context(c),
            None if self.tab == DRAFTS_TAB => Context::Drafts,
            None => Context::Workshop,
        }
    }

    fn key(&mut self, key: Key, cx: &Cx) -> Outcome {
        if let Some(out) = self.dot_key(key, cx) {
            return out;
        }
        let tab = self.tab;
        let own = match self.list_mut(tab) {
            Some((list, c)) => list.key(key, c, cx, ""),
            None if tab == DRAFTS_TAB => self.drafts.key(key, cx),
            None => Outcome::Ignored,
        };
        match (own, cx.action(Context::Workshop, key)) {
            (Outcome::Ignored, Some(a @ (A::NextTab | A::PrevTab))) => {
                let n = crate::i18n::screens::TARGET_TABS.len();
                self.tab = turn(self.tab, n, a == A::NextTab);
                Outcome::Handled
            }
            (own, _) => own,
        }
    }

    fn paste(&mut self, text: &str, cx: &Cx) -> Outcome {
        match self.list_mut(self.tab) {
            Some((list, c)) => list.paste(text, c, cx),
            None => Outcome::Ignored,
        }
    }

    fn slot(&self) -> Slot {
        self.tab
    }

    fn applied(&mut self, slot: Slot, result: Result<(), String>, cx: &Cx) {
        if slot == DRAFTS_TAB {
            // The adopted action opens in the actions tab, ready to complete.
            if let (Some(id), Ok(())) = (self.drafts.adopting.take(), result) {
                self.tab = ACTIONS_TAB;
                self.actions.open(&id);
                // A draft comes written: who carries it is what is left to decide.
                let shown = crate::tui::fields::shown(ACTIONS.fields, cx.doc);
                let owner = shown.iter().position(|f| f.key == "owner");
                self.actions.form.focus = owner.unwrap_or(0);
            }
        } else if let Some((list, c)) = self.list_mut(slot) {
            list.applied(result, c, cx);
        }
    }

    fn applies(&self, action: A, _: &Cx) -> bool {
        match (action, self.list(self.tab)) {
            (A::NextTab | A::PrevTab, _) => true,
            (_, Some((list, c))) => list.applies(action, c),
            (A::FocusNext | A::FocusPrev | A::Add | A::ToggleView, None) => false,
            (_, None) => true,
        }
    }

    fn click(&mut self, x: u16, width: u16) {
        if let Some((list, _)) = self.list_mut(self.tab) {
            list.click(x, width);
        }
    }

    /// Whole, what the tab cuts: the drafts, the matrix's boxes, the record lists.
    fn texts(&self, cx: &Cx) -> Vec<String> {
        if self.tab == DRAFTS_TAB {
            let drafts = self.drafts.all(cx);
            return std::iter::once(t::DRAFTS_INTRO.get(cx.lang).to_owned())
                .chain(
                    drafts
                        .iter()
                        .map(|d| format!("{} {}", d.kind.symbol(), d.text)),
                )
                .collect();
        }
        if self.tab != MATRIX_TAB {
            return self
                .list(self.tab)
                .map_or_else(Vec::new, |(list, collection)| {
                    records::texts(list, collection, "", cx)
                });
        }
        let mut out = Vec::new();
        for q in Quadrant::ALL {
            out.push(quadrant_label(q, cx.lang).to_owned());
            let actions = cx.doc.target.actions.iter();
            let mine = actions.filter(|a| Quadrant::of(a.impact, a.effort) == q);
            out.extend(mine.map(|a| format!("  {} {}", a.kind.symbol(), a.text)));
        }
        out
    }

    fn draw(&self, cx: &Cx, frame: &mut Frame) {
        let (doc, lang) = (cx.doc, cx.lang);
        let [tabs, main] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(cx.area);
        let titles = crate::i18n::screens::TARGET_TABS.map(|t| t.get(lang).to_owned());
        tab_bar(cx.theme, &titles, self.tab, frame, tabs);
        match (self.tab, self.list(self.tab)) {
            (DRAFTS_TAB, _) => render_drafts(&self.drafts, cx, frame, main),
            (MATRIX_TAB, _) => render_matrix(doc, lang, cx.theme, frame, main),
            (ACTIONS_TAB, Some((list, collection))) if self.dotting(cx) => {
                // One's own dots beside each action, and how many are left.
                let mut rows = action_rows(doc, "", lang);
                for row in rows.iter_mut() {
                    let mine = row.id.as_ref().and_then(|id| cx.ballot.dots.get(id));
                    if let Some(n) = mine.filter(|n| **n > 0) {
                        row.text = format!("{} {}", "●".repeat(*n as usize), row.text);
                    }
                }
                // One's dots left first, so that a narrow list still shows them; read out,
                // one person places everyone's dots and no budget applies.
                let spent = cx.ballot.spent();
                let dots = match cx.round.map(|r| (&r.setup.kind, r.setup.tally)) {
                    Some((_, true)) => round::DOTS_PLACED.fill(lang, &[("n", &spent)]),
                    Some((RoundKind::Dots { budget, .. }, false)) => {
                        let left = budget.saturating_sub(spent);
                        round::DOTS_LEFT.fill(lang, &[("left", &left), ("budget", budget)])
                    }
                    _ => String::new(),
                };
                let title = format!("{dots} · {}", titles[self.tab]);
                let rows = records::Listed::All(std::rc::Rc::new(rows));
                records::render_rows(list, collection, &rows, &title, cx, frame, main);
            }
            (_, Some((list, collection))) => {
                let title = titles[self.tab].as_str();
                records::render(list, collection, "", title, cx, frame, main);
            }
            _ => {}
        }
    }
}
