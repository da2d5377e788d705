//! `bk eid …`: the PIN workflows of the kiosk for staff and scripts — list
//! readers (and which has a PIN pad), show the card's state, change the PIN
//! (also from the Transport PIN; on a reader with a PIN pad every secret is
//! typed there), resume a suspended PIN with the CAN, unblock with the PUK, and
//! check whether a PIN holds. The work is the card desk's (`app::card`), which also
//! counts each result in the station's day figures as the kiosk does.
//!
//! Secrets come from the terminal without echo or, when stdin is not a
//! terminal, one per line in the order asked (see [`crate::secrets`]). Exit code 0
//! only on success, 1 when it failed and nothing changed, 3 when the outcome
//! stayed unknown (card pulled after the change was sent and not put back).

use std::time::{Duration, Instant};

use app::card::{errors, texts};
use app::messages::german;
use app::{CardDesk, Station};
use clap::Subcommand;
use eid::pin_rules::check_new_pin;
use eid::reader_watch::{survey, CardPresence};
use eid::secret::Secret;
use eid::transport::pcsc::PcscContext;
use eid::workflows::{
    self, ChangeOutcome, ChangePinRequest, CheckedOutcome, PadPrompt, PendingCheck, PinOutcome,
    PinState, WorkflowError,
};
use serde_json::json;

use crate::context::Context;
use crate::output::{self, EidFailure, Failure};
use crate::secrets::{InputError, SecretInput};

/// The `bk eid` commands: the PIN workflows of the card desk for staff and scripts.
#[derive(Debug, Subcommand)]
pub enum EidCommand {
    /// List the card readers and what lies on them.
    #[command(about = german("bk-help-eid-readers", &[]))]
    Readers {
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Show the card's state: kind, PIN tries, suspended, blocked, deactivated.
    #[command(about = german("bk-help-eid-status", &[]))]
    Status {
        #[command(flatten)]
        reader: ReaderArg,
        /// Print JSON (`card`, `pin_tries_left`, `state` …).
        #[arg(long, help = german("bk-help-eid-status-json", &[]))]
        json: bool,
    },
    /// Change the PIN: current PIN first, then the new PIN.
    #[command(about = german("bk-help-eid-change-pin", &[]))]
    ChangePin {
        #[command(flatten)]
        reader: ReaderArg,
        /// The current PIN is the 5-digit Transport PIN from the letter.
        #[arg(long, help = german("bk-help-eid-change-pin-transport", &[]))]
        transport: bool,
        #[command(flatten)]
        recheck: RecheckArg,
    },
    /// Resume a suspended PIN: CAN first, then PIN.
    #[command(about = german("bk-help-eid-resume", &[]))]
    Resume {
        #[command(flatten)]
        reader: ReaderArg,
        #[command(flatten)]
        recheck: RecheckArg,
    },
    /// Unblock a blocked PIN with the PUK.
    #[command(about = german("bk-help-eid-unblock", &[]))]
    Unblock {
        #[command(flatten)]
        reader: ReaderArg,
        #[command(flatten)]
        recheck: RecheckArg,
    },
    /// Check whether a PIN holds (a wrong PIN costs a try).
    #[command(about = german("bk-help-eid-check-pin", &[]))]
    CheckPin {
        #[command(flatten)]
        reader: ReaderArg,
    },
}

/// The `--reader NAME` option of the `bk eid` commands.
#[derive(Debug, clap::Args)]
pub struct ReaderArg {
    /// Card reader name as listed by `bk eid readers`; default: the one reader with an eID card.
    #[arg(long, value_name = "NAME", help = german("bk-help-eid-reader", &[]))]
    reader: Option<String>,
}

/// The `--recheck-seconds N` option of the PIN-changing `bk eid` commands.
#[derive(Debug, clap::Args)]
pub struct RecheckArg {
    /// Seconds to wait for a card pulled after the change was sent, then check (0: don't wait).
    #[arg(
        long,
        default_value_t = 60,
        value_name = "SEKUNDEN",
        help = german("bk-help-eid-recheck-seconds", &[])
    )]
    recheck_seconds: u64,
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
            message: with_next_step(&error),
            unknown: matches!(error.outcome(), ChangeOutcome::Unknown(_)),
        })
    }
}

impl From<InputError> for Failure {
    fn from(error: InputError) -> Self {
        failed(match error {
            InputError::Missing(prompt) => german(
                "bk-eid-input-missing",
                &[("what", german(prompt, &[]).into())],
            ),
            InputError::Io(error) => german(
                "bk-eid-input-unreadable",
                &[("detail", error.to_string().into())],
            ),
        })
    }
}

