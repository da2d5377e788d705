//! Waiting tickets: draw the next number of a station's day for a kind of matter (with
//! its expected wait and time window), call the next person to a desk, mark a ticket
//! served or gone, list the day and its latest calls.
//!
//! A number is never handed out twice for the same station and local day: the draw
//! reads `MAX(number)` and inserts `+1` inside one `BEGIN IMMEDIATE` transaction (so
//! concurrent processes queue up), `UNIQUE(station_id, day, number)` backs this in the
//! schema, rows are never deleted, and `synchronous=FULL` makes a commit survive power
//! loss before the number is shown.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::clock::{from_stored, local_day, to_stored};
use crate::desks;
use crate::error::{Result, StationError};
use crate::kinds::Kind;
use crate::plan::Station;
use crate::store::Store;
use crate::time_window::TimeWindow;
use crate::wait;

/// Where a ticket stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Drawn, not yet called.
    Waiting,
    /// Called to a desk.
    Called,
    /// Served at the desk (final).
    Served,
    /// Left or did not come when called (final).
    Gone,
}

impl Status {
    /// The value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Called => "called",
            Self::Served => "served",
            Self::Gone => "gone",
        }
    }

    /// German word for staff output (message `ticket-status-<status>`, e.g. "wartend").
    pub fn german(self) -> String {
        texts::german(&format!("ticket-status-{}", self.as_str()), &[])
    }

    fn from_stored(text: &str) -> Option<Self> {
        [Self::Waiting, Self::Called, Self::Served, Self::Gone]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// The final status a staff member can give a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The person was served; needs the ticket to have been called.
    Served,
    /// The person is gone; allowed while waiting or called.
    Gone,
}

impl From<Outcome> for Status {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Served => Self::Served,
            Outcome::Gone => Self::Gone,
        }
    }
}

/// One waiting ticket as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ticket {
    /// Row id, for [`mark`].
    pub id: i64,
    /// Station the ticket was drawn at.
    pub station_id: String,
    /// Local day (Europe/Berlin) the number belongs to.
    pub day: NaiveDate,
    /// 1, 2, 3 … per station and day, shared by all kinds.
    pub number: u32,
    /// What the citizen sees, e.g. `A-017` (the letter says the kind).
    pub label: String,
    /// The kind of matter it was drawn for.
    pub kind: Kind,
    /// The desk it was called to, once called.
    pub desk: Option<u8>,
    /// When to be back, if the station was open when it was drawn.
    pub window: Option<TimeWindow>,
    /// The place of its call among all calls on this laptop, in commit order.
    pub call_seq: Option<i64>,
    /// Current status.
    pub status: Status,
    /// When the ticket was drawn.
    pub drawn_at: DateTime<Utc>,
    /// When it was called, if it was.
    pub called_at: Option<DateTime<Utc>>,
    /// When it was marked served or gone.
    pub finished_at: Option<DateTime<Utc>>,
}

/// A freshly drawn ticket with the wait it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    /// The ticket as stored (with its time window).
    pub ticket: Ticket,
    /// Minutes until it is probably called; `None` while the station is closed.
    pub expected_wait_minutes: Option<u32>,
}

/// `A-017` for an eID ticket with number 17; numbers above 999 keep all their digits.
pub fn label(kind: Kind, number: u32) -> String {
    format!("{}-{number:03}", kind.letter())
}

const COLUMNS: &str = "id, station_id, day, number, kind, desk, window_from, window_to, call_seq, \
     status, drawn_at, called_at, finished_at";

/// Draws the next number of `station`'s current local day for `kind`, with its
/// expected wait and a time window that is never earlier than the window of an
/// earlier ticket of the same kind. Refused when no desk serves `kind`.
pub fn draw(store: &Store, station: &Station, kind: Kind, now: DateTime<Utc>) -> Result<Drawn> {
    let day = local_day(now).to_string();
    let tx = store.write_transaction()?;
    let desks = desks::read(&tx)?;
    if !desks::offered(&desks).contains(&kind) {
        return Err(StationError::KindNotServed(kind.german()));
    }
    let number: u32 = tx.query_row(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets WHERE station_id = ?1 AND day = ?2",
        params![station.id, day],
        |row| row.get(0),
    )?;
    tx.execute(
        "INSERT INTO tickets (station_id, day, number, kind, status, drawn_at)
         VALUES (?1, ?2, ?3, ?4, 'waiting', ?5)",
        params![station.id, day, number, kind.as_str(), to_stored(now)],
    )?;
    let id = tx.last_insert_rowid();
    let ticket = by_id(&tx, id)?;
    let expected_wait_minutes = wait::expected_wait_minutes(&tx, station, &desks, &ticket, now)?;
    if let Some(minutes) = expected_wait_minutes {
        let previous: Option<String> = tx.query_row(
            "SELECT MAX(window_from) FROM tickets
             WHERE station_id = ?1 AND day = ?2 AND kind = ?3 AND number < ?4",
            params![station.id, day, kind.as_str(), number],
            |row| row.get(0),
        )?;
        let not_before = previous.and_then(|text| from_stored(&text).ok());
        let window = TimeWindow::for_wait(now, minutes, not_before);
        tx.execute(
            "UPDATE tickets SET window_from = ?2, window_to = ?3 WHERE id = ?1",
            params![id, to_stored(window.from), to_stored(window.to)],
        )?;
    }
    let ticket = by_id(&tx, id)?;
    tx.commit()?;
    Ok(Drawn {
        ticket,
        expected_wait_minutes,
    })
}

