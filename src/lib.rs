//! parcours: a terminal workshop facilitator for the six-step customer-experience method.

pub mod audit;
pub mod cli;
pub mod config;
pub mod dates;
pub mod demo;
pub mod diff;
pub mod edit;
pub mod export;
pub mod facilitation;
pub mod i18n;
pub mod import;
pub mod live;
pub mod merge;
pub mod method;
pub mod model;
pub mod room;
pub mod store;
pub mod summary;
pub mod text;
pub mod tui;
