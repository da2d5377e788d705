//! `bk eid …`: the PIN workflows of the kiosk for staff and scripts — list
//! readers, show the card's state, change the PIN (also from the Transport
//! PIN), resume a suspended PIN with the CAN, unblock with the PUK, and check
//! whether a PIN holds.
//!
//! Secrets come from the terminal without echo or, when stdin is not a
//! terminal, one per line in the order asked (see [`secrets`]). Exit code 0
//! only on success, 1 when it failed and nothing changed, 3 when the outcome
//! stayed unknown (card pulled after the change was sent and not put back).

mod messages;
mod secrets;

use std::time::{Duration, Instant};

use clap::Subcommand;
use eid::pin_rules::check_new_pin;
use eid::reader_watch::{find_eid_reader, survey, CardPresence};
use eid::secret::Secret;
use eid::transport::pcsc::PcscContext;
use eid::workflows::{
    self, CardSession, ChangeOutcome, ChangePinRequest, CheckedOutcome, PendingCheck, PinOutcome,
    PinState, WorkflowError,
};
use serde_json::json;

use crate::output::{self, Failure};
use secrets::{InputError, SecretInput};

/// How often to look for the card again while waiting for it.
const CARD_POLL: Duration = Duration::from_millis(300);

/// Befehle für den Ausweis (Online-Ausweisfunktion und PIN).
#[derive(Debug, Subcommand)]
pub enum EidCommand {
    /// Kartenleser und was auf ihnen liegt anzeigen.
    Readers {
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Zustand der Karte: Art, PIN-Versuche, ausgesetzt, gesperrt, ausgeschaltet.
    Status {
        #[command(flatten)]
        reader: ReaderArg,
        /// Ausgabe als JSON (card, pin_tries_left, state …).
        #[arg(long)]
        json: bool,
    },
    /// PIN ändern: erst aktuelle PIN, dann neue PIN.
    ChangePin {
        #[command(flatten)]
        reader: ReaderArg,
        /// Die aktuelle PIN ist die 5-stellige Transport-PIN aus dem Brief.
        #[arg(long)]
        transport: bool,
        #[command(flatten)]
        recheck: RecheckArg,
    },
    /// Ausgesetzte PIN fortsetzen: erst CAN, dann PIN.
    Resume {
        #[command(flatten)]
        reader: ReaderArg,
        #[command(flatten)]
        recheck: RecheckArg,
    },
    /// Gesperrte PIN mit der PUK entsperren.
    Unblock {
        #[command(flatten)]
        reader: ReaderArg,
        #[command(flatten)]
        recheck: RecheckArg,
    },
    /// Prüfen, ob eine PIN gilt (eine PIN, die nicht gilt, kostet einen Versuch).
    CheckPin {
        #[command(flatten)]
        reader: ReaderArg,
    },
}

/// `--reader NAME`.
#[derive(Debug, clap::Args)]
pub struct ReaderArg {
    /// Kartenleser (Name wie in `bk eid readers`). Ohne Angabe: der eine Leser mit Ausweis.
    #[arg(long, value_name = "NAME")]
    reader: Option<String>,
}

/// `--recheck-seconds N`.
#[derive(Debug, clap::Args)]
pub struct RecheckArg {
    /// Wird die Karte nach dem Senden der Änderung entfernt: so lange auf sie
    /// warten und dann prüfen, ob die Änderung wirkte (0: nicht warten).
    #[arg(long, default_value_t = 60, value_name = "SEKUNDEN")]
    recheck_seconds: u64,
}

/// Why `bk eid` failed: the German message and whether the outcome is unknown.
#[derive(Debug)]
pub struct EidFailure {
    /// What happened and what comes next.
    pub message: String,
    /// The change may or may not have happened (exit code 3).
    pub unknown: bool,
}

fn failed(message: String) -> Failure {
    Failure::Eid(EidFailure {
        message,
        unknown: false,
    })
}

impl From<WorkflowError> for Failure {
    fn from(error: WorkflowError) -> Self {
        Failure::Eid(EidFailure {
            message: messages::error(&error),
            unknown: matches!(error.outcome(), ChangeOutcome::Unknown(_)),
        })
    }
}

impl From<InputError> for Failure {
    fn from(error: InputError) -> Self {
        failed(match error {
            InputError::Missing(what) => {
                format!("Eingabe fehlt: {what}. Nichts wurde an die Karte gesendet.")
            }
            InputError::Io(error) => format!("Eingabe nicht lesbar: {error}"),
        })
    }
}

/// Runs one `bk eid` command.
pub fn run(command: EidCommand) -> Result<(), Failure> {
    let context = PcscContext::establish().map_err(WorkflowError::from)?;
    let input = SecretInput::from_stdin();
    match command {
        EidCommand::Readers { json } => readers(&context, json),
        EidCommand::Status { reader, json } => status(&context, reader, json),
        EidCommand::ChangePin {
            reader,
            transport,
            recheck,
        } => change_pin(&context, &input, reader, transport, recheck),
        EidCommand::Resume { reader, recheck } => resume(&context, &input, reader, recheck),
        EidCommand::Unblock { reader, recheck } => unblock(&context, &input, reader, recheck),
        EidCommand::CheckPin { reader } => check_pin(&context, &input, reader),
    }
}

fn card_word(card: CardPresence) -> &'static str {
    match card {
        CardPresence::None => "keine Karte",
        CardPresence::Eid => "Ausweis (eID-Karte)",
        CardPresence::Other => "andere Karte (kein Ausweis)",
    }
}

