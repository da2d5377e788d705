//! The control channel: a line protocol on a Unix socket through which a test
//! pulls the card out, puts it back and scripts faults while pcscd keeps
//! running. Commands, one per line, each answered by one line `ok …` or
//! `error …`:
//!
//! - `status` — `ok inserted=1 connected=1 step=4 pin-tries=3 puk-uses=10 transport-pin=1 deactivated=0 faults=garbage:5`
//! - `remove` — the card leaves the reader and stays out
//! - `insert` — the card goes back in (the APDU step count starts again at 1)
//! - `fault KIND:STEP[:MS]` — adds a fault (see `faults`)
//! - `fault KIND:+N[:MS]` — adds a fault for the Nth command from now (whatever the
//!   commands since the insertion: a kiosk probes and reads the card before a change)
//! - `clear-faults` — drops all faults not yet fired

use std::io::{self, BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use crate::card::PasswordStatus;
use crate::faults::{Fault, FaultPlan, StepFaults};
use crate::vpcd::Remover;

/// State shared by the card loop and the control channel.
#[derive(Default)]
pub struct Shared {
    state: Mutex<State>,
    inserted_changed: Condvar,
}

#[derive(Default)]
struct State {
    removed: bool,
    remover: Option<Remover>,
    step: u32,
    faults: FaultPlan,
    passwords: Option<PasswordStatus>,
}

impl Shared {
    /// Starts with `faults` planned and the card inserted.
    pub fn new(faults: FaultPlan) -> Arc<Self> {
        let shared = Shared::default();
        shared.lock().faults = faults;
        Arc::new(shared)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking holder leaves plain data behind; keep using it.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Blocks while the card is pulled out.
    pub fn wait_until_inserted(&self) {
        let mut state = self.lock();
        while state.removed {
            state = self
                .inserted_changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// The card is in the reader over the connection `remover` can close.
    pub fn connected(&self, remover: Remover) {
        let mut state = self.lock();
        state.remover = Some(remover);
        state.step = 0;
    }

    /// The connection ended.
    pub fn disconnected(&self) {
        self.lock().remover = None;
    }

    /// Pulls the card out and keeps it out until `insert`.
    pub fn remove(&self) {
        let mut state = self.lock();
        state.removed = true;
        if let Some(remover) = state.remover.take() {
            remover.remove();
        }
    }

    /// Puts the card back.
    pub fn insert(&self) {
        self.lock().removed = false;
        self.inserted_changed.notify_all();
    }

    /// Counts one more APDU and fires the faults planned for it.
    pub fn next_step(&self) -> StepFaults {
        let mut state = self.lock();
        state.step += 1;
        let step = state.step;
        state.faults.take(step)
    }

    /// Records the password counters after a command, for `status`.
    pub fn publish(&self, passwords: PasswordStatus) {
        self.lock().passwords = Some(passwords);
    }

    /// Adds `fault`; `ahead`: its step counts from the commands so far.
    fn add_fault(&self, mut fault: Fault, ahead: bool) -> Fault {
        let mut state = self.lock();
        if ahead {
            fault.step += state.step;
        }
        state.faults.add(fault);
        fault
    }

    fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    fn status_line(&self) -> String {
        let state = self.lock();
        let flag = |on: bool| u8::from(on);
        let mut line = format!(
            "ok inserted={} connected={} step={}",
            flag(!state.removed),
            flag(state.remover.is_some()),
            state.step
        );
        if let Some(passwords) = state.passwords {
            line.push_str(&format!(
                " pin-tries={} puk-uses={} transport-pin={} deactivated={}",
                passwords.pin_tries_left,
                passwords.puk_uses_left,
                flag(passwords.transport_pin),
                flag(passwords.deactivated)
            ));
        }
        line.push_str(&format!(" faults={}", state.faults.describe()));
        line
    }

    /// Runs one control command line; returns the answer line.
    pub fn execute(&self, line: &str) -> String {
        let mut words = line.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some("status"), None, None) => self.status_line(),
            (Some("remove"), None, None) => {
                self.remove();
                "ok removed".to_owned()
            }
            (Some("insert"), None, None) => {
                self.insert();
                "ok inserted".to_owned()
            }
            (Some("clear-faults"), None, None) => {
                self.clear_faults();
                "ok cleared".to_owned()
            }
            (Some("fault"), Some(spec), None) => {
                let (spec, ahead) = match spec.split_once(":+") {
                    Some((kind, rest)) => (format!("{kind}:{rest}"), true),
                    None => (spec.to_owned(), false),
                };
                match spec.parse::<Fault>() {
                    Ok(fault) => format!("ok fault {}", self.add_fault(fault, ahead)),
                    Err(error) => format!("error {error}"),
                }
            }
            _ => "error unknown command: expected status, remove, insert, fault KIND:STEP, clear-faults"
                .to_owned(),
        }
    }
}

/// Listens on the Unix socket `path` (replacing a stale one) and serves each
/// client on its own thread.
pub fn serve(path: &Path, shared: Arc<Shared>) -> io::Result<()> {
    if path.exists() {
        std::fs::remove_file(path)?;
    }
    let listener = UnixListener::bind(path)?;
    std::thread::Builder::new()
        .name("control".to_owned())
        .spawn(move || {
            for client in listener.incoming().flatten() {
                let shared = Arc::clone(&shared);
                // A client that cannot get a thread is dropped; it may reconnect.
                let _spawned = std::thread::Builder::new()
                    .name("control-client".to_owned())
                    .spawn(move || answer_client(client, &shared));
            }
        })?;
    Ok(())
}

/// Sends one command line to the control socket at `path`; returns the answer,
/// or an error if the card said `error …` or cannot be reached.
pub fn send(path: &Path, command: &str) -> Result<String, String> {
    let unreachable = |error: io::Error| format!("control socket {}: {error}", path.display());
    let mut stream = UnixStream::connect(path).map_err(unreachable)?;
    writeln!(stream, "{}", command.trim()).map_err(unreachable)?;
    let mut answer = String::new();
    BufReader::new(stream)
        .read_line(&mut answer)
        .map_err(unreachable)?;
    accepted(answer.trim_end().to_owned())
}

/// An answer line as a result: `ok …` is `Ok`, anything else (`error …`) is `Err`.
pub fn accepted(answer: String) -> Result<String, String> {
    if answer.starts_with("ok") {
        Ok(answer)
    } else {
        Err(answer)
    }
}

fn answer_client(client: UnixStream, shared: &Shared) {
    let Ok(mut writer) = client.try_clone() else {
        return;
    };
    for line in BufReader::new(client).lines() {
        let Ok(line) = line else {
            return;
        };
        if writeln!(writer, "{}", shared.execute(&line)).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_change_the_shared_state() {
        let shared = Shared::new(FaultPlan::default());
        assert!(shared
            .execute("status")
            .starts_with("ok inserted=1 connected=0 step=0"));
        assert_eq!(shared.execute("fault garbage:2"), "ok fault garbage:2");
        assert!(shared
            .execute("fault garbage")
            .starts_with("error bad fault"));
        assert!(shared.execute("status").ends_with("faults=garbage:2"));
        assert_eq!(shared.execute("remove"), "ok removed");
        assert!(shared.execute("status").starts_with("ok inserted=0"));
        assert_eq!(shared.execute("insert"), "ok inserted");
        shared.wait_until_inserted();
        assert!(!shared.next_step().garbage);
        assert!(shared.next_step().garbage);
        assert_eq!(shared.execute("clear-faults"), "ok cleared");
        assert!(shared.execute("jump").starts_with("error unknown command"));
    }

    #[test]
    fn a_fault_ahead_counts_from_the_commands_so_far() {
        let shared = Shared::new(FaultPlan::default());
        for _ in 0..5 {
            assert_eq!(shared.next_step(), StepFaults::default());
        }
        assert_eq!(shared.execute("fault delay:+2:300"), "ok fault delay:7:300");
        assert!(shared.next_step().delay.is_none());
        assert_eq!(
            shared.next_step().delay,
            Some(std::time::Duration::from_millis(300))
        );
    }
}
