//! Texts of a workshop's history: what changed between two versions (`parcours diff`), what a
//! merge decided (`parcours merge`), and the git set-up.

use super::Text;

/// Record kinds as a sentence names them, in the order of `edit::Kind`.
pub const KINDS: [Text; 9] = [
    Text::new("source", "source"),
    Text::new("verbatim", "verbatim"),
    Text::new("insight", "enseignement"),
    Text::new("figure", "indicateur"),
    Text::new("persona", "persona"),
    Text::new("journey", "parcours"),
    Text::new("stage", "étape"),
    Text::new("moment", "moment"),
    Text::new("action", "action"),
];
pub const FRAMING: Text = Text::new("framing", "cadrage");
pub const FACILITATION: Text = Text::new("facilitation", "animation");
/// A stage with its journey: `{stage} ({journey})`.
pub const STAGE_OF: Text = Text::new(
    "{stage} (journey {journey})",
    "{stage} (parcours {journey})",
);

/// Field names as a sentence says them.
pub const FIELDS: [(&str, Text); 58] = [
    ("title", Text::new("title", "titre")),
    ("objective", Text::new("objective", "objectif")),
    ("scope", Text::new("scope", "périmètre")),
    (
        "segment",
        Text::new("customer segment", "segment de clientèle"),
    ),
    ("horizon", Text::new("horizon", "horizon")),
    ("stakeholders", Text::new("stakeholders", "commanditaires")),
    ("participants", Text::new("participants", "participants")),
    ("facilitator", Text::new("facilitator", "animateur")),
    ("language", Text::new("language", "langue")),
    ("plan", Text::new("session plan", "plan de séances")),
    ("quick", Text::new("quick audit", "audit express")),
    ("timeboxes", Text::new("time boxes", "durées")),
    ("spent", Text::new("time spent (s)", "temps passé (s)")),
    ("notes", Text::new("notes", "notes")),
    ("bell", Text::new("bell", "sonnerie")),
    ("family", Text::new("family", "famille")),
    ("kind", Text::new("kind", "type")),
    ("name", Text::new("name", "nom")),
    ("text", Text::new("text", "texte")),
    ("source", Text::new("source", "source")),
    ("persona", Text::new("persona", "persona")),
    ("stage", Text::new("stage", "étape")),
    ("sentiment", Text::new("sentiment", "ressenti")),
    ("tags", Text::new("tags", "étiquettes")),
    ("date", Text::new("date", "date")),
    ("verbatims", Text::new("verbatims", "verbatims")),
    ("label", Text::new("label", "libellé")),
    ("input", Text::new("answers", "réponses")),
    ("quote", Text::new("quote", "citation")),
    ("context", Text::new("context", "contexte")),
    ("needs", Text::new("needs", "besoins")),
    ("usages", Text::new("usages", "usages")),
    ("behaviours", Text::new("behaviours", "comportements")),
    ("interactions", Text::new("relation", "relation")),
    ("channels", Text::new("channels", "canaux")),
    ("goals", Text::new("goals", "objectifs")),
    ("frustrations", Text::new("frustrations", "frustrations")),
    ("evidence", Text::new("evidence", "preuves")),
    ("phase", Text::new("phase", "phase")),
    (
        "actions",
        Text::new("customer actions", "actions du client"),
    ),
    ("touchpoints", Text::new("touchpoints", "points de contact")),
    ("emotion", Text::new("emotion", "émotion")),
    ("pain_points", Text::new("pain points", "irritants")),
    (
        "current_channels",
        Text::new("channels today", "canaux aujourd'hui"),
    ),
    (
        "desired_channels",
        Text::new("channels wanted", "canaux souhaités"),
    ),
    (
        "interlocutors",
        Text::new("interlocutors wanted", "interlocuteurs souhaités"),
    ),
    (
        "interaction_notes",
        Text::new("interaction notes", "notes d'interaction"),
    ),
    (
        "channel_break",
        Text::new("channel break", "rupture de canal"),
    ),
    (
        "target_channels",
        Text::new("target channels", "canaux cibles"),
    ),
    ("description", Text::new("description", "description")),
    ("criticity", Text::new("criticity", "criticité")),
    ("moment", Text::new("moment", "moment")),
    ("impact", Text::new("impact", "impact")),
    ("effort", Text::new("effort", "effort")),
    ("owner", Text::new("owner", "responsable")),
    ("kpi", Text::new("KPI", "indicateur")),
    ("due", Text::new("due", "échéance")),
    ("dots", Text::new("dots", "gommettes")),
];

