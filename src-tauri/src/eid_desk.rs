//! The card reader as the shell holds it: the eid crate's reader watcher (its own
//! thread, started with the app), so `eid_reader_state` answers from a cached snapshot
//! at once, also while a PIN workflow talks to the card; and the one place where
//! workflows get the card, one at a time, with the watcher marked busy meanwhile.

use eid::reader_watch::{find_eid_reader, CardPresence, ReaderSnapshot, ReaderWatch};
use eid::transport::pcsc::{PcscContext, PcscReader};
use eid::workflows::{CardSession, WorkflowError};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// The managed eID state of the app.
pub struct EidDesk {
    /// `Err` when the watcher thread could not be started (then no reader is shown).
    watch: Result<ReaderWatch, String>,
    /// Held while a workflow talks to the card: one card command at a time.
    card: Mutex<()>,
    /// The card on the reader answered that its PUK is used up; cleared when the
    /// card leaves the reader (the card itself tells this only when the PUK is used).
    puk_used_up: Arc<AtomicBool>,
}

impl EidDesk {
    /// Starts the reader watcher. pcscd not running is no error: the watcher shows no
    /// reader and keeps trying.
    pub fn start() -> Self {
        let puk_used_up = Arc::new(AtomicBool::new(false));
        let card_left = Arc::clone(&puk_used_up);
        let watch = ReaderWatch::start(move |snapshot: &ReaderSnapshot| {
            if snapshot.card == CardPresence::None {
                card_left.store(false, Ordering::SeqCst);
            }
        })
        .map_err(|error| error.to_string());
        if let Err(error) = &watch {
            eprintln!("bürgerkoffer: Kartenleser-Überwachung startet nicht: {error}");
        }
        EidDesk {
            watch,
            card: Mutex::new(()),
            puk_used_up,
        }
    }

    /// Ends the reader watcher (at app exit), so no PC/SC call outlives the process.
    pub fn stop(&self) {
        if let Ok(watch) = &self.watch {
            watch.stop();
        }
    }

    /// Readers, the reader in use, what lies on it and whether a workflow runs.
    pub fn snapshot(&self) -> ReaderSnapshot {
        match &self.watch {
            Ok(watch) => watch.snapshot(),
            Err(_) => ReaderSnapshot {
                readers: Vec::new(),
                reader: None,
                card: CardPresence::None,
                busy: false,
            },
        }
    }

    /// Whether the card on the reader said its PUK is used up.
    pub fn puk_used_up(&self) -> bool {
        self.puk_used_up.load(Ordering::SeqCst)
    }

    /// Remembers that the card on the reader has no PUK uses left.
    pub fn mark_puk_used_up(&self) {
        self.puk_used_up.store(true, Ordering::SeqCst);
    }

    /// Runs `work` with a session to the eID card, after any workflow still running,
    /// with the watcher marked busy (so it neither probes the card nor reports it idle).
    /// Blocks for as long as the card takes: call it off the main thread.
    pub fn with_card<T>(
        &self,
        work: impl FnOnce(&mut CardSession<PcscReader>) -> Result<T, WorkflowError>,
    ) -> Result<T, WorkflowError> {
        let _one_at_a_time = self.card.lock().unwrap_or_else(PoisonError::into_inner);
        let _busy = self.watch.as_ref().ok().map(ReaderWatch::busy);
        let context = PcscContext::establish()?;
        let snapshot = self.snapshot();
        let reader = match (snapshot.card, snapshot.reader) {
            (CardPresence::Eid, Some(reader)) => reader,
            // The watcher may not have probed a card just put on: ask the readers.
            _ => find_eid_reader(&context, None)?,
        };
        let mut session = CardSession::connect(&context, &reader)?;
        work(&mut session)
    }
}
