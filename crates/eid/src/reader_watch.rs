//! Readers and cards as the UI sees them: which readers exist, which one
//! holds a card, whether that card is an eID card, and whether a workflow is
//! running. [`ReaderWatch`] follows this with `SCardGetStatusChange`
//! (including `\\?PnP?\Notification` for readers plugged in or out) on its
//! own thread and hands each new [`ReaderSnapshot`] to a callback; [`survey`]
//! and [`find_eid_reader`] answer the same questions once (for the CLI).
//!
//! A card is an eID card when EF.CardAccess can be read and names a PACE
//! protocol this crate runs (see [`crate::workflows::CardSession::open`]).
//! That probe is one plain READ BINARY and leaves the card unreset; it would
//! still end a secure messaging session, so the watcher never probes while a
//! workflow runs (`busy`) and keeps the last answer for that reader until the
//! workflow is done.

use std::collections::HashMap;
use std::ffi::CString;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use pcsc::{
    Card, Context, Disposition, Protocols, ReaderState, Scope, ShareMode, State,
    MAX_BUFFER_SIZE_EXTENDED, PNP_NOTIFICATION,
};

use crate::transport::pcsc::{map_error, PcscContext};
use crate::transport::{CardTransport, TransportError};
use crate::workflows::{CardSession, ChangeOutcome, WorkflowError};

/// Longest wait in `SCardGetStatusChange`, so `busy` changes and a stop are seen soon.
const POLL: Duration = Duration::from_millis(500);
/// Pause before trying pcscd again when it is not running.
const SERVICE_RETRY: Duration = Duration::from_secs(1);

/// What lies on a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardPresence {
    /// No card.
    None,
    /// An eID card (EF.CardAccess with PACE).
    Eid,
    /// Some other card (or one that did not answer).
    Other,
}

impl CardPresence {
    /// The IPC value: `none`, `eid` or `other`.
    pub fn code(self) -> &'static str {
        match self {
            CardPresence::None => "none",
            CardPresence::Eid => "eid",
            CardPresence::Other => "other",
        }
    }
}

/// The state the UI shows (IPC `eid_reader_state`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderSnapshot {
    /// All connected readers.
    pub readers: Vec<String>,
    /// The reader the kiosk uses: the first with an eID card, else the first
    /// with any card, else the first reader.
    pub reader: Option<String>,
    /// What lies on `reader`.
    pub card: CardPresence,
    /// A workflow is talking to the card.
    pub busy: bool,
}

impl ReaderSnapshot {
    fn from_readers(readers: &[(String, CardPresence)], busy: bool) -> Self {
        let pick =
            |wanted: fn(CardPresence) -> bool| readers.iter().find(|(_, card)| wanted(*card));
        let chosen = pick(|card| card == CardPresence::Eid)
            .or_else(|| pick(|card| card != CardPresence::None))
            .or_else(|| readers.first());
        ReaderSnapshot {
            readers: readers.iter().map(|(name, _)| name.clone()).collect(),
            reader: chosen.map(|(name, _)| name.clone()),
            card: chosen.map_or(CardPresence::None, |(_, card)| *card),
            busy,
        }
    }
}

/// A probing connection: leaves the card as it is when done (the pcsc
/// crate's drop would reset it, breaking another program's secure channel).
struct ProbeConnection(Card);

impl CardTransport for ProbeConnection {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        let mut buffer = vec![0u8; MAX_BUFFER_SIZE_EXTENDED];
        let response = self.0.transmit(apdu, &mut buffer).map_err(map_error)?;
        Ok(response.to_vec())
    }
}

/// What lies on `reader`, found by connecting and reading EF.CardAccess.
pub fn probe(reader: &str) -> Result<CardPresence, WorkflowError> {
    let context =
        Context::establish(Scope::User).map_err(|error| WorkflowError::from(map_error(error)))?;
    let name = CString::new(reader).map_err(|_| WorkflowError::ReaderGone {
        outcome: ChangeOutcome::NotChanged,
    })?;
    let card = match context.connect(&name, ShareMode::Shared, Protocols::ANY) {
        Ok(card) => card,
        Err(pcsc::Error::NoSmartcard | pcsc::Error::RemovedCard) => return Ok(CardPresence::None),
        Err(pcsc::Error::UnknownReader) => {
            return Err(WorkflowError::ReaderGone {
                outcome: ChangeOutcome::NotChanged,
            })
        }
        Err(error) => return Err(WorkflowError::from(map_error(error))),
    };
    let mut connection = ProbeConnection(card);
    let opened = CardSession::open(&mut connection).map(|_| ());
    // A failed disconnect leaves the handle to pcscd's cleanup; the probe result stands.
    let _left = connection.0.disconnect(Disposition::LeaveCard);
    match opened {
        Ok(()) => Ok(CardPresence::Eid),
        Err(WorkflowError::NotEidCard | WorkflowError::CardError { .. }) => Ok(CardPresence::Other),
        Err(WorkflowError::NoCard | WorkflowError::CardRemoved { .. }) => Ok(CardPresence::None),
        Err(other) => Err(other),
    }
}

