//! What seats and a host say to each other. A frame is a 4-byte big-endian length and that
//! many bytes of one JSON message. A frame over [`MAX_FRAME`], a frame cut short or bytes that
//! are not a message end the connection, never the program.

use crate::facilitation::TimerState;
use crate::i18n::Said;
use crate::method::Step;
use crate::model::Workshop;
use crate::room::{Applied, Lead, Mark, Person, Reply, Request, Role, RoundView};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::io::{self, Read, Write};
use std::path::PathBuf;

/// Seats and hosts of different versions refuse each other at hello. 2: edits that open and
/// close merge conflicts.
pub const VERSION: u32 = 2;

/// The largest frame read: room for a snapshot of a very large workshop, no more.
pub const MAX_FRAME: usize = 32 << 20;

/// From a seat to its host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ToHost {
    /// The first message: who asks for a seat, and how they come.
    Hello {
        version: u32,
        name: String,
        visit: Visit,
    },
    /// A request numbered by the seat; the reply carries the number back.
    Ask {
        id: u64,
        request: Request,
    },
    /// The step this seat is on.
    Here {
        step: Step,
    },
    /// The seat missed something: send the whole workshop again.
    Resync,
    /// The facilitator ends the workshop for everyone.
    End,
    /// Whether the seat is done with the exercise.
    Mark(Mark),
    /// The facilitator calls every seat back to their step.
    Summon,
    /// The facilitator holds (or frees) every seat on their step.
    Hold(bool),
    Bye,
}

/// How someone comes into a live workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visit {
    /// A seat that takes part (the first one facilitates, unless the host named someone).
    Take,
    /// A seat that watches and changes nothing.
    Observe,
    /// A command that does one thing and leaves (an import): it never facilitates.
    Pass,
}

/// From the host to a seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ToSeat {
    /// The seat's place and the whole workshop as it stands.
    Welcome(Box<Welcome>),
    /// Not let in, and why.
    Refused { reason: Said },
    /// A change, in the order every seat applies it.
    Applied(Box<Applied>),
    /// The answer to a seat's request.
    Reply(Reply),
    /// The time boxes, whenever one changes.
    Timers(Vec<(Step, TimerState)>),
    /// The workshop was saved at `updated`.
    Saved { created: String, updated: String },
    /// The last save failed.
    SaveFailed(Said),
    /// Who is here now.
    People(Vec<Person>),
    /// Where the facilitator leads.
    Lead(Lead),
    /// The round in progress as this seat may see it (never anyone else's cards or votes).
    Round(Option<RoundView>),
    /// The host goes: the workshop is `over` (its facilitator ended it), or the host was
    /// stopped and may come back.
    Bye { reason: Said, over: bool },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Welcome {
    pub version: u32,
    /// The name the seat goes by (the host tells two people of one name apart).
    pub you: String,
    pub role: Role,
    /// The sequence number of the last change in `doc`.
    pub seq: u64,
    /// The workshop file, on the host's machine.
    pub path: PathBuf,
    pub doc: Workshop,
    pub timers: Vec<(Step, TimerState)>,
    pub people: Vec<Person>,
    pub lead: Lead,
    pub round: Option<RoundView>,
    /// Whether everything is saved.
    pub saved: bool,
}

/// A message as a frame, ready to be written to any number of seats.
pub fn frame(message: &impl Serialize) -> Vec<u8> {
    let body = serde_json::to_vec(message).expect("messages serialise");
    let mut out = Vec::with_capacity(4 + body.len());
    out.extend_from_slice(&(body.len() as u32).to_be_bytes());
    out.extend_from_slice(&body);
    out
}

/// Writes one message.
pub fn send(to: &mut impl Write, message: &impl Serialize) -> io::Result<()> {
    to.write_all(&frame(message))
}

/// Why no message could be read.
#[derive(Debug)]
pub enum FrameError {
    /// The other side closed between two frames.
    Closed,
    /// The connection ended inside a frame.
    Truncated,
    /// The length announced is over [`MAX_FRAME`].
    TooBig(usize),
    /// The bytes are not a message.
    Garbage(String),
    Io(io::Error),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Closed => f.write_str("closed"),
            FrameError::Truncated => f.write_str("closed in the middle of a frame"),
            FrameError::TooBig(n) => write!(f, "a frame of {n} bytes, over the limit"),
            FrameError::Garbage(why) => write!(f, "not a message ({why})"),
            FrameError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Reads one message. Memory grows with the bytes that arrive, not with the length announced.
pub fn receive<T: DeserializeOwned>(from: &mut impl Read) -> Result<T, FrameError> {
    let mut head = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        match from.read(&mut head[got..]) {
            Ok(0) if got == 0 => return Err(FrameError::Closed),
            Ok(0) => return Err(FrameError::Truncated),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    let len = u32::from_be_bytes(head) as usize;
    if len > MAX_FRAME {
        return Err(FrameError::TooBig(len));
    }
    let mut body = Vec::new();
    from.take(len as u64)
        .read_to_end(&mut body)
        .map_err(FrameError::Io)?;
    if body.len() < len {
        return Err(FrameError::Truncated);
    }
    serde_json::from_slice(&body).map_err(|e| FrameError::Garbage(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<ToHost, FrameError> {
        receive(&mut &bytes[..])
    }

    #[test]
    fn a_message_comes_back_as_sent() {
        let hello = ToHost::Hello {
            version: VERSION,
            name: "Zoé 🌸".into(),
            visit: Visit::Take,
        };
        assert_eq!(read(&frame(&hello)).unwrap(), hello);
    }

    #[test]
    fn bad_frames_are_told_apart() {
        assert!(matches!(read(&[]), Err(FrameError::Closed)));
        assert!(matches!(read(&[0, 0]), Err(FrameError::Truncated)));
        let whole = frame(&ToHost::Bye);
        let cut = &whole[..whole.len() - 1];
        assert!(matches!(read(cut), Err(FrameError::Truncated)));
        let huge = (100u32 << 20).to_be_bytes();
        assert!(matches!(read(&huge), Err(FrameError::TooBig(n)) if n == 100 << 20));
        let mut garbage = 5u32.to_be_bytes().to_vec();
        garbage.extend_from_slice(b"hello");
        assert!(matches!(read(&garbage), Err(FrameError::Garbage(_))));
    }
}
