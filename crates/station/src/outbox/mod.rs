//! The outbox: items waiting for the central backend, with the personal part sealed.
//!
//! An item is written in the same transaction as the request it carries (see
//! [`crate::requests::submit`]) and goes through three states:
//!
//! - `pending`: not yet known to be at the central; pushed by [`crate::sync`] or
//!   written to a USB export file ([`export`]).
//! - `acknowledged`: the central holds it (`stored`/`duplicate`, or found by
//!   `ack-query` after a USB import). The sealed blob is deleted in the same
//!   transaction; the row (id, topic, place, time) stays for the figures.
//! - `dead_letter`: the central rejected it with a reason; it no longer blocks the
//!   others and waits for IT, who can put it back to `pending`
//!   ([`requeue_dead_letters`], `bk sync --retry-dead`) or export it.
//!
//! The store runs with `synchronous=FULL`, so a committed item survives power loss.

pub mod export;
mod rows;

use chrono::{DateTime, Utc};
use rusqlite::{params, ErrorCode, Transaction};
use serde::Serialize;
use syncproto::{ItemOutcome, PushItem, ValidItem};

use crate::clock::to_stored;
use crate::error::{Result, StationError};
use crate::store::Store;

pub use rows::DeadLetter;

/// How many items are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutboxCounts {
    /// Waiting for the central.
    pub pending: u64,
    /// Rejected by the central.
    pub dead_letter: u64,
    /// Held by the central; blob deleted here.
    pub acknowledged: u64,
}

/// A pending item as it will be pushed, with its position in the outbox.
#[derive(Debug, Clone)]
pub struct PendingItem {
    /// Position in the outbox (insertion order).
    pub seq: i64,
    /// The item in wire form.
    pub item: PushItem,
}

/// Adds `item` as pending, inside the caller's transaction.
pub(crate) fn enqueue(tx: &Transaction<'_>, item: &ValidItem) -> Result<()> {
    tx.execute(
        "INSERT INTO outbox (id, kind, created_at, meta, sealed, binding)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            item.id_text(),
            item.kind.as_str(),
            item.created_at_text(),
            rows::meta_json(&item.meta),
            item.sealed,
            item.binding.as_ref().map(|tag| &tag[..]),
        ],
    )?;
    Ok(())
}

/// Counts the items per state.
pub fn counts(store: &Store) -> Result<OutboxCounts> {
    let mut counts = OutboxCounts::default();
    let mut statement = store
        .conn()
        .prepare("SELECT state, count(*) FROM outbox GROUP BY state")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, u64>(1)?))
    })?;
    for row in rows {
        let (state, count) = row?;
        match state.as_str() {
            "pending" => counts.pending = count,
            "dead_letter" => counts.dead_letter = count,
            _ => counts.acknowledged = count,
        }
    }
    Ok(counts)
}

/// How many items are pending (an index range, cheap even with a long history).
pub fn pending_count(store: &Store) -> Result<u64> {
    Ok(store.conn().query_row(
        "SELECT count(*) FROM outbox WHERE state = 'pending'",
        [],
        |row| row.get(0),
    )?)
}

/// The next pending items after position `after_seq`, oldest first: at most
/// `max_items`, and together at most `max_bytes` of JSON (estimated from above).
pub fn pending_batch(
    store: &Store,
    after_seq: i64,
    max_items: usize,
    max_bytes: usize,
) -> Result<Vec<PendingItem>> {
    rows::pending_after(store.conn(), after_seq, max_items, max_bytes)
}

/// What [`record_outcomes`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recorded {
    /// Items now acknowledged.
    pub acknowledged: u64,
    /// Items moved to the dead-letter state.
    pub rejected: u64,
}

/// Records the central's answers for pushed items in one transaction: acknowledged
/// items lose their sealed blob, rejected ones become dead letters. Answers for ids
/// that are not pending (any more) change nothing.
pub fn record_outcomes(
    store: &Store,
    now: DateTime<Utc>,
    outcomes: &[(String, ItemOutcome)],
) -> Result<Recorded> {
    let tx = store.write_transaction()?;
    let write = || -> rusqlite::Result<Recorded> {
        let mut recorded = Recorded::default();
        let mut acknowledge = tx.prepare_cached(ACKNOWLEDGE)?;
        let mut reject = tx.prepare_cached(DEAD_LETTER)?;
        let at = to_stored(now);
        for (id, outcome) in outcomes {
            match outcome {
                ItemOutcome::Stored | ItemOutcome::Duplicate => {
                    recorded.acknowledged += acknowledge.execute(params![id, at])? as u64;
                }
                ItemOutcome::Rejected { reason, message } => {
                    let reason = rows::reason_code(reason);
                    recorded.rejected += reject.execute(params![id, reason, message])? as u64;
                }
            }
        }
        Ok(recorded)
    };
    let recorded = write().map_err(|e| storage_error(store, e))?;
    tx.commit().map_err(|e| storage_error(store, e))?;
    Ok(recorded)
}

