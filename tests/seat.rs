//! A seat never assumes its room answers at once: a reply that comes late still reaches the
//! widget that asked, whatever the seat shows by then.

use parcours::facilitation::Timer;
use parcours::i18n::Lang;
use parcours::method::Step;
use parcours::model::Workshop;
use parcours::room::{Handle, Local, Reply, Request, Room, RoundView, SaveState};
use parcours::store::Store;
use parcours::tui::key::{Key, Msg};
use parcours::tui::look::Look;
use parcours::tui::records::Pane;
use parcours::tui::seat::Seat;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;
use std::time::Instant;

/// A room whose replies wait until the test lets them through, as a host at the end of a
/// socket might make them wait.
struct Late {
    room: Local,
    held: Vec<Reply>,
    open: Rc<Cell<bool>>,
}

impl Handle for Late {
    fn path(&self) -> &Path {
        self.room.path()
    }
    fn doc(&self) -> &Workshop {
        self.room.doc()
    }
    fn version(&self) -> u64 {
        self.room.version()
    }
    fn save_state(&self) -> &SaveState {
        self.room.save_state()
    }
    fn timers(&self) -> &BTreeMap<Step, Timer> {
        self.room.timers()
    }
    fn send(&mut self, id: u64, request: Request, now: Instant) {
        self.room.send(id, request, now);
        self.held.extend(self.room.replies());
    }
    fn replies(&mut self) -> Vec<Reply> {
        if self.open.get() {
            std::mem::take(&mut self.held)
        } else {
            Vec::new()
        }
    }
    fn tick(&mut self, now: Instant) {
        self.room.tick(now);
    }
    fn flush(&mut self) -> bool {
        self.room.flush()
    }
    fn round(&self) -> Option<&RoundView> {
        self.room.round()
    }
}

#[test]
fn a_late_reply_goes_to_the_list_that_asked() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let path = store.create(&mut Workshop::new("Late", "en")).unwrap();
    let open = Rc::new(Cell::new(false));
    let late = Late {
        room: Local::new(Room::open(path).unwrap(), "ana".into()),
        held: Vec::new(),
        open: open.clone(),
    };
    let mut seat = Seat::new(Box::new(late), Look::new(Lang::En), Some(Step::Listen));
    let now = Instant::now();
    // Add a verbatim, then turn to the sources before the room has answered.
    for k in [Key::Char('a'), Key::Char(']')] {
        seat.update(Msg::Key(k), now);
    }
    let listen = &seat.screens.listen;
    assert_eq!(listen.tab, 1);
    assert_eq!(listen.lists[0].pane, Pane::List, "no answer yet");
    // The answer comes: the verbatims' list opens its new record; the sources' is untouched.
    open.set(true);
    seat.update(Msg::Tick, now);
    let listen = &seat.screens.listen;
    let verbatim = seat.room.doc().listen.verbatims[0].id.clone();
    assert_eq!(listen.lists[0].selected.as_deref(), Some(verbatim.as_str()));
    assert_eq!(listen.lists[0].pane, Pane::Form);
    assert_eq!(listen.lists[1].pane, Pane::List);
    assert_eq!(listen.lists[1].selected, None);
    assert_eq!(listen.tab, 1, "the person stays where they went");
}
