//! What a PIN workflow achieved, in types an application can show and count.
//!
//! A success is a [`PinOutcome`]. A failure carries a [`ChangeOutcome`]:
//! `NotChanged` is only claimed when the command that changes the card (its
//! *commit point*: RESET RETRY COUNTER, or for a resume the last PACE step
//! with the PIN) never reached the reader or was answered with a verified
//! refusal; if it was sent and no verified answer came back the outcome is
//! `Unknown`, with a [`PendingCheck`] that says how to find out (see
//! [`super::check_outcome`]). How the station counts them is the app's business.

/// A workflow that finished as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOutcome {
    /// The card holds the new PIN.
    Changed,
    /// The PUK reset the PIN's retry counter to 3 (the PIN itself is unchanged).
    Unblocked,
    /// PACE with the CAN and then the PIN succeeded: the PIN is usable again with 3 tries.
    Resumed,
}

impl PinOutcome {
    /// The IPC `outcome` value.
    pub fn code(self) -> &'static str {
        match self {
            PinOutcome::Changed => "changed",
            PinOutcome::Unblocked => "unblocked",
            PinOutcome::Resumed => "resumed",
        }
    }
}

/// What became of the card when a workflow failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeOutcome {
    /// Nothing was changed on the card (true: the commit point was not reached or refused).
    NotChanged,
    /// The commit point was sent and no verified answer came back.
    Unknown(PendingCheck),
}

impl ChangeOutcome {
    /// The IPC `outcome` value of `eid_card_removed`.
    pub fn code(self) -> &'static str {
        match self {
            ChangeOutcome::NotChanged => "not_changed",
            ChangeOutcome::Unknown(_) => "unknown",
        }
    }
}

/// How to learn the outcome of an interrupted workflow once the card is back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PendingCheck {
    /// RESET RETRY COUNTER with a new PIN was sent. If the card reported the
    /// initial (Transport) PIN state `63Dx` before, a status read tells (the
    /// state is gone only after a change); otherwise one PACE with the new PIN
    /// tells — free when the change happened, one try when it did not.
    NewPin {
        /// MSE:Set AT answered `63Dx` before the change.
        initial_pin_before: bool,
    },
    /// RESET RETRY COUNTER after PUK PACE was sent: a status read tells (blocked or not).
    Unblock,
    /// The last PACE step with the PIN (after CAN) was sent: a status read tells
    /// (still suspended, usable again, or blocked).
    Resume,
}

/// The answer of [`super::check_outcome`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckedOutcome {
    /// The interrupted workflow did take effect.
    Done(PinOutcome),
    /// It did not; the card's PIN state now.
    NotDone(super::CardStatus),
}

/// Classifies an interrupted exchange: `reached` says whether the commit point
/// was handed to the reader.
pub(crate) fn interrupted_outcome(reached: bool, pending: PendingCheck) -> ChangeOutcome {
    if reached {
        ChangeOutcome::Unknown(pending)
    } else {
        ChangeOutcome::NotChanged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_only_after_the_commit_point() {
        let pending = PendingCheck::Unblock;
        assert_eq!(
            interrupted_outcome(false, pending),
            ChangeOutcome::NotChanged
        );
        assert_eq!(
            interrupted_outcome(true, pending),
            ChangeOutcome::Unknown(pending)
        );
        assert_eq!(ChangeOutcome::NotChanged.code(), "not_changed");
        assert_eq!(ChangeOutcome::Unknown(pending).code(), "unknown");
    }

    #[test]
    fn outcome_codes() {
        assert_eq!(PinOutcome::Changed.code(), "changed");
        assert_eq!(PinOutcome::Resumed.code(), "resumed");
    }
}
