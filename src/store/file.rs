//! Reading and writing one workshop file: checked loads, migrations, atomic saves.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::MAX_FILE;
use super::error::{Op, StoreError};
use crate::edit::Repair;
use crate::model::{FORMAT, SCHEMA_VERSION, Workshop};

/// A workshop read from its file, and the links that had to be mended to read it.
#[derive(Debug)]
pub struct Loaded {
    pub doc: Workshop,
    /// Say them to the user: the file itself changes at the next save.
    pub repairs: Vec<Repair>,
}

/// Reads and checks a workshop file; older schema versions are migrated in memory, and links
/// whose two sides disagree are repaired rather than refused (see [`crate::edit::repair`]).
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let (bytes, seen) = read(path)?;
    let loaded = parse(path, &bytes)?;
    remember(None, seen, None);
    Ok(loaded)
}

/// A file as it stood when it was read or written whole and sound by this process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Seen {
    device: u64,
    inode: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Seen {
    /// Which file, whatever its name: its device and inode.
    fn file(self) -> (u64, u64) {
        (self.device, self.inode)
    }

    fn of(meta: &fs::Metadata) -> Seen {
        #[cfg(unix)]
        let (device, inode) = {
            use std::os::unix::fs::MetadataExt;
            (meta.dev(), meta.ino())
        };
        #[cfg(not(unix))]
        let (device, inode) = (0, 0);
        Seen {
            device,
            inode,
            len: meta.len(),
            modified: meta.modified().ok(),
        }
    }
}

/// What this process last read or wrote whole and sound of each file (by device and inode):
/// the file as it stood then and, once saved or closed, the document it holds. A save over a
/// file that has not changed since need not parse it again to know it is no broken file, nor
/// a listing load it again (for a million verbatims, each costs seconds). The document is
/// kept by saves (on the saver's thread) and by [`keep`], not by loads: copying a workshop
/// whose moments are rated for fifty personas takes milliseconds, and a load is on the way to
/// a first frame.
type Sound = HashMap<(u64, u64), (Seen, Option<Workshop>)>;
static SOUND: std::sync::LazyLock<std::sync::Mutex<Sound>> =
    std::sync::LazyLock::new(Default::default);

fn sound() -> std::sync::MutexGuard<'static, Sound> {
    SOUND.lock().unwrap_or_else(|e| e.into_inner())
}

fn remember(gone: Option<Seen>, now: Seen, doc: Option<&Workshop>) {
    let mut sound = sound();
    if let Some(gone) = gone {
        sound.remove(&gone.file());
    }
    sound.insert(now.file(), (now, doc.cloned()));
}

/// What is kept of the file `seen`, if this process knows it sound as it stands now.
fn unchanged(sound: &mut Sound, seen: Seen) -> Option<&mut Option<Workshop>> {
    let (was, kept) = sound.get_mut(&seen.file())?;
    (*was == seen).then_some(kept)
}

fn known_sound(seen: Seen) -> bool {
    unchanged(&mut sound(), seen).is_some()
}

/// Keeps `doc` as what the file at `path` holds, for listings, if this process read or wrote
/// that file and it has not changed since: the caller knows `doc` is what it read or wrote.
pub fn keep(path: &Path, doc: &Workshop) {
    let Ok(meta) = fs::metadata(path) else {
        return;
    };
    if let Some(kept) = unchanged(&mut sound(), Seen::of(&meta)) {
        *kept = Some(doc.clone());
    }
}

/// The workshop at `path` for a listing: as this process last kept it if the file has not
/// changed since, else loaded.
pub(super) fn listed(path: &Path) -> Result<Workshop, StoreError> {
    if let Ok(meta) = fs::metadata(path)
        && let Some(Some(doc)) = unchanged(&mut sound(), Seen::of(&meta))
    {
        return Ok(doc.clone());
    }
    load(path).map(|l| l.doc)
}

/// The bytes of a workshop file, refusing before reading anything that is not a regular file
/// (a pipe would block, a device never end) or weighs more than [`MAX_FILE`].
fn read(path: &Path) -> Result<(Vec<u8>, Seen), StoreError> {
    let io = |error| StoreError::Io {
        op: Op::Read,
        path: path.to_owned(),
        error,
    };
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Opening a FIFO for reading would wait for a writer; the type is checked next.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(nix::libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(StoreError::NotAFile {
            path: path.to_owned(),
        });
    }
    if meta.len() > MAX_FILE {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Bounded even if the file grows while being read.
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
        });
    }
    Ok((bytes, Seen::of(&meta)))
}