fn readers(context: &PcscContext, json: bool) -> Result<(), Failure> {
    let found = survey(context)?;
    if json {
        let readers: Vec<_> = found
            .iter()
            .map(|(name, card)| json!({ "name": name, "card": card.code() }))
            .collect();
        return output::json(&json!({ "readers": readers }));
    }
    if found.is_empty() {
        return output::line("Kein Kartenleser angeschlossen.");
    }
    for (name, card) in &found {
        output::line(format!("{name}: {}", card_word(*card)))?;
    }
    Ok(())
}

/// The reader and a session on its card.
fn open(
    context: &PcscContext,
    reader: &ReaderArg,
) -> Result<(String, CardSession<eid::transport::pcsc::PcscReader>), Failure> {
    let name = find_eid_reader(context, reader.reader.as_deref())?;
    let session = CardSession::connect(context, &name)?;
    Ok((name, session))
}

fn status(context: &PcscContext, reader: ReaderArg, json: bool) -> Result<(), Failure> {
    let (name, mut session) = open(context, &reader)?;
    let status = workflows::card_status(&mut session)?;
    if json {
        let state = match status.pin {
            PinState::Ready | PinState::TwoLeft => "ok",
            other => other.code(),
        };
        return output::json(&json!({
            "reader": name,
            "card": CardPresence::Eid.code(),
            "pin_tries_left": status.pin_tries_left,
            "state": state,
            "pin_state": status.pin.code(),
            "transport_pin": status.transport_pin,
            "puk_used_up": status.puk_used_up,
            "pace": status.card.pace,
            "curve": status.card.curve,
            "parameter_id": status.card.parameter_id,
        }));
    }
    output::line(format!("Kartenleser: {name}"))?;
    output::line(format!(
        "Karte: {} – {}, {}",
        status.card.description, status.card.pace, status.card.curve
    ))?;
    output::line(messages::status(&status))
}

fn change_pin(
    context: &PcscContext,
    input: &SecretInput,
    reader: ReaderArg,
    transport: bool,
    recheck: RecheckArg,
) -> Result<(), Failure> {
    let (name, mut session) = open(context, &reader)?;
    let current = input.read(if transport {
        "Transport-PIN (5 Ziffern)"
    } else {
        "Aktuelle PIN (6 Ziffern)"
    })?;
    let new_pin = input.read("Neue PIN (6 Ziffern)")?;
    check_new_pin(&new_pin).map_err(WorkflowError::from)?;
    if input.is_terminal() {
        let repeated = input.read("Neue PIN wiederholen")?;
        if repeated.expose() != new_pin.expose() {
            return Err(failed(
                "Die beiden Eingaben der neuen PIN stimmen nicht überein. Nichts wurde an die Karte gesendet."
                    .to_owned(),
            ));
        }
    }
    let request = ChangePinRequest {
        current: &current,
        transport,
        new_pin: &new_pin,
        can: None,
    };
    let result = workflows::change_pin(&mut session, &request);
    drop(session);
    finish(context, &name, result, Some(&new_pin), recheck)
}

fn resume(
    context: &PcscContext,
    input: &SecretInput,
    reader: ReaderArg,
    recheck: RecheckArg,
) -> Result<(), Failure> {
    let (name, mut session) = open(context, &reader)?;
    let can = input.read("CAN (6 Ziffern, vorne rechts unten auf dem Ausweis)")?;
    let pin = input.read("PIN (6 Ziffern)")?;
    let result = workflows::resume_pin(&mut session, &can, &pin);
    drop(session);
    finish(context, &name, result, None, recheck)
}

