//! One card connection for one workflow: connect to the reader, read
//! EF.CardAccess (which tells an eID card from any other card), read the PIN
//! state with MSE:Set AT, run PACE, and send the command that changes the
//! card while counting what reached the reader (so an interrupted change is
//! reported as unknown only when it really may have happened).

use std::cell::Cell;
use std::ffi::CString;
use std::rc::Rc;
use std::time::Duration;

use super::error::{from_pace, WorkflowError};
use super::outcome::{interrupted_outcome, ChangeOutcome, PendingCheck};
use crate::apdu::{CommandApdu, ResponseApdu};
use crate::card_access::CardAccess;
use crate::card_access_file;
use crate::pace::{self, terminal, PaceParams};
use crate::random::OsRandom;
use crate::secret::{PasswordRef, Secret};
use crate::sm::SecureChannel;
use crate::status::PasswordStatus;
use crate::transport::part10::{Features, PinPadCodes};
use crate::transport::pcsc::{map_error, PcscContext, PcscReader};
use crate::transport::{CardTransport, TransportError};

/// PACE sends MSE:Set AT and four GENERAL AUTHENTICATE; the fifth APDU decides.
const PACE_LAST_STEP: u32 = 5;

/// Counts the APDUs handed to the reader.
pub(crate) struct Counted<T> {
    inner: T,
    sent: Rc<Cell<u32>>,
}

impl<T: CardTransport> CardTransport for Counted<T> {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        self.sent.set(self.sent.get() + 1);
        self.inner.transmit(apdu)
    }

    fn control(&mut self, code: u32, command: &[u8]) -> Result<Vec<u8>, TransportError> {
        self.sent.set(self.sent.get() + 1);
        self.inner.control(code, command)
    }
}

/// A connected eID card: its PACE parameters and the counted transport.
pub struct CardSession<T> {
    transport: Counted<T>,
    sent: Rc<Cell<u32>>,
    params: PaceParams,
    /// The PC/SC reader, to ask after a failure whether the card is still there.
    reader: Option<String>,
    /// The reader's PIN pad functions, if it has a PIN pad (a comfort reader).
    pin_pad: Option<PinPadCodes>,
}

/// A secure channel on the session's transport.
pub(crate) type Channel<'a, T> = SecureChannel<&'a mut Counted<T>>;

impl<T> CardSession<T> {
    /// The PC/SC reader the card lies on (`None` on other transports).
    pub fn reader(&self) -> Option<&str> {
        self.reader.as_deref()
    }

    /// Whether the citizen types on the reader's PIN pad rather than the screen.
    pub fn has_pin_pad(&self) -> bool {
        self.pin_pad.is_some()
    }
}

impl CardSession<PcscReader> {
    /// Connects to the card on `reader` and checks that it is an eID card.
    pub fn connect(context: &PcscContext, reader: &str) -> Result<Self, WorkflowError> {
        let card = context.connect(reader).map_err(|error| match error {
            TransportError::NoCard => WorkflowError::NoCard,
            other => WorkflowError::from(other),
        })?;
        let mut session = CardSession::open(card).map_err(|error| explain(reader, error))?;
        session.reader = Some(reader.to_owned());
        Ok(session)
    }
}

/// How long to wait for pcscd to notice a card that left during a failed exchange.
const REMOVAL_GRACE: Duration = Duration::from_millis(700);

/// Renames a failed exchange after what PC/SC sees now: a card no longer in
/// the reader was removed, a reader no longer listed is gone (a reader may
/// answer a pulled card with an empty response instead of an error).
fn explain(reader: &str, error: WorkflowError) -> WorkflowError {
    if !matches!(
        error,
        WorkflowError::CardError { .. } | WorkflowError::CardRemoved { .. }
    ) {
        return error;
    }
    let outcome = error.outcome();
    match reader_presence(reader) {
        Some(Presence::ReaderGone) => WorkflowError::ReaderGone { outcome },
        Some(Presence::NoCard) => WorkflowError::CardRemoved { outcome },
        Some(Presence::Card) | None => error,
    }
}

