//! Texts of the terminal interface.

use super::Text;

pub const NONE: Text = Text::new("—", "—");
/// Emotion words from -2 to +2.
pub const EMOTIONS: [Text; 5] = [
    Text::new("very bad", "très mal"),
    Text::new("bad", "mal"),
    Text::new("neutral", "neutre"),
    Text::new("good", "bien"),
    Text::new("delighted", "ravi"),
];
pub const DELETE_Q: Text = Text::new("Delete “{name}”?", "Supprimer « {name} » ?");
pub const DELETE_EFFECTS: Text = Text::new(
    "{unlinked} record(s) lose their link, {deleted} go with it, {ratings} rating(s) are dropped. Undo brings everything back.",
    "{unlinked} élément(s) perdent leur lien, {deleted} disparaissent avec, {ratings} note(s) sont retirées. Annuler rétablit tout.",
);
pub const UNDO_BACK: Text = Text::new(
    "Nothing depends on it. Undo brings it back.",
    "Rien n'en dépend. Annuler le rétablit.",
);
pub const COPY: Text = Text::new("{name} (copy)", "{name} (copie)");
pub const SAVED: Text = Text::new("saved", "enregistré");
pub const SAVING: Text = Text::new("saving…", "enregistrement…");
pub const SAVE_STOPPED: Text = Text::new(
    "the save stopped before it finished",
    "l'enregistrement s'est arrêté avant la fin",
);
pub const SAVE_FAILED: Text = Text::new(
    "not saved, trying again: {error}",
    "non enregistré, nouvel essai en cours : {error}",
);
pub const COPY_Q: Text = Text::new(
    "Not saved: {error}. Save a copy of the workshop in your home folder (else the temporary folder), then leave? (no: other choices)",
    "Non enregistré : {error}. Enregistrer une copie de l'atelier dans votre dossier personnel (sinon le dossier temporaire), puis quitter ? (non : autres choix)",
);
pub const LEAVE_UNSAVED_Q: Text = Text::new(
    "Leave without saving? The changes since the last save will be lost. (no: stay, saving is tried again)",
    "Quitter sans enregistrer ? Les changements depuis le dernier enregistrement seront perdus. (non : rester, l'enregistrement est retenté)",
);
pub const COPY_SAVED: Text = Text::new(
    "A copy of the workshop is saved as {path}",
    "Une copie de l'atelier est enregistrée sous {path}",
);
pub const COPY_FAILED: Text = Text::new(
    "no copy could be saved either: {error}",
    "aucune copie n'a pu être enregistrée non plus : {error}",
);
pub const NOTHING_TO_UNDO: Text = Text::new("nothing to undo", "rien à annuler");
pub const NOTHING_TO_REDO: Text = Text::new("nothing to redo", "rien à rétablir");
/// What an undo or a redo changed, in the status line.
pub const UNDONE: Text = Text::new("Undone: {what}", "Annulé : {what}");
pub const REDONE: Text = Text::new("Redone: {what}", "Rétabli : {what}");
pub const READ_ONLY: Text = Text::new(
    "you are observing: nothing can be changed from this seat",
    "vous observez : rien ne peut être modifié depuis ce poste",
);
pub const FACILITATOR_ONLY: Text = Text::new(
    "only the facilitator can do this",
    "seul l'animateur peut faire cela",
);
pub const OFFLINE: Text = Text::new(
    "no link with the host: this change was not made",
    "pas de liaison avec l'hôte : cette modification n'a pas été faite",
);
pub const CHANGED_SINCE: Text = Text::new(
    "not undone: {who} has changed it since",
    "pas annulé : {who} l'a modifié depuis",
);
pub const NOT_BUILT: Text = Text::new(
    "This step's screen is not in this version yet; the guidance above already applies.",
    "L'écran de cette étape n'est pas encore dans cette version ; les conseils ci-dessus s'appliquent déjà.",
);
pub const WHAT: Text = Text::new("What", "Quoi");
pub const WHY: Text = Text::new("Why", "Pourquoi");
pub const WATCH: Text = Text::new("Watch out", "Attention");
pub const HELP_TITLE: Text = Text::new("Keys", "Touches");
pub const HELP_CLOSE: Text = Text::new(
    "↑/↓ scroll, any other key closes",
    "↑/↓ pour défiler, toute autre touche ferme",
);
pub const HOME_TITLE: Text = Text::new("Workshops in {dir}", "Ateliers dans {dir}");
pub const HOME_EMPTY: Text = Text::new(
    "No workshop yet. Press n to create one, or m to open the demo.",
    "Aucun atelier pour l'instant. Appuyez sur n pour en créer un, ou m pour ouvrir la démo.",
);
pub const NEW_TITLE: Text = Text::new(
    "[{lang}, Tab: language] Title of the new workshop: ",
    "[{lang}, Tab : langue] Titre du nouvel atelier : ",
);
pub const DELETE_FILE_Q: Text = Text::new(
    "Delete the workshop “{name}” and its backup? This cannot be undone.",
    "Supprimer l'atelier « {name} » et sa sauvegarde ? C'est définitif.",
);
pub const TOO_SMALL: Text = Text::new(
    "Terminal too small: {w}×{h}, needs 40×12.",
    "Terminal trop petit : {w}×{h}, il faut 40×12.",
);
pub const STAGES_OF: Text = Text::new(
    "Stages of {name} — [ ] journeys",
    "Étapes de {name} — [ ] parcours",
);
pub const NPS_FIGURES: Text = Text::new(
    "{kind} {score}: {promoters} promoters, {passives} passives, {detractors} detractors, {n} answers",
    "{kind} {score} : {promoters} promoteurs, {passives} passifs, {detractors} détracteurs, {n} réponses",
);
pub const FIGURES: Text = Text::new(
    "{kind} {score} from {n} answers",
    "{kind} {score} sur {n} réponses",
);
pub const ADD_OWN: Text = Text::new("+ a: add your own", "+ a : ajouter le vôtre");
pub const EXPORTED: Text = Text::new("written: {paths}", "écrit : {paths}");
pub const EXPORT_FAILED: Text = Text::new("export failed: {error}", "échec de l'export : {error}");
pub const THEME_PROBLEM: Text = Text::new(
    "theme not used, the default is: {why}",
    "thème non utilisé, celui par défaut l'est : {why}",
);
pub const THEMES_TITLE: Text = Text::new("Theme", "Thème");
pub const TIME_UP: Text = Text::new(
    "Time is up for this step: + adds 5 minutes, n moves on",
    "Le temps de cette étape est écoulé : + ajoute 5 minutes, n passe à la suite",
);
pub const BELL_ON: Text = Text::new(
    "bell on when time is up",
    "sonnerie activée à la fin du temps",
);
pub const BELL_OFF: Text = Text::new("bell off", "sonnerie désactivée");
pub const QUICK_FORMS: Text = Text::new(
    "quick forms: only the essential fields show",
    "formulaires express : seuls les champs essentiels s'affichent",
);
pub const FULL_FORMS: Text = Text::new(
    "full forms: every field shows again, nothing was lost",
    "formulaires complets : tous les champs réapparaissent, rien n'est perdu",
);
pub const NOTE_TITLE: Text = Text::new(
    "Facilitator's note ({step}) — private: not in presentation or exports · Ctrl-S keep · Esc cancel",
    "Note d'animation ({step}) — privée : ni en présentation ni dans les exports · Ctrl-S valider · Échap annuler",
);
pub const NOTE: Text = Text::new("Note", "Note");
pub const PLAN_AT: Text = Text::new(
    "session {n}/{of}, {left} left",
    "séance {n}/{of}, reste {left}",
);
pub const NEW_QUICK: Text = Text::new(
    "[{lang}, Tab: language] Title of the quick audit: ",
    "[{lang}, Tab : langue] Titre de l'audit express : ",
);
/// After the step bar: how far the current step is and what it still asks for.
pub const MISSING: Text = Text::new(" {pct}missing: {what}", " {pct}il manque : {what}");
/// The status line on opening a workshop whose links disagreed (see `edit::repair`).
pub const REPAIRED: Text = Text::new(
    "links repaired on opening: {notes}",
    "liens réparés à l'ouverture : {notes}",
);
/// The last line of a presentation page too long for the screen.
pub const MORE_IN_SUMMARY: [Text; 2] = [
    Text::new(
        "… {n} more line: the summary (step 8) shows it",
        "… {n} ligne de plus : la synthèse (étape 8) la montre",
    ),
    Text::new(
        "… {n} more lines: the summary (step 8) shows them",
        "… {n} lignes de plus : la synthèse (étape 8) les montre",
    ),
];

