//! Key bindings as data: each has a description that feeds the footer and the `?` help.
//! Defaults use letters, arrows, Tab, Enter and Ctrl-letters only, which survive tmux and ssh;
//! every Esc has a Ctrl-G alternative because Esc is slow under tmux.

use super::key::Key;
use crate::i18n::{Lang, Text};
use crate::model::Level;
use std::sync::OnceLock;

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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    NextStep,
    PrevStep,
    Step(u8),
    ToggleGuide,
    Undo,
    Redo,
    NextTab,
    PrevTab,
    FocusNext,
    FocusPrev,
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
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: Text,
    /// Shown in the footer, not only in the help screen.
    pub footer: bool,
}

const fn b(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: Text,
    footer: bool,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        footer,
    }
}

use Action as A;
use Context as C;
use Key as K;

pub static BINDINGS: &[Binding] = &[
    // Home
    b(
        C::Home,
        &[K::Up, K::Down],
        A::Down,
        Text::new("choose", "choisir"),
        true,
    ),
    b(
        C::Home,
        &[K::Enter, K::Char('o')],
        A::Enter,
        Text::new("open", "ouvrir"),
        true,
    ),
    b(
        C::Home,
        &[K::Char('n')],
        A::New,
        Text::new("new workshop", "nouvel atelier"),
        true,
    ),
    b(
        C::Home,
        &[K::Char('m')],
        A::Demo,
        Text::new("open the demo", "ouvrir la démo"),
        true,
    ),
    b(
        C::Home,
        &[K::Char('A')],
        A::QuickAudit,
        Text::new("quick audit", "audit express"),
        true,
    ),
    b(
        C::Home,
        &[K::Char('d')],
        A::Delete,
        Text::new("delete", "supprimer"),
        true,
    ),
    b(
        C::Home,
        &[K::Char('T')],
        A::Themes,
        Text::new("theme", "thème"),
        false,
    ),
    b(
        C::Home,
        &[K::Char('?')],
        A::Help,
        Text::new("help", "aide"),
        true,
    ),
    b(
        C::Home,
        &[K::Char('q'), K::Ctrl('c')],
        A::Quit,
        Text::new("quit", "quitter"),
        true,
    ),
    // Anywhere in a workshop, unless a text is being edited
    b(
        C::Workshop,
        &[K::Tab],
        A::FocusNext,
        Text::new("next pane", "volet suivant"),
        true,
    ),
    b(
        C::Workshop,
        &[K::BackTab],
        A::FocusPrev,
        Text::new("previous pane", "volet précédent"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('n')],
        A::NextStep,
        Text::new("next step", "étape suivante"),
        true,
    ),
    b(
        C::Workshop,
        &[K::Char('p')],
        A::PrevStep,
        Text::new("previous step", "étape précédente"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('0')],
        A::Step(0),
        Text::new("go to framing", "aller au cadrage"),
        false,
    ),
    b(
        C::Workshop,
        &[
            K::Char('1'),
            K::Char('2'),
            K::Char('3'),
            K::Char('4'),
            K::Char('5'),
            K::Char('6'),
        ],
        A::Step(1),
        Text::new("go to step 1 to 6", "aller à l'étape 1 à 6"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('7')],
        A::Step(7),
        Text::new("go to the target", "aller à la cible"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('8')],
        A::Step(8),
        Text::new("go to the summary", "aller à la synthèse"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('['), K::Char(']')],
        A::NextTab,
        Text::new("previous / next tab", "onglet précédent / suivant"),
        true,
    ),
    b(
        C::Workshop,
        &[K::Char('g')],
        A::ToggleGuide,
        Text::new("show / hide guidance", "afficher / masquer les conseils"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('u'), K::Ctrl('z')],
        A::Undo,
        Text::new("undo", "annuler"),
        true,
    ),
    b(
        C::Workshop,
        &[K::Ctrl('r'), K::Ctrl('y')],
        A::Redo,
        Text::new("redo", "rétablir"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('T')],
        A::Themes,
        Text::new(
            "choose the theme (live preview)",
            "choisir le thème (aperçu en direct)",
        ),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('?')],
        A::Help,
        Text::new("help", "aide"),
        true,
    ),
    b(
        C::Workshop,
        &[K::Char('q'), K::Ctrl('c')],
        A::Quit,
        Text::new("back to home", "retour à l'accueil"),
        true,
    ),
    b(
        C::Workshop,
        &[K::Char('m')],
        A::ToggleView,
        Text::new("list / matrix", "liste / matrice"),
        true,
    ),
    b(
        C::Workshop,
        &[K::Char('t')],
        A::Timer,
        Text::new(
            "time box: start / pause / resume",
            "minuteur : lancer / pause / reprendre",
        ),
        true,
    ),
    b(
        C::Workshop,
        &[K::Char('+')],
        A::Extend,
        Text::new("5 more minutes", "5 minutes de plus"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('-')],
        A::Shorten,
        Text::new("5 minutes less", "5 minutes de moins"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('B')],
        A::Bell,
        Text::new(
            "bell when time is up: on / off",
            "sonnerie à la fin du temps : oui / non",
        ),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('L')],
        A::Plan,
        Text::new(
            "session plan: none, three sessions, quick audit",
            "plan de séances : aucun, trois séances, audit express",
        ),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('P')],
        A::Present,
        Text::new("presentation mode", "mode présentation"),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('N')],
        A::Note,
        Text::new(
            "facilitator's note for this step",
            "note d'animation de cette étape",
        ),
        false,
    ),
    b(
        C::Workshop,
        &[K::Char('F')],
        A::FullForms,
        Text::new(
            "quick / full forms (nothing is lost)",
            "formulaires express / complets (rien n'est perdu)",
        ),
        false,
    ),
    // Presentation mode
    b(
        C::Present,
        &[K::Right, K::Char('n'), K::Char(' '), K::PageDown],
        A::Next,
        Text::new("next", "suivant"),
        true,
    ),
    b(
        C::Present,
        &[K::Left, K::Char('p'), K::PageUp],
        A::Previous,
        Text::new("previous", "précédent"),
        true,
    ),
    b(
        C::Present,
        &[K::Char('q'), K::Char('P'), K::Esc, K::Ctrl('g')],
        A::Cancel,
        Text::new("leave the presentation", "quitter la présentation"),
        true,
    ),
    // A list of existing records to edit
    b(
        C::Rows,
        &[K::Up, K::Down],
        A::Down,
        Text::new("choose", "choisir"),
        false,
    ),
    b(
        C::Rows,
        &[K::PageUp, K::PageDown],
        A::PageDown,
        Text::new("page up / down", "page précédente / suivante"),
        false,
    ),
    b(
        C::Rows,
        &[K::Enter],
        A::Enter,
        Text::new("edit", "modifier"),
        true,
    ),
    // The criticity grid
    b(
        C::Grid,
        &[K::Up, K::Down],
        A::Down,
        Text::new("moment", "moment"),
        false,
    ),
    b(
        C::Grid,
        &[K::Left, K::Right],
        A::Right,
        Text::new("persona", "persona"),
        false,
    ),
    b(
        C::Grid,
        &[K::PageUp, K::PageDown],
        A::PageDown,
        Text::new("page up / down", "page précédente / suivante"),
        false,
    ),
    b(
        C::Grid,
        &[K::Char('v')],
        A::Rate(Level::VerySensitive),
        Text::new("very sensitive", "très sensible"),
        true,
    ),
    b(
        C::Grid,
        &[K::Char('s')],
        A::Rate(Level::Sensitive),
        Text::new("sensitive", "sensible"),
        true,
    ),
    b(
        C::Grid,
        &[K::Char('l'), K::Char('b')],
        A::Rate(Level::Low),
        Text::new("low", "bas"),
        true,
    ),
    b(
        C::Grid,
        &[K::Char('x')],
        A::Rate(Level::NotApplicable),
        Text::new("not applicable", "non concerné"),
        true,
    ),
    b(
        C::Grid,
        &[K::Backspace, K::Delete],
        A::Unrate,
        Text::new("not rated", "non noté"),
        false,
    ),
    b(
        C::Grid,
        &[K::Enter],
        A::Enter,
        Text::new("rationale", "justification"),
        true,
    ),
    b(
        C::Grid,
        &[K::Char('o')],
        A::Sort,
        Text::new(
            "most sensitive first / journey order",
            "plus sensibles d'abord / ordre du parcours",
        ),
        true,
    ),
    // The drafts of the target step
    b(
        C::Drafts,
        &[K::Up, K::Down],
        A::Down,
        Text::new("choose", "choisir"),
        false,
    ),
    b(
        C::Drafts,
        &[K::Enter, K::Char('a')],
        A::Adopt,
        Text::new(
            "adopt the draft as an action",
            "adopter le brouillon comme action",
        ),
        true,
    ),
    // A page that scrolls
    b(
        C::Scroll,
        &[K::Up, K::Down],
        A::Down,
        Text::new("scroll", "défiler"),
        true,
    ),
    b(
        C::Scroll,
        &[K::PageUp, K::PageDown, K::Char(' ')],
        A::PageDown,
        Text::new("page up / down", "page précédente / suivante"),
        true,
    ),
    b(
        C::Scroll,
        &[K::Char('e')],
        A::Export,
        Text::new(
            "export: report (.md) and poster (.html) next to the workshop",
            "exporter : rapport (.md) et affiche (.html) à côté de l'atelier",
        ),
        true,
    ),
    b(
        C::Scroll,
        &[K::Home],
        A::Top,
        Text::new("top", "début"),
        false,
    ),
    b(
        C::Scroll,
        &[K::End],
        A::Bottom,
        Text::new("bottom", "fin"),
        false,
    ),
    // A list of records
    b(
        C::List,
        &[K::Up, K::Down],
        A::Down,
        Text::new("choose", "choisir"),
        false,
    ),
    b(
        C::List,
        &[K::PageUp, K::PageDown],
        A::PageDown,
        Text::new("page up / down", "page précédente / suivante"),
        false,
    ),
    b(
        C::List,
        &[K::Char('a')],
        A::Add,
        Text::new("add", "ajouter"),
        true,
    ),
    b(
        C::List,
        &[K::Char('i')],
        A::QuickAdd,
        Text::new(
            "quick add: type, Enter, next",
            "ajout rapide : saisir, Entrée, suivant",
        ),
        false,
    ),
    b(
        C::List,
        &[K::Enter],
        A::Enter,
        Text::new("edit", "modifier"),
        true,
    ),
    b(
        C::List,
        &[K::Char('d'), K::Delete],
        A::Delete,
        Text::new("delete", "supprimer"),
        true,
    ),
    b(
        C::List,
        &[K::Char('y')],
        A::Duplicate,
        Text::new("duplicate", "dupliquer"),
        false,
    ),
    b(
        C::List,
        &[K::Char('K')],
        A::MoveUp,
        Text::new("move up", "monter"),
        false,
    ),
    b(
        C::List,
        &[K::Char('J')],
        A::MoveDown,
        Text::new("move down", "descendre"),
        false,
    ),
    // A form, a field focused
    b(
        C::Form,
        &[K::Up, K::Down],
        A::Down,
        Text::new("field", "champ"),
        false,
    ),
    b(
        C::Form,
        &[K::Enter],
        A::Enter,
        Text::new("edit / choose", "modifier / choisir"),
        true,
    ),
    b(
        C::Form,
        &[K::Left, K::Right],
        A::Right,
        Text::new("change value", "changer la valeur"),
        true,
    ),
    b(
        C::Form,
        &[K::Char('x'), K::Delete],
        A::Clear,
        Text::new("clear", "effacer"),
        false,
    ),
    // Typing in a one-line field
    b(
        C::Editing,
        &[K::Enter],
        A::Commit,
        Text::new("keep", "valider"),
        true,
    ),
    b(
        C::Editing,
        &[K::Tab],
        A::FocusNext,
        Text::new("keep, next field", "valider, champ suivant"),
        true,
    ),
    b(
        C::Editing,
        &[K::Esc, K::Ctrl('g')],
        A::Cancel,
        Text::new("cancel", "annuler la saisie"),
        true,
    ),
    // Typing in a multi-line field
    b(
        C::EditingLines,
        &[K::Ctrl('s')],
        A::Commit,
        Text::new("keep", "valider"),
        true,
    ),
    b(
        C::EditingLines,
        &[K::Tab],
        A::FocusNext,
        Text::new("keep, next field", "valider, champ suivant"),
        true,
    ),
    b(
        C::EditingLines,
        &[K::Enter],
        A::Enter,
        Text::new("new line", "nouvelle ligne"),
        true,
    ),
    b(
        C::EditingLines,
        &[K::Esc, K::Ctrl('g')],
        A::Cancel,
        Text::new("cancel", "annuler la saisie"),
        true,
    ),
    // A list of choices
    b(
        C::Picker,
        &[K::Up, K::Down],
        A::Down,
        Text::new("choose", "choisir"),
        true,
    ),
    b(
        C::Picker,
        &[K::Char(' ')],
        A::Toggle,
        Text::new("tick / untick", "cocher / décocher"),
        true,
    ),
    b(
        C::Picker,
        &[K::Char('a')],
        A::Add,
        Text::new("add your own", "ajouter le vôtre"),
        true,
    ),
    b(
        C::Picker,
        &[K::Enter],
        A::Commit,
        Text::new("keep", "valider"),
        true,
    ),
    b(
        C::Picker,
        &[K::Esc, K::Ctrl('g'), K::Char('q')],
        A::Cancel,
        Text::new("cancel", "annuler"),
        true,
    ),
    // A question
    b(
        C::Confirm,
        &[K::Char('y'), K::Char('o')],
        A::Yes,
        Text::new("yes", "oui"),
        true,
    ),
    b(
        C::Confirm,
        &[K::Char('n'), K::Esc, K::Ctrl('g')],
        A::No,
        Text::new("no", "non"),
        true,
    ),
];