/// Every reader with what lies on it (readers that vanish meanwhile are left out).
pub fn survey(context: &PcscContext) -> Result<Vec<(String, CardPresence)>, WorkflowError> {
    let mut found = Vec::new();
    for reader in context.readers()? {
        match probe(&reader) {
            Ok(card) => found.push((reader, card)),
            Err(WorkflowError::ReaderGone { .. }) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(found)
}

/// The reader to use: `wanted` if it exists, else the one reader holding an
/// eID card (errors: no reader, no card, not an eID card, several eID cards).
pub fn find_eid_reader(
    context: &PcscContext,
    wanted: Option<&str>,
) -> Result<String, WorkflowError> {
    let readers = context.readers()?;
    if let Some(wanted) = wanted {
        return readers
            .into_iter()
            .find(|name| name == wanted)
            .ok_or(WorkflowError::ReaderGone {
                outcome: ChangeOutcome::NotChanged,
            });
    }
    if readers.is_empty() {
        return Err(WorkflowError::NoReader);
    }
    let found = survey(context)?;
    let with = |wanted: CardPresence| -> Vec<String> {
        found
            .iter()
            .filter(|(_, card)| *card == wanted)
            .map(|(name, _)| name.clone())
            .collect()
    };
    let mut eid = with(CardPresence::Eid);
    match eid.len() {
        1 => Ok(eid.remove(0)),
        0 if with(CardPresence::Other).is_empty() => Err(WorkflowError::NoCard),
        0 => Err(WorkflowError::NotEidCard),
        _ => Err(WorkflowError::SeveralEidCards { readers: eid }),
    }
}

type Listener = dyn Fn(&ReaderSnapshot) + Send + Sync;

/// State shared by the watcher thread, the owner and busy guards.
struct Shared {
    snapshot: Mutex<ReaderSnapshot>,
    listener: Box<Listener>,
    stop: AtomicBool,
    context: Mutex<Option<Context>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    /// Stores `next` and tells the listener, if anything changed.
    fn publish(&self, change: impl FnOnce(&mut ReaderSnapshot)) {
        let mut snapshot = lock(&self.snapshot);
        let before = snapshot.clone();
        change(&mut snapshot);
        if *snapshot != before {
            (self.listener)(&snapshot);
        }
    }

    fn busy(&self) -> bool {
        lock(&self.snapshot).busy
    }
}

/// Follows readers and cards on a thread until stopped or dropped.
pub struct ReaderWatch {
    shared: Arc<Shared>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

/// Marks the watcher busy while a workflow runs; dropping it ends that.
pub struct BusyGuard {
    shared: Arc<Shared>,
}

impl Drop for BusyGuard {
    fn drop(&mut self) {
        self.shared.publish(|snapshot| snapshot.busy = false);
    }
}

impl ReaderWatch {
    /// Starts watching; `listener` gets every changed snapshot (also the
    /// first), on the watcher's thread or the thread that changes `busy`.
    /// pcscd not running yet is no error: the watcher shows no readers and retries.
    pub fn start(
        listener: impl Fn(&ReaderSnapshot) + Send + Sync + 'static,
    ) -> std::io::Result<Self> {
        let shared = Arc::new(Shared {
            snapshot: Mutex::new(ReaderSnapshot::from_readers(&[], false)),
            listener: Box::new(listener),
            stop: AtomicBool::new(false),
            context: Mutex::new(None),
        });
        let worker = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("eid-reader-watch".into())
            .spawn(move || run(&worker))?;
        Ok(ReaderWatch {
            shared,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// The latest snapshot.
    pub fn snapshot(&self) -> ReaderSnapshot {
        lock(&self.shared.snapshot).clone()
    }

    /// Marks a workflow as running until the guard is dropped.
    pub fn busy(&self) -> BusyGuard {
        self.shared.publish(|snapshot| snapshot.busy = true);
        BusyGuard {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl ReaderWatch {
    /// Ends the watcher thread and waits for it, so no PC/SC call is left running
    /// when the process exits (pcsclite frees its state in an exit handler).
    /// Later calls do nothing; the last snapshot stays readable.
    pub fn stop(&self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(context) = lock(&self.shared.context).as_ref() {
            // Wakes SCardGetStatusChange; failing means it returns within POLL anyway.
            let _woken = context.cancel();
        }
        if let Some(thread) = lock(&self.thread).take() {
            // A panicked watcher has nothing left to clean up.
            let _joined = thread.join();
        }
    }
}

impl Drop for ReaderWatch {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Connects to pcscd again and again until stopped.
fn run(shared: &Shared) {
    let mut known = KnownCards::default();
    while !shared.stop.load(Ordering::SeqCst) {
        match Context::establish(Scope::User) {
            Ok(context) => {
                *lock(&shared.context) = Some(context.clone());
                watch(&context, shared, &mut known);
                *lock(&shared.context) = None;
            }
            Err(_) => {
                shared.publish(|snapshot| {
                    *snapshot = ReaderSnapshot::from_readers(&[], snapshot.busy)
                });
                std::thread::sleep(SERVICE_RETRY);
            }
        }
    }
}

/// Probe results per reader, valid for one insertion (event count and ATR).
#[derive(Default)]
struct KnownCards {
    cards: HashMap<String, (u32, Vec<u8>, CardPresence)>,
}

impl KnownCards {
    /// What lies on the reader of `state`; probes a newly placed card unless `busy`.
    fn presence(&mut self, state: &ReaderState, busy: bool) -> CardPresence {
        let events = state.event_state();
        if !events.contains(State::PRESENT) || events.contains(State::MUTE) {
            return CardPresence::None;
        }
        let name = state.name().to_string_lossy().into_owned();
        let insertion = (state.event_count(), state.atr().to_vec());
        match self.cards.get(&name) {
            Some((count, atr, card)) if (*count, atr) == (insertion.0, &insertion.1) => *card,
            Some((_, _, card)) if busy => *card,
            _ if busy => CardPresence::Other,
            _ => {
                let card = probe(&name).unwrap_or(CardPresence::Other);
                self.cards.insert(name, (insertion.0, insertion.1, card));
                card
            }
        }
    }
}

/// One pcscd connection: waits for changes and publishes snapshots; returns
/// when pcscd goes away or the watcher stops.
fn watch(context: &Context, shared: &Shared, known: &mut KnownCards) {
    let mut states: Vec<ReaderState> = Vec::new();
    let mut refresh = true;
    while !shared.stop.load(Ordering::SeqCst) {
        if refresh {
            match reader_states(context) {
                Ok(fresh) => states = fresh,
                Err(_) => return,
            }
        }
        match context.get_status_change(POLL, &mut states) {
            Ok(()) | Err(pcsc::Error::Timeout) | Err(pcsc::Error::Cancelled) => {}
            Err(pcsc::Error::UnknownReader | pcsc::Error::ReaderUnavailable) => {
                refresh = true;
                continue;
            }
            Err(_) => return,
        }
        let gone = |state: &ReaderState| {
            state
                .event_state()
                .intersects(State::UNKNOWN | State::UNAVAILABLE)
        };
        refresh = states[0].event_state().contains(State::CHANGED)
            && states[0].current_state() != State::UNAWARE
            || states[1..].iter().any(gone);
        let busy = shared.busy();
        let readers: Vec<(String, CardPresence)> = states[1..]
            .iter()
            .filter(|state| !gone(state))
            .map(|state| {
                let name = state.name().to_string_lossy().into_owned();
                (name, known.presence(state, busy))
            })
            .collect();
        shared
            .publish(|snapshot| *snapshot = ReaderSnapshot::from_readers(&readers, snapshot.busy));
        states.iter_mut().for_each(ReaderState::sync_current_state);
    }
}

/// The PnP pseudo reader first, then every reader, all in state "unaware".
fn reader_states(context: &Context) -> Result<Vec<ReaderState>, pcsc::Error> {
    let names = match context.list_readers_owned() {
        Ok(names) => names,
        Err(pcsc::Error::NoReadersAvailable) => Vec::new(),
        Err(error) => return Err(error),
    };
    let mut states = vec![ReaderState::new(PNP_NOTIFICATION(), State::UNAWARE)];
    states.extend(
        names
            .into_iter()
            .map(|name: CString| ReaderState::new(name, State::UNAWARE)),
    );
    Ok(states)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_with_the_eid_card_is_chosen() {
        let readers = [
            ("A".to_owned(), CardPresence::None),
            ("B".to_owned(), CardPresence::Other),
            ("C".to_owned(), CardPresence::Eid),
        ];
        let snapshot = ReaderSnapshot::from_readers(&readers, true);
        assert_eq!(snapshot.reader.as_deref(), Some("C"));
        assert_eq!(snapshot.card, CardPresence::Eid);
        assert!(snapshot.busy);
        let snapshot = ReaderSnapshot::from_readers(&readers[..2], false);
        assert_eq!(
            (snapshot.reader.as_deref(), snapshot.card),
            (Some("B"), CardPresence::Other)
        );
        let snapshot = ReaderSnapshot::from_readers(&readers[..1], false);
        assert_eq!(
            (snapshot.reader.as_deref(), snapshot.card),
            (Some("A"), CardPresence::None)
        );
        let snapshot = ReaderSnapshot::from_readers(&[], false);
        assert_eq!((snapshot.reader, snapshot.card), (None, CardPresence::None));
        assert_eq!(snapshot.readers.len(), 0);
    }
}
