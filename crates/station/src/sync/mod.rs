//! Sync with the central backend (`docs/sync-api.openapi.yaml`, `docs/sync.md`).
//!
//! - [`enrolment`]: redeem the one-time code, pin the central's keys.
//! - [`client`]: the HTTP client (reqwest, rustls).
//! - [`round`]: one round — ack-query, push in batches, pull configuration;
//!   [`report`]: what it did.
//! - [`push`]: the pushes of a round, one batch travelling while the last is recorded.
//! - [`runner`]: the background task with [`backoff`].
//! - [`figures`]: the day's figures to the central, its counts of all stations back.
//! - [`config`]: the pulled configuration, applied all or nothing.
//! - [`state`]: what staff see (`sync_status`).
//! - the error type [`SyncError`], in [`error`].
//!
//! The async functions run on any tokio runtime; on a multi-thread one a push travels
//! while the store records the previous answer. [`block_on`] runs one on a fresh
//! [`runtime`] for callers without one (the `bk` command line).

pub mod backoff;
pub mod client;
pub mod config;
pub mod enrolment;
pub mod error;
pub mod figures;
pub mod paid;
mod push;
pub mod report;
pub mod round;
pub mod runner;
pub mod state;

use std::future::Future;

pub use error::SyncError;
pub use runner::{spawn, RunnerOptions, SyncHandle};
pub use state::{status, SyncStatus};

/// Runs `future` to completion on a new [`runtime`].
pub fn block_on<T>(future: impl Future<Output = Result<T, SyncError>>) -> Result<T, SyncError> {
    runtime()
        .map_err(|e| SyncError::Unreachable(e.to_string()))?
        .block_on(future)
}

/// The runtime for sync work: the calling thread runs the round (and its SQLite
/// writes), one worker thread drives the requests meanwhile.
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("bk-sync-net")
        .enable_all()
        .build()
}
