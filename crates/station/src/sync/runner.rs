//! The background sync: a thread of its own that runs a round whenever there may be
//! something to do, and backs off while the central does not answer.
//!
//! After a successful round it waits `idle_interval` (or until woken: a new request,
//! staff pressing "Jetzt synchronisieren"); after a failed one it waits the
//! [`Backoff`] delay, so it starts again by itself once the network is back. It opens
//! its own connection to the store; the store is the whole state, so stopping or
//! killing it at any moment loses nothing.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::{watch, Notify};

use super::backoff::Backoff;
use super::enrolment;
use super::round::{self, RoundOptions};
use crate::error::{Result, StationError};
use crate::store::Store;

/// Settings of the runner.
#[derive(Debug, Clone, Copy)]
pub struct RunnerOptions {
    /// Wait after a successful round (or while not enrolled) unless woken earlier.
    pub idle_interval: Duration,
    /// First backoff delay after a failure.
    pub backoff_base: Duration,
    /// Longest backoff delay.
    pub backoff_max: Duration,
    /// Settings of each round.
    pub round: RoundOptions,
}

impl Default for RunnerOptions {
    fn default() -> Self {
        Self {
            idle_interval: Duration::from_secs(60),
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(300),
            round: RoundOptions::default(),
        }
    }
}

struct Shared {
    running: AtomicBool,
    stop: AtomicBool,
    wake: Notify,
    /// Number of finished rounds (successful or not).
    rounds: watch::Sender<u64>,
}

/// Handle of the background sync; [`SyncHandle::stop`] or dropping it stops the thread.
pub struct SyncHandle {
    shared: Arc<Shared>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

/// Starts the background sync on the store at `store_path`.
pub fn spawn(store_path: PathBuf, options: RunnerOptions) -> Result<SyncHandle> {
    let shared = Arc::new(Shared {
        running: AtomicBool::new(false),
        stop: AtomicBool::new(false),
        wake: Notify::new(),
        rounds: watch::channel(0).0,
    });
    let runtime = super::runtime().map_err(|e| StationError::io(&store_path, e))?;
    let store = Store::open(&store_path)?;
    let thread_shared = Arc::clone(&shared);
    let thread = std::thread::Builder::new()
        .name("bk-sync".into())
        .spawn(move || runtime.block_on(run(store, options, &thread_shared)))
        .map_err(|e| StationError::io(store_path, e))?;
    Ok(SyncHandle {
        shared,
        thread: Mutex::new(Some(thread)),
    })
}

async fn run(store: Store, options: RunnerOptions, shared: &Shared) {
    let mut backoff = Backoff::new(options.backoff_base, options.backoff_max);
    while !shared.stop.load(Ordering::SeqCst) {
        let delay = match enrolment::load(&store) {
            Ok(Some(enrolment)) => {
                shared.running.store(true, Ordering::SeqCst);
                let outcome =
                    round::run(&store, &enrolment, options.round, Utc::now, &mut |_| {}).await;
                shared.running.store(false, Ordering::SeqCst);
                if outcome.is_ok() {
                    backoff.reset();
                    options.idle_interval
                } else {
                    backoff.next_delay()
                }
            }
            Ok(None) => options.idle_interval,
            Err(_) => backoff.next_delay(),
        };
        shared.rounds.send_modify(|rounds| *rounds += 1);
        if shared.stop.load(Ordering::SeqCst) {
            break;
        }
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = shared.wake.notified() => {}
        }
    }
}

impl SyncHandle {
    /// A round is running right now.
    pub fn running(&self) -> bool {
        self.shared.running.load(Ordering::SeqCst)
    }

    /// Starts a round soon (e.g. a new request was recorded).
    pub fn wake(&self) {
        self.shared.wake.notify_one();
    }

    /// Starts a round and waits until a round that began after this call has ended.
    pub async fn sync_now(&self) {
        let mut rounds = self.shared.rounds.subscribe();
        // A round in progress may have read the store before this call: wait for
        // it and for one more.
        let needed = *rounds.borrow_and_update() + if self.running() { 2 } else { 1 };
        self.wake();
        while *rounds.borrow_and_update() < needed {
            if rounds.changed().await.is_err() {
                return;
            }
        }
    }
}

impl SyncHandle {
    /// Ends the runner and waits for its thread; later calls do nothing.
    pub fn stop(&self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.wake.notify_one();
        let thread = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(thread) = thread {
            // A round in progress finishes its current request first.
            let _ = thread.join();
        }
    }
}

impl Drop for SyncHandle {
    fn drop(&mut self) {
        self.stop();
    }
}