// Keys as their keycaps read; French keyboards print these names.
pub const ENTER: Text = Text::new("Enter", "Entrée");
pub const ESC: Text = Text::new("Esc", "Échap");
pub const SPACE: Text = Text::new("Space", "Espace");
pub const BACKTAB: Text = Text::new("Shift-Tab", "Maj-Tab");
pub const BACKSPACE: Text = Text::new("Backspace", "Retour arrière");
pub const DELETE: Text = Text::new("Del", "Suppr");
pub const HOME: Text = Text::new("Home", "Début");
pub const END: Text = Text::new("End", "Fin");
pub const PAGE_UP: Text = Text::new("PgUp", "PgPréc");
pub const PAGE_DOWN: Text = Text::new("PgDn", "PgSuiv");

/// The overlay that reads in full what the screen had to cut.
pub const READ_TITLE: Text = Text::new(
    "In full — ↑/↓ scroll, any other key closes",
    "En entier — ↑/↓ pour défiler, toute autre touche ferme",
);
/// Ends a text cut to fit: the key that reads it in full.
pub const READ_HINT: Text = Text::new("{key}: read all", "{key} : tout lire");
/// The last row of a strip of warnings too many for it.
pub const MORE_WARNINGS: Text = Text::new("+{n} more", "+{n} de plus");
/// What a cut status message is, in the reading overlay.
pub const MESSAGE: Text = Text::new("Message", "Message");
