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
use crate::apdu::CommandApdu;
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
    match session.pin_status()? {
        PasswordStatus::Deactivated => return Err(WorkflowError::Deactivated),
        status if status.retries_left() == Some(0) => {}
        _ => return Err(WorkflowError::PinNotBlocked),
    }
    let counter = session.counter();
    let mut channel = session.pace(PasswordRef::Puk, puk)?;
    let command = CommandApdu::new(0x00, 0x2C, 0x03, 0x03);
    let response = commit(&mut channel, &counter, &command, PendingCheck::Unblock)?;
    match ResetRetryCounterStatus::decode(response.sw, PasswordRef::Puk) {
        ResetRetryCounterStatus::Done => Ok(PinOutcome::Unblocked),
        ResetRetryCounterStatus::PukInoperative => Err(WorkflowError::PukUsedUp),
        ResetRetryCounterStatus::Refused(sw) => Err(WorkflowError::unexpected(
            "RESET RETRY COUNTER after PUK",
            sw,
        )),
    }
}