/// The real file behind `path`: symlinks resolved, so that every name of a workshop meets the
/// same lock and a save updates the target rather than replacing the link. A file with other
/// hard links is refused, since renaming a new version into place would split them.
pub(super) fn identity(path: &Path) -> Result<PathBuf, StoreError> {
    let real = match fs::canonicalize(path) {
        Ok(real) => real,
        // Not there yet (a new workshop, a dangling link): its folder is resolved instead.
        Err(_) => match (fs::canonicalize(folder(path)), path.file_name()) {
            (Ok(dir), Some(name)) if fs::symlink_metadata(path).is_err() => dir.join(name),
            _ => path.to_owned(),
        },
    };
    #[cfg(unix)]
    if let Ok(meta) = fs::metadata(&real) {
        use std::os::unix::fs::MetadataExt;
        if meta.is_file() && meta.nlink() > 1 {
            return Err(StoreError::HardLinked {
                path: path.to_owned(),
                links: meta.nlink(),
            });
        }
    }
    Ok(real)
}

/// Bytes, not text: invalid UTF-8 then gets a position like any other syntax error. A UTF-8
/// byte-order mark, which some editors write, is skipped.
fn parse(path: &Path, bytes: &[u8]) -> Result<Loaded, StoreError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let syntax = |e: serde_json::Error| {
        // serde_json appends the position to its message; it is given once, up front, instead.
        let msg = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        StoreError::Syntax {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
            msg: msg.strip_suffix(&suffix).unwrap_or(&msg).to_owned(),
        }
    };
    // The usual file, written by this version, is read in one pass; any other is looked at
    // closer, for a migration or a precise error.
    let mut doc = match serde_json::from_slice::<Workshop>(bytes) {
        Ok(doc) if doc.format == FORMAT && doc.schema_version == SCHEMA_VERSION => doc,
        _ => read_other(path, bytes, syntax)?,
    };
    // A sound document is checked once; only one that is not is repaired and checked again.
    let repairs = match crate::edit::validate(&doc) {
        Ok(()) => Vec::new(),
        Err(_) => {
            let repairs = crate::edit::repair(&mut doc);
            crate::edit::validate(&doc).map_err(|why| StoreError::Invalid {
                path: path.to_owned(),
                why,
            })?;
            repairs
        }
    };
    Ok(Loaded { doc, repairs })
}