/// Keys the user's key map gives to bindings, by binding index; the rest keep their defaults.
static USER: OnceLock<Vec<(usize, Vec<Key>)>> = OnceLock::new();

/// The keys of a binding, as the user's key map may have changed them.
pub fn keys_of(b: &'static Binding) -> &'static [Key] {
    let at = BINDINGS.iter().position(|x| std::ptr::eq(x, b));
    USER.get()
        .and_then(|u| u.iter().find(|(i, _)| Some(*i) == at))
        .map_or(b.keys, |(_, keys)| keys.as_slice())
}

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

/// How a key map file names a context (`workshop`) and an action (`next_step`).
pub fn names(b: &Binding) -> (String, String) {
    (
        snake(&format!("{:?}", b.context)),
        snake(&format!("{:?}", b.action)),
    )
}

/// Reads a user key map (`keys.toml`: a table per context, `action = "key"` or a list of
/// keys) and installs it. An unknown context, action or key, a binding whose keys pair two
/// directions, or a key bound twice in a context is an error naming the file and line.
pub fn install(text: &str, file: &str) -> Result<(), String> {
    let at = |needle: &str| text[..text.find(needle).unwrap_or(0)].matches('\n').count() + 1;
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map_or(1, |s| text[..s.start].matches('\n').count() + 1);
        format!("{file}:{line}: {}", e.message())
    })?;
    let mut user: Vec<(usize, Vec<Key>)> = Vec::new();
    for (context, actions) in &table {
        let Some(actions) = actions.as_table() else {
            return Err(format!(
                "{file}:{}: “{context}” should be a table of actions",
                at(context)
            ));
        };
        for (action, value) in actions {
            let line = at(action);
            let found = BINDINGS
                .iter()
                .position(|b| names(b) == (context.clone(), action.clone()));
            let Some(i) = found else {
                let known = BINDINGS.iter().any(|b| names(b).0 == *context);
                return Err(if known {
                    format!("{file}:{line}: no action “{action}” in “{context}”")
                } else {
                    format!("{file}:{line}: unknown context “{context}”")
                });
            };
            if PAIRED.contains(&BINDINGS[i].action) {
                return Err(format!(
                    "{file}:{line}: “{action}” pairs two directions and keeps its keys"
                ));
            }
            let words: Vec<&str> = match value {
                toml::Value::String(k) => vec![k.as_str()],
                toml::Value::Array(a) => a.iter().filter_map(|v| v.as_str()).collect(),
                _ => return Err(format!("{file}:{line}: give a key or a list of keys")),
            };
            let keys = words
                .into_iter()
                .map(Key::parse)
                .collect::<Result<Vec<Key>, String>>()
                .map_err(|e| format!("{file}:{line}: {e}"))?;
            if keys.is_empty() {
                return Err(format!("{file}:{line}: “{action}” needs at least one key"));
            }
            user.push((i, keys));
        }
    }
    // The same key twice in one context would make one of the two unreachable.
    let keys = |i: usize| {
        user.iter()
            .find(|(j, _)| *j == i)
            .map_or(BINDINGS[i].keys.to_vec(), |(_, k)| k.clone())
    };
    for (i, first) in BINDINGS.iter().enumerate() {
        for (j, second) in BINDINGS.iter().enumerate().skip(i + 1) {
            if first.context == second.context
                && let Some(k) = keys(i).into_iter().find(|k| keys(j).contains(k))
            {
                let (c, a) = names(first);
                return Err(format!(
                    "{file}: {} is bound to both “{a}” and “{}” in “{c}”",
                    k.name(),
                    names(second).1
                ));
            }
        }
    }
    USER.set(user)
        .map_err(|_| "the key map is already installed".to_owned())
}

