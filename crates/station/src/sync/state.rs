//! What staff see of the sync: enrolment, outbox counts, last success and last error.
//!
//! The outcome of each round is kept in the store (`sync_state`), so the status
//! survives restarts and every process (kiosk app, `bk`) sees the same.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::enrolment;
use crate::clock::to_stored;
use crate::error::Result;
use crate::outbox;
use crate::store::Store;

/// The last failed round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct LastError {
    /// When (RFC 3339).
    pub at: String,
    /// What went wrong (German).
    pub message: String,
}

/// `sync_status` of `docs/ipc.md`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// The station has an enrolment.
    pub enrolled: bool,
    /// The central's address.
    pub central_url: Option<String>,
    /// Items waiting for the central.
    pub pending: u64,
    /// Items the central rejected.
    pub dead_letter: u64,
    /// Items the central holds.
    pub acknowledged: u64,
    /// End of the last round that went through (RFC 3339).
    pub last_success_at: Option<String>,
    /// The last failure, if it came after the last success.
    pub last_error: Option<LastError>,
    /// A round is running right now.
    pub running: bool,
}

/// The current status; `running` comes from the caller (the runner knows it).
pub fn status(store: &Store, running: bool) -> Result<SyncStatus> {
    let enrolment = enrolment::load(store)?;
    let counts = outbox::counts(store)?;
    let (last_success_at, last_error) = store
        .conn()
        .query_row(
            "SELECT last_success_at, last_error_at, last_error_message FROM sync_state WHERE id = 1",
            [],
            |row| {
                let success: Option<String> = row.get(0)?;
                let error_at: Option<String> = row.get(1)?;
                let message: Option<String> = row.get(2)?;
                Ok((success, error_at.zip(message)))
            },
        )
        .optional()?
        .unwrap_or_default();
    Ok(SyncStatus {
        enrolled: enrolment.is_some(),
        central_url: enrolment.map(|e| e.central_url),
        pending: counts.pending,
        dead_letter: counts.dead_letter,
        acknowledged: counts.acknowledged,
        last_success_at,
        last_error: last_error.map(|(at, message)| LastError { at, message }),
        running,
    })
}

/// Records a round that went through; clears the last error.
pub(crate) fn record_success(store: &Store, now: DateTime<Utc>) -> Result<()> {
    store.conn().execute(
        "INSERT INTO sync_state (id, last_success_at) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET last_success_at = excluded.last_success_at,
             last_error_at = NULL, last_error_message = NULL",
        params![to_stored(now)],
    )?;
    Ok(())
}

/// Records a failed round.
pub(crate) fn record_error(store: &Store, now: DateTime<Utc>, message: &str) -> Result<()> {
    store.conn().execute(
        "INSERT INTO sync_state (id, last_error_at, last_error_message) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET last_error_at = excluded.last_error_at,
             last_error_message = excluded.last_error_message",
        params![to_stored(now), message],
    )?;
    Ok(())
}