/// A file that did not read as a workshop of this version: not a workshop, a newer or older
/// version (migrated), or one with an error to place.
fn read_other(
    path: &Path,
    bytes: &[u8],
    syntax: impl Fn(serde_json::Error) -> StoreError,
) -> Result<Workshop, StoreError> {
    // The two fields that say what the file is, read without building the rest: a whole
    // `Value` of a large file costs several times its size in memory and time.
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<Value>,
        schema_version: Option<Value>,
    }
    let header: Header = match serde_json::from_slice(bytes) {
        Ok(h) => h,
        // Well-formed JSON that is not an object with those fields.
        Err(e) if e.is_data() => {
            return Err(StoreError::NotWorkshop {
                path: path.to_owned(),
            });
        }
        Err(e) => return Err(syntax(e)),
    };
    if header.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(StoreError::NotWorkshop {
            path: path.to_owned(),
        });
    }
    // Files from before versioning carry no number: they are version 0.
    let found = match header.schema_version {
        None => 0,
        Some(v) => v.as_u64().ok_or_else(|| StoreError::Invalid {
            path: path.to_owned(),
            why: format!("schema_version {v} is not a whole number"),
        })?,
    };
    let version = match u32::try_from(found) {
        Ok(v) if v <= SCHEMA_VERSION => v,
        _ => {
            return Err(StoreError::Newer {
                path: path.to_owned(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
    };
    if version == SCHEMA_VERSION {
        // The error, with its position.
        serde_json::from_slice(bytes).map_err(syntax)
    } else {
        let value = serde_json::from_slice(bytes).map_err(syntax)?;
        let value = migrate(value, version).map_err(|e| match e {
            StoreError::Migration { from, why, .. } => StoreError::Migration {
                path: Some(path.to_owned()),
                from,
                why,
            },
            other => other,
        })?;
        serde_json::from_value(value).map_err(|e| StoreError::Migration {
            path: Some(path.to_owned()),
            from: version,
            why: e.to_string(),
        })
    }
}

/// Brings a document of schema version `from` up to [`SCHEMA_VERSION`], one step at a time.
/// Each step is a `match` arm, so adding schema version N means adding the arm `N - 1`.
pub fn migrate(mut value: Value, from: u32) -> Result<Value, StoreError> {
    let fail = |from, why: &str| StoreError::Migration {
        path: None,
        from,
        why: why.to_owned(),
    };
    let mut version = from;
    while version < SCHEMA_VERSION {
        let obj = value
            .as_object_mut()
            .ok_or_else(|| fail(version, "the document is not a JSON object"))?;
        match version {
            // Version 0 only lacked the version number itself.
            0 => {}
            _ => return Err(fail(version, "no upgrade step from this version")),
        }
        version += 1;
        obj.insert("schema_version".into(), Value::from(version));
    }
    Ok(value)
}

/// Saves atomically: a crash at any instant leaves either the old or the new file, whole.
/// The file already at `path`, if any, must load (a broken file is never overwritten), and
/// becomes `<path>.bak`.
pub fn save(path: &Path, doc: &mut Workshop) -> Result<(), StoreError> {
    // Through a symlink, the target is updated; renaming over the link would replace it.
    let real = identity(path)?;
    let path = real.as_path();
    let gone = match fs::metadata(path) {
        Ok(meta) => {
            let seen = Seen::of(&meta);
            if !known_sound(seen) {
                let (bytes, _) = read(path)?;
                parse(path, &bytes).map_err(|cause| StoreError::Unloadable {
                    path: path.to_owned(),
                    cause: Box::new(cause),
                })?;
            }
            Some(seen)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => {
            return Err(StoreError::Io {
                op: Op::Read,
                path: path.to_owned(),
                error,
            });
        }
    };
    doc.updated = super::now();
    if doc.created.is_empty() {
        doc.created = doc.updated.clone();
    }
    let temp = write_doc(path, doc)?;
    let write_err = |error| StoreError::Io {
        op: Op::Write,
        path: path.to_owned(),
        error,
    };
    if let Ok(meta) = fs::metadata(path) {
        // Keep the user's permissions rather than the temp file's private ones.
        temp.as_file()
            .set_permissions(meta.permissions())
            .map_err(write_err)?;
    }
    if gone.is_some() {
        swap_in(temp, path).map_err(write_err)?;
    } else {
        temp.persist(path).map_err(|e| write_err(e.error))?;
    }
    sync_dir(path).map_err(write_err)?;
    if let Ok(meta) = fs::metadata(path) {
        remember(gone, Seen::of(&meta), Some(doc));
    }
    Ok(())
}

/// Writes `bytes` to `path` as saves are written, for exports: a synced temp file beside it,
/// renamed into place, so a full disk or a kill leaves the old file whole, never a truncated
/// one. Through a symlink, the target is replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let temp = write_temp(&real, bytes)?;
    #[cfg(unix)]
    {
        // A report is for sharing: the old file's permissions, or the usual ones.
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&real).map_or(0o644, |m| m.permissions().mode());
        temp.as_file()
            .set_permissions(fs::Permissions::from_mode(mode))?;
    }
    temp.persist(&real).map_err(|e| e.error)?;
    sync_dir(&real)
}

/// Writes `doc` over `path` as it is, atomically, with no backup and its dates untouched: the
/// result of a merge, which git reads back from that file and commits.
pub fn write(path: &Path, doc: &Workshop) -> Result<(), StoreError> {
    let temp = write_doc(path, doc)?;
    let io = |error| StoreError::Io {
        op: Op::Write,
        path: path.to_owned(),
        error,
    };
    if let Ok(meta) = fs::metadata(path) {
        temp.as_file()
            .set_permissions(meta.permissions())
            .map_err(io)?;
    }
    temp.persist(path).map_err(|e| io(e.error))?;
    sync_dir(path).map_err(io)
}

/// Writes a brand-new file at `path`, or gives back `AlreadyExists` without touching it.
pub(super) fn create_new(path: &Path, doc: &Workshop) -> Result<(), CreateError> {
    let temp = write_doc(path, doc).map_err(CreateError::Store)?;
    let io = |error| {
        CreateError::Store(StoreError::Io {
            op: Op::Write,
            path: path.to_owned(),
            error,
        })
    };
    match temp.persist_noclobber(path) {
        Ok(_) => {
            sync_dir(path).map_err(io)?;
            // Written whole and sound here: its first save need not read it again.
            if let Ok(meta) = fs::metadata(path) {
                remember(None, Seen::of(&meta), None);
            }
            Ok(())
        }
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Err(CreateError::Taken),
        Err(e) => Err(io(e.error)),
    }
}

pub(super) enum CreateError {
    Taken,
    Store(StoreError),
}

/// The document written to a synced temp file next to `path` (see [`write_temp`]): validated
/// (so the file will load again), pretty, newline-ended. Checking and writing out are both
/// linear and independent: they run side by side, and the text goes to the file as it is
/// made, never held whole in memory (384 MB for a million verbatims).
fn write_doc(path: &Path, doc: &Workshop) -> Result<tempfile::NamedTempFile, StoreError> {
    let written = |temp: &mut tempfile::NamedTempFile| -> std::io::Result<()> {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, temp.as_file_mut());
        serde_json::to_writer_pretty(&mut out, doc)?;
        out.write_all(b"\n")?;
        out.flush()?;
        drop(out);
        temp.as_file().sync_all()
    };
    let (checked, temp) = std::thread::scope(|s| {
        let check = s.spawn(|| crate::edit::validate(doc));
        let temp = new_temp(path).and_then(|mut temp| written(&mut temp).map(|()| temp));
        (check.join().expect("validation does not panic"), temp)
    });
    checked.map_err(|why| StoreError::Invalid {
        path: path.to_owned(),
        why,
    })?;
    temp.map_err(|error| StoreError::Io {
        op: Op::Write,
        path: path.to_owned(),
        error,
    })
}

/// A synced temp file next to `path` (same folder, so the final rename stays atomic), named so
/// that listings skip it: hidden, and not ending in `.json`.
fn write_temp(path: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let mut temp = new_temp(path)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

fn new_temp(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(folder(path))
}

/// Puts the written `temp` at `path` and the file that was there at `<path>.bak`. Where the
/// system can swap two names in one step, the old file itself becomes the backup: nothing is
/// copied (a copy of a 400 MB workshop took half a second to a second and a half). A crash
/// between the swap and the rename leaves the old file under the temp name, which the next
/// holder of the lock sweeps away; the workshop is whole at every instant either way.
fn swap_in(temp: tempfile::NamedTempFile, path: &Path) -> std::io::Result<()> {
    let bak = backup_path(path);
    #[cfg(target_os = "linux")]
    {
        use nix::fcntl::{AT_FDCWD, RenameFlags, renameat2};
        match renameat2(
            AT_FDCWD,
            temp.path(),
            AT_FDCWD,
            path,
            RenameFlags::RENAME_EXCHANGE,
        ) {
            Ok(()) => return temp.persist(&bak).map(drop).map_err(|e| e.error),
            // Not every file system can swap (EINVAL); those get a copy.
            Err(nix::errno::Errno::EINVAL | nix::errno::Errno::ENOSYS) => {}
            Err(errno) => return Err(errno.into()),
        }
    }
    back_up(path, &bak)?;
    temp.persist(path).map(drop).map_err(|e| e.error)
}

/// Copies the file at `path` to `bak` through a temp file, so `bak` too is always whole. The
/// system copies it, without bringing it into memory, and it is not synced: the backup is a
/// convenience, and the new file is what must last.
fn back_up(path: &Path, bak: &Path) -> std::io::Result<()> {
    let temp = new_temp(path)?;
    fs::copy(path, temp.path())?;
    temp.persist(bak).map_err(|e| e.error)?;
    Ok(())
}

const TEMP_SUFFIX: &str = ".tmp";

fn temp_prefix(path: &Path) -> String {
    format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// Removes the temp files a killed writer of `path` left behind. Only safe for the holder of
/// the workshop's lock, as nobody else may be writing it; best effort, since they are harmless.
pub(super) fn sweep_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(items) = fs::read_dir(folder(path)) else {
        return;
    };
    for item in items.flatten() {
        let name = item.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(item.path());
        }
    }
}

fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes the rename itself durable: without this a power cut can bring back the old entry.
fn sync_dir(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(folder(path))?.sync_all()?;
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// `name.json` → `name.json.bak`.
pub(super) fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_0_gains_its_number() {
        let v0 = serde_json::json!({"format": FORMAT, "framing": {"title": "x"}});
        let v1 = migrate(v0, 0).unwrap();
        assert_eq!(v1["schema_version"], 1);
        assert_eq!(v1["framing"]["title"], "x");
    }

    #[test]
    fn current_version_is_left_alone() {
        let v = serde_json::json!({"format": FORMAT, "schema_version": SCHEMA_VERSION});
        assert_eq!(migrate(v.clone(), SCHEMA_VERSION).unwrap(), v);
    }

    #[test]
    fn migrating_a_non_object_fails_cleanly() {
        let e = migrate(Value::Null, 0).unwrap_err();
        assert!(e.to_string().contains("version 0"), "{e}");
    }

    #[test]
    fn a_file_without_version_is_migrated_on_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.json");
        fs::write(
            &path,
            format!(r#"{{"format": "{FORMAT}", "framing": {{"title": "Ancien"}}}}"#),
        )
        .unwrap();
        let doc = load(&path).unwrap().doc;
        assert_eq!(doc.schema_version, SCHEMA_VERSION);
        assert_eq!(doc.framing.title, "Ancien");
    }
}