fn unblock(
    context: &PcscContext,
    input: &SecretInput,
    reader: ReaderArg,
    recheck: RecheckArg,
) -> Result<(), Failure> {
    let (name, mut session) = open(context, &reader)?;
    let puk = input.read("PUK (10 Ziffern, aus dem PIN-Brief)")?;
    let result = workflows::unblock_pin(&mut session, &puk);
    drop(session);
    finish(context, &name, result, None, recheck)
}

fn check_pin(context: &PcscContext, input: &SecretInput, reader: ReaderArg) -> Result<(), Failure> {
    let (_, mut session) = open(context, &reader)?;
    let pin = input.read("PIN (6 Ziffern)")?;
    let pending = PendingCheck::NewPin {
        initial_pin_before: false,
    };
    match workflows::check_outcome(&mut session, pending, Some(&pin))? {
        CheckedOutcome::Done(_) => output::line("Die PIN gilt."),
        CheckedOutcome::NotDone(status) => Err(failed(format!(
            "Die PIN gilt nicht. {}",
            messages::status(&status)
        ))),
    }
}

/// Prints the result; an unknown outcome is checked once the card is back.
fn finish(
    context: &PcscContext,
    reader: &str,
    result: Result<PinOutcome, WorkflowError>,
    new_pin: Option<&Secret>,
    recheck: RecheckArg,
) -> Result<(), Failure> {
    match result {
        Ok(outcome) => output::line(messages::success(outcome)),
        Err(error) => match error.outcome() {
            ChangeOutcome::Unknown(pending) if recheck.recheck_seconds > 0 => {
                eprintln!("{}", messages::error(&error));
                eprintln!(
                    "Bitte die Karte wieder auflegen – dann wird geprüft, ob die Änderung wirkte (bis zu {} s).",
                    recheck.recheck_seconds
                );
                let deadline = Instant::now() + Duration::from_secs(recheck.recheck_seconds);
                check_when_back(context, reader, pending, new_pin, deadline)
            }
            ChangeOutcome::Unknown(pending) => Err(unknown(&messages::error(&error), pending)),
            ChangeOutcome::NotChanged => Err(error.into()),
        },
    }
}

/// Waits for the card on `reader` until `deadline`, then checks `pending`.
fn check_when_back(
    context: &PcscContext,
    reader: &str,
    pending: PendingCheck,
    new_pin: Option<&Secret>,
    deadline: Instant,
) -> Result<(), Failure> {
    loop {
        match CardSession::connect(context, reader) {
            Ok(mut session) => {
                return match workflows::check_outcome(&mut session, pending, new_pin)? {
                    CheckedOutcome::Done(outcome) => {
                        output::line(format!("Geprüft: {}", messages::success(outcome)))
                    }
                    CheckedOutcome::NotDone(status) => Err(failed(format!(
                        "Geprüft: Die Änderung wirkte nicht; es gilt alles wie vorher. {}",
                        messages::status(&status)
                    ))),
                };
            }
            Err(WorkflowError::NoCard | WorkflowError::CardRemoved { .. })
                if Instant::now() < deadline =>
            {
                std::thread::sleep(CARD_POLL);
            }
            Err(WorkflowError::NoCard | WorkflowError::CardRemoved { .. }) => {
                return Err(unknown("Die Karte kam nicht zurück.", pending));
            }
            Err(other) => return Err(unknown(&messages::error(&other), pending)),
        }
    }
}

/// An unknown outcome and how staff can learn the truth.
fn unknown(what: &str, pending: PendingCheck) -> Failure {
    let how = match pending {
        PendingCheck::NewPin {
            initial_pin_before: true,
        } => "Prüfen: Karte auflegen und bk eid status – meldet die Karte noch die Transport-PIN, wurde nichts geändert.",
        PendingCheck::NewPin { .. } => "Prüfen: Karte auflegen und bk eid check-pin mit der neuen PIN (gilt sie nicht, kostet das einen Versuch; die bisherige PIN gilt dann weiter).",
        PendingCheck::Unblock => "Prüfen: Karte auflegen und bk eid status – ist die PIN noch gesperrt, wurde nicht entsperrt.",
        PendingCheck::Resume => "Prüfen: Karte auflegen und bk eid status – ist die PIN noch ausgesetzt, wurde nicht fortgesetzt.",
    };
    Failure::Eid(EidFailure {
        message: format!("{what} Ergebnis unbekannt. {how}"),
        unknown: true,
    })
}
