//! How a finished card workflow counts in the station's figures: by its flow
//! (Transport PIN, PIN change, CAN, PUK) and its result — a changed PIN, or a PIN
//! usable again after the CAN or the PUK, counts `changed` (succeeded); a PUK used up
//! or a switched-off online function `referred`; any other failure `failed`; an
//! unknown outcome waits for its check; Cancel or a slip on a reader's PIN pad does
//! not count (as on the screen, where a slip never reaches the card). The kiosk and `bk eid` count through here, so
//! their figures mean the same.

use chrono::Utc;
use eid::workflows::{ChangeOutcome, CheckedOutcome, PendingCheck, PinOutcome, WorkflowError};
use station::figures;
use syncproto::figures::{PinFlow, PinResult};
use texts::FluentValue;

use crate::messages::german;
use crate::station::Station;

/// The tally of a workflow's result, if it counts.
pub fn tally(result: &Result<PinOutcome, WorkflowError>) -> Option<PinResult> {
    match result {
        Ok(PinOutcome::Changed | PinOutcome::Unblocked | PinOutcome::Resumed) => {
            Some(PinResult::Changed)
        }
        Err(error) => match (error, error.outcome()) {
            (_, ChangeOutcome::Unknown(_)) => None,
            // Cancel or a slip on the reader's pad, as one on the screen, is no attempt.
            (WorkflowError::PinPad(_), _) => None,
            (WorkflowError::PukUsedUp | WorkflowError::Deactivated, _) => Some(PinResult::Referred),
            _ => Some(PinResult::Failed),
        },
    }
}

/// The tally of a checked unknown outcome: done counts as its outcome, not done as failed.
pub fn checked_tally(checked: &CheckedOutcome) -> Option<PinResult> {
    match checked {
        CheckedOutcome::Done(outcome) => tally(&Ok(*outcome)),
        CheckedOutcome::NotDone(_) => Some(PinResult::Failed),
    }
}

/// The flow a PIN change belongs to: with the CAN (the PIN was suspended), from the
/// Transport PIN, or a change of the citizen's own PIN.
pub fn change_flow(transport: bool, with_can: bool) -> PinFlow {
    match (with_can, transport) {
        (true, _) => PinFlow::Can,
        (false, true) => PinFlow::TransportPin,
        (false, false) => PinFlow::PinChange,
    }
}

/// The flow of the workflow an outcome check finishes.
pub fn checked_flow(pending: PendingCheck) -> PinFlow {
    match pending {
        PendingCheck::NewPin { initial_pin_before } => change_flow(initial_pin_before, false),
        PendingCheck::Unblock => PinFlow::Puk,
        PendingCheck::Resume => PinFlow::Can,
    }
}

/// Records a workflow of `flow` that ended with `result` at `station`. The card's
/// outcome is what the citizen must learn, so a count that cannot be stored is
/// reported on stderr, never turned into a failure.
pub fn record(station: Option<&Station>, flow: PinFlow, result: Option<PinResult>) {
    let (Some(station), Some(result)) = (station, result) else {
        return;
    };
    if let Err(error) = figures::record_pin(&station.store(), flow, result, Utc::now()) {
        eprintln!(
            "{}",
            german(
                "figures-not-counted",
                &[("detail", FluentValue::from(error.to_string()))]
            )
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eid::workflows::PendingCheck;

    #[test]
    fn results_count_and_unknowns_wait_for_their_check() {
        assert_eq!(tally(&Ok(PinOutcome::Changed)), Some(PinResult::Changed));
        assert_eq!(tally(&Ok(PinOutcome::Unblocked)), Some(PinResult::Changed));
        assert_eq!(tally(&Ok(PinOutcome::Resumed)), Some(PinResult::Changed));
        assert_eq!(
            tally(&Err(WorkflowError::PukUsedUp)),
            Some(PinResult::Referred)
        );
        assert_eq!(
            tally(&Err(WorkflowError::Deactivated)),
            Some(PinResult::Referred)
        );
        assert_eq!(
            tally(&Err(WorkflowError::PinWrong { tries_left: 2 })),
            Some(PinResult::Failed)
        );
        let unknown = WorkflowError::CardRemoved {
            outcome: ChangeOutcome::Unknown(PendingCheck::Unblock),
        };
        assert_eq!(tally(&Err(unknown)), None);
    }
}