enum Presence {
    ReaderGone,
    NoCard,
    Card,
}

/// What lies on `reader` now, allowing pcscd `REMOVAL_GRACE` to notice a removal;
/// a pcscd that is gone took its readers with it.
fn reader_presence(reader: &str) -> Option<Presence> {
    let context = match pcsc::Context::establish(pcsc::Scope::User) {
        Ok(context) => context,
        Err(error) => {
            return matches!(map_error(error), TransportError::ServiceNotRunning)
                .then_some(Presence::ReaderGone)
        }
    };
    let name = CString::new(reader).ok()?;
    let mut states = [pcsc::ReaderState::new(name, pcsc::State::UNAWARE)];
    context
        .get_status_change(Duration::ZERO, &mut states)
        .ok()?;
    if states[0].event_state().contains(pcsc::State::PRESENT) {
        states[0].sync_current_state();
        match context.get_status_change(REMOVAL_GRACE, &mut states) {
            Ok(()) | Err(pcsc::Error::Timeout) => {}
            Err(_) => return None,
        }
    }
    let state = states[0].event_state();
    Some(
        if state.intersects(pcsc::State::UNKNOWN | pcsc::State::UNAVAILABLE) {
            Presence::ReaderGone
        } else if state.contains(pcsc::State::PRESENT) {
            Presence::Card
        } else {
            Presence::NoCard
        },
    )
}

impl<T: CardTransport> CardSession<T> {
    /// Reads EF.CardAccess over `transport`; a card without it, or without a
    /// PACE protocol this crate runs, is [`WorkflowError::NotEidCard`].
    pub fn open(transport: T) -> Result<Self, WorkflowError> {
        let sent = Rc::new(Cell::new(0));
        let mut transport = Counted {
            inner: transport,
            sent: Rc::clone(&sent),
        };
        let bytes = card_access_file::read(&mut transport).map_err(|error| match error {
            card_access_file::ReadError::Transport(error) => WorkflowError::from(error),
            card_access_file::ReadError::Refused(_) => WorkflowError::NotEidCard,
            card_access_file::ReadError::Unreadable(error) => WorkflowError::CardError {
                outcome: ChangeOutcome::NotChanged,
                detail: format!("unreadable card answer: {error}"),
            },
        })?;
        let card_access = CardAccess::parse(&bytes).map_err(|_| WorkflowError::NotEidCard)?;
        let params = PaceParams::from_card_access(&card_access).map_err(|error| match error {
            pace::PaceError::CardAccess(_) => WorkflowError::NotEidCard,
            other => WorkflowError::CardError {
                outcome: ChangeOutcome::NotChanged,
                detail: other.to_string(),
            },
        })?;
        let pin_pad = Features::of(&mut transport).pin_pad();
        Ok(CardSession {
            transport,
            sent,
            params,
            reader: None,
            pin_pad,
        })
    }

    /// The card's PACE parameters (protocol and curve).
    pub fn params(&self) -> &PaceParams {
        &self.params
    }

    /// The PIN state: MSE:Set AT for the PIN without PACE (costs no try).
    pub fn pin_status(&mut self) -> Result<PasswordStatus, WorkflowError> {
        let command = terminal::mse_set_at(&self.params, PasswordRef::Pin)
            .map_err(|error| from_pace(error, PasswordRef::Pin))?;
        let response = exchange(&mut self.transport, &command)?;
        PasswordStatus::from_mse_status(response.sw)
            .ok_or_else(|| WorkflowError::unexpected("MSE:Set AT for the PIN", response.sw))
    }

