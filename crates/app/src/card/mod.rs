//! The card desk: the station's use cases on the citizen's ID card — its PIN state,
//! changing the PIN (also from the Transport PIN and resuming with the CAN),
//! unblocking with the PUK, and checking an unknown outcome when the card comes back —
//! one card command at a time, each result counted in the day's figures
//! ([`counting`]). The kiosk keeps a reader watcher running ([`CardDesk::watching`])
//! so the reader state answers at once; `bk` asks the readers when it needs them
//! ([`CardDesk::on_demand`]).

pub mod counting;
pub mod errors;
pub mod help;
pub mod texts;
pub mod views;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use eid::reader_watch::{find_eid_reader, CardPresence, ReaderSnapshot, ReaderWatch};
use eid::secret::Secret;
use eid::transport::pcsc::{PcscContext, PcscReader};
use eid::workflows::{
    self, CardSession, CardStatus, ChangeOutcome, ChangePinRequest, CheckedOutcome, PadPrompt,
    PendingCheck, PinOutcome, WorkflowError,
};

use crate::messages::german;
use crate::station::Station;
use syncproto::figures::PinFlow;

/// How often to look for the card again while waiting for it to come back.
const CARD_POLL: Duration = Duration::from_millis(300);

/// How long the kiosk keeps what it needs to check an unknown outcome (the new PIN
/// among it): longer than any citizen takes to put the card back, shorter than the
/// next citizen's visit.
const UNKNOWN_KEPT: Duration = Duration::from_secs(10 * 60);

/// A workflow whose last command went out and whose answer never came (the card left):
/// what to check when the card is back, and the new PIN the check may need.
struct UnknownOutcome {
    pending: PendingCheck,
    new_pin: Option<Secret>,
    /// The reader the card must come back to.
    reader: Option<String>,
    since: Instant,
}

/// The card reader(s) of the station and the one card command running at a time.
pub struct CardDesk {
    /// The kiosk's watcher (`Err` when its thread could not start: then no reader is
    /// shown); `None` for `bk`, which asks the readers when it needs them.
    watch: Option<Result<ReaderWatch, String>>,
    /// Held while a workflow talks to the card: one card command at a time. Holds the
    /// reader of the last session, so a check can wait for the card on that reader.
    card: Mutex<Option<String>>,
    /// The card on the reader answered that its PUK is used up; cleared when the card
    /// leaves the reader (the card itself tells this only when the PUK is used).
    puk_used_up: Arc<AtomicBool>,
    /// The kiosk's last workflow ended with an unknown outcome; checked by
    /// [`check_unknown`](Self::check_unknown) when the card is back. Its new PIN is
    /// zeroized when it is checked, replaced or dropped.
    unknown: Mutex<Option<UnknownOutcome>>,
    /// What the citizen is to type on the reader's PIN pad now, while a PIN pad
    /// workflow runs (the kiosk shows it beside the reader's picture).
    pad_prompt: Mutex<Option<PadPrompt>>,
}

impl CardDesk {
    /// A desk with a reader watcher on its own thread (the kiosk). pcscd not running is
    /// no error: the watcher shows no reader and keeps trying.
    pub fn watching() -> Self {
        let puk_used_up = Arc::new(AtomicBool::new(false));
        let card_left = Arc::clone(&puk_used_up);
        let watch = ReaderWatch::start(move |snapshot: &ReaderSnapshot| {
            if snapshot.card == CardPresence::None {
                card_left.store(false, Ordering::SeqCst);
            }
        })
        .map_err(|error| error.to_string());
        if let Err(error) = &watch {
            eprintln!(
                "{}",
                german(
                    "log-reader-watch-not-started",
                    &[("detail", error.as_str().into())]
                )
            );
        }
        CardDesk {
            watch: Some(watch),
            card: Mutex::new(None),
            puk_used_up,
            unknown: Mutex::new(None),
            pad_prompt: Mutex::new(None),
        }
    }

    /// A desk without a watcher (`bk`): each use case finds the reader itself.
    pub fn on_demand() -> Self {
        CardDesk {
            watch: None,
            card: Mutex::new(None),
            puk_used_up: Arc::new(AtomicBool::new(false)),
            unknown: Mutex::new(None),
            pad_prompt: Mutex::new(None),
        }
    }

    /// Ends the reader watcher (at app exit), so no PC/SC call outlives the process.
    pub fn stop(&self) {
        if let Some(Ok(watch)) = &self.watch {
            watch.stop();
        }
    }

    /// Readers, the reader in use, what lies on it and whether a workflow runs, as the
    /// watcher last saw them (empty without a watcher).
    pub fn snapshot(&self) -> ReaderSnapshot {
        match &self.watch {
            Some(Ok(watch)) => watch.snapshot(),
            _ => ReaderSnapshot {
                readers: Vec::new(),
                reader: None,
                card: CardPresence::None,
                busy: false,
            },
        }
    }

