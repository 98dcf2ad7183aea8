//! Texts of the screens of steps 4 to 8: criticity grid, interactions, target and summary.

use super::Text;

pub const MOMENT: Text = Text::new("Moment", "Moment");
pub const STAGE: Text = Text::new("Stage", "Étape");
pub const NOT_RATED: Text = Text::new("to rate", "à noter");
pub const RATE_FIRST: Text = Text::new(
    "Rate the cell first (v, s, l or x), then say why.",
    "Notez d'abord la case (v, s, l ou x), puis dites pourquoi.",
);
pub const SORTED_JOURNEY: Text = Text::new(
    "Moments in journey order · o: most sensitive first for the selected persona",
    "Moments dans l'ordre du parcours · o : les plus sensibles d'abord pour le persona choisi",
);
pub const SORTED_SENSITIVE: Text = Text::new(
    "Most sensitive first for the selected persona · o: journey order",
    "Les plus sensibles d'abord pour le persona choisi · o : ordre du parcours",
);
pub const GRID_NO_PERSONA: Text = Text::new(
    "No persona yet: criticity is rated per persona (step 2).",
    "Aucun persona pour l'instant : la criticité se note par persona (étape 2).",
);
pub const GRID_NO_MOMENT: Text = Text::new(
    "No key moment yet: mark them in step 4, then rate them here.",
    "Aucun moment clé pour l'instant : repérez-les à l'étape 4, puis notez-les ici.",
);
pub const WHY_PROMPT: Text = Text::new("Why, for {who}: ", "Pourquoi, pour {who} : ");
pub const CELL_SAYS: Text = Text::new("{who}: ", "{who} : ");
pub const NO_RATIONALE: Text = Text::new(
    "no rationale yet (Enter to write one)",
    "pas encore de justification (Entrée pour en écrire une)",
);
pub const YES_BREAK: Text = Text::new(
    "yes: the customer switches channel and starts over",
    "oui : le client change de canal et recommence tout",
);
pub const NO: Text = Text::new("no", "non");
pub const MATRIX_LEGEND: Text = Text::new(
    "● used and wanted · ○ used, not wanted · + wanted, not there yet · ! channel break · ←/→: stages · m: list · [ ]: journeys",
    "● utilisé et souhaité · ○ utilisé, non souhaité · + souhaité, absent · ! rupture de canal · ←/→ : étapes · m : liste · [ ] : parcours",
);
pub const CHANNEL: Text = Text::new("Channel", "Canal");
pub const NO_STAGE: Text = Text::new(
    "No stage yet: journeys and their stages are drawn in step 3.",
    "Aucune étape pour l'instant : les parcours et leurs étapes se tracent à l'étape 3.",
);
pub const TARGET_TABS: [Text; 4] = [
    Text::new("Actions", "Actions"),
    Text::new("Drafts", "Brouillons"),
    Text::new("Impact / effort", "Impact / effort"),
    Text::new("Channel plan", "Plan de canaux"),
];
pub const FOR_EVERYONE: Text = Text::new("Every persona", "Tous les personas");
pub const NO_DRAFT: Text = Text::new(
    "No draft left: every moment of truth has its action. Add your own in Actions.",
    "Plus aucun brouillon : chaque moment de vérité a son action. Ajoutez les vôtres dans Actions.",
);
pub const DRAFTS_INTRO: Text = Text::new(
    "Drafts from your moments, most sensitive first. Enter adopts one as an action to edit.",
    "Brouillons tirés de vos moments, les plus sensibles d'abord. Entrée en fait une action à compléter.",
);
pub const NOW: Text = Text::new("now", "aujourd'hui");
pub const TARGET: Text = Text::new("target", "cible");
pub const SUMMARY_OBJECTIVE: Text = Text::new("Objective", "Objectif");
pub const IRRITANTS: Text = Text::new("Irritants to remove", "Irritants à supprimer");
pub const ESSENTIALS: Text = Text::new("Essentials to secure", "Essentiels à sécuriser");
pub const WOWS: Text = Text::new("Wow effects to multiply", "Effets waouh à multiplier");
pub const NO_ACTION_YET: Text = Text::new("no action yet", "pas encore d'action");
pub const NOTHING: Text = Text::new("none", "aucun");
pub const PRIORITIES: Text = Text::new("Prioritised actions", "Actions priorisées");
pub const OPEN_CHECKS: Text = Text::new("Open checks", "Points de contrôle ouverts");
pub const NO_OPEN_CHECK: Text = Text::new(
    "none: the method's checks all pass",
    "aucun : tous les contrôles de la méthode passent",
);
pub const COMPLETENESS: Text = Text::new("Completeness", "Avancement");
pub const OWNER: Text = Text::new("owner", "responsable");
pub const KPI: Text = Text::new("KPI", "indicateur");
pub const DUE: Text = Text::new("due", "échéance");
pub const NO_PERSONA_YET: Text = Text::new(
    "No persona yet: the summary fills in as the workshop goes.",
    "Aucun persona pour l'instant : la synthèse se remplit au fil de l'atelier.",
);
pub const BREAK: Text = Text::new("channel break", "rupture de canal");
pub const JOURNEY_STRIP: Text = Text::new("Journey", "Parcours");
pub const CHANNELS_NOW_TARGET: Text =
    Text::new("Channels now → target", "Canaux aujourd'hui → cible");
pub const LIST_HINT: Text = Text::new("m: matrix · [ ]: journeys", "m : matrice · [ ] : parcours");
pub const SCORE: Text = Text::new(
    "Audit score {score}/100 (parcours audit gives the details)",
    "Score d'audit {score}/100 (parcours audit donne le détail)",
);
pub const TIME_SPENT: Text = Text::new("Time spent / planned", "Temps passé / prévu");
pub const NOTES: Text = Text::new(
    "Facilitator's notes (private)",
    "Notes d'animation (privées)",
);
pub const VOTES: Text = Text::new("votes:", "votes :");
/// The verbatims that back a moment (step 4), as the persona form names its own.
pub const EVIDENCE: Text = Text::new("Evidence", "Verbatims");
pub const MOMENT_EVIDENCE: Text = Text::new(
    "The verbatims in which customers live this moment.",
    "Les verbatims où des clients vivent ce moment.",
);
/// The stage of an action of the target experience follows its moment (see `edit::links`).
pub const ACTION_STAGE: Text = Text::new(
    "An action with a moment is at the moment's stage; another stage leaves the moment.",
    "Une action liée à un moment est à l'étape de ce moment ; une autre étape la détache du moment.",
);
