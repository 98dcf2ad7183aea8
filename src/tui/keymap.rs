//! Key bindings as data. Which actions each context has, with the line that describes them in
//! the footer and the `?` help, is code; which keys do them is a [`KeyMap`]: the defaults
//! (`keys.toml` beside this file, embedded) with the user's `keys.toml` read over them by the
//! same checks. A seat holds its key map, and every handler asks it.

use super::key::Key;
use crate::i18n::{Lang, Text};
use crate::model::Level;
use std::path::Path;
use std::sync::LazyLock;

/// Where a binding applies. The app looks contexts up from the most specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Home,
    Workshop,
    List,
    Form,
    Editing,
    EditingLines,
    Picker,
    Confirm,
    /// A list whose records are added elsewhere (stages in step 6, the channel plan).
    Rows,
    /// The criticity grid.
    Grid,
    /// The action drafts of the target step.
    Drafts,
    /// A read-only page that scrolls (the summary).
    Scroll,
    /// Presentation mode.
    Present,
    /// The help screen.
    Help,
    /// Writing one's cards in a round.
    Cards,
    /// Setting up a round before opening it.
    Setup,
    /// Placing dots on actions in a dot vote.
    Dots,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    NextStep,
    PrevStep,
    Step(u8),
    ToggleGuide,
    /// Read in full what the screen shows cut: guidance, warnings, the status message.
    ReadAll,
    Undo,
    Redo,
    NextTab,
    PrevTab,
    FocusNext,
    FocusPrev,
    /// The form's next field (the same key as "keep, next field" while typing).
    NextField,
    PrevField,
    /// From a form back to its list.
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Left,
    Right,
    Add,
    QuickAdd,
    Delete,
    Duplicate,
    MoveUp,
    MoveDown,
    Enter,
    Clear,
    Commit,
    Cancel,
    Toggle,
    Yes,
    No,
    New,
    Demo,
    /// Set the criticity of the cell.
    Rate(Level),
    /// Remove the cell's rating (back to "not rated").
    Unrate,
    Sort,
    Adopt,
    ToggleView,
    Top,
    Bottom,
    Export,
    Themes,
    Timer,
    Extend,
    Shorten,
    Bell,
    Present,
    Note,
    Plan,
    QuickAudit,
    FullForms,
    Next,
    Previous,
    /// End a live workshop for everyone (the facilitator's).
    EndLive,
    /// Follow the facilitator's step, or go free.
    Follow,
    /// Say one is ready, or needs more time.
    Mark,
    /// Write one's cards in the round.
    WriteCards,
    OpenRound,
    Reveal,
    CancelRound,
    /// Call every seat back to the facilitator's step.
    Summon,
    /// Hold every seat on the facilitator's step, or free them.
    Hold,
    DotMore,
    DotLess,
    /// Settle the step's merge conflict with the value of the branch merged into.
    KeepOurs,
    /// Settle the step's merge conflict with the value of the branch merged in.
    TakeTheirs,
}