    /// The PIN state of the card (costs no try); `puk_used_up` also when the card said
    /// so earlier while it lay on the reader.
    pub fn card_status(&self, reader: Option<&str>) -> Result<CardStatus, WorkflowError> {
        let mut status = self.with_card(reader, workflows::card_status)?;
        if self.puk_used_up.load(Ordering::SeqCst) {
            status.puk_used_up = Some(true);
        }
        Ok(status)
    }

    /// Changes the PIN (from the Transport PIN, or resuming a suspended PIN with the
    /// CAN) and counts the result at `station`.
    pub fn change_pin(
        &self,
        station: Option<&Station>,
        reader: Option<&str>,
        request: &ChangePinRequest<'_>,
    ) -> Result<PinOutcome, WorkflowError> {
        let result = self.with_card(reader, |session| workflows::change_pin(session, request));
        let flow = counting::change_flow(request.transport, request.can.is_some());
        counting::record(station, flow, counting::tally(&result));
        self.remember_unknown(&result, Some(request.new_pin));
        result
    }

    /// Changes the PIN with every secret typed on the reader's PIN pad (see
    /// [`workflows::change_pin_on_pin_pad`]); `prompt` is told what to type next.
    pub fn change_pin_on_pin_pad(
        &self,
        station: Option<&Station>,
        reader: Option<&str>,
        transport: bool,
        prompt: &mut dyn FnMut(PadPrompt),
    ) -> Result<PinOutcome, WorkflowError> {
        let mut asked_can = false;
        let result = self.with_card(reader, |session| {
            workflows::change_pin_on_pin_pad(session, transport, &mut |next| {
                asked_can |= next == PadPrompt::Can;
                self.show_pad_prompt(Some(next));
                prompt(next);
            })
        });
        self.show_pad_prompt(None);
        let flow = counting::change_flow(transport, asked_can);
        counting::record(station, flow, counting::tally(&result));
        self.remember_unknown(&result, None);
        result
    }

    /// Unblocks a blocked PIN with the PUK typed on the reader's PIN pad.
    pub fn unblock_on_pin_pad(
        &self,
        station: Option<&Station>,
        reader: Option<&str>,
        prompt: &mut dyn FnMut(PadPrompt),
    ) -> Result<PinOutcome, WorkflowError> {
        let result = self.with_card(reader, |session| {
            workflows::unblock_on_pin_pad(session, &mut |next| {
                self.show_pad_prompt(Some(next));
                prompt(next);
            })
        });
        self.show_pad_prompt(None);
        self.remember_unknown(&result, None);
        if result == Err(WorkflowError::PukUsedUp) {
            self.puk_used_up.store(true, Ordering::SeqCst);
        }
        counting::record(station, PinFlow::Puk, counting::tally(&result));
        result
    }

