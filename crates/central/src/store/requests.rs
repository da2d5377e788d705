//! Received items ("requests" in the back office): idempotent insertion of pushed and
//! imported batches, listing with filters, reading one, the internal note, marking
//! done, and the ack query. Retention lives in [`super::retention`].

use std::collections::HashSet;

use serde::Serialize;
use syncproto::ValidItem;

use super::db::{args, Arg, Db, Isolation, Row};
use super::{timestamp, BookedAppointment, Store, StoreError};

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
    /// About a service and its payment not recorded (whether the service has a fee is
    /// the catalogue's to say; the caller keeps those that do).
    Unpaid,
}

impl StatusFilter {
    /// The SQL condition on `items i`.
    fn condition(self) -> &'static str {
        match self {
            StatusFilter::Open => "i.done_at IS NULL",
            StatusFilter::Done => "i.done_at IS NOT NULL",
            StatusFilter::All => "TRUE",
            StatusFilter::Unpaid => "i.service IS NOT NULL AND i.paid_at IS NULL",
        }
    }
}

/// What the inbox lists: status, and optionally one station, one topic, and a span
/// of receipt times (RFC 3339 bounds, `from` inclusive, `until` exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestFilter {
    /// Open, done or all.
    pub status: StatusFilter,
    /// Only from this station id.
    pub station: Option<String>,
    /// Only of this topic.
    pub topic: Option<String>,
    /// Received at or after.
    pub from: Option<String>,
    /// Received before.
    pub until: Option<String>,
    /// At most this many, oldest first.
    pub limit: u32,
}

impl RequestFilter {
    /// All requests of one status, at most `limit`.
    pub fn status(status: StatusFilter, limit: u32) -> RequestFilter {
        RequestFilter {
            status,
            station: None,
            topic: None,
            from: None,
            until: None,
            limit,
        }
    }
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
    /// Who marked it done.
    pub done_by: Option<String>,
    /// When the back office recorded its fee as paid; `None` while unpaid or without fee.
    pub paid_at: Option<String>,
    /// Who recorded the payment.
    pub paid_by: Option<String>,
    /// The appointment the central booked for it, if it did.
    pub appointment: Option<BookedAppointment>,
    /// Why an appointment wish could not be booked (or that it is being booked).
    pub appointment_problem: Option<String>,
    /// When retention deleted its personal part; `None` while it is kept.
    pub purged_at: Option<String>,
}

/// A request with its sealed personal part.
#[derive(Debug, Clone)]
pub struct StoredRequest {
    /// The request's metadata.
    pub summary: RequestSummary,
    /// The HPKE-sealed personal part as the station sent it; only the central's private
    /// key opens it. Empty once retention deleted it.
    pub sealed: Vec<u8>,
    /// The clerks' internal note, sealed to the central's key
    /// ([`syncproto::seal::seal_note`]).
    pub note: Option<Vec<u8>>,
}

/// How many columns [`SUMMARY_COLUMNS`] names.
pub(super) const SUMMARY_COUNT: usize = 20;
pub(super) const SUMMARY_COLUMNS: &str =
    "i.id, i.kind, i.created_at, i.received_at, i.station_id, s.name,
     i.source, i.service, i.topic, i.place, i.done_at, i.done_by, i.purged_at, i.paid_at,
     i.paid_by, i.appointment_at, i.appointment_office, i.appointment_number,
     i.appointment_problem, i.appointment_cancelled_at";

pub(super) fn summary_from_row(row: &Row) -> Result<RequestSummary, StoreError> {
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
        done_by: row.get(11)?,
        purged_at: row.get(12)?,
        paid_at: row.get(13)?,
        paid_by: row.get(14)?,
        appointment: match row.get::<Option<i64>>(15)? {
            Some(at) => Some(BookedAppointment {
                at,
                office: row.get(16)?,
                number: row.get(17)?,
                cancelled_at: row.get(19)?,
            }),
            None => None,
        },
        appointment_problem: row.get(18)?,
    })
}

/// Row counts of the multi-row `INSERT` statements a batch is split into: a few fixed
/// sizes, so that a connection prepares (and caches) at most four such statements.
const INSERT_SIZES: [usize; 4] = [500, 100, 10, 1];

/// `items` cut into runs of the sizes in [`INSERT_SIZES`], largest first.
fn insert_runs(items: &[ValidItem]) -> Vec<&[ValidItem]> {
    let mut runs = Vec::new();
    let mut rest = items;
    for size in INSERT_SIZES {
        while rest.len() >= size {
            let (run, after) = rest.split_at(size);
            runs.push(run);
            rest = after;
        }
    }
    runs
}

