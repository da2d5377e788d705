//! The sync desk: the background sync of a running station (started on its store; it
//! idles until the station is enrolled), woken when a request is recorded, asked for a
//! round by staff; the status staff see; and, for IT at the terminal (`bk`), joining
//! the central, one round with its progress, the dead letters and the USB export.
//! These work on the store alone: a station whose assets are broken still syncs.

use std::path::Path;

use chrono::{DateTime, Utc};
use station::outbox::{self, export, DeadLetter};
use station::sync::enrolment::{self, Enrolment};
use station::sync::round::{self, Progress, RoundOptions, RoundReport};
use station::sync::{self, RunnerOptions, SyncHandle, SyncStatus};
use station::Store;

use crate::error::AppResult;
use crate::messages::german;
use crate::station::Station;

/// The runner, when it could be started.
pub struct SyncDesk {
    handle: Option<SyncHandle>,
}

impl SyncDesk {
    /// Starts the runner on `station`'s store; without a station there is nothing to sync.
    pub fn start(station: Option<&Station>) -> Self {
        let handle = station.and_then(|station| {
            let path = station.store().path().to_path_buf();
            sync::spawn(path, RunnerOptions::default())
                .map_err(|error| {
                    eprintln!(
                        "{}",
                        german(
                            "log-sync-not-started",
                            &[("detail", error.to_string().into())]
                        )
                    )
                })
                .ok()
        });
        SyncDesk { handle }
    }

    /// A round is running right now.
    pub fn running(&self) -> bool {
        self.handle.as_ref().is_some_and(SyncHandle::running)
    }

    /// Something new to send: start a round soon.
    pub fn wake(&self) {
        if let Some(handle) = &self.handle {
            handle.wake();
        }
    }

    /// Ends the runner (at exit): a round in progress finishes its request first.
    pub fn stop(&self) {
        if let Some(handle) = &self.handle {
            handle.stop();
        }
    }

    /// Enrolment, outbox counts, last success and last error, running or not.
    pub fn status(&self, station: &Station) -> AppResult<SyncStatus> {
        Ok(sync::status(&station.store(), self.running())?)
    }

    /// Runs a round in the runner, waits for its end and returns the status after it;
    /// a failed round shows in `lastError`.
    pub async fn sync_now(&self, station: &Station) -> AppResult<SyncStatus> {
        if let Some(handle) = &self.handle {
            handle.sync_now().await;
        }
        self.status(station)
    }

    /// Puts every dead letter back to pending (IT has fixed the cause), then runs a
    /// round as [`SyncDesk::sync_now`] does.
    pub async fn retry_dead(&self, station: &Station) -> AppResult<SyncStatus> {
        retry_dead_letters(&station.store())?;
        self.sync_now(station).await
    }
}

/// Joins the central at `url` with IT's one-time `code` and pins its keys.
pub fn enrol(store: &Store, url: &str, code: &str, now: DateTime<Utc>) -> AppResult<Enrolment> {
    Ok(sync::block_on(enrolment::enrol(store, url, code, now))?)
}

/// Runs one round now, in batches of at most `batch_size`, telling `progress` after
/// every batch.
pub fn sync_once(
    store: &Store,
    batch_size: usize,
    progress: &mut dyn FnMut(Progress),
) -> AppResult<RoundReport> {
    let enrolment = enrolment::require(store)?;
    let options = RoundOptions { batch_size };
    Ok(sync::block_on(round::run(
        store,
        &enrolment,
        options,
        Utc::now,
        progress,
    ))?)
}

/// Enrolment, outbox counts, last success and last error (no runner: not running).
pub fn status(store: &Store) -> AppResult<SyncStatus> {
    Ok(sync::status(store, false)?)
}

/// The items the central rejected, with its reasons.
pub fn dead_letters(store: &Store) -> AppResult<Vec<DeadLetter>> {
    Ok(outbox::dead_letters(store)?)
}

/// Writes every pending item (with `include_dead` also the dead letters), sealed and
/// signed, to `file` (a USB stick); returns how many.
pub fn export(
    store: &Store,
    file: &Path,
    now: DateTime<Utc>,
    include_dead: bool,
) -> AppResult<u64> {
    Ok(export::export(store, now, file, include_dead)?)
}

/// Puts every dead letter back to pending, to be sent with the next round; returns how
/// many.
pub fn retry_dead_letters(store: &Store) -> AppResult<u64> {
    Ok(outbox::requeue_dead_letters(store, None)?)
}
