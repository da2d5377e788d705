//! Waiting through PC/SC (pcscd) until the card is in — or out of — its
//! reader, so scripts and tests start only once pcscd has seen it.

use std::time::{Duration, Instant};

use pcsc::{Context, ReaderState, Scope, State};

/// How long one `SCardGetStatusChange` call may block.
const POLL: Duration = Duration::from_millis(250);

/// The card did not reach the wanted state in time.
#[derive(Debug, thiserror::Error)]
pub enum PresenceError {
    #[error("no card in reader {reader:?} after {waited:?} (last PC/SC state: {last})")]
    NotPresent {
        reader: String,
        waited: Duration,
        last: String,
    },
    #[error("card still in reader {reader:?} after {waited:?}")]
    NotAbsent { reader: String, waited: Duration },
}

/// Waits until a reader whose name starts with `reader` has a card
/// (`present`) or has none (`!present`). pcscd not running yet, or the reader
/// not listed yet, count as "no card".
pub fn wait_for_card(reader: &str, present: bool, timeout: Duration) -> Result<(), PresenceError> {
    let started = Instant::now();
    let mut last = String::from("pcscd not reached");
    while started.elapsed() < timeout {
        match card_in_reader(reader) {
            Ok(is_present) if is_present == present => return Ok(()),
            Ok(_) => {
                last = if present {
                    "no card".into()
                } else {
                    "card present".into()
                }
            }
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

/// Whether the reader named by the prefix `reader` has a card now (after at
/// most one short wait for a change).
fn card_in_reader(reader: &str) -> Result<bool, pcsc::Error> {
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
    Ok(states[0].event_state().contains(State::PRESENT))
}
