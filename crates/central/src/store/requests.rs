//! Received items ("requests" in the back office): idempotent insertion of pushed and
//! imported batches, listing, reading one, marking done, and the ack query.

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use syncproto::ValidItem;

use super::{timestamp, Store, StoreError};

/// What became of one item handed to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InsertOutcome {
    /// New; now stored.
    Stored,
    /// Already stored with the same content (a resend).
    Duplicate,
    /// Already stored with different content or from another station.
    Conflict,
}

/// Which requests to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    /// Not yet marked done.
    Open,
    /// Marked done.
    Done,
    /// Open and done alike.
    All,
}

/// A request's metadata (no personal data).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RequestSummary {
    /// The item's UUIDv7 as lower-case hyphenated text.
    pub id: String,
    /// Item kind by its wire name (e.g. `request`).
    pub kind: String,
    /// When the station recorded it: RFC 3339, UTC, milliseconds.
    pub created_at: String,
    /// When the central stored it: RFC 3339, UTC, milliseconds.
    pub received_at: String,
    /// Id of the station it came from.
    pub station_id: String,
    /// Name of the station it came from.
    pub station_name: String,
    /// How it arrived: `push` or `import`.
    pub source: String,
    /// Service catalogue id, when the request concerns one service.
    pub service: Option<String>,
    /// Topic chosen at the station from a fixed list (not free text).
    pub topic: String,
    /// Station plan id of the place where it was recorded.
    pub place: String,
    /// When the back office marked it done (RFC 3339, UTC, milliseconds); `None` while open.
    pub done_at: Option<String>,
}

/// A request with its sealed personal part.
#[derive(Debug, Clone)]
pub struct StoredRequest {
    /// The request's metadata.
    pub summary: RequestSummary,
    /// The HPKE-sealed personal part as the station sent it; only the central's private
    /// key opens it.
    pub sealed: Vec<u8>,
}

const SUMMARY_COLUMNS: &str = "i.id, i.kind, i.created_at, i.received_at, i.station_id, s.name,
     i.source, i.service, i.topic, i.place, i.done_at";

fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<RequestSummary> {
    Ok(RequestSummary {
        id: row.get(0)?,
        kind: row.get(1)?,
        created_at: row.get(2)?,
        received_at: row.get(3)?,
        station_id: row.get(4)?,
        station_name: row.get(5)?,
        source: row.get(6)?,
        service: row.get(7)?,
        topic: row.get(8)?,
        place: row.get(9)?,
        done_at: row.get(10)?,
    })
}

/// Inserts items with `ON CONFLICT(id) DO NOTHING`; a conflict is then told apart from
/// a resend by comparing what is stored.
fn insert_items(
    tx: &Transaction<'_>,
    station_id: &str,
    source: &str,
    items: &[ValidItem],
) -> Result<Vec<InsertOutcome>, StoreError> {
    let received_at = timestamp();
    let mut insert = tx.prepare_cached(
        "INSERT INTO items (id, kind, created_at, received_at, station_id, source, service,
                            topic, place, sealed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO NOTHING",
    )?;
    let mut existing = tx.prepare_cached(
        "SELECT kind = ?2 AND station_id = ?3 AND sealed = ?4 FROM items WHERE id = ?1",
    )?;
    let mut outcomes = Vec::with_capacity(items.len());
    for item in items {
        let id = item.id_text();
        let inserted = insert.execute(params![
            id,
            item.kind.as_str(),
            item.created_at_text(),
            received_at,
            station_id,
            source,
            item.meta.service,
            item.meta.topic,
            item.meta.station,
            item.sealed,
        ])?;
        let outcome = if inserted == 1 {
            InsertOutcome::Stored
        } else {
            let same: bool = existing.query_row(
                params![id, item.kind.as_str(), station_id, item.sealed],
                |row| row.get(0),
            )?;
            if same {
                InsertOutcome::Duplicate
            } else {
                InsertOutcome::Conflict
            }
        };
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

impl Store {
    /// Stores a pushed batch in one transaction and notes the station's sync time.
    /// Each item gets its own outcome; a conflict does not stop the others.
    pub fn store_push(
        &mut self,
        station_id: &str,
        items: &[ValidItem],
    ) -> Result<Vec<InsertOutcome>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcomes = insert_items(&tx, station_id, "push", items)?;
        tx.execute(
            "UPDATE stations SET last_push_at = ?2, last_seen_at = ?2 WHERE id = ?1",
            params![station_id, timestamp()],
        )?;
        tx.commit()?;
        Ok(outcomes)
    }

    /// Stores the items of an export file all or nothing: any conflict rolls back.
    /// Returns (stored, duplicate).
    pub fn store_import(
        &mut self,
        station_id: &str,
        items: &[ValidItem],
    ) -> Result<(u64, u64), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcomes = insert_items(&tx, station_id, "import", items)?;
        if let Some(position) = outcomes.iter().position(|o| *o == InsertOutcome::Conflict) {
            return Err(StoreError::ImportConflict(items[position].id_text()));
        }
        tx.execute(
            "UPDATE stations SET last_import_at = ?2 WHERE id = ?1",
            params![station_id, timestamp()],
        )?;
        tx.commit()?;
        let stored = outcomes
            .iter()
            .filter(|o| **o == InsertOutcome::Stored)
            .count() as u64;
        Ok((stored, outcomes.len() as u64 - stored))
    }

    /// Requests by status, oldest first, at most `limit`.
    pub fn list_requests(
        &self,
        filter: StatusFilter,
        limit: u32,
    ) -> Result<Vec<RequestSummary>, StoreError> {
        let condition = match filter {
            StatusFilter::Open => "i.done_at IS NULL",
            StatusFilter::Done => "i.done_at IS NOT NULL",
            StatusFilter::All => "1",
        };
        let mut statement = self.conn.prepare(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM items i JOIN stations s ON s.id = i.station_id
             WHERE {condition} ORDER BY i.received_at, i.id LIMIT ?1"
        ))?;
        let rows = statement.query_map([limit], summary_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One request with its sealed part.
    pub fn request(&self, id: &str) -> Result<Option<StoredRequest>, StoreError> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, i.sealed FROM items i
                     JOIN stations s ON s.id = i.station_id WHERE i.id = ?1"
                ),
                [id],
                |row| {
                    Ok(StoredRequest {
                        summary: summary_from_row(row)?,
                        sealed: row.get(11)?,
                    })
                },
            )
            .optional()?)
    }

    /// Marks a request done (a second call keeps the first time); `None` when there
    /// is no such request.
    pub fn mark_done(&mut self, id: &str) -> Result<Option<RequestSummary>, StoreError> {
        self.conn.execute(
            "UPDATE items SET done_at = ?2 WHERE id = ?1 AND done_at IS NULL",
            params![id, timestamp()],
        )?;
        Ok(self.request(id)?.map(|request| request.summary))
    }

    /// Those of `ids` the central holds from station `station_id`.
    pub fn present_ids(&self, station_id: &str, ids: &[String]) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT 1 FROM items WHERE id = ?1 AND station_id = ?2")?;
        let mut present = Vec::new();
        for id in ids {
            if statement.exists(params![id, station_id])? {
                present.push(id.clone());
            }
        }
        Ok(present)
    }

    /// How many items the central holds.
    pub fn item_count(&self) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM items", [], |row| row.get(0))?)
    }
}
