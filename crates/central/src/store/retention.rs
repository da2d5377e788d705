//! Retention: the personal part of a request (sealed content and internal note) is
//! deleted a set number of days after it was marked done; the row stays, so what was
//! received and deleted remains countable. Each deletion is written to the audit log
//! in the same transaction. Requests open for too long are counted for the admins.

use rusqlite::{params, TransactionBehavior};

use super::audit::AuditAction;
use super::{timestamp, Store, StoreError};

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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ids: Vec<String> = {
            let mut statement = tx.prepare(
                "UPDATE items SET sealed = X'', note = NULL, purged_at = ?2
                 WHERE done_at IS NOT NULL AND done_at < ?1 AND purged_at IS NULL
                 RETURNING id",
            )?;
            let rows = statement.query_map(params![done_before, now], |row| row.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        {
            let mut audit = tx.prepare(
                "INSERT INTO audit_log (at, actor, action, subject, detail)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for id in &ids {
                audit.execute(params![
                    now,
                    PROGRAM_ACTOR,
                    AuditAction::Delete.as_str(),
                    id,
                    reason
                ])?;
            }
        }
        tx.commit()?;
        if !ids.is_empty() {
            // Old page images in the write-ahead log still hold what was deleted.
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(ids)
    }

    /// How many requests were purged, and how many are open since before
    /// `open_before` (RFC 3339).
    pub fn retention_counts(&self, open_before: &str) -> Result<RetentionCounts, StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*) FILTER (WHERE purged_at IS NOT NULL),
                    count(*) FILTER (WHERE done_at IS NULL AND received_at < ?1)
             FROM items",
            [open_before],
            |row| {
                Ok(RetentionCounts {
                    purged: row.get(0)?,
                    overdue: row.get(1)?,
                })
            },
        )?)
    }
}
