//! One writer per workshop: an OS lock on `<file>.lock`, which also records who holds it.
//!
//! The OS lock, not the file's existence, is what counts: a crashed holder's lock vanishes with
//! its process, so no stale lock ever blocks a user.
//!
//! The lock belongs to the file, not to the name it was reached by: symlinks are resolved
//! first, so every way to the workshop meets the same lock, and a file with several hard links
//! is refused (a save renames a new file into place, which would split the links apart).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::{Op, StoreError};
use crate::i18n::{Lang, store as t};

/// Who holds a workshop open, as written in its lock file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub user: String,
    pub host: Option<String>,
    pub pid: u32,
    /// RFC 3339.
    pub since: String,
    /// The socket of the live host holding the workshop, where others join it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub socket: Option<PathBuf>,
}

impl Holder {
    fn me() -> Holder {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let host = env("HOSTNAME").or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        });
        Holder {
            // Looked up by uid when the environment does not say (a service, `env -i`).
            user: crate::room::local_author(),
            host,
            pid: std::process::id(),
            since: super::now(),
            socket: None,
        }
    }

    /// Who, on which machine, which process and since when, in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        let since = crate::dates::show_time(&self.since, lang);
        let args: [(&str, &dyn std::fmt::Display); 4] = [
            ("user", &self.user),
            ("host", &self.host.as_deref().unwrap_or_default()),
            ("pid", &self.pid),
            ("since", &since),
        ];
        match &self.host {
            Some(_) => t::HOLDER.fill(lang, &args),
            None => t::HOLDER_HERE.fill(lang, &args),
        }
    }
}

/// Held while a workshop is open for writing; released on drop.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
    /// The lock file itself, beside the workshop's real file.
    lock_path: PathBuf,
}

/// `name.json` → `name.json.lock`.
fn lock_file_for(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".lock");
    PathBuf::from(s)
}

impl Lock {
    /// Locks the workshop at `path` (which need not exist yet), or says who already holds it.
    pub fn acquire(path: &Path) -> Result<Lock, StoreError> {
        let real = super::file::identity(path)?;
        let lock_path = lock_file_for(&real);
        let io = |error| StoreError::Io {
            op: Op::Lock,
            path: lock_path.clone(),
            error,
        };
        let mut file = open_lock_file(&lock_path).map_err(|error| {
            // ELOOP is what O_NOFOLLOW answers for a symlink: say so plainly.
            if error.raw_os_error() == Some(nix::libc::ELOOP) {
                StoreError::BadLock {
                    path: lock_path.clone(),
                }
            } else {
                io(error)
            }
        })?;
        if !file.metadata().map_err(io)?.is_file() {
            return Err(StoreError::BadLock { path: lock_path });
        }
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut text = String::new();
                // An unreadable owner record still means "locked"; it only loses the details.
                let holder = file
                    .read_to_string(&mut text)
                    .ok()
                    .and_then(|_| serde_json::from_str(&text).ok());
                return Err(StoreError::Locked {
                    path: path.to_owned(),
                    holder,
                });
            }
            Err(TryLockError::Error(e)) => return Err(io(e)),
        }
        let mut lock = Lock {
            file,
            path: path.to_owned(),
            lock_path: lock_path.clone(),
        };
        lock.record(&Holder::me()).map_err(io)?;
        super::file::sweep_temps(&real);
        Ok(lock)
    }

    /// The lock file, beside the workshop's real file.
    pub(super) fn lock_path(&self) -> &Path {
        &self.lock_path
    }

    /// Writes who holds the lock, for those it refuses.
    fn record(&mut self, holder: &Holder) -> std::io::Result<()> {
        let record = serde_json::to_string(holder).expect("a holder always serializes");
        self.file.set_len(0)?;
        self.file.rewind()?;
        self.file.write_all(record.as_bytes())?;
        self.file.flush()
    }

    /// Says in the lock that a live host holds the workshop, and where to join it.
    pub fn announce(&mut self, socket: &Path) -> Result<(), StoreError> {
        let holder = Holder {
            socket: Some(socket.to_owned()),
            ..Holder::me()
        };
        self.record(&holder).map_err(|error| StoreError::Io {
            op: Op::Lock,
            path: self.lock_path.clone(),
            error,
        })
    }

    /// The workshop file this lock guards.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Opens (or makes) the lock file without following a symlink planted at its name, and
/// without blocking on a FIFO: a lock must never truncate or wait on some other file.
/// No truncation on open either: until we hold the lock, the content is the holder's.
fn open_lock_file(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(nix::libc::O_NOFOLLOW | nix::libc::O_NONBLOCK);
    }
    options.open(path)
}

impl Drop for Lock {
    fn drop(&mut self) {
        // The lock file is emptied but kept: removing it would let a process that opened it just
        // before the removal lock a dead inode while another locks a fresh one.
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}
