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
