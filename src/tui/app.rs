//! The app: the home screen, or a seat on an open workshop. Changed only by `update`, drawn
//! by the pure `view`.

use super::home::{Go, Home};
use super::key::Msg;
use super::look::{Look, Setup};
use super::seat::{Seat, Stamp};
use crate::i18n::{Lang, tui as t};
use crate::live::protocol::Visit;
use crate::live::remote::Remote;
use crate::method::Step;
use crate::room::{Handle, Link, Local, Room, SaveState, local_author};
use crate::store::Store;
use std::path::PathBuf;
use std::time::Instant;

pub struct App {
    pub store: Store,
    pub screen: Screen,
    pub quit: bool,
    /// The app was started for one live workshop (`parcours join`, maybe a forced ssh
    /// command): leaving it ends the program rather than showing the home screen.
    pub only_seat: bool,
    /// What to say once the terminal is back, when the program ends that way.
    pub farewell: Option<String>,
    /// The links repaired when the last workshop was opened, one line each.
    pub repairs: Vec<String>,
}

pub enum Screen {
    Home(Box<Home>),
    Seat(Box<Seat>),
}

impl App {
    pub fn new(store: Store, lang: Lang) -> App {
        let home = Home::new(Look::new(lang), &store);
        App::on(store, home)
    }

    /// An app about to open a workshop: the home screen is read only when it is shown.
    pub fn opening(store: Store, lang: Lang) -> App {
        App::on(store, Home::unlisted(Look::new(lang)))
    }

    fn on(store: Store, home: Home) -> App {
        App {
            store,
            screen: Screen::Home(Box::new(home)),
            quit: false,
            only_seat: false,
            farewell: None,
            repairs: Vec::new(),
        }
    }

    /// How the person sees the interface, on whichever screen is shown.
    pub fn look(&self) -> &Look {
        match &self.screen {
            Screen::Home(h) => &h.look,
            Screen::Seat(s) => &s.look,
        }
    }

    pub fn look_mut(&mut self) -> &mut Look {
        match &mut self.screen {
            Screen::Home(h) => &mut h.look,
            Screen::Seat(s) => &mut s.look,
        }
    }

    /// The seat, when a workshop is open.
    pub fn seat(&self) -> Option<&Seat> {
        match &self.screen {
            Screen::Seat(s) => Some(s),
            Screen::Home(_) => None,
        }
    }

    pub fn seat_mut(&mut self) -> Option<&mut Seat> {
        match &mut self.screen {
            Screen::Seat(s) => Some(s),
            Screen::Home(_) => None,
        }
    }

    /// Takes the command line's setup; a theme problem is said on the screen shown.
    pub fn set_look(&mut self, setup: Setup) {
        let said = self.look_mut().set(setup);
        if let Some(said) = said {
            match &mut self.screen {
                Screen::Home(h) => h.message = Some(said),
                Screen::Seat(s) => s.note = Some(said),
            }
        }
    }

    /// Opens a workshop in a room of this process, holding its lock while it is open; when a
    /// live host holds it, takes a seat there instead.
    pub fn open(&mut self, path: PathBuf, step: Option<Step>) -> Result<(), String> {
        let lang = self.look().lang;
        let (handle, repaired): (Box<dyn Handle>, _) = match Room::open(path) {
            Ok(room) => {
                let notes: Vec<String> = room.repairs().iter().map(|r| r.note(lang)).collect();
                (Box::new(Local::new(room, local_author())), notes)
            }
            Err(e) => match e.live_socket() {
                Some(socket) => {
                    let remote = Remote::connect(socket, &local_author(), Visit::Take);
                    let remote = remote.map_err(|why| why.get(lang).to_owned())?;
                    (Box::new(remote), Vec::new())
                }
                None => return Err(e.message(lang)),
            },
        };
        self.sit(handle, step);
        self.repairs.clone_from(&repaired);
        if let (Some(seat), false) = (self.seat_mut(), repaired.is_empty()) {
            let notes = repaired.join(" · ");
            seat.note = Some(t::REPAIRED.fill(lang, &[("notes", &notes)]));
        }
        Ok(())
    }

    /// Opens a new workshop in a room of this process, at `step`; its file is written by
    /// [`App::settle`].
    pub fn create(
        &mut self,
        doc: crate::model::Workshop,
        step: Option<Step>,
    ) -> Result<(), String> {
        let lang = self.look().lang;
        let room = Room::create(&self.store, doc).map_err(|e| e.message(lang))?;
        self.sit(Box::new(Local::new(room, local_author())), step);
        Ok(())
    }

    /// Writes the file of a workshop just created; why it could not be, if so.
    pub fn settle(&mut self) -> Result<(), String> {
        let Some(seat) = self.seat_mut() else {
            return Ok(());
        };
        let lang = seat.look.lang;
        seat.room.settle().map_err(|why| why.get(lang).to_owned())
    }

    /// Takes a seat on the room behind `handle`, at `step`.
    pub fn sit(&mut self, handle: Box<dyn Handle>, step: Option<Step>) {
        let look = self.look().clone();
        self.screen = Screen::Seat(Box::new(Seat::new(handle, look, step)));
    }

    pub fn update(&mut self, msg: Msg, now: Instant) {
        match &mut self.screen {
            Screen::Home(home) => match msg {
                Msg::Key(key) => match home.key(key, &self.store) {
                    Go::Stay => {}
                    Go::Quit => self.quit = true,
                    Go::Open(path) => {
                        if let Err(e) = self.open(path, None)
                            && let Screen::Home(h) = &mut self.screen
                        {
                            h.message = Some(e);
                        }
                    }
                },
                Msg::Resize(w, h) => home.look.size = (w, h),
                _ => {}
            },
            Screen::Seat(seat) => {
                seat.update(msg, now);
                let ended = match seat.room.presence().map(|p| &p.link) {
                    Some(Link::Ended(why)) => Some(why.get(seat.look.lang).to_owned()),
                    _ => seat.farewell.take(),
                };
                if self.only_seat && (seat.left || ended.is_some()) {
                    self.quit = true;
                    self.farewell = ended;
                } else if seat.left || ended.is_some() {
                    let mut home = Home::new(seat.look.clone(), &self.store);
                    home.message = ended;
                    self.screen = Screen::Home(Box::new(home));
                }
            }
        }
    }

    /// What may change on screen without a key; none on the home screen, which only keys
    /// change.
    pub fn stamp(&self) -> Option<Stamp> {
        self.seat().map(Seat::stamp)
    }

    /// Whether the terminal bell should ring now (once).
    pub fn take_bell(&mut self) -> bool {
        self.seat_mut().is_some_and(|s| std::mem::take(&mut s.bell))
    }

    /// Saves what is pending, before the program ends; the error if that failed.
    pub fn close(&mut self) -> Result<(), String> {
        let Some(seat) = self.seat_mut() else {
            return Ok(());
        };
        match (seat.room.flush(), seat.room.save_state()) {
            (false, SaveState::Failed(e)) => Err(e.get(seat.look.lang).to_owned()),
            _ => Ok(()),
        }
    }
}
