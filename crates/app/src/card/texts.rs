//! Staff texts of the card desk's results from the Fluent catalogue: a finished
//! workflow and the card's PIN state (errors: [`super::errors::message`]).

use eid::workflows::{CardStatus, PinOutcome, PinState};

use crate::messages::german;

/// What a finished workflow means for the citizen.
pub fn success(outcome: PinOutcome) -> String {
    german(
        match outcome {
            PinOutcome::Changed => "staff-eid-changed",
            PinOutcome::Unblocked => "staff-eid-unblocked",
            PinOutcome::Resumed => "staff-eid-resumed",
        },
        &[],
    )
}

/// One line on the PIN state.
pub fn status(status: &CardStatus) -> String {
    let state = match status.pin {
        PinState::Ready | PinState::TwoLeft => german(
            "staff-eid-status-usable",
            &[("tries", status.pin_tries_left.unwrap_or(0).into())],
        ),
        PinState::Suspended => german("staff-eid-status-suspended", &[]),
        PinState::Blocked => german("staff-eid-status-blocked", &[]),
        PinState::Deactivated => german("staff-eid-status-deactivated", &[]),
    };
    match status.transport_pin {
        Some(true) => format!("{state} {}", german("staff-eid-status-transport-pin", &[])),
        _ => state,
    }
}
