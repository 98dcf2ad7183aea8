//! Texts of the exports: headings and column names, in the workshop's language.

use super::Text;

pub const FRAMING: Text = Text::new("Framing", "Cadrage");
pub const FRAMING_FIELDS: [Text; 7] = [
    Text::new("Objective", "Objectif"),
    Text::new("Scope", "Périmètre"),
    Text::new("Customer segment", "Segment de clientèle"),
    Text::new("Horizon", "Horizon"),
    Text::new("Stakeholders", "Commanditaires"),
    Text::new("Participants", "Participants"),
    Text::new("Facilitator", "Animateur"),
];
pub const LISTEN: Text = Text::new("Listening to customers", "Écoute des clients");
pub const SOURCES: Text = Text::new("Sources", "Sources");
pub const METRICS: Text = Text::new("Figures", "Indicateurs");
pub const VERBATIMS: Text = Text::new("Verbatims", "Verbatims");
pub const INSIGHTS: Text = Text::new("Insights", "Enseignements");
pub const PERSONAS: Text = Text::new("Personas", "Personas");
pub const PERSONA_FIELDS: [Text; 8] = [
    Text::new("Context", "Contexte"),
    Text::new("Needs", "Besoins"),
    Text::new("Usages", "Usages"),
    Text::new("Behaviours", "Comportements"),
    Text::new("Relation", "Relation"),
    Text::new("Channels", "Canaux"),
    Text::new("Goals", "Objectifs"),
    Text::new("Frustrations", "Frustrations"),
];
pub const JOURNEYS: Text = Text::new("Customer journeys", "Parcours clients");
/// Columns of a journey table, and rows of the poster.
pub const STAGE_COLUMNS: [Text; 9] = [
    Text::new("Stage", "Étape"),
    Text::new("Phase", "Phase"),
    Text::new("Actions", "Actions"),
    Text::new("Touchpoints", "Points de contact"),
    Text::new("Emotion", "Émotion"),
    Text::new("Moments", "Moments"),
    Text::new("Criticity", "Criticité"),
    Text::new("Channels now", "Canaux aujourd'hui"),
    Text::new("Target channels", "Canaux cibles"),
];
pub const CRITICITY: Text = Text::new("Criticity", "Criticité");
pub const TARGET: Text = Text::new("Target customer experience", "Expérience client cible");
pub const PLAN: Text = Text::new("Action plan", "Plan d'actions");
pub const ACTION_COLUMNS: [Text; 8] = [
    Text::new("Action", "Action"),
    Text::new("Persona", "Persona"),
    Text::new("Kind", "Type"),
    Text::new("Moment", "Moment"),
    Text::new("Criticity", "Criticité"),
    Text::new("Owner", "Responsable"),
    Text::new("KPI", "Indicateur"),
    Text::new("Due", "Échéance"),
];
pub const CHECKS: Text = Text::new("Open checks", "Points de contrôle ouverts");
pub const NO_CHECK: Text = Text::new(
    "None: the method's checks all pass.",
    "Aucun : tous les contrôles de la méthode passent.",
);
pub const COMPLETENESS: Text = Text::new("Completeness", "Avancement");
pub const STEP: Text = Text::new("Step", "Étape");
pub const GENERATED: Text = Text::new(
    "Written by parcours from the workshop file.",
    "Écrit par parcours à partir du fichier de l'atelier.",
);
pub const FAMILY: Text = Text::new("Family", "Famille");
pub const NAME: Text = Text::new("Name", "Nom");
pub const EVERYONE: Text = Text::new("Every persona", "Tous les personas");
/// Column names of the CSV tables beyond those above.
pub const ID: Text = Text::new("Id", "Identifiant");
pub const TEXT: Text = Text::new("Text", "Texte");
pub const SOURCE: Text = Text::new("Source", "Source");
pub const SENTIMENT: Text = Text::new("Sentiment", "Tonalité");
pub const TAGS: Text = Text::new("Tags", "Étiquettes");
pub const DATE: Text = Text::new("Date", "Date");
pub const JOURNEY: Text = Text::new("Journey", "Parcours");
pub const DESCRIPTION: Text = Text::new("Description", "Description");
pub const LEVEL_OF: Text = Text::new("{name}: level", "{name} : niveau");
pub const RATIONALE_OF: Text = Text::new("{name}: rationale", "{name} : justification");
pub const DESIRED: Text = Text::new("Channels wanted", "Canaux souhaités");
pub const INTERLOCUTORS: Text = Text::new("Interlocutors", "Interlocuteurs");
pub const BREAK: Text = Text::new("Channel break", "Rupture de canal");
pub const NOTES: Text = Text::new("Notes", "Notes");
pub const RANK: Text = Text::new("Rank", "Rang");
pub const QUADRANT: Text = Text::new("Priority", "Priorité");
pub const IMPACT: Text = Text::new("Impact", "Impact");
pub const EFFORT: Text = Text::new("Effort", "Effort");
pub const YES: Text = Text::new("yes", "oui");
pub const NO: Text = Text::new("no", "non");
pub const TIME: Text = Text::new("Time", "Temps");
pub const PLANNED: Text = Text::new("Planned (min)", "Prévu (min)");
pub const SPENT: Text = Text::new("Spent (min)", "Passé (min)");
pub const DISPUTES: Text = Text::new(
    "Where the team disagreed",
    "Où l'équipe n'était pas d'accord",
);
pub const DISPUTE: Text = Text::new(
    "{moment} × {persona}: votes {spread}, kept {level}",
    "{moment} × {persona} : votes {spread}, retenu {level}",
);
pub const TO_SETTLE: Text = Text::new(" (to settle)", " (à trancher)");
pub const DOTS: Text = Text::new("Dots", "Points");
pub const VOTES_OF: Text = Text::new("{name}: votes", "{name} : votes");
/// The separator between a label and its value: French puts a space before the colon.
pub const COLON: Text = Text::new(": ", " : ");
/// A customer's words, in the language's quotation marks.
pub const QUOTED: Text = Text::new("“{text}”", "« {text} »");
pub const AT_A_GLANCE: Text = Text::new("At a glance", "L'essentiel");
pub const NO_OBJECTIVE: Text = Text::new(
    "not set yet (framing, step 0)",
    "pas encore fixé (cadrage, étape 0)",
);
pub const MEASURED: Text = Text::new("Measured", "Mesuré");
pub const NO_MEASURE: Text = Text::new(
    "no figure yet (NPS, CSAT or CES, step 1)",
    "pas encore d'indicateur (NPS, CSAT ou CES, étape 1)",
);
pub const HEARD_LABEL: Text = Text::new("Heard", "Entendu");
pub const METRIC_NAMES: [Text; 3] = [
    Text::new("NPS", "NPS"),
    Text::new("CSAT", "CSAT"),
    Text::new("CES", "CES"),
];
pub const ANSWERS: [Text; 2] = [
    Text::new("{n} answer", "{n} réponse"),
    Text::new("{n} answers", "{n} réponses"),
];
pub const NO_ANSWER: Text = Text::new("no answer yet", "pas encore de réponse");
pub const VERBATIM_COUNT: [Text; 2] = [
    Text::new("{n} verbatim", "{n} verbatim"),
    Text::new("{n} verbatims", "{n} verbatims"),
];
pub const SOURCE_COUNT: [Text; 2] = [
    Text::new("{n} source", "{n} source"),
    Text::new("{n} sources", "{n} sources"),
];
pub const HEARD: Text = Text::new(
    "{verbatims} from {sources}",
    "{verbatims} issus de {sources}",
);
pub const NO_VERBATIM: Text = Text::new("no verbatim yet", "pas encore de verbatim");
pub const TOP_IRRITANTS: Text = Text::new("Top irritants", "Irritants prioritaires");
/// After the heading when more critical moments exist than the opening shows.
pub const SHOWN_OF: Text = Text::new(
    "{shown} of {all}; the others are under each persona",
    "{shown} sur {all} ; les autres figurent sous chaque persona",
);
pub const NO_IRRITANT: Text = Text::new(
    "No critical moment yet (step 4).",
    "Pas encore de moment critique (étape 4).",
);
/// The verbatims linked to a moment.
pub const LINKED: [Text; 2] = [
    Text::new("{n} verbatim behind it", "{n} verbatim à l'appui"),
    Text::new("{n} verbatims behind it", "{n} verbatims à l'appui"),
];
/// The fallback when none is linked: the negative verbatims heard at the moment's stage.
pub const AT_STAGE: [Text; 2] = [
    Text::new(
        "{n} negative verbatim at this stage, none linked to the moment yet",
        "{n} verbatim négatif à cette étape, aucun encore rattaché au moment",
    ),
    Text::new(
        "{n} negative verbatims at this stage, none linked to the moment yet",
        "{n} verbatims négatifs à cette étape, aucun encore rattaché au moment",
    ),
];
pub const NO_QUOTE: Text = Text::new(
    "no verbatim behind it yet",
    "pas encore de verbatim à l'appui",
);
/// Who an irritant hurts: "very sensitive for Marie, sensitive for Karim".
pub const LEVEL_FOR: Text = Text::new("{level} for {persona}", "{level} pour {persona}");
pub const NOT_RATED_FOR: Text = Text::new("to rate for {persona}", "à noter pour {persona}");
pub const QUICK_WINS: Text = Text::new("Quick wins", "Gains rapides");
pub const NO_QUICK_WIN: Text = Text::new(
    "No quick win yet: high impact, low effort actions are written in step 7.",
    "Pas encore de gain rapide : les actions à fort impact et faible effort s'écrivent à l'étape 7.",
);
pub const NO_OWNER: Text = Text::new("owner to name", "responsable à désigner");
pub const TARGET_CHANNELS: Text = Text::new("Target channels", "Canaux cibles");
pub const NEW_CHANNELS: Text = Text::new("New", "Nouveaux");
pub const NEW_CHANNELS_INLINE: Text = Text::new("new: {channels}", "nouveaux : {channels}");
pub const NO_CHANNEL: Text = Text::new("none yet", "aucun pour l'instant");
pub const NO_STAGE_YET: Text = Text::new(
    "No journey yet: target channels are chosen stage by stage (steps 3 and 6).",
    "Pas encore de parcours : les canaux cibles se choisissent étape par étape (étapes 3 et 6).",
);
pub const PAIN_POINTS: Text = Text::new("Pain points", "Irritants");
pub const NO_JOURNEY_YET: Text = Text::new(
    "No journey yet: this persona's irritants, essentials and wow effects will show once its journey is drawn (step 3).",
    "Pas encore de parcours : les irritants, essentiels et effets waouh de ce persona apparaîtront une fois son parcours tracé (étape 3).",
);
pub const APPENDIX: Text = Text::new(
    "Appendix: how the workshop went",
    "Annexe : déroulé de l'atelier",
);
pub const SCORE: Text = Text::new(
    "Audit score: {score}/100 (parcours audit gives the details).",
    "Score d'audit : {score}/100 (parcours audit donne le détail).",
);
pub const PERSONA_COUNT: [Text; 2] = [
    Text::new("{n} persona", "{n} persona"),
    Text::new("{n} personas", "{n} personas"),
];
/// The completeness table's column of what each step still asks for.
pub const STILL_MISSING: Text = Text::new("Still missing", "Il manque");
