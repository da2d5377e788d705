//! German texts for staff: what happened and what comes next.

use eid::pin_rules::{PasswordKind, PinRule};
use eid::workflows::{CardStatus, ChangeOutcome, PinOutcome, PinState, WorkflowError};

/// "noch 1 Versuch" / "noch 2 Versuche".
fn tries(count: u8) -> String {
    match count {
        1 => "noch 1 Versuch".to_owned(),
        count => format!("noch {count} Versuche"),
    }
}

/// What a wrong PIN means for the next step.
fn after_wrong_pin(tries_left: u8) -> String {
    match tries_left {
        0 => "PIN falsch – die PIN ist jetzt gesperrt; als Nächstes wird die PUK aus dem PIN-Brief benötigt (bk eid unblock).".to_owned(),
        1 => "PIN falsch – noch 1 Versuch; als Nächstes wird die CAN benötigt (bk eid resume: erst CAN, dann PIN).".to_owned(),
        count => format!("PIN falsch – {}. Bitte die PIN erneut eingeben.", tries(count)),
    }
}

fn outcome(outcome: ChangeOutcome) -> &'static str {
    match outcome {
        ChangeOutcome::NotChanged => "Auf der Karte wurde nichts geändert.",
        ChangeOutcome::Unknown(_) => {
            "Der Befehl war schon an die Karte gesendet – ob er wirkte, ist noch unbekannt."
        }
    }
}

fn rule(rule: PinRule) -> &'static str {
    match rule {
        PinRule::Length => "Die neue PIN muss genau 6 Ziffern haben.",
        PinRule::Digits => "Die neue PIN darf nur Ziffern enthalten.",
        PinRule::AllSame => "Die neue PIN darf nicht aus sechs gleichen Ziffern bestehen.",
        PinRule::Sequence => {
            "Die neue PIN darf keine einfache auf- oder absteigende Zahlenfolge sein."
        }
    }
}

fn format(kind: PasswordKind) -> &'static str {
    match kind {
        PasswordKind::TransportPin => "Die Transport-PIN hat genau 5 Ziffern. Nichts wurde an die Karte gesendet.",
        PasswordKind::Pin => "Die PIN hat genau 6 Ziffern. Nichts wurde an die Karte gesendet.",
        PasswordKind::Can => "Die CAN hat genau 6 Ziffern (vorne rechts unten auf dem Ausweis). Nichts wurde an die Karte gesendet.",
        PasswordKind::Puk => "Die PUK hat genau 10 Ziffern (im PIN-Brief). Nichts wurde an die Karte gesendet.",
    }
}

/// The message for a failed workflow.
pub fn error(error: &WorkflowError) -> String {
    match error {
        WorkflowError::ServiceNotRunning => "Der Chipkartendienst (pcscd) läuft nicht. Bitte pcscd starten und erneut versuchen.".to_owned(),
        WorkflowError::NoReader => "Kein Kartenleser angeschlossen. Bitte einen Kartenleser anschließen.".to_owned(),
        WorkflowError::ReaderGone { outcome: change } => format!("Der Kartenleser ist nicht (mehr) da (bk eid readers zeigt alle). {}", outcome(*change)),
        WorkflowError::NoCard => "Keine Karte auf dem Kartenleser. Bitte den Ausweis auflegen.".to_owned(),
        WorkflowError::SeveralEidCards { readers } => format!(
            "Mehrere Kartenleser mit Ausweis: {}. Bitte mit --reader NAME einen wählen.",
            readers.join(", ")
        ),
        WorkflowError::NotEidCard => "Die aufgelegte Karte ist kein Ausweis mit Online-Ausweisfunktion (kein EF.CardAccess mit PACE).".to_owned(),
        WorkflowError::PinWrong { tries_left } => after_wrong_pin(*tries_left),
        WorkflowError::CanNeeded => "Die PIN ist ausgesetzt (noch 1 Versuch). Als Nächstes wird die CAN benötigt: bk eid resume (erst CAN, dann PIN).".to_owned(),
        WorkflowError::CanWrong => "CAN falsch. Die CAN steht vorne rechts unten auf dem Ausweis; bitte erneut eingeben.".to_owned(),
        WorkflowError::PukNeeded => "Die PIN ist gesperrt. Als Nächstes wird die PUK aus dem PIN-Brief benötigt: bk eid unblock.".to_owned(),
        WorkflowError::PukWrong => "PUK falsch. Bitte die 10-stellige PUK aus dem PIN-Brief erneut eingeben.".to_owned(),
        WorkflowError::PukUsedUp => "Die PUK ist verbraucht (zehnmal benutzt). Entsperren kann jetzt nur noch das Bürgeramt (PIN-Rücksetzbrief).".to_owned(),
        WorkflowError::Deactivated => "Die Online-Ausweisfunktion dieser Karte ist ausgeschaltet. Einschalten kann sie das Bürgeramt.".to_owned(),
        WorkflowError::PinNotBlocked => "Die PIN ist nicht gesperrt – Entsperren ist nicht nötig, die PUK wurde nicht benutzt.".to_owned(),
        WorkflowError::CardRemoved { outcome: change } => format!("Die Karte wurde entfernt. {}", outcome(*change)),
        WorkflowError::NewPinRule(broken) => format!("{} Nichts wurde an die Karte gesendet.", rule(*broken)),
        WorkflowError::Format(error) => format(error.kind).to_owned(),
        WorkflowError::CardError { outcome: change, detail } => {
            format!("Die Karte hat unerwartet geantwortet ({detail}). {}", outcome(*change))
        }
    }
}

/// The message for a finished workflow.
pub fn success(outcome: PinOutcome) -> &'static str {
    match outcome {
        PinOutcome::Changed => "PIN geändert. Die neue PIN gilt ab sofort für die Online-Ausweisfunktion.",
        PinOutcome::Unblocked => "PIN entsperrt: 3 Versuche. Die PIN ist dieselbe wie vorher; eine neue PIN setzt bk eid change-pin (mit der aktuellen PIN). Wer die PIN vergessen hat, bekommt beim Bürgeramt einen PIN-Rücksetzbrief.",
        PinOutcome::Resumed => "PIN wieder nutzbar: 3 Versuche.",
    }
}

/// One line on the PIN state.
pub fn status(status: &CardStatus) -> String {
    let tries_left = status.pin_tries_left.unwrap_or(0);
    let state = match status.pin {
        PinState::Ready | PinState::TwoLeft => format!("PIN nutzbar, {}.", tries(tries_left)),
        PinState::Suspended => {
            "PIN ausgesetzt (noch 1 Versuch): zuerst CAN, dann PIN (bk eid resume).".to_owned()
        }
        PinState::Blocked => "PIN gesperrt: PUK nötig (bk eid unblock).".to_owned(),
        PinState::Deactivated => "Online-Ausweisfunktion ausgeschaltet: Bürgeramt.".to_owned(),
    };
    match status.transport_pin {
        Some(true) => format!("{state} Die Karte meldet: noch die Transport-PIN."),
        _ => state,
    }
}