pub const ADDED: Text = Text::new("added {record}", "ajout : {record}");
pub const REMOVED: Text = Text::new("removed {record}", "suppression : {record}");
pub const CHANGED: Text = Text::new("{record}:", "{record} :");
pub const MOVED: Text = Text::new("moved {record}", "déplacement : {record}");
/// One field of a change: `{field}: {old} → {new}`.
pub const FIELD_CHANGE: Text = Text::new("{field}: {old} → {new}", "{field} : {old} → {new}");
pub const FIELD_VALUE: Text = Text::new("{field}: {value}", "{field} : {value}");
pub const FOR: Text = Text::new("{field} for {whom}", "{field} pour {whom}");
pub const NOTHING: Text = Text::new("—", "—");
pub const YES: Text = Text::new("yes", "oui");
pub const NO: Text = Text::new("no", "non");
pub const SAME: Text = Text::new("No change.", "Aucun changement.");
pub const OTHER: Text = Text::new("Other", "Autre");
pub const CONFLICTS: Text = Text::new("Merge conflicts", "Conflits de fusion");
pub const CONFLICT_OPENED: Text = Text::new(
    "to choose: {record} › {field}: {ours} or {theirs}",
    "à trancher : {record} › {field} : {ours} ou {theirs}",
);
pub const CONFLICT_CLOSED: Text = Text::new(
    "settled: {record} › {field}",
    "tranché : {record} › {field}",
);

pub const MERGE_FAILED: Text = Text::new(
    "cannot merge into {file}: {why} (left as it was)",
    "fusion impossible dans {file} : {why} (laissé tel quel)",
);
pub const MERGE_READ: Text = Text::new(
    "cannot read {file}: {why}",
    "lecture impossible de {file} : {why}",
);
pub const MERGE_KEPT_CHANGED: Text = Text::new(
    "kept {record}: removed on one side, changed on the other",
    "conservé : {record}, supprimé d'un côté, modifié de l'autre",
);
pub const MERGE_KEPT_USED: Text = Text::new(
    "kept {record}: removed on one side, still used on the other",
    "conservé : {record}, supprimé d'un côté, encore utilisé de l'autre",
);
pub const MERGE_CONFLICT: Text = Text::new(
    "to choose in the interface: {record} › {field}: {ours} (kept for now) or {theirs}",
    "à trancher dans l'interface : {record} › {field} : {ours} (gardé pour l'instant) ou {theirs}",
);
pub const MERGE_TEXT: Text = Text::new(
    "{file} is not a workshop: merged as text by git merge-file",
    "{file} n'est pas un atelier : fusionné comme du texte par git merge-file",
);
pub const MERGE_TEXT_CONFLICTS: Text = Text::new(
    "{n} text conflict(s) marked in {file}",
    "{n} conflit(s) de texte marqué(s) dans {file}",
);
pub const NEED_GIT: Text = Text::new(
    "git did not run: {why}",
    "git n'a pas pu être lancé : {why}",
);
pub const NOT_A_REPO: Text = Text::new(
    "not inside a git repository: {why}",
    "pas dans un dépôt git : {why}",
);
pub const DIFF_ARGS: Text = Text::new(
    "diff takes two files (A B), one with --textconv, or git's seven with --git",
    "diff prend deux fichiers (A B), un avec --textconv, ou les sept de git avec --git",
);
pub const SETUP_ATTRIBUTES: Text = Text::new("{file}: {line}", "{file} : {line}");
pub const SETUP_ALREADY: Text = Text::new("{file} already has: {line}", "{file} a déjà : {line}");
pub const SETUP_CONFIG: Text = Text::new("git config {key} {value}", "git config {key} {value}");
pub const SETUP_DONE: Text = Text::new(
    "Done: git merges these workshops by record and shows their history in words. Each clone needs `parcours git-setup` once (git config is not shared).",
    "C'est fait : git fusionne ces ateliers par enregistrement et montre leur historique en mots. Chaque clone a besoin de `parcours git-setup` une fois (la configuration git ne se partage pas).",
);

/// The line a step shows over its body while one of its fields is in conflict.
pub const BANNER: Text = Text::new(
    "⚖ {n}/{of} {field}: {keep} keeps ours {ours} · {take} takes theirs {theirs} — {record}",
    "⚖ {n}/{of} {field} : {keep} garde la nôtre {ours} · {take} prend la leur {theirs} — {record}",
);
pub const CHOSEN: Text = Text::new(
    "{field}: {value} chosen (u undoes)",
    "{field} : {value} choisi (u annule)",
);
/// The home screen, under the list, for a workshop with conflicts.
pub const HOME_CONFLICTS: Text = Text::new(
    "⚖ {n} to choose after a merge (Enter opens the first one's step; O keeps ours, M takes theirs):",
    "⚖ {n} à trancher après une fusion (Entrée ouvre l'étape du premier ; O garde la nôtre, M prend la leur) :",
);
pub const HOME_CONFLICT: Text = Text::new(
    "{field}: ours {ours} · theirs {theirs} — {record}",
    "{field} : la nôtre {ours} · la leur {theirs} — {record}",
);
