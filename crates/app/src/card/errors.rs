//! Card workflow errors as the app's errors: the stable code of docs/ipc.md
//! ("Online-Ausweis & PIN"), the details (`triesLeft`, `outcome`, `rule`) and the
//! staff text from the Fluent catalogue. The eid crate's errors never hold a secret,
//! and neither does anything here.

use eid::pin_rules::{PasswordKind, PinRule};
use eid::workflows::{ChangeOutcome, PadStop, WorkflowError};
use texts::FluentValue;

use crate::error::AppError;
use crate::messages::german;

/// The stable code of a workflow error.
pub fn code(error: &WorkflowError) -> &'static str {
    match error {
        WorkflowError::ServiceNotRunning | WorkflowError::NoReader => "eid_no_reader",
        WorkflowError::ReaderGone { .. } => "eid_reader_gone",
        WorkflowError::NoCard => "eid_no_card",
        WorkflowError::SeveralEidCards { .. } => "eid_several_cards",
        WorkflowError::NotEidCard => "eid_not_eid_card",
        WorkflowError::PinWrong { .. } => "eid_pin_wrong",
        WorkflowError::CanNeeded => "eid_can_needed",
        WorkflowError::CanWrong => "eid_can_wrong",
        WorkflowError::PukNeeded => "eid_puk_needed",
        WorkflowError::PukWrong => "eid_puk_wrong",
        WorkflowError::PukUsedUp => "eid_puk_used_up",
        WorkflowError::Deactivated => "eid_deactivated",
        WorkflowError::PinNotBlocked => "eid_pin_not_blocked",
        WorkflowError::CardRemoved { .. } => "eid_card_removed",
        WorkflowError::NewPinRule(_) => "eid_new_pin_rule",
        // The UI checks lengths itself; a wrong one is an argument it cannot send.
        WorkflowError::Format(_) => "invalid_input",
        WorkflowError::PinPad(PadStop::Cancelled) => "eid_pin_pad_cancelled",
        WorkflowError::PinPad(PadStop::TimedOut) => "eid_pin_pad_timed_out",
        WorkflowError::PinPad(PadStop::Mismatch) => "eid_pin_pad_mismatch",
        WorkflowError::PinPad(PadStop::WrongLength) => "eid_pin_pad_wrong_length",
        WorkflowError::CardError { .. } => "eid_card_error",
    }
}

/// The German staff text of an outcome.
fn outcome_text(outcome: ChangeOutcome) -> String {
    german(
        match outcome {
            ChangeOutcome::NotChanged => "card-outcome-not-changed",
            ChangeOutcome::Unknown(_) => "card-outcome-unknown",
        },
        &[],
    )
}

/// The Fluent id of a broken new-PIN rule.
fn rule_id(rule: PinRule) -> &'static str {
    match rule {
        PinRule::Length => "card-rule-length",
        PinRule::Digits => "card-rule-digits",
        PinRule::AllSame => "card-rule-all-same",
        PinRule::Sequence => "card-rule-sequence",
    }
}

/// What happened and what comes next, in German, for staff and `bk`.
pub fn message(error: &WorkflowError) -> String {
    let outcome = |change: &ChangeOutcome| FluentValue::from(outcome_text(*change));
    match error {
        WorkflowError::ServiceNotRunning => german("card-service-not-running", &[]),
        WorkflowError::NoReader => german("card-no-reader", &[]),
        WorkflowError::ReaderGone { outcome: change } => {
            german("card-reader-gone", &[("outcome", outcome(change))])
        }
        WorkflowError::NoCard => german("card-no-card", &[]),
        WorkflowError::SeveralEidCards { readers } => german(
            "card-several-cards",
            &[("readers", readers.join(", ").into())],
        ),
        WorkflowError::NotEidCard => german("card-not-eid-card", &[]),
        WorkflowError::PinWrong { tries_left } => {
            german("card-pin-wrong", &[("tries", (*tries_left).into())])
        }
        WorkflowError::CanNeeded => german("card-can-needed", &[]),
        WorkflowError::CanWrong => german("card-can-wrong", &[]),
        WorkflowError::PukNeeded => german("card-puk-needed", &[]),
        WorkflowError::PukWrong => german("card-puk-wrong", &[]),
        WorkflowError::PukUsedUp => german("card-puk-used-up", &[]),
        WorkflowError::Deactivated => german("card-deactivated", &[]),
        WorkflowError::PinNotBlocked => german("card-pin-not-blocked", &[]),
        WorkflowError::CardRemoved { outcome: change } => {
            german("card-card-removed", &[("outcome", outcome(change))])
        }
        WorkflowError::NewPinRule(rule) => german(rule_id(*rule), &[]),
        WorkflowError::Format(format) => german(
            match format.kind {
                PasswordKind::TransportPin => "card-format-transport-pin",
                PasswordKind::Pin => "card-format-pin",
                PasswordKind::Can => "card-format-can",
                PasswordKind::Puk => "card-format-puk",
            },
            &[],
        ),
        WorkflowError::PinPad(stop) => german(
            match stop {
                PadStop::Cancelled => "card-pin-pad-cancelled",
                PadStop::TimedOut => "card-pin-pad-timed-out",
                PadStop::Mismatch => "card-pin-pad-mismatch",
                PadStop::WrongLength => "card-pin-pad-wrong-length",
            },
            &[],
        ),
        WorkflowError::CardError {
            outcome: change,
            detail,
        } => german(
            "card-card-error",
            &[
                ("detail", detail.clone().into()),
                ("outcome", outcome(change)),
            ],
        ),
    }
}

