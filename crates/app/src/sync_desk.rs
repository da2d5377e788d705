//! The sync desk: the background sync of a running station (started on its store; it
//! idles until the station is enrolled), woken when a request is recorded, asked for a
//! round by staff; and the status staff see.

use station::sync::{self, RunnerOptions, SyncHandle, SyncStatus};

use crate::error::AppResult;
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
                    eprintln!("bürgerkoffer: Synchronisation nicht gestartet – {error}")
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
}
