//! Staff texts of the card desk's results from the Fluent catalogue: a finished
//! workflow and the card's PIN state (errors: [`super::errors::message`]).

use eid::workflows::{CardStatus, PinOutcome, PinState};

use crate::messages::german;

/// What a finished workflow means for the citizen.
pub fn success(outcome: PinOutcome) -> String {
    german(
        match outcome {
            PinOutcome::Changed => "card-changed",
            PinOutcome::Unblocked => "card-unblocked",
            PinOutcome::Resumed => "card-resumed",
        },
        &[],
    )
}

/// One line on the PIN state.
pub fn status(status: &CardStatus) -> String {
    let state = match status.pin {
        PinState::Ready | PinState::TwoLeft => german(
            "card-status-usable",
            &[("tries", status.pin_tries_left.unwrap_or(0).into())],
        ),
        PinState::Suspended => german("card-status-suspended", &[]),
        PinState::Blocked => german("card-status-blocked", &[]),
        PinState::Deactivated => german("card-status-deactivated", &[]),
    };
    match status.transport_pin {
        Some(true) => format!("{state} {}", german("card-status-transport-pin", &[])),
        _ => state,
    }
}
