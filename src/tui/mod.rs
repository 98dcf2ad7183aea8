//! The terminal UI: an Elm-style loop over the app's own input type.

pub mod key;
pub mod terminal;
