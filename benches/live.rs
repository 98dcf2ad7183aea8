//! Load on a live host: 30 seats on this machine, each proposing 5 edits a second for 20 s,
//! against a real `parcours host` process. Reports the time from a seat's proposal to the
//! change arriving at every seat (p50, p99), the host's CPU time per edit, and the bytes each
//! seat receives per edit.

use parcours::edit::{self, Edit, Kind, Record};
use parcours::live::protocol::{self, ToHost, ToSeat, VERSION, Visit};
use parcours::model::{Persona, Workshop};
use parcours::room::Request;
use parcours::store::Store;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::net::UnixStream;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SEATS: usize = 30;
const RATE: u64 = 5;
const LENGTH: Duration = Duration::from_secs(20);

/// Counts the bytes read through it.
struct Counted<'a>(&'a mut UnixStream, &'a AtomicU64);

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.read(buf)?;
        self.1.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The host process's CPU time so far, user and system, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after.split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::locate(Some(dir.path().into())).unwrap();
    let mut doc = Workshop::new("Load", "en");
    for i in 0..SEATS {
        let p = Persona {
            id: format!("per-{i}"),
            name: format!("Persona {i}"),
            ..Default::default()
        };
        let insert = Edit::Insert {
            index: i,
            record: Record::Persona(p),
        };
        edit::apply(&mut doc, insert).unwrap();
    }
    let path = store.create(&mut doc).unwrap();
    let mut host = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(["--lang", "en", "host"])
        .arg(&path)
        .env("PARCOURS_RUNTIME", dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(host.stdout.take().unwrap());
    let socket = loop {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        if let Some(at) = line.find("parcours join ") {
            break line[at + 14..].trim().to_owned();
        }
    };
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));

    // When each edit was proposed, by its text; and every seat's arrival times.
    let sent: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let bytes = Arc::new(AtomicU64::new(0));
    let mut readers = Vec::new();
    let mut writers = Vec::new();
    for i in 0..SEATS {
        let mut stream = UnixStream::connect(&socket).unwrap();
        let hello = ToHost::Hello {
            version: VERSION,
            name: format!("seat {i}"),
            visit: Visit::Take,
        };
        protocol::send(&mut stream, &hello).unwrap();
        let Ok(ToSeat::Welcome(_)) = protocol::receive(&mut stream) else {
            panic!("no welcome");
        };
        writers.push(stream.try_clone().unwrap());
        let (sent, bytes) = (sent.clone(), bytes.clone());
        readers.push(std::thread::spawn(move || {
            let mut delays = Vec::new();
            loop {
                match protocol::receive::<ToSeat>(&mut Counted(&mut stream, &bytes)) {
                    Ok(ToSeat::Applied(a)) => {
                        let now = Instant::now();
                        if let Edit::Set { value, .. } = &a.edit
                            && let Some(at) = value
                                .as_str()
                                .and_then(|v| sent.lock().unwrap().get(v).copied())
                        {
                            delays.push(now - at);
                        }
                    }
                    Ok(ToSeat::Bye { .. }) | Err(_) => return delays,
                    Ok(_) => {}
                }
            }
        }));
    }
    let cpu_before = cpu_ticks(host.id());
    let start = Instant::now();
    let proposers: Vec<_> = writers
        .into_iter()
        .enumerate()
        .map(|(i, mut stream)| {
            let sent = sent.clone();
            std::thread::spawn(move || {
                let every = Duration::from_millis(1000 / RATE);
                // Seats start spread over the first period, as people do.
                std::thread::sleep(every * i as u32 / SEATS as u32);
                let mut n = 0u64;
                while start.elapsed() < LENGTH {
                    n += 1;
                    let text = format!("Seat {i}, edit {n}");
                    let set = edit::set(Kind::Persona, &format!("per-{i}"), "name", text.as_str());
                    sent.lock().unwrap().insert(text, Instant::now());
                    let ask = ToHost::Ask {
                        id: n,
                        request: Request::Propose(Box::new(set)),
                    };
                    protocol::send(&mut stream, &ask).unwrap();
                    std::thread::sleep(every.saturating_sub(Duration::from_millis(1)));
                }
                n
            })
        })
        .collect();
    let edits: u64 = proposers.into_iter().map(|p| p.join().unwrap()).sum();
    std::thread::sleep(Duration::from_millis(500));
    let cpu = cpu_ticks(host.id()) - cpu_before;
    let ticks = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
        .ok()
        .flatten()
        .unwrap_or(100) as f64;
    // Stopped as Ctrl-C does, so the host says goodbye to every seat.
    let pid = nix::unistd::Pid::from_raw(host.id() as i32);
    let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT);
    let mut delays: Vec<Duration> = readers
        .into_iter()
        .flat_map(|r| r.join().unwrap())
        .collect();
    let _ = host.wait();
    delays.sort();
    let seen = delays.len();
    println!(
        "live host, {SEATS} seats x {RATE} edits/s for {}s: {edits} edits, {seen} arrivals ({} expected)",
        LENGTH.as_secs(),
        edits as usize * SEATS
    );
    println!(
        "  proposal to arrival at every seat: p50 {:?}, p99 {:?}, max {:?} (target p99 <= 10 ms)",
        percentile(&delays, 0.50),
        percentile(&delays, 0.99),
        delays[seen - 1]
    );
    println!(
        "  host CPU per edit: {:.3} ms; bytes received per edit per seat: {}",
        cpu as f64 / ticks * 1000.0 / edits as f64,
        bytes.load(Ordering::Relaxed) / edits / SEATS as u64
    );
}
