//! One screen per step.

pub mod choices;
pub mod criticity;
pub mod framing;
pub mod interactions;
pub mod journeys;
pub mod listen;
pub mod moments;
pub mod personas;
pub mod present;
pub mod summary;
pub mod target;
