//! The PIN workflows of the kiosk over any PC/SC reader: card status, PIN
//! change (also from the Transport PIN, and with every secret typed on a
//! comfort reader's PIN pad), resume with the CAN, unblock with the PUK, and the check that turns an unknown outcome into a true one.
//!
//! ```no_run
//! use eid::secret::Secret;
//! use eid::transport::pcsc::PcscContext;
//! use eid::workflows::{self, CardSession, ChangePinRequest};
//!
//! let context = PcscContext::establish()?;
//! let reader = eid::reader_watch::find_eid_reader(&context, None)?;
//! let mut session = CardSession::connect(&context, &reader)?;
//! let (current, new_pin) = (Secret::new("12345".into()), Secret::new("482915".into()));
//! let request = ChangePinRequest { current: &current, transport: true, new_pin: &new_pin, can: None };
//! match workflows::change_pin(&mut session, &request) {
//!     Ok(outcome) => println!("{}", outcome.code()),
//!     Err(error) => println!("{error} ({:?})", error.outcome()),
//! }
//! # Ok::<(), eid::workflows::WorkflowError>(())
//! ```
//!
//! Every workflow first checks what was typed ([`crate::pin_rules`]), then
//! reads the PIN state (MSE:Set AT, free) and refuses early what cannot work
//! (blocked, suspended without CAN, deactivated), so no try is wasted.

mod change_pin;
mod error;
mod outcome;
mod pin_pad;
mod resume;
mod session;
mod status;
mod unblock;

pub use change_pin::{change_pin, ChangePinRequest};
pub use error::WorkflowError;
pub use outcome::{ChangeOutcome, CheckedOutcome, PendingCheck, PinOutcome};
pub use pin_pad::{
    change_pin_on_pin_pad, check_outcome_on_pin_pad, unblock_on_pin_pad, PadPrompt, PadStop,
};
pub use resume::resume_pin;
pub use session::CardSession;
pub use status::{pin_state, CardKind, CardStatus, PinState};
pub use unblock::unblock_pin;

use crate::pin_rules::{check_format, FormatError, PasswordKind};
use crate::secret::{PasswordRef, Secret};
use crate::status::PasswordStatus;
use crate::transport::CardTransport;

/// Reads the card's status (kind and PIN state); costs no try.
pub fn card_status<T: CardTransport>(
    session: &mut CardSession<T>,
) -> Result<CardStatus, WorkflowError> {
    let result = CardStatus::read(session);
    session.explained(result)
}

/// Finds out whether an interrupted workflow took effect, with the least
/// harmful check (see [`PendingCheck`]): a status read where it tells, else
/// one PACE with `new_pin`, which costs a try only if the PIN was not changed
/// (the old PIN then still holds, and its next success restores the try).
pub fn check_outcome<T: CardTransport>(
    session: &mut CardSession<T>,
    pending: PendingCheck,
    new_pin: Option<&Secret>,
) -> Result<CheckedOutcome, WorkflowError> {
    let result = check(session, pending, &mut |session, _| {
        let new_pin = new_pin.ok_or(FormatError {
            kind: PasswordKind::Pin,
        })?;
        check_format(PasswordKind::Pin, new_pin)?;
        session.pace(PasswordRef::Pin, new_pin).map(|_| ())
    });
    session.explained(result)
}

/// PACE with the new PIN for a check, given the PIN state MSE:Set AT reported.
type PaceWithNewPin<'a, T> =
    dyn FnMut(&mut CardSession<T>, PasswordStatus) -> Result<(), WorkflowError> + 'a;

/// The check behind [`check_outcome`]; `pace_with_new_pin` runs the PACE with the
/// new PIN where a status read does not tell (on the host, or on a reader's pad).
pub(crate) fn check<T: CardTransport>(
    session: &mut CardSession<T>,
    pending: PendingCheck,
    pace_with_new_pin: &mut PaceWithNewPin<'_, T>,
) -> Result<CheckedOutcome, WorkflowError> {
    let status = CardStatus::read(session)?;
    let tries = status.pin_tries_left.unwrap_or(0);
    let done = |outcome| Ok(CheckedOutcome::Done(outcome));
    match pending {
        PendingCheck::Unblock if tries > 0 => done(PinOutcome::Unblocked),
        PendingCheck::Resume if tries >= 2 => done(PinOutcome::Resumed),
        PendingCheck::Unblock | PendingCheck::Resume => Ok(CheckedOutcome::NotDone(status)),
        PendingCheck::NewPin {
            initial_pin_before: true,
        } if status.transport_pin == Some(true) => Ok(CheckedOutcome::NotDone(status)),
        PendingCheck::NewPin {
            initial_pin_before: true,
        } => done(PinOutcome::Changed),
        PendingCheck::NewPin { .. } => {
            let status_word = session.pin_status()?;
            change_pin::require_usable_pin(status_word, false)?;
            match pace_with_new_pin(session, status_word) {
                Ok(()) => done(PinOutcome::Changed),
                Err(WorkflowError::PinWrong { .. }) => {
                    Ok(CheckedOutcome::NotDone(CardStatus::read(session)?))
                }
                Err(other) => Err(other),
            }
        }
    }
}
