//! Unblocking the PIN with the PUK: PACE with the PUK, then RESET RETRY
//! COUNTER `00 2C 03 03` without data. The PIN keeps its value and gets 3
//! tries again; each unblock uses one of the PUK's ten uses.
//!
//! A new PIN cannot be set in the PUK channel: TR-03110 allows RESET RETRY
//! COUNTER with a new PIN (`P1 = 02`) only after PACE with the PIN (or with
//! terminal authentication of an authority's terminal); after PACE with the
//! PUK only `P1 = 03`. AusweisApp does the same (`UnblockPinCommand` sends
//! `ResetRetryCounterBuilder()` without PIN, then asks for the old PIN). So
//! after unblocking, the citizen changes the PIN with the current PIN
//! ([`super::change_pin`]); who forgot it needs the PIN reset letter.

use super::error::WorkflowError;
use super::outcome::{PendingCheck, PinOutcome};
use super::session::{commit, CardSession};
use crate::apdu::{CommandApdu, StatusWord};
use crate::pin_rules::{check_format, PasswordKind};
use crate::secret::{PasswordRef, Secret};
use crate::status::{PasswordStatus, ResetRetryCounterStatus};
use crate::transport::CardTransport;

/// Unblocks a blocked PIN with `puk`. A PIN that is not blocked is left
/// alone ([`WorkflowError::PinNotBlocked`]): unblocking it would waste a PUK use.
pub fn unblock_pin<T: CardTransport>(
    session: &mut CardSession<T>,
    puk: &Secret,
) -> Result<PinOutcome, WorkflowError> {
    check_format(PasswordKind::Puk, puk)?;
    let result = run(session, puk);
    session.explained(result)
}

fn run<T: CardTransport>(
    session: &mut CardSession<T>,
    puk: &Secret,
) -> Result<PinOutcome, WorkflowError> {
    require_blocked(session.pin_status()?)?;
    let counter = session.counter();
    let mut channel = session.pace(PasswordRef::Puk, puk)?;
    let response = commit(
        &mut channel,
        &counter,
        &unblock_command(),
        PendingCheck::Unblock,
    )?;
    outcome(response.sw)
}

/// Unblocking is only asked for a blocked PIN (no PUK use is spent otherwise).
pub(crate) fn require_blocked(status: PasswordStatus) -> Result<(), WorkflowError> {
    match status {
        PasswordStatus::Deactivated => Err(WorkflowError::Deactivated),
        status if status.retries_left() == Some(0) => Ok(()),
        _ => Err(WorkflowError::PinNotBlocked),
    }
}

/// RESET RETRY COUNTER for the PIN after PACE with the PUK (no new PIN).
pub(crate) fn unblock_command() -> CommandApdu {
    CommandApdu::new(0x00, 0x2C, 0x03, 0x03)
}

/// What the card's answer to [`unblock_command`] means.
pub(crate) fn outcome(sw: StatusWord) -> Result<PinOutcome, WorkflowError> {
    match ResetRetryCounterStatus::decode(sw, PasswordRef::Puk) {
        ResetRetryCounterStatus::Done => Ok(PinOutcome::Unblocked),
        ResetRetryCounterStatus::PukInoperative => Err(WorkflowError::PukUsedUp),
        ResetRetryCounterStatus::Refused(sw) => Err(WorkflowError::unexpected(
            "RESET RETRY COUNTER after PUK",
            sw,
        )),
    }
}