/// Moves the given pending items to the dead-letter state with one reason (the
/// central refused their batch as a whole, see [`syncproto::BATCH_REFUSALS`]), in one
/// transaction. Returns how many changed.
pub fn dead_letter(store: &Store, ids: &[String], reason: &str, message: &str) -> Result<u64> {
    let tx = store.write_transaction()?;
    let write = || -> rusqlite::Result<u64> {
        let mut reject = tx.prepare_cached(DEAD_LETTER)?;
        let mut changed = 0;
        for id in ids {
            changed += reject.execute(params![id, reason, message])? as u64;
        }
        Ok(changed)
    };
    let changed = write().map_err(|e| storage_error(store, e))?;
    tx.commit().map_err(|e| storage_error(store, e))?;
    Ok(changed)
}

/// Moves dead letters back to pending (reason and message are dropped), so that the
/// next round sends them again at their old place in the order: all of them with
/// `None`, else those of the given ids (other ids change nothing). Returns how many.
pub fn requeue_dead_letters(store: &Store, ids: Option<&[String]>) -> Result<u64> {
    let tx = store.write_transaction()?;
    let write = || -> rusqlite::Result<u64> {
        let requeued = match ids {
            None => tx.execute(&format!("{REQUEUE} WHERE state = 'dead_letter'"), [])?,
            Some(ids) => {
                let mut requeue = tx.prepare_cached(&format!(
                    "{REQUEUE} WHERE state = 'dead_letter' AND id = ?1"
                ))?;
                let mut changed = 0;
                for id in ids {
                    changed += requeue.execute([id])?;
                }
                changed
            }
        };
        Ok(requeued as u64)
    };
    let requeued = write().map_err(|e| storage_error(store, e))?;
    tx.commit().map_err(|e| storage_error(store, e))?;
    Ok(requeued)
}

/// Marks the given pending items acknowledged (the central reported holding them,
/// e.g. after a USB import), in one transaction. Returns how many changed.
pub fn acknowledge(store: &Store, now: DateTime<Utc>, ids: &[String]) -> Result<u64> {
    let tx = store.write_transaction()?;
    let write = || -> rusqlite::Result<u64> {
        let mut acknowledge = tx.prepare_cached(ACKNOWLEDGE)?;
        let at = to_stored(now);
        let mut changed = 0;
        for id in ids {
            changed += acknowledge.execute(params![id, at])? as u64;
        }
        Ok(changed)
    };
    let changed = write().map_err(|e| storage_error(store, e))?;
    tx.commit().map_err(|e| storage_error(store, e))?;
    Ok(changed)
}

/// Ids of pending items that went into an export file, after position `after_seq`
/// (at most `limit`, oldest first), with their positions.
pub fn exported_pending(store: &Store, after_seq: i64, limit: usize) -> Result<Vec<(i64, String)>> {
    let mut statement = store.conn().prepare_cached(
        "SELECT seq, id FROM outbox
         WHERE state = 'pending' AND exported_at IS NOT NULL AND seq > ?1
         ORDER BY seq LIMIT ?2",
    )?;
    let rows = statement.query_map(params![after_seq, limit as i64], |row| {
        Ok((row.get(0)?, row.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The items the central rejected, oldest first.
pub fn dead_letters(store: &Store) -> Result<Vec<DeadLetter>> {
    rows::dead_letters(store.conn())
}

/// Acknowledging deletes the sealed blob in the same statement.
const ACKNOWLEDGE: &str =
    "UPDATE outbox SET state = 'acknowledged', sealed = NULL, binding = NULL, acknowledged_at = ?2
                           WHERE id = ?1 AND state = 'pending'";

/// A rejection moves a pending item to the dead letters with reason and message.
const DEAD_LETTER: &str =
    "UPDATE outbox SET state = 'dead_letter', reject_reason = ?2, reject_message = ?3
                           WHERE id = ?1 AND state = 'pending'";

/// Requeuing a dead letter (completed by a `WHERE`).
const REQUEUE: &str =
    "UPDATE outbox SET state = 'pending', reject_reason = NULL, reject_message = NULL";

/// A write that failed because the disk (or the database's size limit) is full
/// becomes [`StationError::DiskFull`]; anything else stays a database error.
pub(crate) fn storage_error(store: &Store, error: rusqlite::Error) -> StationError {
    match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StationError::DiskFull {
            path: store.path().to_path_buf(),
        },
        _ => StationError::Database(error),
    }
}
