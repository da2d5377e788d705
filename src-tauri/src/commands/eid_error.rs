//! eID workflow errors as command errors: the code of docs/ipc.md ("Online-Ausweis &
//! PIN"), its fields (`triesLeft`, `outcome`, `rule`) and a German message for staff and
//! logs. The eid crate's errors never hold a secret, and neither does anything here.

use super::CommandError;
use eid::pin_rules::PinRule;
use eid::workflows::WorkflowError;

impl From<WorkflowError> for CommandError {
    fn from(error: WorkflowError) -> Self {
        let code = match &error {
            // The UI checks lengths itself; a wrong one is an argument we cannot take.
            WorkflowError::Format(_) => "invalid_input",
            other => other.ipc_code(),
        };
        let mut command_error = CommandError::new(code, german_message(&error));
        match &error {
            WorkflowError::PinWrong { tries_left } => {
                command_error.tries_left = Some(u32::from(*tries_left));
            }
            WorkflowError::CardRemoved { outcome } | WorkflowError::ReaderGone { outcome } => {
                command_error.outcome = Some(outcome.code());
            }
            WorkflowError::NewPinRule(rule) => command_error.rule = Some(rule.code()),
            _ => {}
        }
        command_error
    }
}

impl From<PinRule> for CommandError {
    fn from(rule: PinRule) -> Self {
        CommandError::from(WorkflowError::NewPinRule(rule))
    }
}

fn german_message(error: &WorkflowError) -> String {
    let outcome = |outcome: &eid::workflows::ChangeOutcome| match outcome {
        eid::workflows::ChangeOutcome::NotChanged => "Auf der Karte wurde nichts geändert.",
        eid::workflows::ChangeOutcome::Unknown(_) => {
            "Ob die Änderung auf der Karte angekommen ist, ist unbekannt."
        }
    };
    match error {
        WorkflowError::ServiceNotRunning => {
            "Der Chipkartendienst (pcscd) läuft nicht: Kein Kartenleser erreichbar.".into()
        }
        WorkflowError::NoReader => "Kein Kartenleser angeschlossen.".into(),
        WorkflowError::ReaderGone { outcome: o } => {
            format!("Der Kartenleser ist nicht mehr da. {}", outcome(o))
        }
        WorkflowError::NoCard => "Auf dem Kartenleser liegt keine Karte.".into(),
        WorkflowError::SeveralEidCards { readers } => format!(
            "Mehrere Kartenleser tragen einen Ausweis ({}); bitte nur einen auflegen.",
            readers.join(", ")
        ),
        WorkflowError::NotEidCard => {
            "Die Karte ist kein Ausweis mit Online-Funktion (kein EF.CardAccess mit PACE).".into()
        }
        WorkflowError::PinWrong { tries_left } => {
            format!("Die PIN war falsch; noch {tries_left} Versuch(e).")
        }
        WorkflowError::CanNeeded => {
            "Die PIN ist vorläufig gesperrt: Zuerst die Zugangsnummer (CAN) eingeben.".into()
        }
        WorkflowError::CanWrong => "Die Zugangsnummer (CAN) war falsch.".into(),
        WorkflowError::PukNeeded => "Die PIN ist gesperrt: Nur die PUK entsperrt sie.".into(),
        WorkflowError::PukWrong => "Die PUK war falsch.".into(),
        WorkflowError::PukUsedUp => {
            "Die PUK ist verbraucht: Die Karte muss im Bürgeramt entsperrt werden.".into()
        }
        WorkflowError::Deactivated => "Die Online-Ausweisfunktion ist ausgeschaltet.".into(),
        WorkflowError::PinNotBlocked => {
            "Die PIN ist nicht gesperrt; die PUK wurde nicht verwendet.".into()
        }
        WorkflowError::CardRemoved { outcome: o } => {
            format!("Die Karte wurde vom Leser genommen. {}", outcome(o))
        }
        WorkflowError::NewPinRule(rule) => format!(
            "Die neue PIN ist nicht erlaubt: {}.",
            match rule {
                PinRule::Length => "genau 6 Ziffern nötig",
                PinRule::Digits => "nur Ziffern erlaubt",
                PinRule::AllSame => "nicht sechsmal dieselbe Ziffer",
                PinRule::Sequence => "keine aufsteigende oder absteigende Folge",
            }
        ),
        WorkflowError::Format(_) => "Eine eingegebene Nummer hat die falsche Länge.".into(),
        WorkflowError::CardError { outcome: o, detail } => {
            format!("Die Karte antwortete unerwartet: {detail}. {}", outcome(o))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eid::workflows::{ChangeOutcome, PendingCheck};
    use serde_json::json;

    fn as_json(error: WorkflowError) -> serde_json::Value {
        serde_json::to_value(CommandError::from(error)).unwrap()
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
        let format = eid::pin_rules::check_format(
            eid::pin_rules::PasswordKind::Puk,
            &eid::secret::Secret::new("12".into()),
        )
        .unwrap_err();
        assert_eq!(
            as_json(WorkflowError::Format(format))["code"],
            "invalid_input"
        );
    }
}
