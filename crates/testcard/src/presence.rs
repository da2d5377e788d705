//! Waiting through PC/SC (pcscd) until the card is in — or out of — its
//! reader, so scripts and tests start only once pcscd has seen it.
//!
//! "Out" has a trap: when a command finds the card gone (a failed
//! `SCardTransmit`, a reset on `SCardDisconnect`), pcsc-lite marks the reader
//! empty at once, but its reader thread registers the removal only at its next
//! poll of the driver (every 400 ms). A card put back before that poll is never
//! registered as inserted — the thread still believes the old card is in — and
//! stays invisible to every client. So a removal counts as seen only when the
//! reader's event counter (pcsc-lite counts each insertion and removal its
//! reader thread registers, in the upper word of the event state) has moved on
//! from its value while the card was in: [`wait_for_removal`].

use std::time::{Duration, Instant};

use pcsc::{Context, ReaderState, Scope, State};

/// How long one `SCardGetStatusChange` call may block.
const POLL: Duration = Duration::from_millis(250);

/// What pcscd shows for a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    /// A card is in the reader.
    pub present: bool,
    /// The reader's event counter: insertions and removals pcscd's reader thread registered.
    pub events: u32,
}

/// The card did not reach the wanted state in time.
#[derive(Debug, thiserror::Error)]
pub enum PresenceError {
    /// No card showed up in the reader in time.
    #[error("no card in reader {reader:?} after {waited:?} (last PC/SC state: {last})")]
    NotPresent {
        /// The reader name (or its prefix) waited on.
        reader: String,
        /// How long it was waited.
        waited: Duration,
        /// The last state pcscd showed, or the last PC/SC error.
        last: String,
    },
    /// The card did not leave the reader in time, or pcscd's reader thread did
    /// not register its removal in time.
    #[error("card still in reader {reader:?} (or its removal not yet registered by pcscd) after {waited:?}")]
    NotAbsent {
        /// The reader name (or its prefix) waited on.
        reader: String,
        /// How long it was waited.
        waited: Duration,
    },
}

/// Waits until a reader whose name starts with `reader` has a card
/// (`present`) or has none (`!present`); returns what pcscd showed then.
/// pcscd not running yet, or the reader not listed yet, count as "no card".
pub fn wait_for_card(
    reader: &str,
    present: bool,
    timeout: Duration,
) -> Result<Seen, PresenceError> {
    wait_until(reader, timeout, present, |seen| seen.present == present)
}

/// Waits until pcscd's reader thread has registered that the card seen as
/// `while_in` left `reader`: the reader is empty and its event counter moved on.
/// Only then may the card go back in and be seen again.
pub fn wait_for_removal(
    reader: &str,
    while_in: Seen,
    timeout: Duration,
) -> Result<Seen, PresenceError> {
    wait_until(reader, timeout, false, |seen| {
        !seen.present && seen.events != while_in.events
    })
}

fn wait_until(
    reader: &str,
    timeout: Duration,
    present: bool,
    wanted: impl Fn(Seen) -> bool,
) -> Result<Seen, PresenceError> {
    let started = Instant::now();
    let mut last = String::from("pcscd not reached");
    while started.elapsed() < timeout {
        match seen(reader) {
            Ok(seen) if wanted(seen) => return Ok(seen),
            Ok(seen) => last = format!("{seen:?}"),
            Err(error) => {
                last = error.to_string();
                std::thread::sleep(POLL);
            }
        }
    }
    let waited = started.elapsed();
    let reader = reader.to_owned();
    Err(if present {
        PresenceError::NotPresent {
            reader,
            waited,
            last,
        }
    } else {
        PresenceError::NotAbsent { reader, waited }
    })
}

/// What pcscd shows for the reader named by the prefix `reader` now (after at
/// most one short wait for a change).
fn seen(reader: &str) -> Result<Seen, pcsc::Error> {
    let context = Context::establish(Scope::User)?;
    let name = context
        .list_readers_owned()?
        .into_iter()
        .find(|name| name.to_string_lossy().starts_with(reader))
        .ok_or(pcsc::Error::UnknownReader)?;
    let mut states = [ReaderState::new(name, State::UNAWARE)];
    context.get_status_change(POLL, &mut states)?;
    states[0].sync_current_state();
    match context.get_status_change(POLL, &mut states) {
        Ok(()) | Err(pcsc::Error::Timeout) => {}
        Err(error) => return Err(error),
    }
    Ok(Seen {
        present: states[0].event_state().contains(State::PRESENT),
        events: states[0].event_count(),
    })
}
