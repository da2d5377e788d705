//! PACE run by a comfort reader (PC/SC Part 10 EstablishPACEChannel): the
//! result code a reader answers for a failed PACE, and the [`PaceError`] the
//! host reads back from it, so the PIN workflows say the same about a wrong PIN
//! typed on a reader's pad as about one typed on the touchscreen.

use super::{PaceError, PasswordStatus, GENERAL_AUTHENTICATE_STEPS};
use crate::status;
use crate::transport::part10::ResultCode;
use crate::transport::TransportError;

/// Step of MSE:Set AT in a result code; the four GENERAL AUTHENTICATE follow it.
const MSE: u8 = ResultCode::STEP_MSE_SET_AT;

/// The result code a reader answers when its PACE failed with `error`.
pub fn result_code(error: &PaceError) -> ResultCode {
    match error {
        PaceError::WrongPassword { sw, .. } => {
            ResultCode::card_refused(ResultCode::STEP_MUTUAL_AUTHENTICATION, *sw)
        }
        PaceError::PasswordUnusable(status) => ResultCode::card_refused(MSE, status.status_word()),
        PaceError::MseRejected(sw) => ResultCode::card_refused(MSE, *sw),
        PaceError::CardRejected { step, sw } => {
            let index = GENERAL_AUTHENTICATE_STEPS
                .iter()
                .position(|name| name == step)
                .unwrap_or(0);
            ResultCode::card_refused(MSE + 1 + u8::try_from(index).unwrap_or(0), *sw)
        }
        PaceError::CardTokenInvalid => ResultCode::WRONG_CARD_TOKEN,
        PaceError::Transport(_) => ResultCode::COMMUNICATION_ABORT,
        _ => ResultCode::MALFORMED_CARD_ANSWER,
    }
}

/// The failure a reader's result code reports, as PACE on the host would have
/// reported it; `None` for [`ResultCode::OK`] and for the citizen's own stops
/// (Cancel, timeout), which are no PACE failures. `status_before` is what
/// MSE:Set AT said before the attempt.
pub fn pace_error(code: ResultCode, status_before: PasswordStatus) -> Option<PaceError> {
    if let Some((step, sw)) = code.card_answer() {
        return Some(match step {
            ResultCode::STEP_MUTUAL_AUTHENTICATION if sw.sw1() == 0x63 => {
                PaceError::WrongPassword {
                    status_before,
                    retries_left: status::retries_after_failed_pace(sw),
                    sw,
                }
            }
            MSE => match PasswordStatus::from_mse_status(sw) {
                Some(status) if status.is_unusable() => PaceError::PasswordUnusable(status),
                _ => PaceError::MseRejected(sw),
            },
            _ if step < MSE => PaceError::CardRejected {
                step: "reading EF.CardAccess",
                sw,
            },
            _ => PaceError::CardRejected {
                step: GENERAL_AUTHENTICATE_STEPS
                    .get(usize::from(step - MSE - 1))
                    .copied()
                    .unwrap_or("a step after PACE"),
                sw,
            },
        });
    }
    match code {
        ResultCode::OK | ResultCode::CANCELLED | ResultCode::TIMEOUT => None,
        ResultCode::WRONG_CARD_TOKEN => Some(PaceError::CardTokenInvalid),
        ResultCode::NO_CARD | ResultCode::COMMUNICATION_ABORT => {
            Some(PaceError::Transport(TransportError::CardRemoved))
        }
        other => Some(PaceError::Transport(TransportError::Reader(format!(
            "the reader's PACE failed with result {:08X}",
            other.0
        )))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apdu::StatusWord;

    #[test]
    fn a_wrong_pin_crosses_the_reader_and_comes_back_the_same() {
        let wrong = PaceError::WrongPassword {
            status_before: PasswordStatus::Ready,
            retries_left: Some(2),
            sw: StatusWord(0x63C2),
        };
        let code = result_code(&wrong);
        assert_eq!(code, ResultCode(0xF006_63C2));
        assert!(matches!(
            pace_error(code, PasswordStatus::Ready),
            Some(PaceError::WrongPassword {
                retries_left: Some(2),
                ..
            })
        ));
    }

    #[test]
    fn refusals_keep_their_step_and_status_word() {
        let refused = PaceError::CardRejected {
            step: "authentication token",
            sw: StatusWord(0x6983),
        };
        assert!(matches!(
            pace_error(result_code(&refused), PasswordStatus::Ready),
            Some(PaceError::CardRejected {
                step: "authentication token",
                sw: StatusWord(0x6983)
            })
        ));
        let blocked = PaceError::PasswordUnusable(PasswordStatus::Blocked);
        assert!(matches!(
            pace_error(result_code(&blocked), PasswordStatus::Ready),
            Some(PaceError::PasswordUnusable(PasswordStatus::Blocked))
        ));
        let nonce = PaceError::CardRejected {
            step: "encrypted nonce",
            sw: StatusWord(0x6A80),
        };
        assert_eq!(result_code(&nonce), ResultCode(0xF003_6A80));
        assert!(pace_error(ResultCode::CANCELLED, PasswordStatus::Ready).is_none());
        assert!(matches!(
            pace_error(ResultCode::NO_CARD, PasswordStatus::Ready),
            Some(PaceError::Transport(TransportError::CardRemoved))
        ));
    }
}
