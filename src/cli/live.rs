//! The live commands: `host` holds a workshop for everyone, `join` takes a seat; and the way
//! another command reaches a workshop a host holds.

use crate::i18n::{Lang, live as t};
use crate::live::host::{Host, Options};
use crate::live::protocol::Visit;
use crate::live::remote::Remote;
use crate::live::runtime;
use crate::room::{self, Handle, Request};
use crate::store::{Lock, Store};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use time::OffsetDateTime;

/// `parcours host`: prints how to join, then a line per join, leave and refusal, until Ctrl-C
/// or the facilitator ends the workshop.
pub fn host(store: &Store, workshop: &str, options: Options, lang: Lang) -> Result<(), String> {
    let path = store.resolve(workshop).map_err(|e| e.message(lang))?;
    super::commands::load(&path, lang)?;
    let offset = crate::dates::local_offset();
    let allowed = options.allow.clone();
    let shared = options.group.is_some();
    let host = Host::open(path, options, lang)?;
    let doc = host.room().doc();
    let title = crate::text::one_line(&doc.framing.title);
    let path = host.room().path().display().to_string();
    say(&t::HOSTING.fill(lang, &[("title", &title), ("path", &path)]));
    let socket = host.socket().display().to_string();
    say(&t::JOIN_WITH.fill(lang, &[("socket", &socket)]));
    let user = room::local_author();
    let name = host
        .room()
        .path()
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    say(&t::JOIN_SAME_USER.fill(lang, &[("user", &user), ("name", &name)]));
    if !shared {
        for user in allowed {
            say(&t::ALLOW_UNREACHABLE.fill(lang, &[("user", &user)]));
        }
    }
    say(t::CTRL_C.get(lang));
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(signal, stop.clone()).map_err(|e| e.to_string())?;
    }
    host.run(stop, &mut |line| {
        let at = OffsetDateTime::now_utc().to_offset(offset);
        let clock = format!("{:02}:{:02}:{:02}", at.hour(), at.minute(), at.second());
        say(&format!("{clock} {}", crate::text::one_line(&line)));
    });
    Ok(())
}

/// The socket of a live workshop: given as a socket, found through the lock of a workshop's
/// file, or the only live one of this user.
pub fn socket(store: &Store, target: Option<&str>, lang: Lang) -> Result<PathBuf, String> {
    let Some(target) = target else {
        let mut live = runtime::live_sockets();
        return match live.len() {
            1 => Ok(live.remove(0)),
            0 => Err(t::NO_LIVE.get(lang).to_owned()),
            _ => {
                let list: Vec<String> = live.iter().map(|p| p.display().to_string()).collect();
                Err(t::SEVERAL_LIVE.fill(lang, &[("list", &list.join(", "))]))
            }
        };
    };
    // A socket, or what looks like one in a folder this user cannot enter (connecting then
    // says why better than a store lookup would).
    if runtime::is_socket(Path::new(target)) || target.ends_with(".sock") {
        return Ok(PathBuf::from(target));
    }
    let path = store.resolve(target).map_err(|e| e.message(lang))?;
    match Lock::acquire(&path) {
        Ok(_) => Err(t::NOT_HOSTED.fill(lang, &[("name", &target)])),
        Err(e) => match e.live_socket() {
            Some(socket) => Ok(socket.to_owned()),
            None => Err(e.message(lang)),
        },
    }
}

/// `parcours join`: a seat, or an error said in one line.
pub fn join(
    store: &Store,
    target: Option<&str>,
    name: Option<String>,
    observe: bool,
    lang: Lang,
) -> Result<Remote, String> {
    let socket = socket(store, target, lang)?;
    let name = name.unwrap_or_else(room::local_author);
    let visit = if observe { Visit::Observe } else { Visit::Take };
    Remote::connect(&socket, &name, visit).map_err(|why| why.get(lang).to_owned())
}

/// Proposes one edit, built from the workshop as the host has it, through the host at
/// `socket`, as a passing seat; waits for the host's answer.
pub fn through_host<T>(
    socket: &Path,
    lang: Lang,
    build: impl FnOnce(&crate::model::Workshop) -> Result<(Option<crate::edit::Edit>, T), String>,
) -> Result<T, String> {
    let name = format!(
        "{} ({})",
        crate::i18n::cli::IMPORT.get(lang),
        room::local_author()
    );
    let mut seat =
        Remote::connect(socket, &name, Visit::Pass).map_err(|why| why.get(lang).to_owned())?;
    let (edit, out) = build(seat.doc())?;
    if let Some(edit) = edit {
        seat.send(1, Request::Propose(Box::new(edit)), Instant::now());
        match seat.wait(1, Duration::from_secs(60)) {
            Some(reply) => reply.result.map_err(|r| r.message(lang))?,
            None => return Err(t::HOST_SILENT.get(lang).to_owned()),
        }
    }
    Ok(out)
}

/// The host's log: a host whose log reader has gone keeps hosting.
fn say(text: &str) {
    let _ = super::out::line(text);
}
