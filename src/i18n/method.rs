//! Texts of the method: step names.

use super::Text;

/// In the order of `method::Step::ALL`.
pub const STEP_TITLES: [Text; 9] = [
    Text::new("Framing", "Cadrage"),
    Text::new("Listen", "Écoute"),
    Text::new("Personas", "Personas"),
    Text::new("Journeys", "Parcours"),
    Text::new("Key moments", "Moments clés"),
    Text::new("Criticity", "Criticité"),
    Text::new("Interactions", "Interactions"),
    Text::new("Target", "Cible"),
    Text::new("Summary", "Synthèse"),
];