impl From<WorkflowError> for AppError {
    fn from(error: WorkflowError) -> Self {
        let mut app_error = AppError::new(code(&error), message(&error));
        match &error {
            WorkflowError::PinWrong { tries_left } => {
                app_error.tries_left = Some(u32::from(*tries_left));
            }
            WorkflowError::CardRemoved { outcome }
            | WorkflowError::ReaderGone { outcome }
            | WorkflowError::CardError { outcome, .. } => {
                app_error.outcome = Some(outcome.code());
            }
            WorkflowError::NewPinRule(rule) => app_error.rule = Some(rule.code()),
            _ => {}
        }
        app_error
    }
}

impl From<PinRule> for AppError {
    fn from(rule: PinRule) -> Self {
        AppError::from(WorkflowError::NewPinRule(rule))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eid::workflows::PendingCheck;
    use serde_json::json;

    fn as_json(error: WorkflowError) -> serde_json::Value {
        serde_json::to_value(AppError::from(error)).unwrap()
    }

    #[test]
    fn fields_sit_at_the_top_level_of_the_error() {
        let wrong = as_json(WorkflowError::PinWrong { tries_left: 2 });
        assert_eq!(wrong["code"], "eid_pin_wrong");
        assert_eq!(wrong["triesLeft"], 2);
        let removed = as_json(WorkflowError::CardRemoved {
            outcome: ChangeOutcome::Unknown(PendingCheck::Unblock),
        });
        assert_eq!(removed["code"], "eid_card_removed");
        assert_eq!(removed["outcome"], "unknown");
        let gone = as_json(WorkflowError::ReaderGone {
            outcome: ChangeOutcome::NotChanged,
        });
        assert_eq!(
            (gone["code"].clone(), gone["outcome"].clone()),
            (json!("eid_reader_gone"), json!("not_changed"))
        );
        let rule = as_json(WorkflowError::NewPinRule(PinRule::Sequence));
        assert_eq!(rule["code"], "eid_new_pin_rule");
        assert_eq!(rule["rule"], "sequence");
    }

    #[test]
    fn plain_errors_carry_code_and_german_message_only() {
        for (error, code) in [
            (WorkflowError::NoReader, "eid_no_reader"),
            (WorkflowError::ServiceNotRunning, "eid_no_reader"),
            (WorkflowError::NoCard, "eid_no_card"),
            (WorkflowError::NotEidCard, "eid_not_eid_card"),
            (WorkflowError::CanNeeded, "eid_can_needed"),
            (WorkflowError::CanWrong, "eid_can_wrong"),
            (WorkflowError::PukNeeded, "eid_puk_needed"),
            (WorkflowError::PukWrong, "eid_puk_wrong"),
            (WorkflowError::PukUsedUp, "eid_puk_used_up"),
            (WorkflowError::Deactivated, "eid_deactivated"),
        ] {
            let value = as_json(error);
            assert_eq!(value["code"], code);
            assert_eq!(value.as_object().unwrap().len(), 2, "{value}");
        }
        let card = as_json(WorkflowError::CardError {
            outcome: ChangeOutcome::NotChanged,
            detail: "PACE: status 6F00".into(),
        });
        assert_eq!(card["code"], "eid_card_error");
        assert!(card["message"].as_str().unwrap().contains("6F00"));
    }

    #[test]
    fn a_mistyped_length_is_invalid_input() {
        let format =
            eid::pin_rules::check_format(PasswordKind::Puk, &eid::secret::Secret::new("12".into()))
                .unwrap_err();
        assert_eq!(
            as_json(WorkflowError::Format(format))["code"],
            "invalid_input"
        );
    }

    #[test]
    fn every_error_has_a_catalogue_text() {
        let outcome = ChangeOutcome::Unknown(PendingCheck::Resume);
        for error in [
            WorkflowError::ServiceNotRunning,
            WorkflowError::ReaderGone { outcome },
            WorkflowError::SeveralEidCards {
                readers: vec!["A".into(), "B".into()],
            },
            WorkflowError::PinWrong { tries_left: 0 },
            WorkflowError::PinWrong { tries_left: 1 },
            WorkflowError::PinNotBlocked,
            WorkflowError::CardRemoved { outcome },
            WorkflowError::NewPinRule(PinRule::AllSame),
        ] {
            let text = message(&error);
            assert!(!text.contains("staff-eid"), "{error:?}: {text}");
            assert!(!text.contains('{'), "{error:?}: {text}");
        }
        assert!(message(&WorkflowError::SeveralEidCards {
            readers: vec!["A".into(), "B".into()]
        })
        .contains("A, B"));
    }
}
