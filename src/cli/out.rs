//! Standard output for commands that may be piped into `head`: once the reader has gone, the
//! command stops quietly instead of panicking on the closed pipe.
//!
//! What a command says goes through the interface's own cleaning ([`crate::text::clean`]):
//! names, titles and paths come from files, and an escape sequence in them must never reach
//! the terminal. Only an export, whose format escapes for itself, is written as it is.

use std::io::{ErrorKind, Write};

/// Why a command stopped before its end.
#[derive(Debug)]
pub enum Stop {
    /// A one-line, localised message for stderr.
    Failed(String),
    /// Standard output was closed by its reader: nothing more to say to anyone.
    ReaderGone,
}

impl From<String> for Stop {
    fn from(message: String) -> Stop {
        Stop::Failed(message)
    }
}

/// Writes `text` to standard output, cleaned of control characters and escape sequences.
pub fn out(text: &str) -> Result<(), Stop> {
    data(&crate::text::clean(text))
}

/// Writes `text` to standard output as it is: for exports and completion scripts, whose
/// formats have their own escaping (a CSV's line ends, a script's tabs).
pub fn data(text: &str) -> Result<(), Stop> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Err(Stop::ReaderGone),
        Err(e) => Err(Stop::Failed(e.to_string())),
    }
}

/// Writes one line to standard output.
pub fn line(text: &str) -> Result<(), Stop> {
    out(&format!("{text}\n"))
}
