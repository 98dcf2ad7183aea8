//! The method's knowledge in one place: its steps and how far a workshop has gone in each.
//! The TUI, the summary and the audit all read it from here.

mod completeness;
mod step;

pub use completeness::{Progress, completeness, overall};
pub use step::{Guidance, Step};
