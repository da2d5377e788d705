//! Retention: the personal part of a request (sealed content, internal note and the
//! documents handed in for it) is deleted a set number of days after it was marked
//! done; the row stays, so what was received and deleted remains countable. Each deletion is written to the audit log
//! in the same transaction. Requests open for too long are counted for the admins.

use super::audit::{audit_in, AuditAction};
use super::db::{args, Backend, Isolation};
use super::documents::delete_documents_of;
use super::{timestamp, timestamp_of, Store, StoreError};
use chrono::Utc;

/// How long a booking begun and not settled is kept: beyond the appointment system's
/// booking horizon (four weeks).
const ATTEMPTS_KEPT: chrono::Duration = chrono::Duration::days(60);

/// Who the audit log names for what the program does by itself.
pub const PROGRAM_ACTOR: &str = "bk-central";

/// Requests counted by their retention state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RetentionCounts {
    /// Requests whose personal part was deleted.
    pub purged: u64,
    /// Requests open since before the overdue cutoff.
    pub overdue: u64,
}

impl Store {
    /// Deletes the personal part of every request marked done before `done_before`
    /// (RFC 3339) and returns their ids; `reason` goes into each audit entry.
    pub fn purge_done_before(
        &mut self,
        done_before: &str,
        reason: &str,
    ) -> Result<Vec<String>, StoreError> {
        let now = timestamp();
        let empty: &[u8] = &[];
        let mut db = self.db();
        let ids = db.transaction(Isolation::ReadCommitted, |db| {
            let ids: Vec<String> = db
                .query(
                    "UPDATE items SET sealed = $3, note = NULL, purged_at = $2
                     WHERE done_at IS NOT NULL AND done_at < $1 AND purged_at IS NULL
                     RETURNING id",
                    args![done_before, now, empty],
                )?
                .iter()
                .map(|row| row.get(0))
                .collect::<Result<_, _>>()?;
            // A booking begun and never settled (its request never came back) concerns
            // an appointment long past after this while.
            db.execute(
                "DELETE FROM booking_attempts WHERE started_at < $1",
                args![timestamp_of(Utc::now() - ATTEMPTS_KEPT)],
            )?;
            for id in &ids {
                delete_documents_of(db, id)?;
                audit_in(
                    db,
                    PROGRAM_ACTOR,
                    AuditAction::Delete,
                    Some(id),
                    Some(reason),
                )?;
            }
            Ok(ids)
        })?;
        if !ids.is_empty() && db.backend() == Backend::Sqlite {
            // Old page images in the write-ahead log still hold what was deleted.
            // (PostgreSQL's VACUUM reclaims the space; the server's own job.)
            db.query("PRAGMA wal_checkpoint(TRUNCATE)", args![])?;
        }
        Ok(ids)
    }

    /// How many requests were purged, and how many are open since before
    /// `open_before` (RFC 3339).
    pub fn retention_counts(&self, open_before: &str) -> Result<RetentionCounts, StoreError> {
        let row = self.db().query_one(
            "SELECT count(*) FILTER (WHERE purged_at IS NOT NULL),
                    count(*) FILTER (WHERE done_at IS NULL AND received_at < $1)
             FROM items",
            args![open_before],
        )?;
        Ok(RetentionCounts {
            purged: row.get(0)?,
            overdue: row.get(1)?,
        })
    }
}
