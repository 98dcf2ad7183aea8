//! The workshop store: one pretty JSON file per workshop in a folder, with checked loads,
//! atomic saves that keep a backup, and a lock so two processes never write one file unknowingly.

mod error;
mod file;
mod lock;

pub use error::{Op, StoreError};
pub use file::{Loaded, keep, load, migrate, save, write, write_atomic};
pub use lock::{Holder, Lock};

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::model::Workshop;

/// The most a workshop file may weigh: a million verbatims take about 270 MB. Anything larger
/// is refused before it is read, so a stray huge file cannot exhaust memory.
pub const MAX_FILE: u64 = 1 << 30;

/// The folder that holds the workshops.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// One workshop file of the store; a file that does not load is still listed, with why.
#[derive(Debug)]
pub struct Entry {
    pub path: PathBuf,
    /// The file stem, which is what `parcours open NAME` takes.
    pub name: String,
    pub workshop: Result<Workshop, StoreError>,
}

impl Store {
    /// The store at `dir`, else in the user's data folder; the folder is created if missing.
    pub fn locate(dir: Option<PathBuf>) -> Result<Store, StoreError> {
        let dir = match dir {
            Some(d) => d,
            None => directories::ProjectDirs::from("", "", "parcours")
                .ok_or(StoreError::NoDataDir)?
                .data_dir()
                .to_owned(),
        };
        fs::create_dir_all(&dir).map_err(|error| StoreError::Io {
            op: Op::CreateDir,
            path: dir.clone(),
            error,
        })?;
        Ok(Store { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes `doc` to a new file named after its title (`-2`, `-3`... when taken), stamping
    /// its dates. Never overwrites anything.
    pub fn create(&self, doc: &mut Workshop) -> Result<PathBuf, StoreError> {
        stamp_new(doc);
        for path in self.names(&doc.framing.title) {
            // A name seen taken is passed over before a whole file is written and synced to
            // find out; `create_new` still refuses one taken meanwhile.
            if fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            match file::create_new(&path, doc) {
                Ok(()) => return Ok(path),
                Err(file::CreateError::Taken) => continue,
                Err(file::CreateError::Store(e)) => return Err(e),
            }
        }
        unreachable!("some suffix is always free")
    }

    /// The names a workshop titled `title` may take, in the order they are tried.
    fn names(&self, title: &str) -> impl Iterator<Item = PathBuf> + '_ {
        let base = slug(title);
        (1..).map(move |n| {
            let name = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            self.dir.join(format!("{name}.json"))
        })
    }

    /// Stamps `doc`'s dates and gives the first name for it that no file has yet and no
    /// process holds the lock of, with that lock: see [`create_at`], which writes it.
    pub fn reserve(&self, doc: &mut Workshop) -> Result<(PathBuf, Lock), StoreError> {
        stamp_new(doc);
        for path in self.names(&doc.framing.title) {
            if fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            match Lock::acquire(&path) {
                Ok(lock) => return Ok((path, lock)),
                Err(StoreError::Locked { .. }) => continue,
                Err(e) => return Err(e),
            }
        }
        unreachable!("some suffix is always free")
    }

    /// Every workshop file of the folder, most recently updated first.
    pub fn list(&self) -> Result<Vec<Entry>, StoreError> {
        let io = |error| StoreError::Io {
            op: Op::List,
            path: self.dir.clone(),
            error,
        };
        let mut found = Vec::new();
        for item in fs::read_dir(&self.dir).map_err(io)? {
            let item = item.map_err(io)?;
            let file_name = item.file_name();
            let Some(name) = file_name
                .to_str()
                .and_then(|n| n.strip_suffix(".json"))
                .filter(|n| !n.is_empty() && !n.starts_with('.'))
            else {
                continue;
            };
            // Pipes, devices and links to them are listed too: loading refuses them, unread,
            // with the reason.
            if item.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            let path = item.path();
            let workshop = file::listed(&path);
            // A file that does not load has no trustworthy date: its mtime stands in.
            let when = workshop
                .as_ref()
                .ok()
                .and_then(|w| OffsetDateTime::parse(&w.updated, &Rfc3339).ok())
                .or_else(|| {
                    let m = item.metadata().and_then(|m| m.modified()).ok()?;
                    Some(OffsetDateTime::from(m))
                })
                .unwrap_or_else(|| OffsetDateTime::from(SystemTime::UNIX_EPOCH));
            found.push((
                when,
                Entry {
                    path,
                    name: name.to_owned(),
                    workshop,
                },
            ));
        }
        found.sort_by(|(a, ea), (b, eb)| b.cmp(a).then_with(|| ea.name.cmp(&eb.name)));
        Ok(found.into_iter().map(|(_, e)| e).collect())
    }

    /// A workshop named on the command line: a path if it looks like one, else the file whose
    /// stem is the name, whose title is the name (any case), or whose stem starts with it.
    pub fn resolve(&self, name_or_path: &str) -> Result<PathBuf, StoreError> {
        let looks_like_path = name_or_path.contains('/')
            || name_or_path.contains(std::path::MAIN_SEPARATOR)
            || name_or_path.ends_with(".json");
        if looks_like_path {
            return Ok(PathBuf::from(name_or_path));
        }
        let exact = self.dir.join(format!("{name_or_path}.json"));
        if !name_or_path.is_empty() && exact.is_file() {
            return Ok(exact);
        }
        let entries = self.list()?;
        let wanted = name_or_path.to_lowercase();
        let by_title: Vec<&Entry> = entries
            .iter()
            .filter(|e| {
                e.workshop
                    .as_ref()
                    .is_ok_and(|w| w.framing.title.trim().to_lowercase() == wanted.trim())
            })
            .collect();
        let by_prefix: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.name.to_lowercase().starts_with(&wanted))
            .collect();
        for matches in [by_title, by_prefix] {
            match matches.as_slice() {
                [] => {}
                [one] => return Ok(one.path.clone()),
                several => {
                    let mut candidates: Vec<String> =
                        several.iter().map(|e| e.name.clone()).collect();
                    candidates.sort();
                    return Err(StoreError::Ambiguous {
                        name: name_or_path.to_owned(),
                        candidates,
                    });
                }
            }
        }
        // A store name wins over a same-named file in the working folder; only then the latter.
        let local = PathBuf::from(name_or_path);
        if !name_or_path.is_empty() && local.exists() {
            return Ok(local);
        }
        Err(StoreError::NotFound {
            name: name_or_path.to_owned(),
            dir: self.dir.clone(),
        })
    }

    /// Deletes a workshop file and its backup, unless another process has it open.
    pub fn delete(&self, path: &Path) -> Result<(), StoreError> {
        let lock = Lock::acquire(path)?;
        let lock_file = lock.lock_path().to_owned();
        let remove = |p: &Path, must_exist: bool| match fs::remove_file(p) {
            Err(e) if !must_exist && e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other.map_err(|error| StoreError::Io {
                op: Op::Delete,
                path: p.to_owned(),
                error,
            }),
        };
        remove(path, true)?;
        remove(&file::backup_path(path), false)?;
        drop(lock);
        // The workshop is gone, so nobody can race for this lock file any more.
        remove(&lock_file, false)
    }
}

/// Saves a copy of `doc` for someone who cannot save it where it belongs (a full disk, a
/// folder made read-only): a new file named after `path` in the home folder, else in the
/// temporary one. Never overwrites anything; the copy's path, or why neither folder took it.
pub fn save_copy(path: &Path, doc: &Workshop) -> Result<PathBuf, StoreError> {
    let stem = path
        .file_stem()
        .map_or_else(|| "atelier".into(), |s| s.to_string_lossy().into_owned());
    let stamp = OffsetDateTime::now_utc()
        .format(time::macros::format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .expect("the current time always formats");
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_owned());
    let mut why = StoreError::NoDataDir;
    for dir in home.into_iter().chain([std::env::temp_dir()]) {
        let copy = dir.join(format!("{stem}-copy-{stamp}.json"));
        why = match file::create_new(&copy, doc) {
            Ok(()) => return Ok(copy),
            Err(file::CreateError::Taken) => StoreError::Io {
                op: Op::Write,
                path: copy,
                error: std::io::ErrorKind::AlreadyExists.into(),
            },
            Err(file::CreateError::Store(e)) => e,
        };
    }
    Err(why)
}

/// Writes a new workshop file at a name [`Store::reserve`] gave; never overwrites anything,
/// not even a file that took the name meanwhile.
pub fn create_at(path: &Path, doc: &Workshop) -> Result<(), StoreError> {
    file::create_new(path, doc).map_err(|e| match e {
        file::CreateError::Taken => StoreError::Io {
            op: Op::Write,
            path: path.to_owned(),
            error: std::io::ErrorKind::AlreadyExists.into(),
        },
        file::CreateError::Store(e) => e,
    })
}

/// A new workshop's dates: created and updated now.
fn stamp_new(doc: &mut Workshop) {
    doc.created = now();
    doc.updated = doc.created.clone();
}

/// The current time as stored in files and lock records.
fn now() -> String {
    OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .expect("the current time always formats")
}

/// A file name from a title: accents folded to ASCII, lowercase, words joined by dashes.
fn slug(title: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    let mut pending_dash = false;
    for c in title.to_lowercase().chars() {
        // Combining accents (from decomposed text) belong to the letter before them.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let folded = fold(c);
        if folded.is_empty() {
            pending_dash = true;
            continue;
        }
        if pending_dash && !out.is_empty() {
            out.push('-');
        }
        pending_dash = false;
        out.push_str(folded);
        if out.len() >= MAX {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "atelier".into()
    } else {
        out.into()
    }
}

/// A lowercase letter or digit in plain ASCII; empty for anything that separates words.
fn fold(c: char) -> &'static str {
    const ASCII: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    if c.is_ascii_alphanumeric() {
        let i = ASCII.find(c).expect("lowercase ASCII letter or digit");
        return &ASCII[i..=i];
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'ś' | 'š' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ł' => "l",
        'ř' => "r",
        'ť' => "t",
        'ď' => "d",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_accents_and_join_words() {
        assert_eq!(slug("Écoute client — Été 2025 !"), "ecoute-client-ete-2025");
        assert_eq!(slug("  Cœur de cible  "), "coeur-de-cible");
        assert_eq!(slug(""), "atelier");
        assert_eq!(slug("顧客 🎉"), "atelier");
        assert_eq!(slug("Straße"), "strasse");
        assert_eq!(slug("Cafe\u{301} noir"), "cafe-noir");
        assert!(slug(&"mot ".repeat(40)).len() <= 62);
        assert!(!slug(&"mot ".repeat(40)).ends_with('-'));
    }

    #[test]
    fn a_listing_shows_each_file_as_it_stands_now() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::locate(Some(dir.path().to_owned())).unwrap();
        let path = dir.path().join("w.json");
        let mut doc = Workshop::new("Saved here", "en");
        save(&path, &mut doc).unwrap();
        let title = |store: &Store| {
            let entries = store.list().unwrap();
            entries[0].workshop.as_ref().unwrap().framing.title.clone()
        };
        assert_eq!(title(&store), "Saved here");
        // Another program rewrites it: the document this process kept is not listed.
        let mut other = Workshop::new("Changed elsewhere", "en");
        other.created = doc.created.clone();
        other.updated = doc.updated.clone();
        let bytes = serde_json::to_vec_pretty(&other).unwrap();
        fs::write(&path, bytes).unwrap();
        assert_eq!(title(&store), "Changed elsewhere");
    }
}
