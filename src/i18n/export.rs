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
    "Aucun : tous les contrôles de la méthode passent.",
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
pub const LEVEL_OF: Text = Text::new("{name}: level", "{name} : niveau");
pub const RATIONALE_OF: Text = Text::new("{name}: rationale", "{name} : justification");
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
    "{moment} × {persona} : votes {spread}, retenu {level}",
);
pub const TO_SETTLE: Text = Text::new(" (to settle)", " (à trancher)");
pub const DOTS: Text = Text::new("Dots", "Points");
pub const VOTES_OF: Text = Text::new("{name}: votes", "{name} : votes");
