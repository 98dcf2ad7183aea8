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
