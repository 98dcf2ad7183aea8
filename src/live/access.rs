//! Who may take a seat: the kernel tells the uid at the other end of the socket; the host lets
//! in its own user, the members of its group, and the users named with `--allow`.

use crate::i18n::{Lang, live as t};
use nix::sys::socket::{getsockopt, sockopt::PeerCredentials};
use nix::unistd::{Gid, Uid, User, getgrouplist};
use std::ffi::CString;
use std::os::unix::net::UnixStream;

/// The host's rules.
#[derive(Debug, Clone)]
pub struct Door {
    pub owner: u32,
    /// The group let in, by name and gid.
    pub group: Option<(String, u32)>,
    /// Users let in by name.
    pub allow: Vec<String>,
}

/// What the system says of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct Who {
    pub uid: u32,
    pub name: Option<String>,
    /// Every group the user is in, the primary one included.
    pub groups: Vec<u32>,
}

impl Who {
    /// The user at the other end of `stream`.
    pub fn peer(stream: &UnixStream) -> std::io::Result<Who> {
        let cred = getsockopt(stream, PeerCredentials).map_err(std::io::Error::from)?;
        Ok(Who::of(cred.uid()))
    }

    /// A user by uid, with their groups.
    pub fn of(uid: u32) -> Who {
        let user = User::from_uid(Uid::from_raw(uid)).ok().flatten();
        let groups = user
            .as_ref()
            .and_then(|u| {
                let name = CString::new(u.name.clone()).ok()?;
                getgrouplist(&name, u.gid).ok()
            })
            .unwrap_or_default()
            .into_iter()
            .map(Gid::as_raw)
            .collect();
        Who {
            uid,
            name: user.map(|u| u.name),
            groups,
        }
    }

    /// "eve (uid 1001)".
    pub fn describe(&self) -> String {
        match &self.name {
            Some(n) => format!("{n} (uid {})", self.uid),
            None => format!("uid {}", self.uid),
        }
    }
}

impl Door {
    /// Lets `who` in, or says in one line why not.
    pub fn check(&self, who: &Who, lang: Lang) -> Result<(), String> {
        let in_group = self
            .group
            .as_ref()
            .is_some_and(|(_, gid)| who.groups.contains(gid));
        let allowed = who.name.as_ref().is_some_and(|n| self.allow.contains(n));
        if who.uid == self.owner || in_group || allowed {
            return Ok(());
        }
        let group = self
            .group
            .as_ref()
            .map_or_else(|| "—".to_owned(), |(name, _)| name.clone());
        Err(t::NOT_ALLOWED.fill(lang, &[("who", &who.describe()), ("group", &group)]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(uid: u32, name: &str, groups: &[u32]) -> Who {
        Who {
            uid,
            name: Some(name.into()),
            groups: groups.to_vec(),
        }
    }

    #[test]
    fn the_owner_the_group_and_the_allowed_come_in_the_others_are_told_why_not() {
        let door = Door {
            owner: 1000,
            group: Some(("atelier".into(), 2000)),
            allow: vec!["zoe".into()],
        };
        assert!(door.check(&who(1000, "host", &[1000]), Lang::En).is_ok());
        assert!(
            door.check(&who(1001, "ana", &[1001, 2000]), Lang::En)
                .is_ok()
        );
        assert!(door.check(&who(1002, "zoe", &[1002]), Lang::En).is_ok());
        let eve = door.check(&who(1003, "eve", &[1003, 2001]), Lang::En);
        let why = eve.unwrap_err();
        assert!(
            why.contains("eve (uid 1003)") && why.contains("atelier"),
            "{why}"
        );
        assert!(!why.contains('\n'));
        // Without a group, only the owner and the allowed.
        let private = Door {
            group: None,
            ..door
        };
        assert!(private.check(&who(1001, "ana", &[2000]), Lang::Fr).is_err());
        // A uid the system does not know is refused, not trusted.
        let ghost = Who {
            uid: 4242,
            name: None,
            groups: vec![],
        };
        assert!(
            private
                .check(&ghost, Lang::En)
                .unwrap_err()
                .contains("uid 4242")
        );
    }

    #[test]
    fn the_kernel_tells_who_is_at_the_other_end() {
        let (a, _b) = UnixStream::pair().unwrap();
        let me = Who::peer(&a).unwrap();
        assert_eq!(me.uid, Uid::current().as_raw());
    }
}