/// All tickets of `station_id` on the local day of `now`, by number.
pub fn today(store: &Store, station_id: &str, now: DateTime<Utc>) -> Result<Vec<Ticket>> {
    let mut statement = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM tickets WHERE station_id = ?1 AND day = ?2 ORDER BY number"
    ))?;
    let rows = statement.query_map(params![station_id, local_day(now).to_string()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The latest calls of the day, newest first: at most `limit` tickets that were
/// called (whatever became of them since).
pub fn latest_calls(
    store: &Store,
    station_id: &str,
    now: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<Ticket>> {
    let mut statement = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM tickets
         WHERE station_id = ?1 AND day = ?2 AND called_at IS NOT NULL
         ORDER BY call_seq IS NULL, call_seq DESC, called_at DESC LIMIT ?3"
    ))?;
    let rows = statement.query_map(
        params![station_id, local_day(now).to_string(), limit],
        from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The newest call's place in the order of calls on this laptop (0 before any call).
pub fn last_call_seq(store: &Store) -> Result<i64> {
    Ok(store.conn().query_row(
        "SELECT COALESCE(MAX(call_seq), 0) FROM tickets",
        [],
        |row| row.get(0),
    )?)
}

/// The calls of `station_id` committed after call `seq`, in commit order.
pub fn calls_after(store: &Store, station_id: &str, seq: i64) -> Result<Vec<Ticket>> {
    let mut statement = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM tickets
         WHERE station_id = ?1 AND call_seq > ?2 ORDER BY call_seq"
    ))?;
    let rows = statement.query_map(params![station_id, seq], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Calls the oldest waiting ticket of the day that `desk` serves to that desk; `None`
/// when nobody waits for it.
pub fn call_next(
    store: &Store,
    station_id: &str,
    desk: u8,
    now: DateTime<Utc>,
) -> Result<Option<Ticket>> {
    let tx = store.write_transaction()?;
    let desk = desks::find(&tx, desk)?;
    let kinds = Kind::join(&desk.kinds);
    let next: Option<i64> = tx
        .query_row(
            "SELECT id FROM tickets WHERE station_id = ?1 AND day = ?2 AND status = 'waiting'
               AND instr(',' || ?3 || ',', ',' || kind || ',') > 0
             ORDER BY number LIMIT 1",
            params![station_id, local_day(now).to_string(), kinds],
            |row| row.get(0),
        )
        .optional()?;
    let Some(id) = next else { return Ok(None) };
    tx.execute(
        "UPDATE tickets SET status = 'called', called_at = ?2, desk = ?3,
             call_seq = (SELECT COALESCE(MAX(call_seq), 0) + 1 FROM tickets)
         WHERE id = ?1",
        params![id, to_stored(now), desk.number],
    )?;
    let ticket = by_id(&tx, id)?;
    tx.commit()?;
    Ok(Some(ticket))
}

/// Marks a ticket served (it must have been called) or gone (waiting or called).
pub fn mark(store: &Store, id: i64, outcome: Outcome, now: DateTime<Utc>) -> Result<Ticket> {
    let tx = store.write_transaction()?;
    let ticket = by_id(&tx, id)?;
    let allowed = match outcome {
        Outcome::Served => ticket.status == Status::Called,
        Outcome::Gone => matches!(ticket.status, Status::Waiting | Status::Called),
    };
    if !allowed {
        return Err(StationError::TicketTransition {
            label: ticket.label,
            from: ticket.status.german(),
            to: Status::from(outcome).german(),
        });
    }
    tx.execute(
        "UPDATE tickets SET status = ?2, finished_at = ?3 WHERE id = ?1",
        params![id, Status::from(outcome).as_str(), to_stored(now)],
    )?;
    let ticket = by_id(&tx, id)?;
    tx.commit()?;
    Ok(ticket)
}

fn by_id(conn: &rusqlite::Connection, id: i64) -> Result<Ticket> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM tickets WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(StationError::TicketNotFound(id))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Ticket> {
    let number: u32 = row.get("number")?;
    let kind = parsed(row, "kind", |text| text.parse::<Kind>().ok())?;
    let window = match (
        optional_instant(row, "window_from")?,
        optional_instant(row, "window_to")?,
    ) {
        (Some(from), Some(to)) => Some(TimeWindow { from, to }),
        _ => None,
    };
    Ok(Ticket {
        id: row.get("id")?,
        station_id: row.get("station_id")?,
        day: parsed(row, "day", |text| text.parse::<NaiveDate>().ok())?,
        number,
        label: label(kind, number),
        kind,
        desk: row.get("desk")?,
        window,
        call_seq: row.get("call_seq")?,
        status: parsed(row, "status", Status::from_stored)?,
        drawn_at: parsed(row, "drawn_at", |text| from_stored(text).ok())?,
        called_at: optional_instant(row, "called_at")?,
        finished_at: optional_instant(row, "finished_at")?,
    })
}

/// Reads a text column and converts it; a value that does not convert is reported as
/// a conversion failure of that column instead of a panic.
fn parsed<T>(
    row: &Row<'_>,
    column: &str,
    convert: impl FnOnce(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(column)?;
    convert(&text).ok_or_else(|| {
        let index = row.as_ref().column_index(column).unwrap_or_default();
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            texts::german(
                "error-detail-unexpected-value",
                &[("value", text.as_str().into()), ("column", column.into())],
            )
            .into(),
        )
    })
}

fn optional_instant(row: &Row<'_>, column: &str) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get::<_, Option<String>>(column)? {
        None => Ok(None),
        Some(_) => parsed(row, column, |text| from_stored(text).ok()).map(Some),
    }
}