/// A line of the help screen.
#[derive(Debug, Clone, PartialEq)]
pub enum HelpLine {
    Heading(&'static str),
    /// The keys as shown, and what they do.
    Key(String, &'static str),
}

impl Context {
    /// Every context, in the order the help screen tells the ones not in effect.
    pub const ALL: [Context; 17] = [
        Context::Workshop,
        Context::List,
        Context::Form,
        Context::Editing,
        Context::EditingLines,
        Context::Picker,
        Context::Rows,
        Context::Grid,
        Context::Drafts,
        Context::Scroll,
        Context::Present,
        Context::Confirm,
        Context::Cards,
        Context::Setup,
        Context::Dots,
        Context::Help,
        Context::Home,
    ];

    /// The heading of the context's keys in the help screen.
    pub fn title(self) -> Text {
        match self {
            Context::Home => Text::new("Home screen", "Écran d'accueil"),
            Context::Workshop => Text::new("Anywhere in a workshop", "Partout dans un atelier"),
            Context::List => Text::new("A list of records", "Une liste de fiches"),
            Context::Form => Text::new("A form", "Un formulaire"),
            Context::Editing => Text::new("Typing in a one-line field", "Saisie sur une ligne"),
            Context::EditingLines => Text::new(
                "Typing in a multi-line field",
                "Saisie sur plusieurs lignes",
            ),
            Context::Picker => Text::new("A list of choices", "Une liste de choix"),
            Context::Confirm => Text::new("A question", "Une question"),
            Context::Rows => Text::new("A list to fill in", "Une liste à compléter"),
            Context::Grid => Text::new("The criticity grid", "La grille de criticité"),
            Context::Drafts => Text::new("The action drafts", "Les brouillons d'actions"),
            Context::Scroll => Text::new("A page that scrolls", "Une page qui défile"),
            Context::Present => Text::new("Presentation mode", "Mode présentation"),
            Context::Help => Text::new("Help", "Aide"),
            Context::Cards => Text::new("Writing your cards", "Écrire vos cartes"),
            Context::Setup => Text::new("Setting up a round", "Préparer une ronde"),
            Context::Dots => Text::new("A dot vote", "Un vote par points"),
        }
    }
}

/// A line of the footer and of the help: actions of one context described together (the
/// two directions of a move share one line, "↑/↓ choose").
pub struct Entry {
    pub context: Context,
    pub actions: &'static [Action],
    pub help: Text,
    /// Shown in the footer, not only in the help screen.
    pub footer: bool,
}

const fn e(context: Context, actions: &'static [Action], help: Text, footer: bool) -> Entry {
    Entry {
        context,
        actions,
        help,
        footer,
    }
}

use Action as A;
use Context as C;

/// Every action a key can be bound to, in the order of the help screen.
pub static ENTRIES: &[Entry] = &[
    // Home
    e(
        C::Home,
        &[A::Up, A::Down],
        Text::new("choose", "choisir"),
        true,
    ),
    e(C::Home, &[A::Enter], Text::new("open", "ouvrir"), true),
    e(
        C::Home,
        &[A::New],
        Text::new("new workshop", "nouvel atelier"),
        true,
    ),
    e(
        C::Home,
        &[A::Demo],
        Text::new("open the demo", "ouvrir la démo"),
        true,
    ),
    e(
        C::Home,
        &[A::QuickAudit],
        Text::new("quick audit", "audit express"),
        true,
    ),
    e(
        C::Home,
        &[A::Delete],
        Text::new("delete", "supprimer"),
        true,
    ),
    e(C::Home, &[A::Themes], Text::new("theme", "thème"), false),
    e(C::Home, &[A::Help], Text::new("help", "aide"), true),
    e(C::Home, &[A::Quit], Text::new("quit", "quitter"), true),
    // Anywhere in a workshop, unless a text is being edited
    e(
        C::Workshop,
        &[A::FocusNext],
        Text::new("next pane", "volet suivant"),
        true,
    ),
    e(
        C::Workshop,
        &[A::FocusPrev],
        Text::new("previous pane", "volet précédent"),
        false,
    ),
    e(
        C::Workshop,
        &[A::NextStep],
        Text::new("next step", "étape suivante"),
        true,
    ),
    e(
        C::Workshop,
        &[A::PrevStep],
        Text::new("previous step", "étape précédente"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Step(0)],
        Text::new("go to framing", "aller au cadrage"),
        false,
    ),
    e(
        C::Workshop,
        &[
            A::Step(1),
            A::Step(2),
            A::Step(3),
            A::Step(4),
            A::Step(5),
            A::Step(6),
        ],
        Text::new("go to step 1 to 6", "aller à l'étape 1 à 6"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Step(7)],
        Text::new("go to the target", "aller à la cible"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Step(8)],
        Text::new("go to the summary", "aller à la synthèse"),
        false,
    ),
    e(
        C::Workshop,
        &[A::PrevTab, A::NextTab],
        Text::new("previous / next tab", "onglet précédent / suivant"),
        true,
    ),
    e(
        C::Workshop,
        &[A::ToggleGuide],
        Text::new("show / hide guidance", "afficher / masquer les conseils"),
        false,
    ),
    e(
        C::Workshop,
        &[A::ReadAll],
        Text::new(
            "read in full what the screen had to cut",
            "lire en entier ce que l'écran a dû couper",
        ),
        false,
    ),
    e(C::Workshop, &[A::Undo], Text::new("undo", "annuler"), true),
    e(
        C::Workshop,
        &[A::Redo],
        Text::new("redo", "rétablir"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Themes],
        Text::new(
            "choose the theme (live preview)",
            "choisir le thème (aperçu en direct)",
        ),
        false,
    ),
    e(C::Workshop, &[A::Help], Text::new("help", "aide"), true),
    e(
        C::Workshop,
        &[A::Quit],
        Text::new("back to home", "retour à l'accueil"),
        true,
    ),
    e(
        C::Workshop,
        &[A::ToggleView],
        Text::new("list / matrix", "liste / matrice"),
        true,
    ),
    e(
        C::Workshop,
        &[A::Timer],
        Text::new(
            "time box: start / pause / resume",
            "minuteur : lancer / pause / reprendre",
        ),
        true,
    ),
    e(
        C::Workshop,
        &[A::Extend],
        Text::new("5 more minutes", "5 minutes de plus"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Shorten],
        Text::new("5 minutes less", "5 minutes de moins"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Bell],
        Text::new(
            "bell when time is up: on / off",
            "sonnerie à la fin du temps : oui / non",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::Plan],
        Text::new(
            "session plan: none, three sessions, quick audit",
            "plan : aucun, trois séances, audit express",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::Present],
        Text::new("presentation mode", "mode présentation"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Note],
        Text::new(
            "facilitator's note for this step",
            "note d'animation de cette étape",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::FullForms],
        Text::new(
            "quick / full forms (nothing is lost)",
            "formulaires express / complets (rien n'est perdu)",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::EndLive],
        Text::new(
            "end the live workshop for everyone",
            "terminer l'atelier en direct pour tous",
        ),
        false,
    ),
    // Presentation mode
    e(C::Present, &[A::Next], Text::new("next", "suivant"), true),
    e(
        C::Present,
        &[A::Previous],
        Text::new("previous", "précédent"),
        true,
    ),
    e(
        C::Present,
        &[A::Cancel],
        Text::new("leave the presentation", "quitter la présentation"),
        true,
    ),
    // A list of existing records to edit
    e(
        C::Rows,
        &[A::Up, A::Down],
        Text::new("choose", "choisir"),
        false,
    ),
    e(
        C::Rows,
        &[A::PageUp, A::PageDown],
        Text::new("page up / down", "page précédente / suivante"),
        false,
    ),
    e(C::Rows, &[A::Enter], Text::new("edit", "modifier"), true),
    // The criticity grid
    e(
        C::Grid,
        &[A::Up, A::Down],
        Text::new("moment", "moment"),
        false,
    ),
    e(
        C::Grid,
        &[A::Left, A::Right],
        Text::new("persona", "persona"),
        false,
    ),
    e(
        C::Grid,
        &[A::PageUp, A::PageDown],
        Text::new("page up / down", "page précédente / suivante"),
        false,
    ),
    e(
        C::Grid,
        &[A::Rate(Level::VerySensitive)],
        Text::new("very sensitive", "très sensible"),
        true,
    ),
    e(
        C::Grid,
        &[A::Rate(Level::Sensitive)],
        Text::new("sensitive", "sensible"),
        true,
    ),
    e(
        C::Grid,
        &[A::Rate(Level::Low)],
        Text::new("low", "bas"),
        true,
    ),
    e(
        C::Grid,
        &[A::Rate(Level::NotApplicable)],
        Text::new("not applicable", "non concerné"),
        true,
    ),
    e(
        C::Grid,
        &[A::Unrate],
        Text::new("not rated", "non noté"),
        false,
    ),
    e(
        C::Grid,
        &[A::Enter],
        Text::new("rationale", "justification"),
        true,
    ),
    e(
        C::Grid,
        &[A::Sort],
        Text::new(
            "most sensitive first / journey order",
            "plus sensibles d'abord / ordre du parcours",
        ),
        true,
    ),
    // The drafts of the target step
    e(
        C::Drafts,
        &[A::Up, A::Down],
        Text::new("choose", "choisir"),
        false,
    ),
    e(
        C::Drafts,
        &[A::Adopt],
        Text::new(
            "adopt the draft as an action",
            "adopter le brouillon comme action",
        ),
        true,
    ),
    // A page that scrolls
    e(
        C::Scroll,
        &[A::Up, A::Down],
        Text::new("scroll", "défiler"),
        true,
    ),
    e(
        C::Scroll,
        &[A::PageUp, A::PageDown],
        Text::new("page up / down", "page précédente / suivante"),
        true,
    ),
    e(
        C::Scroll,
        &[A::Export],
        Text::new(
            "export: report (.md) and poster (.html)",
            "exporter : rapport (.md) et affiche (.html)",
        ),
        true,
    ),
    e(C::Scroll, &[A::Top], Text::new("top", "début"), false),
    e(C::Scroll, &[A::Bottom], Text::new("bottom", "fin"), false),
    // A list of records
    e(
        C::List,
        &[A::Up, A::Down],
        Text::new("choose", "choisir"),
        false,
    ),
    e(
        C::List,
        &[A::PageUp, A::PageDown],
        Text::new("page up / down", "page précédente / suivante"),
        false,
    ),
    e(C::List, &[A::Add], Text::new("add", "ajouter"), true),
    e(
        C::List,
        &[A::QuickAdd],
        Text::new(
            "quick add: type, Enter, next",
            "ajout rapide : saisir, Entrée, suivant",
        ),
        false,
    ),
    e(C::List, &[A::Enter], Text::new("edit", "modifier"), true),
    e(
        C::List,
        &[A::Delete],
        Text::new("delete", "supprimer"),
        true,
    ),
    e(
        C::List,
        &[A::Duplicate],
        Text::new("duplicate", "dupliquer"),
        false,
    ),
    e(C::List, &[A::MoveUp], Text::new("move up", "monter"), false),
    e(
        C::List,
        &[A::MoveDown],
        Text::new("move down", "descendre"),
        false,
    ),
    // A form, a field focused
    e(
        C::Form,
        &[A::Up, A::Down],
        Text::new("field", "champ"),
        false,
    ),
    e(
        C::Form,
        &[A::Enter],
        Text::new("edit / choose", "modifier / choisir"),
        true,
    ),
    e(
        C::Form,
        &[A::NextField],
        Text::new("next field", "champ suivant"),
        true,
    ),
    e(
        C::Form,
        &[A::PrevField],
        Text::new("previous field", "champ précédent"),
        false,
    ),
    e(
        C::Form,
        &[A::Back],
        Text::new("back to the list", "retour à la liste"),
        true,
    ),
    e(
        C::Form,
        &[A::Left, A::Right],
        Text::new("change value", "changer la valeur"),
        true,
    ),
    e(C::Form, &[A::Clear], Text::new("clear", "effacer"), false),
    // Typing in a one-line field
    e(C::Editing, &[A::Commit], Text::new("keep", "valider"), true),
    // Short, so that the three keys of a text being typed fit the footer at 80 columns.
    e(
        C::Editing,
        &[A::FocusNext],
        Text::new("keep, next", "valider, suivant"),
        true,
    ),
    e(
        C::Editing,
        &[A::Clear],
        Text::new("clear the field", "vider le champ"),
        false,
    ),
    e(
        C::Editing,
        &[A::Cancel],
        Text::new("cancel", "annuler la saisie"),
        true,
    ),
    // Typing in a multi-line field: Enter is a line break, so the footer says how to keep.
    e(
        C::EditingLines,
        &[A::Commit],
        Text::new("keep", "valider"),
        true,
    ),
    e(
        C::EditingLines,
        &[A::Enter],
        Text::new("new line", "à la ligne"),
        true,
    ),
    e(
        C::EditingLines,
        &[A::FocusNext],
        Text::new("keep, next", "suivant"),
        true,
    ),
    e(
        C::EditingLines,
        &[A::Clear],
        Text::new("clear the field", "vider le champ"),
        false,
    ),
    e(
        C::EditingLines,
        &[A::Cancel],
        Text::new("cancel", "annuler"),
        true,
    ),
    // A list of choices
    e(
        C::Picker,
        &[A::Up, A::Down],
        Text::new("choose", "choisir"),
        true,
    ),
    e(
        C::Picker,
        &[A::Toggle],
        Text::new("tick / untick", "cocher / décocher"),
        true,
    ),
    e(
        C::Picker,
        &[A::Add],
        Text::new("add your own", "ajouter le vôtre"),
        true,
    ),
    e(C::Picker, &[A::Commit], Text::new("keep", "valider"), true),
    e(
        C::Picker,
        &[A::Cancel],
        Text::new("cancel", "annuler"),
        true,
    ),
    // A question
    e(C::Confirm, &[A::Yes], Text::new("yes", "oui"), true),
    e(C::Confirm, &[A::No], Text::new("no", "non"), true),
    // A live room
    e(
        C::Workshop,
        &[A::Follow],
        Text::new(
            "follow the facilitator / go free",
            "suivre l'animateur / aller librement",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::Mark],
        Text::new("ready / need more time", "prêt / besoin de plus de temps"),
        false,
    ),
    e(
        C::Workshop,
        &[A::WriteCards],
        Text::new(
            "write your cards in the round",
            "écrire vos cartes de la ronde",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::OpenRound],
        Text::new(
            "open a round on this step (cards, votes, dots)",
            "ouvrir une ronde ici (cartes, votes, points)",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::Reveal],
        Text::new("reveal the round", "révéler la ronde"),
        false,
    ),
    e(
        C::Workshop,
        &[A::CancelRound],
        Text::new("cancel the round", "annuler la ronde"),
        false,
    ),
    e(
        C::Workshop,
        &[A::Summon],
        Text::new(
            "call everyone to your step",
            "appeler tout le monde à votre étape",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::Hold],
        Text::new(
            "hold everyone on your step / free them",
            "retenir tout le monde sur votre étape / les libérer",
        ),
        false,
    ),
    e(
        C::Workshop,
        &[A::KeepOurs],
        Text::new(
            "merge conflict: keep ours",
            "conflit de fusion : garder la nôtre",
        ),
        true,
    ),
    e(
        C::Workshop,
        &[A::TakeTheirs],
        Text::new("take theirs", "prendre la leur"),
        true,
    ),
    // Writing cards in a round
    e(
        C::Cards,
        &[A::Commit],
        Text::new("add the card", "ajouter la carte"),
        true,
    ),
    e(
        C::Cards,
        &[A::Up, A::Down],
        Text::new("your cards", "vos cartes"),
        true,
    ),
    e(
        C::Cards,
        &[A::Delete],
        Text::new("take the card back", "reprendre la carte"),
        true,
    ),
    e(
        C::Cards,
        &[A::Cancel],
        Text::new(
            "close (your cards are kept)",
            "fermer (vos cartes sont gardées)",
        ),
        true,
    ),
    // Setting up a round
    e(
        C::Setup,
        &[A::Up, A::Down],
        Text::new("option", "option"),
        true,
    ),
    e(
        C::Setup,
        &[A::Left, A::Right],
        Text::new("change", "changer"),
        true,
    ),
    e(
        C::Setup,
        &[A::Commit],
        Text::new("open the round", "ouvrir la ronde"),
        true,
    ),
    e(C::Setup, &[A::Cancel], Text::new("cancel", "annuler"), true),
    // A dot vote on the actions
    e(
        C::Dots,
        &[A::DotMore, A::DotLess],
        Text::new(
            "one dot more / less on this action",
            "un point de plus / de moins sur cette action",
        ),
        true,
    ),
    // The help screen, whose title says how it scrolls
    e(
        C::Help,
        &[A::Up, A::Down],
        Text::new("scroll", "défiler"),
        false,
    ),
    e(
        C::Help,
        &[A::PageUp, A::PageDown],
        Text::new("page up / down", "page précédente / suivante"),
        false,
    ),
];

/// The built-in keys, in the format of the user's `keys.toml`.
const DEFAULTS: &str = include_str!("keys.toml");

/// Which keys do each action, by context.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMap {
    bound: Vec<(Context, Action, Vec<Key>)>,
}

impl Default for KeyMap {
    /// The built-in keys, read once.
    fn default() -> KeyMap {
        static BUILT_IN: LazyLock<KeyMap> = LazyLock::new(|| {
            let unbound = ENTRIES
                .iter()
                .flat_map(|e| e.actions.iter().map(|a| (e.context, *a, Vec::new())));
            KeyMap {
                bound: unbound.collect(),
            }
            .read(DEFAULTS, "keys.toml (built in)")
            .expect("the built-in keys are valid")
        });
        BUILT_IN.clone()
    }
}

/// How a key map file writes a name: `next_step`, `editing_lines`, `rate_low`, `step_7`.
fn snake(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        if (c.is_uppercase() || c.is_ascii_digit()) && !out.is_empty() {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn name<T: std::fmt::Debug>(x: T) -> String {
    snake(&format!("{x:?}"))
}

impl KeyMap {
    /// The defaults with the user's key map, `keys.toml` in the config folder, read over them
    /// when there is one.
    pub fn load(config: Option<&Path>) -> Result<KeyMap, String> {
        let map = KeyMap::default();
        match config.map(|d| d.join("keys.toml")) {
            Some(path) if path.exists() => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                map.read(&text, &path.display().to_string())
            }
            _ => Ok(map),
        }
    }

    /// Reads a key map file over this one: a table per context, `action = "key"` or a list of
    /// keys; the actions it names take the keys given, the others keep theirs. An unknown
    /// context, action or key, or a key that would do two actions of one context, is an error
    /// naming the file and line.
    pub fn read(mut self, text: &str, file: &str) -> Result<KeyMap, String> {
        let line_of = |at: usize| text[..at].matches('\n').count() + 1;
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(s.start));
            format!("{file}:{line}: {}", e.message())
        })?;
        let names: Vec<(String, String)> = self
            .bound
            .iter()
            .map(|(c, a, _)| (name(c), name(a)))
            .collect();
        for (context, actions) in &table {
            let header = text.find(&format!("[{context}]")).unwrap_or(0);
            let Some(actions) = actions.as_table() else {
                return Err(format!(
                    "{file}:{}: “{context}” should be a table of actions",
                    line_of(header)
                ));
            };
            for (action, value) in actions {
                // Only an error needs the line: counting lines for every action is quadratic.
                let line = || {
                    let at = text[header..].find(action.as_str());
                    line_of(at.map_or(0, |i| header + i))
                };
                let known = names.iter().any(|(c, _)| c == context);
                let Some(at) = names.iter().position(|(c, a)| c == context && a == action) else {
                    return Err(if known {
                        format!("{file}:{}: no action “{action}” in “{context}”", line())
                    } else {
                        format!("{file}:{}: unknown context “{context}”", line())
                    });
                };
                let words: Vec<&str> = match value {
                    toml::Value::String(k) => vec![k.as_str()],
                    toml::Value::Array(a) => a.iter().filter_map(|v| v.as_str()).collect(),
                    _ => return Err(format!("{file}:{}: give a key or a list of keys", line())),
                };
                let new = words
                    .into_iter()
                    .map(Key::parse)
                    .collect::<Result<Vec<Key>, String>>()
                    .map_err(|e| format!("{file}:{}: {e}", line()))?;
                if new.is_empty() {
                    return Err(format!(
                        "{file}:{}: “{action}” needs at least one key",
                        line()
                    ));
                }
                self.bound[at].2 = new;
            }
        }
        // The same key twice in one context would make one of the two unreachable.
        for (i, (context, first, keys)) in self.bound.iter().enumerate() {
            for (other, second, theirs) in &self.bound[i + 1..] {
                if other == context
                    && let Some(k) = keys.iter().find(|k| theirs.contains(k))
                {
                    return Err(format!(
                        "{file}: {} is bound to both “{}” and “{}” in “{}”",
                        k.name(Lang::En),
                        name(first),
                        name(second),
                        name(context)
                    ));
                }
            }
        }
        Ok(self)
    }

    /// The keys that do `action` in `context`.
    pub fn keys(&self, context: Context, action: Action) -> &[Key] {
        self.bound
            .iter()
            .find(|(c, a, _)| *c == context && *a == action)
            .map_or(&[], |(.., keys)| keys.as_slice())
    }

    /// The action `key` does in `context`.
    pub fn action(&self, context: Context, key: Key) -> Option<Action> {
        self.bound
            .iter()
            .find(|(c, _, keys)| *c == context && keys.contains(&key))
            .map(|(_, a, _)| *a)
    }

    /// The keys of an entry as shown to the user, e.g. "u/Ctrl-Z", or "1…6" for many.
    pub fn label(&self, entry: &Entry, lang: Lang) -> String {
        let keys = self.keys_of(entry);
        if keys.len() > 3 {
            let last = keys[keys.len() - 1];
            return format!("{}…{}", keys[0].name(lang), last.name(lang));
        }
        let names: Vec<String> = keys.iter().map(|k| k.name(lang)).collect();
        names.join("/")
    }

    /// Footer hints for the contexts in effect, most specific first, leaving out the actions
    /// that do nothing on the current screen and the keys a more specific context took.
    pub fn footer(
        &self,
        contexts: &[Context],
        lang: Lang,
        applies: impl Fn(Context, Action) -> bool,
    ) -> Vec<(String, &'static str)> {
        let mut taken: Vec<Key> = Vec::new();
        let mut out = Vec::new();
        for c in contexts {
            let mine = ENTRIES.iter().filter(|e| e.context == *c && e.footer);
            for e in mine.filter(|e| e.actions.iter().any(|a| applies(*c, *a))) {
                let keys = self.keys_of(e);
                if !keys.iter().any(|k| taken.contains(k)) {
                    out.push((self.label(e, lang), e.help.get(lang)));
                }
            }
            // Every key of this context shadows the same key further out, shown or not.
            let own = ENTRIES.iter().filter(|e| e.context == *c);
            taken.extend(own.flat_map(|e| self.keys_of(e)));
        }
        out
    }

    /// The keys of an entry, all its actions together.
    fn keys_of(&self, entry: &Entry) -> Vec<Key> {
        let each = entry.actions.iter();
        each.flat_map(|a| self.keys(entry.context, *a).iter().copied())
            .collect()
    }

    /// The help screen's lines: a heading per context, the contexts in effect (`first`, most
    /// specific first) before the others, the home screen's last inside a workshop; a key
    /// already told with the same words is not told again.
    pub fn help(&self, first: &[Context], lang: Lang) -> Vec<HelpLine> {
        let rest = Context::ALL.iter().filter(|c| !first.contains(c));
        let (home, others): (Vec<&Context>, Vec<&Context>) =
            rest.partition(|c| **c == Context::Home);
        let order = first.iter().chain(others).chain(home);
        let mut told: Vec<(String, &str)> = Vec::new();
        let mut out = Vec::new();
        for c in order.filter(|c| **c != Context::Help) {
            let mut lines = Vec::new();
            for e in ENTRIES.iter().filter(|e| e.context == *c) {
                let said = (self.label(e, lang), e.help.get(lang));
                if !told.contains(&said) {
                    lines.push(HelpLine::Key(said.0.clone(), said.1));
                    told.push(said);
                }
            }
            if !lines.is_empty() {
                out.push(HelpLine::Heading(c.title().get(lang)));
                out.extend(lines);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Key as K;

    #[test]
    fn every_action_has_a_default_key_and_none_is_bound_twice() {
        let map = KeyMap::default();
        for (c, a, keys) in &map.bound {
            assert!(!keys.is_empty(), "{c:?} {a:?} has no key");
        }
        let err = map.read("[scroll]\nexport = \"home\"\n", "k").unwrap_err();
        assert_eq!(
            err,
            "k: Home is bound to both “export” and “top” in “scroll”"
        );
    }

    #[test]
    fn every_esc_has_a_letter_alternative() {
        for (c, a, keys) in &KeyMap::default().bound {
            if keys.contains(&K::Esc) {
                assert!(keys.len() > 1, "{c:?} {a:?} needs Esc alone");
            }
        }
    }

    #[test]
    fn a_user_key_map_is_checked_then_read_over_the_defaults() {
        let bad = [
            (
                "[workshop]\nundo = \"ctrl-enter\"\n",
                "keys.toml:2: “ctrl-enter” does not pass",
            ),
            (
                "[workshop]\nfly = \"f\"\n",
                "keys.toml:2: no action “fly” in “workshop”",
            ),
            (
                "[garden]\nundo = \"u\"\n",
                "keys.toml:2: unknown context “garden”",
            ),
            (
                "[list]\nadd = \"d\"\n",
                "keys.toml: d is bound to both “add” and “delete” in “list”",
            ),
            (
                "[list]\nadd = \"plus\"\n",
                "keys.toml:2: unknown key “plus”",
            ),
            ("[list\n", "keys.toml:1:"),
        ];
        for (text, want) in bad {
            let err = KeyMap::default().read(text, "keys.toml").unwrap_err();
            assert!(err.starts_with(want), "{err}");
            assert!(!err.contains('\n'));
        }
        let map = KeyMap::default()
            .read(
                "[list]\nadd = [\"a\", \"+\"]\n[workshop]\nstep_7 = [\"7\", \"ctrl-t\"]\n",
                "k",
            )
            .unwrap();
        assert_eq!(map.action(C::List, K::Char('+')), Some(A::Add));
        assert_eq!(map.action(C::Workshop, K::Ctrl('t')), Some(A::Step(7)));
        assert_eq!(map.action(C::Workshop, K::Char('7')), Some(A::Step(7)));
        let add = ENTRIES
            .iter()
            .find(|e| e.context == C::List && e.actions == [A::Add])
            .unwrap();
        assert_eq!(map.label(add, Lang::En), "a/+");
        // One direction can move on its own: j goes down, ↑ still goes up.
        let map = KeyMap::default()
            .read("[list]\ndown = \"j\"\n", "k")
            .unwrap();
        assert_eq!(map.action(C::List, K::Char('j')), Some(A::Down));
        assert_eq!(map.action(C::List, K::Down), None);
        assert_eq!(map.action(C::List, K::Up), Some(A::Up));
        // The defaults stay as they were for anyone else.
        assert_eq!(KeyMap::default().action(C::List, K::Char('+')), None);
    }

    #[test]
    fn the_help_groups_keys_by_context_those_in_hand_first_once_each() {
        let map = KeyMap::default();
        let lines = map.help(&[C::Form, C::Workshop], Lang::En);
        let headings: Vec<&str> = lines
            .iter()
            .filter_map(|l| match l {
                HelpLine::Heading(h) => Some(*h),
                HelpLine::Key(..) => None,
            })
            .collect();
        assert_eq!(headings[..2], ["A form", "Anywhere in a workshop"]);
        assert_eq!(headings.last(), Some(&"Home screen"));
        assert!(!headings.contains(&"Help"), "{headings:?}");
        let keys: Vec<&HelpLine> = lines
            .iter()
            .filter(|l| matches!(l, HelpLine::Key(..)))
            .collect();
        for (i, l) in keys.iter().enumerate() {
            assert!(!keys[..i].contains(l), "{l:?} told twice");
        }
        let choose = HelpLine::Key("↑/↓".into(), "choose");
        assert_eq!(keys.iter().filter(|l| ***l == choose).count(), 1);
        // On the home screen its own keys come first.
        let home = map.help(&[C::Home], Lang::Fr);
        assert_eq!(home[0], HelpLine::Heading("Écran d'accueil"));
    }

    #[test]
    fn the_footer_tells_a_key_once_by_its_most_specific_meaning() {
        let map = KeyMap::default();
        let hints = map.footer(&[C::Form, C::Workshop], Lang::En, |_, _| true);
        let tab: Vec<&str> = hints
            .iter()
            .filter(|(k, _)| k == "Tab")
            .map(|(_, d)| *d)
            .collect();
        assert_eq!(tab, ["next field"]);
        let lines = map.footer(&[C::EditingLines], Lang::En, |_, _| true);
        let said: Vec<String> = lines.iter().map(|(k, d)| format!("{k} {d}")).collect();
        assert_eq!(
            said,
            [
                "Ctrl-S keep",
                "Enter new line",
                "Tab keep, next",
                "Esc/Ctrl-G cancel"
            ]
        );
    }

    #[test]
    fn each_direction_is_its_own_action() {
        let map = KeyMap::default();
        assert_eq!(map.action(C::Workshop, K::Char('3')), Some(A::Step(3)));
        assert_eq!(map.action(C::List, K::Up), Some(A::Up));
        assert_eq!(map.action(C::Workshop, K::Char('[')), Some(A::PrevTab));
        let tabs = ENTRIES
            .iter()
            .find(|e| e.context == C::Workshop && e.actions.contains(&A::NextTab))
            .unwrap();
        assert_eq!(map.label(tabs, Lang::En), "[/]");
        let steps = ENTRIES
            .iter()
            .find(|e| e.actions.contains(&A::Step(1)))
            .unwrap();
        assert_eq!(map.label(steps, Lang::En), "1…6");
    }
}
