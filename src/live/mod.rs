//! Live workshops: one host process holds the room and takes seats on a Unix socket; each
//! person's `parcours` is a seat with its own screen on the host's document. No terminal code
//! here: a seat's side is a [`remote::Remote`], one more [`crate::room::Handle`].

pub mod access;
pub mod host;
pub mod protocol;
pub mod remote;
pub mod runtime;