/// The staff text of `error` and, where there is one, the `bk` command that comes next.
fn with_next_step(error: &WorkflowError) -> String {
    let next = match error {
        WorkflowError::PinWrong { tries_left: 0 } | WorkflowError::PukNeeded => {
            Some("bk-eid-next-unblock")
        }
        WorkflowError::PinWrong { tries_left: 1 } | WorkflowError::CanNeeded => {
            Some("bk-eid-next-resume")
        }
        WorkflowError::ReaderGone { .. } => Some("bk-eid-next-readers"),
        WorkflowError::SeveralEidCards { .. } => Some("bk-eid-next-choose-reader"),
        _ => None,
    };
    let text = errors::message(error);
    match next {
        Some(id) => format!("{text} {}", german(id, &[])),
        None => text,
    }
}

/// Runs one `bk eid` command.
pub fn run(context: &Context, command: EidCommand) -> Result<(), Failure> {
    let desk = CardDesk::on_demand();
    let input = SecretInput::from_stdin();
    let reader_of = |reader: &ReaderArg| reader.reader.clone();
    match command {
        EidCommand::Readers { json } => readers(json),
        EidCommand::Status { reader, json } => status(&desk, reader_of(&reader), json),
        EidCommand::ChangePin {
            reader,
            transport,
            recheck,
        } => change_pin(
            &Desk::new(context, &desk, reader_of(&reader)),
            &input,
            transport,
            recheck,
        ),
        EidCommand::Resume { reader, recheck } => resume(
            &Desk::new(context, &desk, reader_of(&reader)),
            &input,
            recheck,
        ),
        EidCommand::Unblock { reader, recheck } => unblock(
            &Desk::new(context, &desk, reader_of(&reader)),
            &input,
            recheck,
        ),
        EidCommand::CheckPin { reader } => check_pin(&desk, &input, reader_of(&reader)),
    }
}

/// The card desk with the station whose day figures count the result.
struct Desk<'a> {
    desk: &'a CardDesk,
    station: Option<Station>,
    reader: Option<String>,
}

impl<'a> Desk<'a> {
    /// Opens the station for counting; a station that cannot be opened only costs
    /// the count (said on stderr), never the PIN change.
    fn new(context: &Context, desk: &'a CardDesk, reader: Option<String>) -> Self {
        let station = context
            .station()
            .map_err(|failure| {
                eprintln!(
                    "{}",
                    german(
                        "figures-not-counted",
                        &[("detail", failure.to_string().into())]
                    )
                );
            })
            .ok();
        Desk {
            desk,
            station,
            reader,
        }
    }

    fn reader(&self) -> Option<&str> {
        self.reader.as_deref()
    }
}

fn readers(json: bool) -> Result<(), Failure> {
    let context = PcscContext::establish().map_err(WorkflowError::from)?;
    let found = survey(&context)?;
    if json {
        let readers: Vec<_> = found
            .iter()
            .map(|(name, card)| {
                let pin_pad = context.features(name).has_pin_pad();
                json!({ "name": name, "card": card.code(), "pin_pad": pin_pad })
            })
            .collect();
        return output::json(&json!({ "readers": readers }));
    }
    if found.is_empty() {
        return output::line(german("bk-eid-no-readers", &[]));
    }
    for (name, card) in &found {
        output::line(german(
            "bk-eid-reader-line",
            &[
                ("reader", name.as_str().into()),
                ("card", card.code().into()),
            ],
        ))?;
        if context.features(name).has_pin_pad() {
            output::line(german(
                "bk-eid-reader-pin-pad",
                &[("reader", name.as_str().into())],
            ))?;
        }
    }
    Ok(())
}

fn status(desk: &CardDesk, reader: Option<String>, json: bool) -> Result<(), Failure> {
    let (name, status) = desk.with_card(reader.as_deref(), |session| {
        let name = session.reader().unwrap_or_default().to_owned();
        Ok((name, workflows::card_status(session)?))
    })?;
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
    output::line(german("bk-eid-status-reader", &[("reader", name.into())]))?;
    output::line(german(
        "bk-eid-status-card",
        &[
            ("description", status.card.description.into()),
            ("pace", status.card.pace.clone().into()),
            ("curve", status.card.curve.into()),
        ],
    ))?;
    output::line(texts::status(&status))
}

fn change_pin(
    desk: &Desk<'_>,
    input: &SecretInput,
    transport: bool,
    recheck: RecheckArg,
) -> Result<(), Failure> {
    if desk.desk.has_pin_pad(desk.reader())? {
        let result = desk.desk.change_pin_on_pin_pad(
            desk.station.as_ref(),
            desk.reader(),
            transport,
            &mut |next| eprintln!("{}", german(pad_prompt(next), &[])),
        );
        return finish(desk, result, None, recheck);
    }
    let current = input.read(if transport {
        "bk-eid-prompt-transport-pin"
    } else {
        "bk-eid-prompt-pin-current"
    })?;
    let new_pin = input.read("bk-eid-prompt-new-pin")?;
    check_new_pin(&new_pin).map_err(WorkflowError::from)?;
    if input.is_terminal() {
        let repeated = input.read("bk-eid-prompt-new-pin-again")?;
        if repeated.expose() != new_pin.expose() {
            return Err(failed(german("bk-eid-retype-mismatch", &[])));
        }
    }
    let request = ChangePinRequest {
        current: &current,
        transport,
        new_pin: &new_pin,
        can: None,
    };
    let result = desk
        .desk
        .change_pin(desk.station.as_ref(), desk.reader(), &request);
    finish(desk, result, Some(&new_pin), recheck)
}

