//! Why a PIN workflow stopped, as one enum with the IPC error codes of
//! `docs/ipc.md` ("Online-Ausweis & PIN"), and the mapping from PACE, secure
//! messaging and PC/SC errors to it. No variant ever holds a secret.

use super::outcome::ChangeOutcome;
use super::pin_pad::PadStop;
use crate::apdu::StatusWord;
use crate::pace::PaceError;
use crate::pin_rules::{FormatError, PinRule};
use crate::secret::PasswordRef;
use crate::sm::SmError;
use crate::status::PasswordStatus;
use crate::transport::TransportError;

/// A PIN workflow that did not finish.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    /// pcscd is not running.
    #[error("the smart card service (pcscd) is not running")]
    ServiceNotRunning,
    /// No card reader is connected.
    #[error("no card reader connected")]
    NoReader,
    /// The reader is not (or no longer) there.
    #[error("the card reader is gone")]
    ReaderGone {
        /// What became of the card.
        outcome: ChangeOutcome,
    },
    /// No card lies on the reader.
    #[error("no card on the reader")]
    NoCard,
    /// More than one reader holds an eID card and none was named.
    #[error("several readers hold an eID card: {readers:?}")]
    SeveralEidCards {
        /// The readers with an eID card.
        readers: Vec<String>,
    },
    /// The card has no EF.CardAccess with PACE: not an ID card.
    #[error("the card is not an eID card (no EF.CardAccess with PACE)")]
    NotEidCard,
    /// PACE with the PIN failed.
    #[error("wrong PIN, {tries_left} tries left")]
    PinWrong {
        /// Tries left now (1: the CAN is needed next, 0: the PUK).
        tries_left: u8,
    },
    /// The PIN is suspended (one try left): the CAN must come first.
    #[error("the PIN is suspended: the CAN is needed first")]
    CanNeeded,
    /// PACE with the CAN failed.
    #[error("wrong CAN")]
    CanWrong,
    /// The PIN is blocked: only the PUK helps.
    #[error("the PIN is blocked: the PUK is needed")]
    PukNeeded,
    /// PACE with the PUK failed.
    #[error("wrong PUK")]
    PukWrong,
    /// The PUK was used ten times and is inoperative.
    #[error("the PUK is used up")]
    PukUsedUp,
    /// The online ID function is switched off.
    #[error("the online ID function is deactivated")]
    Deactivated,
    /// Unblocking was asked for, but the PIN is not blocked (no PUK use is spent).
    #[error("the PIN is not blocked")]
    PinNotBlocked,
    /// The card was taken off the reader.
    #[error("the card was removed ({})", outcome.code())]
    CardRemoved {
        /// What became of the card.
        outcome: ChangeOutcome,
    },
    /// The proposed new PIN breaks a rule.
    #[error(transparent)]
    NewPinRule(#[from] PinRule),
    /// A typed password has the wrong form.
    #[error(transparent)]
    Format(#[from] FormatError),
    /// An entry on the reader's PIN pad ended without a result (nothing changed).
    #[error("PIN pad: {0:?}")]
    PinPad(PadStop),
    /// Anything else the card or reader did (text for staff, never a secret).
    #[error("card error: {detail}")]
    CardError {
        /// What became of the card.
        outcome: ChangeOutcome,
        /// What went wrong.
        detail: String,
    },
}

impl WorkflowError {
    /// What became of the card (`NotChanged` unless the exchange broke off after the commit point).
    pub fn outcome(&self) -> ChangeOutcome {
        match self {
            WorkflowError::ReaderGone { outcome }
            | WorkflowError::CardRemoved { outcome }
            | WorkflowError::CardError { outcome, .. } => *outcome,
            _ => ChangeOutcome::NotChanged,
        }
    }

    /// The same error with `outcome` (for errors raised before the commit point is known).
    pub(crate) fn with_outcome(self, outcome: ChangeOutcome) -> Self {
        match self {
            WorkflowError::ReaderGone { .. } => WorkflowError::ReaderGone { outcome },
            WorkflowError::CardRemoved { .. } => WorkflowError::CardRemoved { outcome },
            WorkflowError::CardError { detail, .. } => WorkflowError::CardError { outcome, detail },
            WorkflowError::ServiceNotRunning | WorkflowError::NoReader
                if outcome != ChangeOutcome::NotChanged =>
            {
                WorkflowError::ReaderGone { outcome }
            }
            other => other,
        }
    }

    /// A status word the workflow did not expect.
    pub(crate) fn unexpected(what: &str, sw: StatusWord) -> Self {
        WorkflowError::CardError {
            outcome: ChangeOutcome::NotChanged,
            detail: format!("{what}: status {sw}"),
        }
    }
}

impl From<TransportError> for WorkflowError {
    /// A failed exchange before any commit point (`NotChanged`).
    fn from(error: TransportError) -> Self {
        let outcome = ChangeOutcome::NotChanged;
        match error {
            TransportError::ServiceNotRunning => WorkflowError::ServiceNotRunning,
            TransportError::NoReader => WorkflowError::NoReader,
            TransportError::ReaderNotFound(_) | TransportError::ReaderRemoved => {
                WorkflowError::ReaderGone { outcome }
            }
            TransportError::NoCard | TransportError::CardRemoved | TransportError::CardReset => {
                WorkflowError::CardRemoved { outcome }
            }
            TransportError::SecureMessaging(error) => WorkflowError::from(*error),
            TransportError::Reader(detail) => WorkflowError::CardError { outcome, detail },
        }
    }
}

impl From<SmError> for WorkflowError {
    /// A secure messaging failure before any commit point.
    fn from(error: SmError) -> Self {
        match error {
            SmError::Transport(error) => WorkflowError::from(error),
            other => WorkflowError::CardError {
                outcome: ChangeOutcome::NotChanged,
                detail: format!("secure messaging: {other}"),
            },
        }
    }
}

/// The status word a card answers the last PACE step with when the PIN may
/// not be used (ISO 7816-4: `6983` blocked, `6984` not usable, `6985` conditions not satisfied).
fn pin_refusal(sw: StatusWord) -> Option<WorkflowError> {
    match sw.0 {
        0x6983 => Some(WorkflowError::PukNeeded),
        0x6984 => Some(WorkflowError::Deactivated),
        0x6985 => Some(WorkflowError::CanNeeded),
        _ => None,
    }
}

fn wrong_password(password: PasswordRef, tries_left: u8) -> WorkflowError {
    match password {
        PasswordRef::Can => WorkflowError::CanWrong,
        PasswordRef::Puk => WorkflowError::PukWrong,
        PasswordRef::Pin | PasswordRef::Mrz => WorkflowError::PinWrong { tries_left },
    }
}

/// Maps a failed PACE with `password` (before any commit point).
pub(crate) fn from_pace(error: PaceError, password: PasswordRef) -> WorkflowError {
    match error {
        PaceError::WrongPassword {
            status_before,
            retries_left,
            ..
        } => {
            let before = status_before.retries_left().unwrap_or(3);
            wrong_password(password, retries_left.unwrap_or(before.saturating_sub(1)))
        }
        PaceError::PasswordUnusable(PasswordStatus::Deactivated) => WorkflowError::Deactivated,
        PaceError::PasswordUnusable(_) => WorkflowError::PukNeeded,
        PaceError::CardRejected {
            step: "authentication token",
            sw,
        } => match password {
            PasswordRef::Pin => pin_refusal(sw)
                .unwrap_or_else(|| WorkflowError::unexpected("PACE with the PIN", sw)),
            other => wrong_password(other, 0),
        },
        PaceError::Transport(error) => WorkflowError::from(error),
        PaceError::SecureMessaging(error) => WorkflowError::from(error),
        other => WorkflowError::CardError {
            outcome: ChangeOutcome::NotChanged,
            detail: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflows::outcome::PendingCheck;

    #[test]
    fn wrong_passwords_name_the_password() {
        let wrong = |password, retries_left| {
            from_pace(
                PaceError::WrongPassword {
                    status_before: PasswordStatus::Ready,
                    retries_left,
                    sw: StatusWord(0x63C2),
                },
                password,
            )
        };
        assert_eq!(
            wrong(PasswordRef::Pin, Some(2)),
            WorkflowError::PinWrong { tries_left: 2 }
        );
        assert_eq!(
            wrong(PasswordRef::Pin, None),
            WorkflowError::PinWrong { tries_left: 2 }
        );
        assert_eq!(wrong(PasswordRef::Can, None), WorkflowError::CanWrong);
        assert_eq!(wrong(PasswordRef::Puk, Some(0)), WorkflowError::PukWrong);
    }

    #[test]
    fn refusals_of_the_last_pace_step() {
        let rejected = |password, sw| {
            from_pace(
                PaceError::CardRejected {
                    step: "authentication token",
                    sw: StatusWord(sw),
                },
                password,
            )
        };
        assert_eq!(rejected(PasswordRef::Pin, 0x6985), WorkflowError::CanNeeded);
        assert_eq!(rejected(PasswordRef::Pin, 0x6983), WorkflowError::PukNeeded);
        assert_eq!(
            rejected(PasswordRef::Pin, 0x6984),
            WorkflowError::Deactivated
        );
        assert_eq!(rejected(PasswordRef::Can, 0x6A80), WorkflowError::CanWrong);
        assert_eq!(rejected(PasswordRef::Puk, 0x6300), WorkflowError::PukWrong);
        assert!(matches!(
            rejected(PasswordRef::Pin, 0x6F00),
            WorkflowError::CardError { .. }
        ));
        assert_eq!(
            from_pace(
                PaceError::PasswordUnusable(PasswordStatus::Blocked),
                PasswordRef::Pin
            ),
            WorkflowError::PukNeeded
        );
    }

    #[test]
    fn transport_errors_become_removal_or_reader_errors() {
        assert!(matches!(
            WorkflowError::from(TransportError::CardRemoved),
            WorkflowError::CardRemoved { .. }
        ));
        assert!(matches!(
            WorkflowError::from(TransportError::ReaderRemoved),
            WorkflowError::ReaderGone { .. }
        ));
        let nested = TransportError::SecureMessaging(Box::new(SmError::Transport(
            TransportError::CardRemoved,
        )));
        assert!(matches!(
            WorkflowError::from(nested),
            WorkflowError::CardRemoved { .. }
        ));
    }

    #[test]
    fn unknown_outcomes_stay_with_the_error() {
        let unknown = ChangeOutcome::Unknown(PendingCheck::Unblock);
        let removed = WorkflowError::from(TransportError::CardRemoved).with_outcome(unknown);
        assert_eq!(removed.outcome(), unknown);
        assert_eq!(
            WorkflowError::ServiceNotRunning.with_outcome(unknown),
            WorkflowError::ReaderGone { outcome: unknown }
        );
        assert_eq!(
            WorkflowError::PinNotBlocked.outcome(),
            ChangeOutcome::NotChanged
        );
    }
}
