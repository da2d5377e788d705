//! Sync with the central backend (`docs/sync-api.openapi.yaml`, `docs/sync.md`).
//!
//! - [`enrolment`]: redeem the one-time code, pin the central's keys.
//! - [`client`]: the HTTP client (reqwest, rustls).
//! - [`round`]: one round — ack-query, push in batches, pull configuration.
//! - [`runner`]: the background task with [`backoff`].
//! - [`config`]: the pulled configuration, applied all or nothing.
//! - [`state`]: what staff see (`sync_status`).
//! - the error type [`SyncError`], in [`error`].
//!
//! The async functions run on any tokio runtime; [`block_on`] runs one on a fresh
//! current-thread runtime for callers without one (the `bk` command line).

pub mod backoff;
pub mod client;
pub mod config;
pub mod enrolment;
pub mod error;
pub mod round;
pub mod runner;
pub mod state;

use std::future::Future;

pub use error::SyncError;
pub use runner::{spawn, RunnerOptions, SyncHandle};
pub use state::{status, SyncStatus};

/// Runs `future` to completion on a new current-thread tokio runtime.
pub fn block_on<T>(future: impl Future<Output = Result<T, SyncError>>) -> Result<T, SyncError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SyncError::Unreachable(e.to_string()))?
        .block_on(future)
}
