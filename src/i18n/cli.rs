//! Texts of the command line: errors and one-line reports.

use super::Text;

pub const ERROR: Text = Text::new("error", "erreur");
