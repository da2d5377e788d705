//! What the card's status words say about the password (PIN, CAN, PUK).
//!
//! MSE:Set AT for PACE answers with the state of the chosen password
//! (TR-03110 Part 3; values as handled by AusweisApp): `9000` ready,
//! `63Cx` x tries left (`63C1` suspended: CAN first, `63C0` blocked: PUK
//! needed), `63Dx` the same for a PIN that is still the initial (Transport)
//! PIN on cards that report it, `6283` PIN deactivated (online function
//! switched off). A PUK that was used ten times is reported only later: after
//! PACE with the PUK, RESET RETRY COUNTER answers `69xx`.

use crate::apdu::StatusWord;

/// The password state reported by MSE:Set AT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordStatus {
    /// `9000`: usable; for the PIN that means all three tries are left.
    Ready,
    /// `63Cx`, x ≥ 2: usable with `x` tries left.
    RetriesLeft(u8),
    /// `63C1`: one try left; the PIN is suspended and needs PACE with the CAN first.
    Suspended,
    /// `63C0`: no tries left; the PIN is blocked and needs the PUK.
    Blocked,
    /// `63Dx`: the PIN is still the initial (Transport) PIN, `x` tries left.
    InitialPin {
        /// Tries left (0: blocked).
        retries_left: u8,
    },
    /// `6283`: the PIN is deactivated (the online ID function is switched off).
    Deactivated,
}

impl PasswordStatus {
    /// Decodes the status word of MSE:Set AT; `None` for words that do not
    /// describe a password state (the command itself was refused).
    pub fn from_mse_status(sw: StatusWord) -> Option<Self> {
        match (sw.sw1(), sw.sw2()) {
            (0x90, 0x00) => Some(PasswordStatus::Ready),
            (0x62, 0x83) => Some(PasswordStatus::Deactivated),
            (0x63, 0xC0) => Some(PasswordStatus::Blocked),
            (0x63, 0xC1) => Some(PasswordStatus::Suspended),
            (0x63, sw2) if sw2 & 0xF0 == 0xC0 => Some(PasswordStatus::RetriesLeft(sw2 & 0x0F)),
            (0x63, sw2) if sw2 & 0xF0 == 0xD0 => Some(PasswordStatus::InitialPin {
                retries_left: sw2 & 0x0F,
            }),
            _ => None,
        }
    }

    /// The status word MSE:Set AT answers for this state (the inverse of
    /// [`from_mse_status`](Self::from_mse_status)).
    pub fn status_word(self) -> StatusWord {
        match self {
            PasswordStatus::Ready => StatusWord(0x9000),
            PasswordStatus::RetriesLeft(count) => StatusWord(0x63C0 | u16::from(count & 0x0F)),
            PasswordStatus::Suspended => StatusWord(0x63C1),
            PasswordStatus::Blocked => StatusWord(0x63C0),
            PasswordStatus::InitialPin { retries_left } => {
                StatusWord(0x63D0 | u16::from(retries_left & 0x0F))
            }
            PasswordStatus::Deactivated => StatusWord(0x6283),
        }
    }

    /// Tries left, where the status word says (a PIN that is `Ready` has 3).
    pub fn retries_left(self) -> Option<u8> {
        match self {
            PasswordStatus::Ready => None,
            PasswordStatus::RetriesLeft(count) => Some(count),
            PasswordStatus::Suspended => Some(1),
            PasswordStatus::Blocked | PasswordStatus::Deactivated => Some(0),
            PasswordStatus::InitialPin { retries_left } => Some(retries_left),
        }
    }

    /// Whether PACE with this password cannot succeed at all.
    pub fn is_unusable(self) -> bool {
        matches!(
            self,
            PasswordStatus::Blocked
                | PasswordStatus::Deactivated
                | PasswordStatus::InitialPin { retries_left: 0 }
        )
    }
}

/// Tries left after a failed final GENERAL AUTHENTICATE (`63Cx`), if the word says.
pub fn retries_after_failed_pace(sw: StatusWord) -> Option<u8> {
    (sw.sw1() == 0x63 && sw.sw2() & 0xF0 == 0xC0).then_some(sw.sw2() & 0x0F)
}

/// Outcome of RESET RETRY COUNTER (`00 2C`) as the PIN workflows see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetRetryCounterStatus {
    /// `9000`: done.
    Done,
    /// `69xx` after PACE with the PUK: the PUK was used ten times and is inoperative.
    PukInoperative,
    /// Any other word: the card refused the command.
    Refused(StatusWord),
}

impl ResetRetryCounterStatus {
    /// Decodes the status word of RESET RETRY COUNTER sent after PACE with `password`.
    pub fn decode(sw: StatusWord, password: crate::secret::PasswordRef) -> Self {
        match (sw, password) {
            (StatusWord::SUCCESS, _) => ResetRetryCounterStatus::Done,
            (sw, crate::secret::PasswordRef::Puk) if sw.sw1() == 0x69 => {
                ResetRetryCounterStatus::PukInoperative
            }
            (sw, _) => ResetRetryCounterStatus::Refused(sw),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::PasswordRef;

    #[test]
    fn mse_status_words() {
        let cases = [
            (0x9000, Some(PasswordStatus::Ready)),
            (0x63C2, Some(PasswordStatus::RetriesLeft(2))),
            (0x63C1, Some(PasswordStatus::Suspended)),
            (0x63C0, Some(PasswordStatus::Blocked)),
            (0x63D3, Some(PasswordStatus::InitialPin { retries_left: 3 })),
            (0x6283, Some(PasswordStatus::Deactivated)),
            (0x6A80, None),
            (0x6300, None),
        ];
        for (word, expected) in cases {
            assert_eq!(
                PasswordStatus::from_mse_status(StatusWord(word)),
                expected,
                "{word:04X}"
            );
            if let Some(status) = expected {
                assert_eq!(status.status_word(), StatusWord(word), "{word:04X}");
            }
        }
        assert!(PasswordStatus::Blocked.is_unusable());
        assert!(PasswordStatus::Deactivated.is_unusable());
        assert!(!PasswordStatus::Suspended.is_unusable());
        assert_eq!(PasswordStatus::Suspended.retries_left(), Some(1));
    }

    #[test]
    fn failed_pace_retries() {
        assert_eq!(retries_after_failed_pace(StatusWord(0x63C2)), Some(2));
        assert_eq!(retries_after_failed_pace(StatusWord(0x6300)), None);
    }

    #[test]
    fn puk_inoperative_only_after_puk() {
        let sw = StatusWord(0x6982);
        assert_eq!(
            ResetRetryCounterStatus::decode(sw, PasswordRef::Puk),
            ResetRetryCounterStatus::PukInoperative
        );
        assert_eq!(
            ResetRetryCounterStatus::decode(sw, PasswordRef::Pin),
            ResetRetryCounterStatus::Refused(sw)
        );
        assert_eq!(
            ResetRetryCounterStatus::decode(StatusWord::SUCCESS, PasswordRef::Pin),
            ResetRetryCounterStatus::Done
        );
    }
}
