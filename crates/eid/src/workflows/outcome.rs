//! What a PIN workflow achieved, in types the Tauri shell can show and count.
//!
//! A success is a [`PinOutcome`]. A failure carries a [`ChangeOutcome`]:
//! `NotChanged` is only claimed when the command that changes the card (its
//! *commit point*: RESET RETRY COUNTER, or for a resume the last PACE step
//! with the PIN) never reached the reader or was answered with a verified
//! refusal; if it was sent and no verified answer came back the outcome is
//! `Unknown`, with a [`PendingCheck`] that says how to find out (see
//! [`super::check_outcome`]). [`Tally`] is the coarse class the station counts.

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

    /// How the station counts it: only a changed PIN is `changed`; unblocking and
    /// resuming are steps on the way and count nothing by themselves.
    pub fn tally(self) -> Option<Tally> {
        match self {
            PinOutcome::Changed => Some(Tally::Changed),
            PinOutcome::Unblocked | PinOutcome::Resumed => None,
        }
    }
}

/// The daily counters of the station (IPC `today: { changed, failed, referred }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tally {
    /// A PIN was changed.
    Changed,
    /// The citizen left without a working result that staff must handle.
    Failed,
    /// The card needs the Bürgeramt (PUK used up, online function deactivated).
    Referred,
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
    fn only_a_changed_pin_counts_as_changed() {
        assert_eq!(PinOutcome::Changed.tally(), Some(Tally::Changed));
        assert_eq!(PinOutcome::Unblocked.tally(), None);
        assert_eq!(PinOutcome::Resumed.code(), "resumed");
    }
}
