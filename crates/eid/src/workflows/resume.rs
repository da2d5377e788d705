//! Resuming a suspended PIN (one try left): PACE with the CAN, then PACE
//! with the PIN inside the CAN channel. A successful PIN PACE sets the retry
//! counter back to 3; nothing else is sent.

use super::change_pin::{is_suspended, require_usable_pin};
use super::error::WorkflowError;
use super::outcome::PinOutcome;
use super::session::CardSession;
use crate::pin_rules::{check_format, PasswordKind};
use crate::secret::{PasswordRef, Secret};
use crate::transport::CardTransport;

/// Resumes the PIN with `can` and `pin`. A PIN that is not suspended needs
/// no CAN: then only the PIN PACE runs (which also sets the counter back to 3).
pub fn resume_pin<T: CardTransport>(
    session: &mut CardSession<T>,
    can: &Secret,
    pin: &Secret,
) -> Result<PinOutcome, WorkflowError> {
    check_format(PasswordKind::Can, can)?;
    check_format(PasswordKind::Pin, pin)?;
    let result = run(session, can, pin);
    session.explained(result)
}

fn run<T: CardTransport>(
    session: &mut CardSession<T>,
    can: &Secret,
    pin: &Secret,
) -> Result<PinOutcome, WorkflowError> {
    let status = session.pin_status()?;
    require_usable_pin(status, true)?;
    if is_suspended(status) {
        session.pace_can_then_pin(can, pin, true)?;
    } else {
        session.pace(PasswordRef::Pin, pin)?;
    }
    Ok(PinOutcome::Resumed)
}