/// What to type on the reader's PIN pad now.
fn pad_prompt(next: PadPrompt) -> &'static str {
    match next {
        PadPrompt::Can => "bk-eid-pad-can",
        PadPrompt::Pin { transport: true } => "bk-eid-pad-transport-pin",
        PadPrompt::Pin { transport: false } => "bk-eid-pad-pin",
        PadPrompt::NewPin => "bk-eid-pad-new-pin",
        PadPrompt::Puk => "bk-eid-pad-puk",
        PadPrompt::CheckNewPin => "bk-eid-pad-check-new-pin",
    }
}

fn resume(desk: &Desk<'_>, input: &SecretInput, recheck: RecheckArg) -> Result<(), Failure> {
    let can = input.read("bk-eid-prompt-can")?;
    let pin = input.read("bk-eid-prompt-pin")?;
    let result = desk
        .desk
        .resume(desk.station.as_ref(), desk.reader(), &can, &pin);
    finish(desk, result, None, recheck)
}

fn unblock(desk: &Desk<'_>, input: &SecretInput, recheck: RecheckArg) -> Result<(), Failure> {
    if desk.desk.has_pin_pad(desk.reader())? {
        let result =
            desk.desk
                .unblock_on_pin_pad(desk.station.as_ref(), desk.reader(), &mut |next| {
                    eprintln!("{}", german(pad_prompt(next), &[]))
                });
        return finish(desk, result, None, recheck);
    }
    let puk = input.read("bk-eid-prompt-puk")?;
    let result = desk
        .desk
        .unblock(desk.station.as_ref(), desk.reader(), &puk);
    finish(desk, result, None, recheck)
}

fn check_pin(desk: &CardDesk, input: &SecretInput, reader: Option<String>) -> Result<(), Failure> {
    let pin = input.read("bk-eid-prompt-pin")?;
    let pending = PendingCheck::NewPin {
        initial_pin_before: false,
    };
    let checked = desk.with_card(reader.as_deref(), |session| {
        workflows::check_outcome(session, pending, Some(&pin))
    })?;
    match checked {
        CheckedOutcome::Done(_) => output::line(german("bk-eid-pin-holds", &[])),
        CheckedOutcome::NotDone(status) => Err(failed(german(
            "bk-eid-pin-does-not-hold",
            &[("status", texts::status(&status).into())],
        ))),
    }
}

/// Prints the result; an unknown outcome is checked once the card is back.
fn finish(
    desk: &Desk<'_>,
    result: Result<PinOutcome, WorkflowError>,
    new_pin: Option<&Secret>,
    recheck: RecheckArg,
) -> Result<(), Failure> {
    let error = match result {
        Ok(outcome) => return output::line(texts::success(outcome)),
        Err(error) => error,
    };
    let ChangeOutcome::Unknown(pending) = error.outcome() else {
        return Err(error.into());
    };
    let reader = desk.desk.last_reader();
    let Some(reader) = reader.filter(|_| recheck.recheck_seconds > 0) else {
        return Err(unknown(&errors::message(&error), pending));
    };
    eprintln!("{}", errors::message(&error));
    eprintln!(
        "{}",
        german(
            "bk-eid-put-card-back",
            &[("seconds", recheck.recheck_seconds.into())]
        )
    );
    let deadline = Instant::now() + Duration::from_secs(recheck.recheck_seconds);
    let checked = desk.desk.check_when_back(
        desk.station.as_ref(),
        &reader,
        pending,
        new_pin,
        deadline,
        &mut |next| eprintln!("{}", german(pad_prompt(next), &[])),
    );
    match checked {
        Ok(CheckedOutcome::Done(outcome)) => output::line(german(
            "bk-eid-checked-done",
            &[("success", texts::success(outcome).into())],
        )),
        Ok(CheckedOutcome::NotDone(status)) => Err(failed(german(
            "bk-eid-checked-not-done",
            &[("status", texts::status(&status).into())],
        ))),
        Err(WorkflowError::NoCard) => Err(unknown(&german("bk-eid-card-not-back", &[]), pending)),
        Err(other) => Err(unknown(&errors::message(&other), pending)),
    }
}

/// An unknown outcome and how staff can learn the truth.
fn unknown(what: &str, pending: PendingCheck) -> Failure {
    let how = match pending {
        PendingCheck::NewPin {
            initial_pin_before: true,
        } => "bk-eid-how-transport-pin",
        PendingCheck::NewPin { .. } => "bk-eid-how-new-pin",
        PendingCheck::Unblock => "bk-eid-how-unblock",
        PendingCheck::Resume => "bk-eid-how-resume",
    };
    Failure::Eid(EidFailure {
        message: german(
            "bk-eid-unknown",
            &[("what", what.into()), ("how", german(how, &[]).into())],
        ),
        unknown: true,
    })
}
