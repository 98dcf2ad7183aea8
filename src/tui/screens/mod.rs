//! One screen per step.

pub mod choices;
pub mod framing;
pub mod journeys;
pub mod listen;
pub mod personas;