    /// PACE with `password` on the plain connection.
    pub(crate) fn pace(
        &mut self,
        password: PasswordRef,
        secret: &Secret,
    ) -> Result<Channel<'_, T>, WorkflowError> {
        let (channel, _) = pace::establish(&mut self.transport, &self.params, password, secret)
            .map_err(|error| from_pace(error, password))?;
        Ok(channel)
    }

    /// PACE with the CAN, then with the PIN inside the CAN channel (resumes a
    /// suspended PIN). When `resume` is set, an interruption after the last
    /// PIN step was sent is reported as `Unknown(Resume)`.
    pub(crate) fn pace_can_then_pin(
        &mut self,
        can: &Secret,
        pin: &Secret,
        resume: bool,
    ) -> Result<Channel<'_, T>, WorkflowError> {
        let sent = Rc::clone(&self.sent);
        let params = self.params.clone();
        let mut can_channel = self.pace(PasswordRef::Can, can)?;
        let start = sent.get();
        let success = pace::run(
            &mut can_channel,
            &params,
            PasswordRef::Pin,
            pin,
            &mut OsRandom,
        )
        .map_err(|error| {
            let reached = resume && sent.get() >= start + PACE_LAST_STEP;
            from_pace(error, PasswordRef::Pin)
                .with_outcome(interrupted_outcome(reached, PendingCheck::Resume))
        })?;
        let transport = can_channel.into_transport();
        Ok(SecureChannel::new(transport, &success.outcome.keys)?)
    }
}

/// Sends `command`, the commit point, through `channel`; on failure the
/// outcome is `Unknown(pending)` if the command reached the reader.
pub(crate) fn commit<T: CardTransport>(
    channel: &mut Channel<'_, T>,
    sent: &Rc<Cell<u32>>,
    command: &CommandApdu,
    pending: PendingCheck,
) -> Result<ResponseApdu, WorkflowError> {
    let before = sent.get();
    channel.transmit(command).map_err(|error| {
        let outcome = interrupted_outcome(sent.get() > before, pending);
        WorkflowError::from(error).with_outcome(outcome)
    })
}

impl<T: CardTransport> CardSession<T> {
    /// Sends `command`, the commit point, as it is: after PACE on a PIN pad reader,
    /// which wraps it in its secure messaging. On failure the outcome is
    /// `Unknown(pending)` if the command reached the reader.
    pub(crate) fn commit_on_reader(
        &mut self,
        command: &CommandApdu,
        pending: PendingCheck,
    ) -> Result<ResponseApdu, WorkflowError> {
        let before = self.sent.get();
        exchange(&mut self.transport, command).map_err(|error| {
            error.with_outcome(interrupted_outcome(self.sent.get() > before, pending))
        })
    }

    /// Sends a control command to the reader's PIN pad functions, counted like an APDU.
    pub(crate) fn pin_pad_control(
        &mut self,
        function: impl FnOnce(PinPadCodes) -> u32,
        command: &[u8],
    ) -> Result<Vec<u8>, WorkflowError> {
        let codes = self.pin_pad.ok_or_else(|| WorkflowError::CardError {
            outcome: ChangeOutcome::NotChanged,
            detail: "the reader has no PIN pad".into(),
        })?;
        Ok(self.transport.control(function(codes), command)?)
    }
}

impl<T> CardSession<T> {
    /// The shared APDU counter, for [`commit`] while a channel borrows the session.
    pub(crate) fn counter(&self) -> Rc<Cell<u32>> {
        Rc::clone(&self.sent)
    }

    /// A workflow's result, its failure named after what PC/SC sees now (see [`explain`]).
    pub(crate) fn explained<R>(
        &self,
        result: Result<R, WorkflowError>,
    ) -> Result<R, WorkflowError> {
        match &self.reader {
            Some(reader) => result.map_err(|error| explain(reader, error)),
            None => result,
        }
    }
}

fn exchange(
    transport: &mut dyn CardTransport,
    command: &CommandApdu,
) -> Result<ResponseApdu, WorkflowError> {
    let bytes = command
        .to_bytes()
        .map_err(|error| WorkflowError::CardError {
            outcome: ChangeOutcome::NotChanged,
            detail: error.to_string(),
        })?;
    let response = transport.transmit(&bytes)?;
    ResponseApdu::parse(&response).map_err(|error| WorkflowError::CardError {
        outcome: ChangeOutcome::NotChanged,
        detail: format!("unreadable card answer: {error}"),
    })
}
