//! The method's knowledge in one place: its steps and their guidance, the live warnings on
//! personas and journeys, and how far a workshop has gone in each step.
//! The TUI, the summary and the audit all read it from here.

mod channels;
mod checks;
mod completeness;
mod labels;
mod step;
mod warnings;

pub use channels::{CHANNELS, Channel, channel_label, channel_list};
pub use checks::{Finding, Severity, channel_checks, checks, is_break, offered};
pub use completeness::{Gap, Progress, completeness, overall};
pub use labels::Label;
pub use step::{Guidance, Step};
pub use warnings::{Warning, fold, journey_warnings, persona_warnings};