    /// What the citizen is to type on the reader's PIN pad now, if a PIN pad workflow runs.
    pub fn pad_prompt(&self) -> Option<PadPrompt> {
        *self
            .pad_prompt
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn show_pad_prompt(&self, prompt: Option<PadPrompt>) {
        *self
            .pad_prompt
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = prompt;
    }

    /// Whether the reader the next workflow would use has a PIN pad (asked of
    /// the reader alone: the card sees no command).
    pub fn has_pin_pad(&self, reader: Option<&str>) -> Result<bool, WorkflowError> {
        let context = PcscContext::establish()?;
        let reader = self.eid_reader(&context, reader)?;
        Ok(context.features(&reader).has_pin_pad())
    }

    /// Makes a suspended PIN usable again: the CAN, then the PIN.
    pub fn resume(
        &self,
        station: Option<&Station>,
        reader: Option<&str>,
        can: &Secret,
        pin: &Secret,
    ) -> Result<PinOutcome, WorkflowError> {
        let result = self.with_card(reader, |session| workflows::resume_pin(session, can, pin));
        counting::record(station, PinFlow::Can, counting::tally(&result));
        result
    }

    /// Unblocks a blocked PIN with the PUK; remembers a PUK used up until the card leaves.
    pub fn unblock(
        &self,
        station: Option<&Station>,
        reader: Option<&str>,
        puk: &Secret,
    ) -> Result<PinOutcome, WorkflowError> {
        let result = self.with_card(reader, |session| workflows::unblock_pin(session, puk));
        self.remember_unknown(&result, None);
        if result == Err(WorkflowError::PukUsedUp) {
            self.puk_used_up.store(true, Ordering::SeqCst);
        }
        counting::record(station, PinFlow::Puk, counting::tally(&result));
        result
    }

    /// Checks now whether a change with an unknown outcome took effect (see
    /// [`workflows::check_outcome`]) and counts what it finds.
    /// Without `new_pin` on a reader with a PIN pad, the citizen types it there
    /// where a status read does not tell (`prompt` says so).
    pub fn check(
        &self,
        station: Option<&Station>,
        reader: Option<&str>,
        pending: PendingCheck,
        new_pin: Option<&Secret>,
        prompt: &mut dyn FnMut(PadPrompt),
    ) -> Result<CheckedOutcome, WorkflowError> {
        let checked = self.with_card(reader, |session| match new_pin {
            None if session.has_pin_pad() => {
                let checked = workflows::check_outcome_on_pin_pad(session, pending, &mut |next| {
                    self.show_pad_prompt(Some(next));
                    prompt(next);
                });
                self.show_pad_prompt(None);
                checked
            }
            _ => workflows::check_outcome(session, pending, new_pin),
        })?;
        let flow = counting::checked_flow(pending);
        counting::record(station, flow, counting::checked_tally(&checked));
        Ok(checked)
    }

    /// Keeps what checking `result` needs when its outcome is unknown; forgets any
    /// earlier unknown outcome otherwise (a new workflow ran on the card).
    fn remember_unknown(
        &self,
        result: &Result<PinOutcome, WorkflowError>,
        new_pin: Option<&Secret>,
    ) {
        let unknown = match result {
            Err(error) => match error.outcome() {
                ChangeOutcome::Unknown(pending) => Some(UnknownOutcome {
                    pending,
                    new_pin: new_pin.cloned(),
                    reader: self.last_reader(),
                    since: Instant::now(),
                }),
                ChangeOutcome::NotChanged => None,
            },
            Ok(_) => None,
        };
        *self.unknown.lock().unwrap_or_else(PoisonError::into_inner) = unknown;
    }

    /// The kiosk's check of its last workflow's unknown outcome, once the card is back:
    /// `Ok(None)` when there is none (or it is older than [`UNKNOWN_KEPT`]). While the
    /// card is not back (`NoCard`, `CardRemoved`) the outcome stays to be checked.
    pub fn check_unknown(
        &self,
        station: Option<&Station>,
    ) -> Result<Option<CheckedOutcome>, WorkflowError> {
        let mut kept = self.unknown.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(unknown) = kept.take() else {
            return Ok(None);
        };
        if unknown.since.elapsed() > UNKNOWN_KEPT {
            return Ok(None);
        }
        drop(kept);
        let reader = unknown.reader.as_deref();
        let new_pin = unknown.new_pin.as_ref();
        match self.check(station, reader, unknown.pending, new_pin, &mut |_| {}) {
            Err(error @ (WorkflowError::NoCard | WorkflowError::CardRemoved { .. })) => {
                *self.unknown.lock().unwrap_or_else(PoisonError::into_inner) = Some(unknown);
                Err(error)
            }
            other => other.map(Some),
        }
    }

    /// Waits until a card lies on `reader` again (at most until `deadline`), then
    /// [`check`](Self::check)s. `Err(NoCard)` when the card did not come back in time.
    pub fn check_when_back(
        &self,
        station: Option<&Station>,
        reader: &str,
        pending: PendingCheck,
        new_pin: Option<&Secret>,
        deadline: Instant,
        prompt: &mut dyn FnMut(PadPrompt),
    ) -> Result<CheckedOutcome, WorkflowError> {
        loop {
            match self.check(station, Some(reader), pending, new_pin, prompt) {
                Err(WorkflowError::NoCard | WorkflowError::CardRemoved { .. })
                    if Instant::now() < deadline =>
                {
                    std::thread::sleep(CARD_POLL);
                }
                Err(WorkflowError::CardRemoved { .. }) => return Err(WorkflowError::NoCard),
                other => return other,
            }
        }
    }

    /// Runs `work` with a session to the eID card on `reader` (or the one reader that
    /// holds an eID card), after any workflow still running, with the watcher marked
    /// busy (so it neither probes the card nor reports it idle). Blocks for as long as
    /// the card takes: call it off a UI thread.
    pub fn with_card<T>(
        &self,
        reader: Option<&str>,
        work: impl FnOnce(&mut CardSession<PcscReader>) -> Result<T, WorkflowError>,
    ) -> Result<T, WorkflowError> {
        let mut last_reader = self.card.lock().unwrap_or_else(PoisonError::into_inner);
        let _busy = match &self.watch {
            Some(Ok(watch)) => Some(watch.busy()),
            _ => None,
        };
        let context = PcscContext::establish()?;
        let reader = self.eid_reader(&context, reader)?;
        let mut session = CardSession::connect(&context, &reader)?;
        *last_reader = Some(reader);
        work(&mut session)
    }

    /// The reader named, or the one the watcher saw an eID card on, or the one
    /// found holding an eID card.
    fn eid_reader(
        &self,
        context: &PcscContext,
        reader: Option<&str>,
    ) -> Result<String, WorkflowError> {
        let snapshot = self.snapshot();
        match (reader, snapshot.card, snapshot.reader) {
            (Some(reader), _, _) => find_eid_reader(context, Some(reader)),
            (None, CardPresence::Eid, Some(reader)) => Ok(reader),
            // The watcher may not have probed a card just put on: ask the readers.
            (None, _, _) => find_eid_reader(context, None),
        }
    }

    /// The reader of the last card session (the one a workflow used).
    pub fn last_reader(&self) -> Option<String> {
        self.card
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}
