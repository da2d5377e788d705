//! pcscd for the harness: a client connection that works, starting pcscd
//! with `--auto-exit` when none answers (it then ends by itself once no client
//! is left; a pcscd found running is never touched), and starting it again
//! should it go while a test waits for its card.

use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use eid::transport::pcsc::PcscContext;

use super::pcscd_files;
use super::HarnessError;
use crate::presence::{self, Seen};

/// How long pcscd may take to answer.
const START_PATIENCE: Duration = Duration::from_secs(10);
/// Pause between two attempts to reach pcscd.
const RETRY_PAUSE: Duration = Duration::from_millis(100);
/// Pause before starting pcscd again while none answers.
const RESTART_PAUSE: Duration = Duration::from_secs(1);
/// How long one look for the card may take before pcscd is checked again.
const PRESENCE_SLICE: Duration = Duration::from_secs(3);

/// A PC/SC client that has just been answered (listing the readers), so
/// pcscd is up; while it is held, a `pcscd --auto-exit` stays up.
pub(super) fn client() -> Result<PcscContext, HarnessError> {
    let started = Instant::now();
    let mut last_start: Option<(Instant, ExitStatus)> = None;
    loop {
        // An `--auto-exit` pcscd that is ending may still accept a client but
        // refuse its requests: only an answered request counts.
        let refused = match PcscContext::establish() {
            Ok(context) => match context.readers() {
                Ok(_) => return Ok(context),
                Err(error) => error,
            },
            Err(error) => error,
        };
        if let Some((_, status)) = last_start {
            if started.elapsed() > START_PATIENCE {
                return Err(HarnessError::PcscdNotUp {
                    waited: START_PATIENCE,
                    status,
                    refused,
                    files: pcscd_files::owner().to_string(),
                });
            }
        }
        if last_start.is_none_or(|(at, _)| at.elapsed() > RESTART_PAUSE) {
            // Two tests may race to start it; the loser's pcscd exits, which
            // is fine as long as one answers.
            last_start = Some((Instant::now(), start()?));
        }
        std::thread::sleep(RETRY_PAUSE);
    }
}

/// Starts `pcscd --auto-exit` (it forks into the background), after clearing
/// what an ended pcscd left behind.
fn start() -> Result<ExitStatus, HarnessError> {
    pcscd_files::clear_stale();
    Command::new("pcscd")
        .arg("--auto-exit")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(HarnessError::PcscdMissing)
}

/// Waits until pcscd sees a card in `reader` (a name or its prefix), starting
/// pcscd again should it have gone (another test run may have ended the
/// pcscd it started); returns what pcscd showed then.
pub(super) fn wait_for_card(reader: &str, patience: Duration) -> Result<Seen, HarnessError> {
    let deadline = Instant::now() + patience;
    loop {
        let _alive = client()?;
        match presence::wait_for_card(reader, true, PRESENCE_SLICE) {
            Ok(seen) => return Ok(seen),
            Err(error) if Instant::now() > deadline => return Err(error.into()),
            Err(_) => {}
        }
    }
}
