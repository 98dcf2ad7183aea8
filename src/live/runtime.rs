//! Where live hosts put their sockets: a folder of the host's own, private (0700) or shared with
//! one group (0770), under `$PARCOURS_RUNTIME` or the system's temporary folder. A folder that
//! is not ours, is a link, or lets in more than asked is refused, never used.

use crate::i18n::{Lang, live as t};
use nix::unistd::{Group, Uid};
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

/// The group a host shares its folder with.
#[derive(Debug, Clone)]
pub struct Shared {
    pub name: String,
    pub gid: u32,
}

impl Shared {
    pub fn find(name: &str, lang: Lang) -> Result<Shared, String> {
        match Group::from_name(name) {
            Ok(Some(g)) => Ok(Shared {
                name: g.name,
                gid: g.gid.as_raw(),
            }),
            _ => Err(t::NO_GROUP.fill(lang, &[("group", &name)])),
        }
    }
}

/// Where the folders of live hosts are made.
fn base() -> PathBuf {
    std::env::var_os("PARCOURS_RUNTIME")
        .filter(|d| !d.is_empty())
        .map_or_else(std::env::temp_dir, PathBuf::from)
}

/// This user's folder for sockets, shared with `group` or private.
pub fn folder_name(group: Option<&Shared>) -> PathBuf {
    let uid = Uid::current().as_raw();
    base().join(match group {
        Some(g) => format!("parcours-{uid}-{}", g.name),
        None => format!("parcours-{uid}"),
    })
}

/// Makes (or checks) this user's socket folder: ours, a real folder, no looser than asked.
pub fn folder(group: Option<&Shared>, lang: Lang) -> Result<PathBuf, String> {
    let dir = folder_name(group);
    prepare(&dir, group, lang)?;
    Ok(dir)
}

fn prepare(dir: &Path, group: Option<&Shared>, lang: Lang) -> Result<(), String> {
    let mode = if group.is_some() { 0o770 } else { 0o700 };
    let fail =
        |e: std::io::Error| t::FOLDER_FAILED.fill(lang, &[("dir", &dir.display()), ("error", &e)]);
    // Made if missing (another process may make it at the same moment), then checked.
    match fs::DirBuilder::new().mode(mode).create(dir) {
        Err(e) if e.kind() != ErrorKind::AlreadyExists => return Err(fail(e)),
        _ => {}
    }
    let meta = fs::symlink_metadata(dir).map_err(fail)?;
    let loose = meta.mode() & 0o777 & !mode;
    if !meta.is_dir() || meta.uid() != Uid::current().as_raw() || loose != 0 {
        return Err(t::FOLDER_UNSAFE.fill(
            lang,
            &[("dir", &dir.display()), ("mode", &format!("{mode:o}"))],
        ));
    }
    if let Some(g) = group {
        std::os::unix::fs::chown(dir, None, Some(g.gid)).map_err(fail)?;
    }
    // The umask may have taken bits away from what was asked.
    fs::set_permissions(dir, fs::Permissions::from_mode(mode)).map_err(fail)
}

/// The socket of the workshop at `workshop` in `dir`: its file name, shortened, and a hash of
/// its full path, so that two workshops of one name in two stores never share a socket.
pub fn socket_path(dir: &Path, workshop: &Path) -> PathBuf {
    let stem = workshop
        .file_stem()
        .map(|s| s.to_string_lossy().chars().take(40).collect::<String>())
        .unwrap_or_default();
    let full = fs::canonicalize(workshop).unwrap_or_else(|_| workshop.to_owned());
    // FNV-1a: short, stable from run to run (std's hasher is not).
    let hash = full
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
    dir.join(format!("{stem}-{:06x}.sock", hash & 0xff_ffff))
}

/// Listens at `socket`. A socket left by a crashed host (nobody answers) is replaced; a live
/// one is never taken over.
pub fn bind(socket: &Path, group: Option<&Shared>, lang: Lang) -> Result<UnixListener, String> {
    let fail = |e: std::io::Error| {
        t::BIND_FAILED.fill(lang, &[("socket", &socket.display()), ("error", &e)])
    };
    if fs::symlink_metadata(socket).is_ok() {
        if UnixStream::connect(socket).is_ok() {
            return Err(t::SOCKET_LIVE.fill(lang, &[("socket", &socket.display())]));
        }
        fs::remove_file(socket).map_err(fail)?;
    }
    let listener = UnixListener::bind(socket).map_err(fail)?;
    // Connecting takes write permission on the socket itself, not only on its folder.
    if let Some(g) = group {
        std::os::unix::fs::chown(socket, None, Some(g.gid)).map_err(fail)?;
    }
    let mode = if group.is_some() { 0o660 } else { 0o600 };
    fs::set_permissions(socket, fs::Permissions::from_mode(mode)).map_err(fail)?;
    Ok(listener)
}

/// The sockets in this user's folders that a host answers on.
pub fn live_sockets() -> Vec<PathBuf> {
    let uid = Uid::current().as_raw();
    let mine = |name: &str| {
        name == format!("parcours-{uid}") || name.starts_with(&format!("parcours-{uid}-"))
    };
    let Ok(dirs) = fs::read_dir(base()) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = dirs
        .filter_map(Result::ok)
        .filter(|d| mine(&d.file_name().to_string_lossy()))
        .filter_map(|d| fs::read_dir(d.path()).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sock"))
        .filter(|p| UnixStream::connect(p).is_ok())
        .collect();
    found.sort();
    found
}

/// Whether `path` is a socket (so `join` takes it as one).
pub fn is_socket(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    fs::metadata(path).is_ok_and(|m| m.file_type().is_socket())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_that_is_not_private_or_not_a_folder_is_refused() {
        let base = tempfile::tempdir().unwrap();
        let dir = base.path().join("mine");
        prepare(&dir, None, Lang::En).unwrap();
        let mode = fs::metadata(&dir).unwrap().mode() & 0o777;
        assert_eq!(mode, 0o700);
        // Tighter than asked is fine; looser is refused and left alone.
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
        prepare(&dir, None, Lang::En).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        let why = prepare(&dir, None, Lang::En).unwrap_err();
        assert!(why.contains("700"), "{why}");
        assert_eq!(fs::metadata(&dir).unwrap().mode() & 0o777, 0o755);
        // A link to a folder is not the folder.
        let link = base.path().join("link");
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
        std::os::unix::fs::symlink(&dir, &link).unwrap();
        assert!(prepare(&link, None, Lang::Fr).is_err());
    }

    #[test]
    fn a_dead_socket_is_replaced_and_a_live_one_never_taken() {
        let base = tempfile::tempdir().unwrap();
        let socket = base.path().join("w.sock");
        drop(UnixListener::bind(&socket).unwrap());
        assert!(socket.exists(), "a crashed host leaves its socket");
        let live = bind(&socket, None, Lang::En).unwrap();
        let why = bind(&socket, None, Lang::En).unwrap_err();
        assert!(why.contains("already listens"), "{why}");
        drop(live);
        let mode = fs::metadata(&socket).unwrap().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