/// Bindings whose keys go in pairs (↑ and ↓, [ and ]...), told apart by `action`.
const PAIRED: [Action; 5] = [A::Down, A::PageDown, A::Right, A::NextTab, A::Step(1)];

/// The action bound to `key` in `context`, with the few keys whose action depends on which
/// of a binding's keys was pressed.
pub fn action(context: Context, key: Key) -> Option<Action> {
    let found = BINDINGS
        .iter()
        .find(|b| b.context == context && keys_of(b).contains(&key))?;
    Some(match (found.action, key) {
        (A::Down, K::Up) => A::Up,
        (A::PageDown, K::PageUp) => A::PageUp,
        (A::Right, K::Left) => A::Left,
        (A::NextTab, K::Char('[')) => A::PrevTab,
        (A::Step(_), K::Char(c)) if c.is_ascii_digit() => A::Step(c as u8 - b'0'),
        (a, _) => a,
    })
}

/// The keys of a binding as shown to the user, e.g. "u/Ctrl-Z".
pub fn keys_label(b: &'static Binding) -> String {
    let keys = keys_of(b);
    if keys.len() > 3 {
        return format!("{}…{}", keys[0].name(), keys[keys.len() - 1].name());
    }
    keys.iter().map(|k| k.name()).collect::<Vec<_>>().join("/")
}

