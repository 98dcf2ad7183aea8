//! One screen per step.

pub mod framing;
pub mod personas;
