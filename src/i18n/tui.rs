//! Texts of the terminal interface.

use super::Text;

pub const PROGRESS: Text = Text::new("{percent}% done", "{percent} % réalisé");
pub const AT_STEP: Text = Text::new("Step: {step}", "Étape : {step}");
pub const HOME: Text = Text::new(
    "{count} workshop(s) in {dir}",
    "{count} atelier(s) dans {dir}",
);
pub const PLACEHOLDER: Text = Text::new(
    "The guided screens are not in this version yet. Use `parcours list` and `parcours export` meanwhile. Press q to quit.",
    "Les écrans guidés ne sont pas encore dans cette version. En attendant, utilisez `parcours list` et `parcours export`. Appuyez sur q pour quitter.",
);
pub const NONE: Text = Text::new("—", "—");
/// Emotion words from -2 to +2.
pub const EMOTIONS: [Text; 5] = [
    Text::new("very bad", "très mal"),
    Text::new("bad", "mal"),
    Text::new("neutral", "neutre"),
    Text::new("good", "bien"),
    Text::new("delighted", "ravi"),
];
pub const DELETE_Q: Text = Text::new("Delete “{name}”?", "Supprimer « {name} » ?");
pub const DELETE_EFFECTS: Text = Text::new(
    "{unlinked} record(s) lose their link, {deleted} go with it, {ratings} rating(s) are dropped. Undo brings everything back.",
    "{unlinked} élément(s) perdent leur lien, {deleted} disparaissent avec, {ratings} note(s) sont retirées. Annuler rétablit tout.",
);
pub const UNDO_BACK: Text = Text::new(
    "Nothing depends on it. Undo brings it back.",
    "Rien n'en dépend. Annuler le rétablit.",
);
pub const COPY: Text = Text::new("{name} (copy)", "{name} (copie)");
