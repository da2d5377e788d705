//! How a finished card workflow counts in the station's day figures: a changed PIN
//! counts `changed`; a PUK used up or a switched-off online function `referred`;
//! any other failure `failed`; unblocking and resuming are steps on the way and an
//! unknown outcome waits for its check — neither counts by itself. The kiosk and
//! `bk eid` count through here, so their figures mean the same.

use chrono::Utc;
use eid::workflows::{ChangeOutcome, CheckedOutcome, PinOutcome, WorkflowError};
use station::eid_figures::{self, EidTally};
use texts::FluentValue;

use crate::messages::german;
use crate::station::Station;

/// The tally of a workflow's result, if it counts.
pub fn tally(result: &Result<PinOutcome, WorkflowError>) -> Option<EidTally> {
    match result {
        Ok(PinOutcome::Changed) => Some(EidTally::Changed),
        Ok(PinOutcome::Unblocked | PinOutcome::Resumed) => None,
        Err(error) => match (error, error.outcome()) {
            (_, ChangeOutcome::Unknown(_)) => None,
            (WorkflowError::PukUsedUp | WorkflowError::Deactivated, _) => Some(EidTally::Referred),
            _ => Some(EidTally::Failed),
        },
    }
}

/// The tally of a checked unknown outcome: done counts as its outcome, not done as failed.
pub fn checked_tally(checked: &CheckedOutcome) -> Option<EidTally> {
    match checked {
        CheckedOutcome::Done(outcome) => tally(&Ok(*outcome)),
        CheckedOutcome::NotDone(_) => Some(EidTally::Failed),
    }
}

/// Records `tally` at `station`. The card's outcome is what the citizen must learn, so
/// a count that cannot be stored is reported on stderr, never turned into a failure.
pub fn record(station: Option<&Station>, tally: Option<EidTally>) {
    let (Some(station), Some(tally)) = (station, tally) else {
        return;
    };
    if let Err(error) = eid_figures::record(&station.store(), tally, Utc::now()) {
        eprintln!(
            "{}",
            german(
                "card-figures-not-counted",
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
    fn only_results_count_steps_and_unknowns_do_not() {
        assert_eq!(tally(&Ok(PinOutcome::Changed)), Some(EidTally::Changed));
        assert_eq!(tally(&Ok(PinOutcome::Unblocked)), None);
        assert_eq!(tally(&Ok(PinOutcome::Resumed)), None);
        assert_eq!(
            tally(&Err(WorkflowError::PukUsedUp)),
            Some(EidTally::Referred)
        );
        assert_eq!(
            tally(&Err(WorkflowError::Deactivated)),
            Some(EidTally::Referred)
        );
        assert_eq!(
            tally(&Err(WorkflowError::PinWrong { tries_left: 2 })),
            Some(EidTally::Failed)
        );
        let unknown = WorkflowError::CardRemoved {
            outcome: ChangeOutcome::Unknown(PendingCheck::Unblock),
        };
        assert_eq!(tally(&Err(unknown)), None);
    }
}
