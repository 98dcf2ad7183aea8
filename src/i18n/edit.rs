//! Texts of refused edits, as a form shows them.

use super::Text;

pub const OUT_OF_SCALE: Text = Text::new(
    "a number is outside this metric's scale (NPS 0-10, CSAT 1-5, CES 1-7; NPS counts: detractors passives promoters)",
    "un nombre sort de l'échelle de cet indicateur (NPS 0-10, CSAT 1-5, CES 1-7 ; effectifs NPS : détracteurs passifs promoteurs)",
);
pub const BAD_DATE: Text = Text::new(
    "not a date: write YYYY-MM-DD",
    "ce n'est pas une date : écrivez AAAA-MM-JJ",
);
pub const BAD_EMOTION: Text = Text::new("emotion goes from -2 to +2", "l'émotion va de -2 à +2");
pub const REFUSED: Text = Text::new("change refused: {why}", "modification refusée : {why}");

// Links mended when a file is loaded (see `edit::repair`), one line each.
pub const GIVEN: Text = Text::new(
    "“{verbatim}” now belongs to {persona}, whose evidence listed it",
    "« {verbatim} » est rattaché à {persona}, dont les verbatims le citaient",
);
pub const DROPPED: Text = Text::new(
    "“{verbatim}” left the evidence of {persona}: it belongs to {own}",
    "« {verbatim} » retiré des verbatims de {persona} : il appartient à {own}",
);
pub const LISTED: Text = Text::new(
    "“{verbatim}” added to the evidence of {persona}, its persona",
    "« {verbatim} » ajouté aux verbatims de {persona}, son persona",
);
pub const MOVED: Text = Text::new(
    "action “{action}” moved to its moment's stage, {stage}",
    "action « {action} » placée à l'étape de son moment, {stage}",
);
