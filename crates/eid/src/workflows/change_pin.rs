//! Changing the PIN: PACE with the current PIN (or the 5-digit Transport
//! PIN), then RESET RETRY COUNTER `00 2C 02 03` with the new PIN under secure
//! messaging. With a CAN, a suspended PIN is resumed first (PACE with the
//! CAN, then PACE with the PIN inside that channel).

use super::error::WorkflowError;
use super::outcome::{PendingCheck, PinOutcome};
use super::session::{commit, CardSession};
use crate::apdu::CommandApdu;
use crate::pin_rules::{check_format, check_new_pin, PasswordKind};
use crate::secret::{PasswordRef, Secret};
use crate::status::{PasswordStatus, ResetRetryCounterStatus};
use crate::transport::CardTransport;

/// RESET RETRY COUNTER, P1 `02`: new PIN in the data; P2 `03`: the PIN.
pub(crate) fn set_pin_command(new_pin: &Secret) -> CommandApdu {
    CommandApdu::new(0x00, 0x2C, 0x02, 0x03).with_data(new_pin.expose().to_vec())
}

/// What `change_pin` needs from the citizen.
#[derive(Debug)]
pub struct ChangePinRequest<'a> {
    /// The current PIN: the 5-digit Transport PIN when `transport` is set.
    pub current: &'a Secret,
    /// Whether `current` is the Transport PIN of a new card.
    pub transport: bool,
    /// The new 6-digit PIN (checked against [`crate::pin_rules`]).
    pub new_pin: &'a Secret,
    /// The CAN, if the PIN is suspended (ignored otherwise).
    pub can: Option<&'a Secret>,
}

impl ChangePinRequest<'_> {
    /// Checks what was typed before anything reaches the card.
    fn check(&self) -> Result<(), WorkflowError> {
        let kind = if self.transport {
            PasswordKind::TransportPin
        } else {
            PasswordKind::Pin
        };
        check_format(kind, self.current)?;
        check_new_pin(self.new_pin)?;
        if let Some(can) = self.can {
            check_format(PasswordKind::Can, can)?;
        }
        Ok(())
    }
}

/// Refuses PIN states in which PACE with the PIN cannot succeed.
pub(crate) fn require_usable_pin(
    status: PasswordStatus,
    can_given: bool,
) -> Result<(), WorkflowError> {
    match status {
        PasswordStatus::Deactivated => Err(WorkflowError::Deactivated),
        status if status.is_unusable() => Err(WorkflowError::PukNeeded),
        PasswordStatus::Suspended | PasswordStatus::InitialPin { retries_left: 1 }
            if !can_given =>
        {
            Err(WorkflowError::CanNeeded)
        }
        _ => Ok(()),
    }
}

/// Whether the state asks for the CAN before the PIN.
pub(crate) fn is_suspended(status: PasswordStatus) -> bool {
    matches!(
        status,
        PasswordStatus::Suspended | PasswordStatus::InitialPin { retries_left: 1 }
    )
}

/// Changes the PIN of the card in `session`.
pub fn change_pin<T: CardTransport>(
    session: &mut CardSession<T>,
    request: &ChangePinRequest<'_>,
) -> Result<PinOutcome, WorkflowError> {
    request.check()?;
    let result = run(session, request);
    session.explained(result)
}

fn run<T: CardTransport>(
    session: &mut CardSession<T>,
    request: &ChangePinRequest<'_>,
) -> Result<PinOutcome, WorkflowError> {
    let status = session.pin_status()?;
    require_usable_pin(status, request.can.is_some())?;
    let pending = PendingCheck::NewPin {
        initial_pin_before: matches!(status, PasswordStatus::InitialPin { .. }),
    };
    let counter = session.counter();
    let mut channel = match request.can {
        Some(can) if is_suspended(status) => {
            session.pace_can_then_pin(can, request.current, false)?
        }
        _ => session.pace(PasswordRef::Pin, request.current)?,
    };
    let response = commit(
        &mut channel,
        &counter,
        &set_pin_command(request.new_pin),
        pending,
    )?;
    match ResetRetryCounterStatus::decode(response.sw, PasswordRef::Pin) {
        ResetRetryCounterStatus::Done => Ok(PinOutcome::Changed),
        _ => Err(WorkflowError::unexpected(
            "RESET RETRY COUNTER with the new PIN",
            response.sw,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_states_that_stop_a_change() {
        assert_eq!(
            require_usable_pin(PasswordStatus::Deactivated, true),
            Err(WorkflowError::Deactivated)
        );
        assert_eq!(
            require_usable_pin(PasswordStatus::Blocked, true),
            Err(WorkflowError::PukNeeded)
        );
        assert_eq!(
            require_usable_pin(PasswordStatus::InitialPin { retries_left: 0 }, false),
            Err(WorkflowError::PukNeeded)
        );
        assert_eq!(
            require_usable_pin(PasswordStatus::Suspended, false),
            Err(WorkflowError::CanNeeded)
        );
        assert_eq!(require_usable_pin(PasswordStatus::Suspended, true), Ok(()));
        assert_eq!(
            require_usable_pin(PasswordStatus::RetriesLeft(2), false),
            Ok(())
        );
    }

    #[test]
    fn typing_slips_never_reach_the_card() {
        let pin = |text: &str| Secret::new(text.to_owned());
        let (five, six, new) = (pin("12345"), pin("123456"), pin("482915"));
        let request = |current, transport, new_pin| ChangePinRequest {
            current,
            transport,
            new_pin,
            can: None,
        };
        assert!(request(&five, true, &new).check().is_ok());
        assert!(matches!(
            request(&six, true, &new).check(),
            Err(WorkflowError::Format(_))
        ));
        assert!(matches!(
            request(&five, false, &new).check(),
            Err(WorkflowError::Format(_))
        ));
        assert!(matches!(
            request(&six, false, &six).check(),
            Err(WorkflowError::NewPinRule(_))
        ));
    }
}
