//! The PIN change on a reader with a PIN pad (a comfort reader, PC/SC Part 10):
//! the citizen types every secret on the reader, the host never sees a digit.
//! The reader runs PACE with what is typed (`FEATURE_EXECUTE_PACE`; first with
//! the CAN when the PIN is suspended), then takes the new PIN twice and sends it
//! to the card under its own secure messaging (`FEATURE_MODIFY_PIN_DIRECT`).
//! Before each entry the workflow says what the citizen is to type
//! ([`PadPrompt`]), so the kiosk and `bk` can show it. A blocked PIN is
//! unblocked the same way, with the PUK typed on the pad, and a change whose answer
//! was lost is checked with the new PIN typed there.
//!
//! The state is read first (MSE:Set AT, free) as on the screen's path, and what
//! cannot work is refused before the citizen types anything.

use super::change_pin::{is_suspended, require_usable_pin};
use super::error::{from_pace, WorkflowError};
use super::outcome::{
    interrupted_outcome, ChangeOutcome, CheckedOutcome, PendingCheck, PinOutcome,
};
use super::session::CardSession;
use crate::apdu::StatusWord;
use crate::pace::reader_result;
use crate::secret::PasswordRef;
use crate::status::{PasswordStatus, ResetRetryCounterStatus};
use crate::transport::part10::{self, EstablishInput, PinModify, ResultCode};
use crate::transport::CardTransport;

/// What the citizen is to type on the reader's pad now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PadPrompt {
    /// The CAN (6 digits, printed on the card's front).
    Can,
    /// The current PIN; `transport`: the 5-digit Transport PIN from the letter.
    Pin {
        /// The current PIN is the Transport PIN.
        transport: bool,
    },
    /// The new 6-digit PIN, and then once more to confirm it.
    NewPin,
    /// The PUK (10 digits, from the PIN letter).
    Puk,
    /// The new PIN once, to check whether a change whose answer was lost took effect.
    CheckNewPin,
}

/// Why an entry on the reader's pad ended without a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PadStop {
    /// The citizen pressed Cancel on the reader.
    Cancelled,
    /// Nothing was typed in time.
    TimedOut,
    /// The new PIN and its repetition differ.
    Mismatch,
    /// The new PIN has the wrong number of digits.
    WrongLength,
}

/// Changes the PIN (also the Transport PIN: `transport`) with every secret typed
/// on the reader's pad; `prompt` is told before each entry.
pub fn change_pin_on_pin_pad<T: CardTransport>(
    session: &mut CardSession<T>,
    transport: bool,
    prompt: &mut dyn FnMut(PadPrompt),
) -> Result<PinOutcome, WorkflowError> {
    let result = run(session, transport, prompt);
    session.explained(result)
}

fn run<T: CardTransport>(
    session: &mut CardSession<T>,
    transport: bool,
    prompt: &mut dyn FnMut(PadPrompt),
) -> Result<PinOutcome, WorkflowError> {
    let status = session.pin_status()?;
    require_usable_pin(status, true)?;
    if is_suspended(status) {
        prompt(PadPrompt::Can);
        establish(session, PasswordRef::Can, PasswordStatus::Ready)?;
    }
    prompt(PadPrompt::Pin { transport });
    establish(session, PasswordRef::Pin, status)?;
    prompt(PadPrompt::NewPin);
    let pending = PendingCheck::NewPin {
        initial_pin_before: matches!(status, PasswordStatus::InitialPin { .. }),
    };
    let counter = session.counter();
    let before = counter.get();
    let answer = session
        .pin_pad_control(
            |codes| codes.modify_pin,
            &PinModify::new_eid_pin().to_bytes(),
        )
        .map_err(|error| {
            error.with_outcome(interrupted_outcome(counter.get() > before, pending))
        })?;
    let sw = match answer.as_slice() {
        [.., sw1, sw2] => StatusWord::from_bytes(*sw1, *sw2),
        _ => {
            return Err(WorkflowError::CardError {
                outcome: ChangeOutcome::Unknown(pending),
                detail: "the reader gave no status for the new PIN".into(),
            })
        }
    };
    let stop = match sw {
        part10::PAD_CANCELLED => PadStop::Cancelled,
        part10::PAD_TIMEOUT => PadStop::TimedOut,
        part10::PAD_MISMATCH => PadStop::Mismatch,
        part10::PAD_WRONG_LENGTH => PadStop::WrongLength,
        // "No precise diagnosis": the reader may have lost the card's answer.
        sw if sw.sw1() == 0x6F => {
            return Err(WorkflowError::CardError {
                outcome: ChangeOutcome::Unknown(pending),
                detail: format!("PIN modify on the reader: status {sw}"),
            })
        }
        sw => {
            return match ResetRetryCounterStatus::decode(sw, PasswordRef::Pin) {
                ResetRetryCounterStatus::Done => Ok(PinOutcome::Changed),
                _ => Err(WorkflowError::unexpected("PIN modify on the reader", sw)),
            }
        }
    };
    Err(WorkflowError::PinPad(stop))
}