/// One multi-row `INSERT` of `run` (received now from `station_id` by way of `source`)
/// followed by `tail`; returns the rows `tail` returns.
fn insert_run(
    db: &mut Db,
    station_id: &str,
    source: &str,
    received_at: &str,
    run: &[ValidItem],
    tail: &str,
) -> Result<Vec<Row>, StoreError> {
    const COLUMNS: usize = 10;
    let texts: Vec<(String, &str, String)> = run
        .iter()
        .map(|item| (item.id_text(), item.kind.as_str(), item.created_at_text()))
        .collect();
    let mut values: Vec<&dyn Arg> = Vec::with_capacity(run.len() * COLUMNS);
    for (item, (id, kind, created_at)) in run.iter().zip(&texts) {
        values.extend([
            id as &dyn Arg,
            kind,
            created_at,
            &received_at,
            &station_id,
            &source,
            &item.meta.service,
            &item.meta.topic,
            &item.meta.station,
            &item.sealed,
        ]);
    }
    let rows: Vec<String> = (0..run.len())
        .map(|row| {
            let numbers: Vec<String> = (1..=COLUMNS)
                .map(|column| format!("${}", row * COLUMNS + column))
                .collect();
            format!("({})", numbers.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO items (id, kind, created_at, received_at, station_id, source, service,
                            topic, place, sealed)
         VALUES {} {tail}",
        rows.join(", ")
    );
    db.query(&sql, &values)
}

/// Inserts each item unless its id is stored already (`ON CONFLICT (id) DO NOTHING`,
/// a few hundred rows per statement), then tells a resend (`Duplicate`: same kind,
/// station and blob, or purged since) from a `Conflict` by comparing what is stored.
/// On PostgreSQL an insert of an id another transaction is inserting waits for it, so
/// the same item pushed to two central processes at once is stored once and found the
/// second time.
pub(super) fn insert_items(
    db: &mut Db,
    station_id: &str,
    source: &str,
    items: &[ValidItem],
) -> Result<Vec<InsertOutcome>, StoreError> {
    let received_at = timestamp();
    let mut outcomes = Vec::with_capacity(items.len());
    for run in insert_runs(items) {
        let mut inserted = insert_run(
            db,
            station_id,
            source,
            &received_at,
            run,
            "ON CONFLICT (id) DO NOTHING RETURNING id",
        )?
        .iter()
        .map(|row| row.get::<String>(0))
        .collect::<Result<HashSet<String>, StoreError>>()?;
        for item in run {
            let id = item.id_text();
            // `remove`: an id twice in one batch is stored once, then a duplicate.
            let outcome = if inserted.remove(&id) {
                InsertOutcome::Stored
            } else {
                let same: bool = db
                    .query_one(
                        "SELECT kind = $2 AND station_id = $3
                                AND (sealed = $4 OR purged_at IS NOT NULL)
                         FROM items WHERE id = $1",
                        args![id, item.kind.as_str(), station_id, item.sealed],
                    )?
                    .get(0)?;
                if same {
                    InsertOutcome::Duplicate
                } else {
                    InsertOutcome::Conflict
                }
            };
            outcomes.push(outcome);
        }
    }
    if outcomes.contains(&InsertOutcome::Stored) {
        super::payments::apply_paid(db, station_id)?;
    }
    Ok(outcomes)
}

impl Store {
    /// Inserts items that are known to be new in one transaction, as plainly as the
    /// database allows (the benchmark's raw rate, see [`crate::baseline`]).
    pub(crate) fn insert_new_items(
        &self,
        station_id: &str,
        items: &[ValidItem],
    ) -> Result<(), StoreError> {
        let received_at = timestamp();
        self.db().transaction(Isolation::ReadCommitted, |db| {
            for run in insert_runs(items) {
                insert_run(db, station_id, "push", &received_at, run, "")?;
            }
            Ok(())
        })
    }

    /// Stores a pushed batch in one transaction and notes the station's sync time.
    /// Each item gets its own outcome; a conflict does not stop the others.
    pub fn store_push(
        &mut self,
        station_id: &str,
        items: &[ValidItem],
    ) -> Result<Vec<InsertOutcome>, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let outcomes = insert_items(db, station_id, "push", items)?;
            db.execute(
                "UPDATE stations SET last_push_at = $2, last_seen_at = $2 WHERE id = $1",
                args![station_id, timestamp()],
            )?;
            Ok(outcomes)
        })
    }

    /// Stores the items of an export file all or nothing: any conflict rolls back.
    /// Returns (stored, duplicate).
    pub fn store_import(
        &mut self,
        station_id: &str,
        items: &[ValidItem],
    ) -> Result<(u64, u64), StoreError> {
        let outcomes = self.db().transaction(Isolation::ReadCommitted, |db| {
            let outcomes = insert_items(db, station_id, "import", items)?;
            if let Some(position) = outcomes.iter().position(|o| *o == InsertOutcome::Conflict) {
                return Err(StoreError::ImportConflict(items[position].id_text()));
            }
            db.execute(
                "UPDATE stations SET last_import_at = $2 WHERE id = $1",
                args![station_id, timestamp()],
            )?;
            Ok(outcomes)
        })?;
        let stored = outcomes
            .iter()
            .filter(|o| **o == InsertOutcome::Stored)
            .count() as u64;
        Ok((stored, outcomes.len() as u64 - stored))
    }

    /// Requests matching `filter`, oldest first.
    pub fn list_requests(&self, filter: &RequestFilter) -> Result<Vec<RequestSummary>, StoreError> {
        self.db()
            .query(
                &format!(
                    "SELECT {SUMMARY_COLUMNS} FROM items i JOIN stations s ON s.id = i.station_id
                     WHERE {} AND (CAST($1 AS TEXT) IS NULL OR i.station_id = $1)
                       AND (CAST($2 AS TEXT) IS NULL OR i.topic = $2)
                       AND (CAST($3 AS TEXT) IS NULL OR i.received_at >= $3)
                       AND (CAST($4 AS TEXT) IS NULL OR i.received_at < $4)
                     ORDER BY i.received_at, i.id LIMIT $5",
                    filter.status.condition()
                ),
                args![
                    filter.station,
                    filter.topic,
                    filter.from,
                    filter.until,
                    filter.limit
                ],
            )?
            .iter()
            .map(summary_from_row)
            .collect()
    }

    /// The topics that occur, for the inbox's filter.
    pub fn request_topics(&self) -> Result<Vec<String>, StoreError> {
        self.db()
            .query("SELECT DISTINCT topic FROM items ORDER BY topic", args![])?
            .iter()
            .map(|row| row.get(0))
            .collect()
    }

    /// One request with its sealed part.
    pub fn request(&self, id: &str) -> Result<Option<StoredRequest>, StoreError> {
        self.db()
            .query_opt(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, i.sealed, i.note FROM items i
                     JOIN stations s ON s.id = i.station_id WHERE i.id = $1"
                ),
                args![id],
            )?
            .map(|row| {
                Ok(StoredRequest {
                    summary: summary_from_row(&row)?,
                    sealed: row.get(SUMMARY_COUNT)?,
                    note: row.get(SUMMARY_COUNT + 1)?,
                })
            })
            .transpose()
    }

    /// Marks a request done by `clerk` (a second call keeps the first time and clerk);
    /// `None` when there is no such request.
    pub fn mark_done(
        &mut self,
        id: &str,
        clerk: &str,
    ) -> Result<Option<RequestSummary>, StoreError> {
        self.db().execute(
            "UPDATE items SET done_at = $2, done_by = $3 WHERE id = $1 AND done_at IS NULL",
            args![id, timestamp(), clerk],
        )?;
        Ok(self.request(id)?.map(|request| request.summary))
    }

    /// Records that a request's fee was paid, by `clerk` (a second call keeps the first
    /// time and clerk); `false` when there is no such request.
    pub fn mark_paid(&mut self, id: &str, clerk: &str) -> Result<bool, StoreError> {
        self.db().execute(
            "UPDATE items SET paid_at = $2, paid_by = $3 WHERE id = $1 AND paid_at IS NULL",
            args![id, timestamp(), clerk],
        )?;
        Ok(self.request(id)?.is_some())
    }

    /// Replaces a request's sealed internal note (`None` removes it); `false` when there
    /// is no such request or its personal data was deleted.
    pub fn set_note(&mut self, id: &str, note: Option<&[u8]>) -> Result<bool, StoreError> {
        Ok(self.db().execute(
            "UPDATE items SET note = $2 WHERE id = $1 AND purged_at IS NULL",
            args![id, note],
        )? == 1)
    }

    /// Those of `ids` the central holds from station `station_id`.
    pub fn present_ids(&self, station_id: &str, ids: &[String]) -> Result<Vec<String>, StoreError> {
        let mut db = self.db();
        let mut present = Vec::new();
        for id in ids {
            let found = db.query_opt(
                "SELECT 1 FROM items WHERE id = $1 AND station_id = $2",
                args![id, station_id],
            )?;
            if found.is_some() {
                present.push(id.clone());
            }
        }
        Ok(present)
    }

    /// How many items the central holds.
    pub fn item_count(&self) -> Result<u64, StoreError> {
        self.db()
            .query_one("SELECT count(*) FROM items", args![])?
            .get(0)
    }
}
