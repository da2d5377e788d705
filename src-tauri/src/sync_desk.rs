//! The background sync of the running app: started at start-up on the station's
//! store (it idles while the station is not enrolled and starts syncing once it is),
//! woken when a request is recorded, asked for a round by staff.

use station::sync::{self, RunnerOptions, SyncHandle};

use crate::shell::Shell;

/// Managed state: the runner, when the store could be opened.
pub struct SyncDesk {
    handle: Option<SyncHandle>,
}

impl SyncDesk {
    /// Starts the runner on the shell's store; without a store there is nothing to sync.
    pub fn start(shell: &Shell) -> Self {
        let handle = shell.station().ok().and_then(|station| {
            let path = station.store().path().to_path_buf();
            sync::spawn(path, RunnerOptions::default())
                .map_err(|error| {
                    eprintln!("bürgerkoffer: Synchronisation nicht gestartet – {error}")
                })
                .ok()
        });
        Self { handle }
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

    /// Ends the runner (at app exit): a round in progress finishes its request first.
    pub fn stop(&self) {
        if let Some(handle) = &self.handle {
            handle.stop();
        }
    }

    /// Runs a round and waits for its end.
    pub async fn sync_now(&self) {
        if let Some(handle) = &self.handle {
            handle.sync_now().await;
        }
    }
}