/// Finds out whether a change whose answer was lost took effect (see
/// [`super::check_outcome`]); where a status read does not tell, the citizen types
/// the new PIN on the reader's pad once ([`PadPrompt::CheckNewPin`]).
pub fn check_outcome_on_pin_pad<T: CardTransport>(
    session: &mut CardSession<T>,
    pending: PendingCheck,
    prompt: &mut dyn FnMut(PadPrompt),
) -> Result<CheckedOutcome, WorkflowError> {
    let result = super::check(session, pending, &mut |session, status| {
        prompt(PadPrompt::CheckNewPin);
        establish(session, PasswordRef::Pin, status)
    });
    session.explained(result)
}

/// Unblocks a blocked PIN with the PUK typed on the reader's pad: PACE with the
/// PUK on the reader, then `RESET RETRY COUNTER` under the reader's secure messaging.
pub fn unblock_on_pin_pad<T: CardTransport>(
    session: &mut CardSession<T>,
    prompt: &mut dyn FnMut(PadPrompt),
) -> Result<PinOutcome, WorkflowError> {
    let result = run_unblock(session, prompt);
    session.explained(result)
}

fn run_unblock<T: CardTransport>(
    session: &mut CardSession<T>,
    prompt: &mut dyn FnMut(PadPrompt),
) -> Result<PinOutcome, WorkflowError> {
    let status = session.pin_status()?;
    super::unblock::require_blocked(status)?;
    prompt(PadPrompt::Puk);
    establish(session, PasswordRef::Puk, PasswordStatus::Ready)?;
    let response =
        session.commit_on_reader(&super::unblock::unblock_command(), PendingCheck::Unblock)?;
    super::unblock::outcome(response.sw)
}

/// EstablishPACEChannel with `password` typed on the pad.
fn establish<T: CardTransport>(
    session: &mut CardSession<T>,
    password: PasswordRef,
    status_before: PasswordStatus,
) -> Result<(), WorkflowError> {
    let malformed = |error: part10::Malformed| WorkflowError::CardError {
        outcome: ChangeOutcome::NotChanged,
        detail: error.to_string(),
    };
    let input = EstablishInput::on_pin_pad(password)
        .to_bytes()
        .map_err(malformed)?;
    let command = part10::pace_command(part10::FUNCTION_ESTABLISH, &input).map_err(malformed)?;
    let answer = session.pin_pad_control(|codes| codes.execute_pace, &command)?;
    let (result, _output) = part10::split_pace_answer(&answer).map_err(malformed)?;
    match result {
        ResultCode::OK => Ok(()),
        ResultCode::CANCELLED => Err(WorkflowError::PinPad(PadStop::Cancelled)),
        ResultCode::TIMEOUT => Err(WorkflowError::PinPad(PadStop::TimedOut)),
        failed => match reader_result::pace_error(failed, status_before) {
            Some(error) => Err(from_pace(error, password)),
            None => Ok(()),
        },
    }
}