/// Footer hints for the contexts in effect, most specific first.
pub fn footer(contexts: &[Context], lang: Lang) -> Vec<(String, &'static str)> {
    footer_where(contexts, lang, |_| true)
}

/// [`footer`] without the bindings that do nothing on the current screen.
pub fn footer_where(
    contexts: &[Context],
    lang: Lang,
    applies: impl Fn(Action) -> bool,
) -> Vec<(String, &'static str)> {
    contexts
        .iter()
        .flat_map(|c| BINDINGS.iter().filter(move |b| b.context == *c && b.footer))
        .filter(|b| applies(b.action))
        .map(|b| (keys_label(b), b.help.get(lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    assert!(!a.keys.iter().any(|k| b.keys.contains(k)), "{:?}", a.keys);
                }
            }
        }
    }

    #[test]
    fn every_esc_has_a_letter_alternative() {
        for b in BINDINGS.iter().filter(|b| b.keys.contains(&K::Esc)) {
            assert!(b.keys.len() > 1, "{:?} needs Esc alone", b.action);
        }
    }

    #[test]
    fn a_user_key_map_is_checked_then_installed() {
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
                "[list]\ndown = \"j\"\n",
                "keys.toml:2: “down” pairs two directions",
            ),
            (
                "[list]\nadd = \"plus\"\n",
                "keys.toml:2: unknown key “plus”",
            ),
            ("[list\n", "keys.toml:1:"),
        ];
        for (text, want) in bad {
            let err = install(text, "keys.toml").unwrap_err();
            assert!(err.starts_with(want), "{err}");
            assert!(!err.contains('\n'));
        }
        // Only the test process's first good map is installed; the defaults stay elsewhere.
        install(
            "[list]\nadd = [\"a\", \"+\"]\n[workshop]\nstep_7 = [\"7\", \"ctrl-t\"]\n",
            "k",
        )
        .unwrap();
        assert_eq!(action(C::List, K::Char('+')), Some(A::Add));
        assert_eq!(action(C::Workshop, K::Ctrl('t')), Some(A::Step(7)));
        assert_eq!(action(C::Workshop, K::Char('7')), Some(A::Step(7)));
        let add = BINDINGS
            .iter()
            .find(|b| b.context == C::List && b.action == A::Add)
            .unwrap();
        assert_eq!(keys_label(add), "a/+");
    }

    #[test]
    fn pressed_key_refines_the_action() {
        assert_eq!(action(C::Workshop, K::Char('3')), Some(A::Step(3)));
        assert_eq!(action(C::List, K::Up), Some(A::Up));
        assert_eq!(action(C::Workshop, K::Char('[')), Some(A::PrevTab));
    }
}
