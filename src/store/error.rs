//! What can go wrong in the store, told in one line that names the file.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Lang, Text, store as t};

use super::lock::Holder;

/// What the store was doing when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Read,
    Write,
    CreateDir,
    List,
    Delete,
    Lock,
}

#[derive(Debug)]
pub enum StoreError {
    Io {
        op: Op,
        path: PathBuf,
        error: std::io::Error,
    },
    /// No data folder could be derived from the user's home.
    NoDataDir,
    /// JSON that does not parse, or does not fit the workshop's types.
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        msg: String,
    },
    NotWorkshop {
        path: PathBuf,
    },
    Newer {
        path: PathBuf,
        found: u64,
        supported: u32,
    },
    /// `path` is `None` when [`super::migrate`] is called on a bare value.
    Migration {
        path: Option<PathBuf>,
        from: u32,
        why: String,
    },
    /// Well-formed but breaks the document's invariants (dangling link, duplicate id...).
    Invalid {
        path: PathBuf,
        why: String,
    },
    Locked {
        path: PathBuf,
        holder: Option<Box<Holder>>,
    },
    NotFound {
        name: String,
        dir: PathBuf,
    },
    Ambiguous {
        name: String,
        candidates: Vec<String>,
    },
    /// A save refused because the file already there does not load.
    Unloadable {
        path: PathBuf,
        cause: Box<StoreError>,
    },
    /// The workshop file has other hard links, which a save would split apart.
    HardLinked {
        path: PathBuf,
        links: u64,
    },
    /// The lock's name holds a symlink, a folder or a device: it is never followed.
    BadLock {
        path: PathBuf,
    },
    /// A pipe, a device or a folder where a workshop file was expected: never read.
    NotAFile {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
    },
}

impl StoreError {
    /// The socket of the live host that holds the workshop, when that is why it is locked.
    pub fn live_socket(&self) -> Option<&std::path::Path> {
        match self {
            StoreError::Locked {
                holder: Some(holder),
                ..
            } => holder.socket.as_deref(),
            _ => None,
        }
    }

    /// The error in one line, naming the file when there is one.
    pub fn message(&self, lang: Lang) -> String {
        let io = |text: Text, path: &PathBuf, error: &std::io::Error| {
            text.fill(lang, &[("file", &path.display()), ("error", error)])
        };
        let line = match self {
            StoreError::Io { op, path, error } => {
                let text = match op {
                    Op::Read => t::READ,
                    Op::Write => t::WRITE,
                    Op::CreateDir => t::CREATE_DIR,
                    Op::List => t::LIST,
                    Op::Delete => t::DELETE,
                    Op::Lock => t::LOCK,
                };
                io(text, path, error)
            }
            StoreError::NoDataDir => t::NO_DATA_DIR.get(lang).to_owned(),
            StoreError::Syntax {
                path,
                line,
                column,
                msg,
            } => t::SYNTAX.fill(
                lang,
                &[
                    ("file", &path.display()),
                    ("line", line),
                    ("column", column),
                    ("msg", msg),
                ],
            ),
            StoreError::NotWorkshop { path } => t::NOT_WORKSHOP.fill(
                lang,
                &[("file", &path.display()), ("format", &crate::model::FORMAT)],
            ),
            StoreError::Newer {
                path,
                found,
                supported,
            } => t::NEWER.fill(
                lang,
                &[
                    ("file", &path.display()),
                    ("found", found),
                    ("supported", supported),
                ],
            ),
            StoreError::Migration { path, from, why } => {
                let file = match path {
                    Some(p) => p.display().to_string(),
                    None => t::NO_FILE.get(lang).to_owned(),
                };
                t::MIGRATION.fill(lang, &[("file", &file), ("from", from), ("why", why)])
            }
            StoreError::Invalid { path, why } => {
                t::INVALID.fill(lang, &[("file", &path.display()), ("why", why)])
            }
            StoreError::Locked { path, holder } => {
                let holder = match holder {
                    Some(h) => h.describe(lang),
                    None => t::HOLDER_UNKNOWN.get(lang).to_owned(),
                };
                t::LOCKED.fill(lang, &[("file", &path.display()), ("holder", &holder)])
            }
            StoreError::NotFound { name, dir } => {
                t::NOT_FOUND.fill(lang, &[("name", name), ("dir", &dir.display())])
            }
            StoreError::Ambiguous { name, candidates } => t::AMBIGUOUS.fill(
                lang,
                &[("name", name), ("candidates", &candidates.join(", "))],
            ),
            StoreError::Unloadable { path, cause } => t::UNLOADABLE.fill(
                lang,
                &[("file", &path.display()), ("cause", &cause.message(lang))],
            ),
            StoreError::HardLinked { path, links } => {
                t::HARD_LINKED.fill(lang, &[("file", &path.display()), ("links", links)])
            }
            StoreError::BadLock { path } => t::BAD_LOCK.fill(lang, &[("file", &path.display())]),
            StoreError::NotAFile { path } => t::NOT_A_FILE.fill(lang, &[("file", &path.display())]),
            StoreError::TooLarge { path, size } => t::TOO_LARGE.fill(
                lang,
                &[
                    ("file", &path.display()),
                    ("size", &size.div_ceil(1 << 20)),
                    ("limit", &(super::MAX_FILE >> 20)),
                ],
            ),
        };
        one_line(&line)
    }
}

/// File names and file contents end up in these messages; a newline or an escape sequence in
/// them must neither break the one-line promise nor reach the terminal raw.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { error, .. } => Some(error),
            StoreError::Unloadable { cause, .. } => Some(cause.as_ref()),
            _ => None,
        }
    }
}
