//! The day's figures of the kiosk's "Online-Ausweis & PIN" function and the citizens'
//! calls for staff help.
//!
//! Only counts and reasons are kept: how many PIN changes were done, failed or referred
//! to staff per local day (Europe/Berlin), and when a citizen asked for help and why.
//! No PIN, CAN, PUK, card number or name ever reaches this module.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, local_day, to_stored};
use crate::error::{Result, StationError};
use crate::store::Store;

/// What one PIN workflow at the kiosk counts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EidTally {
    /// The card holds a new PIN.
    Changed,
    /// The workflow ended without a result.
    Failed,
    /// The card needs the Bürgeramt (PUK used up, online function switched off).
    Referred,
}

impl EidTally {
    fn column(self) -> &'static str {
        match self {
            EidTally::Changed => "changed",
            EidTally::Failed => "failed",
            EidTally::Referred => "referred",
        }
    }
}

/// The counts of one local day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, specta::Type)]
pub struct DayFigures {
    /// PIN workflows that ended with a new PIN on the card.
    pub changed: u32,
    /// PIN workflows that ended without a result.
    pub failed: u32,
    /// PIN workflows that sent the citizen to the Bürgeramt.
    pub referred: u32,
}

/// Why a citizen asks for staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum HelpReason {
    /// The PUK is used up: only the Bürgeramt can help.
    PukUsedUp,
    /// The citizen does not know the PIN any more.
    PinForgotten,
    /// The online ID function is switched off.
    Deactivated,
    /// Anything else.
    Other,
}

impl HelpReason {
    fn code(self) -> &'static str {
        match self {
            HelpReason::PukUsedUp => "puk_used_up",
            HelpReason::PinForgotten => "pin_forgotten",
            HelpReason::Deactivated => "deactivated",
            HelpReason::Other => "other",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        [
            HelpReason::PukUsedUp,
            HelpReason::PinForgotten,
            HelpReason::Deactivated,
            HelpReason::Other,
        ]
        .into_iter()
        .find(|reason| reason.code() == code)
    }
}

/// A call for help that staff has not closed yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpRequest {
    /// Row id in `eid_help_requests`; staff closes the call with it.
    pub id: i64,
    /// When the citizen asked for help.
    pub at: DateTime<Utc>,
    /// Why the citizen asked.
    pub reason: HelpReason,
}

/// Counts one finished workflow on the local day of `now`.
pub fn record(store: &Store, tally: EidTally, now: DateTime<Utc>) -> Result<()> {
    store.conn().execute(
        "INSERT INTO eid_day_counts (day, kind, count) VALUES (?1, ?2, 1)
         ON CONFLICT (day, kind) DO UPDATE SET count = count + 1",
        params![local_day(now).to_string(), tally.column()],
    )?;
    Ok(())
}

/// The counts of the local day `day`.
pub fn day(store: &Store, day: NaiveDate) -> Result<DayFigures> {
    let mut statement = store
        .conn()
        .prepare("SELECT kind, count FROM eid_day_counts WHERE day = ?1")?;
    let rows = statement.query_map([day.to_string()], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, u32>(1)?))
    })?;
    let mut figures = DayFigures::default();
    for row in rows {
        let (kind, count) = row?;
        match kind.as_str() {
            "changed" => figures.changed = count,
            "failed" => figures.failed = count,
            _ => figures.referred = count,
        }
    }
    Ok(figures)
}

/// Stores a call for help at `now`.
pub fn request_help(store: &Store, reason: HelpReason, now: DateTime<Utc>) -> Result<HelpRequest> {
    store.conn().execute(
        "INSERT INTO eid_help_requests (at, reason) VALUES (?1, ?2)",
        params![to_stored(now), reason.code()],
    )?;
    Ok(HelpRequest {
        id: store.conn().last_insert_rowid(),
        at: now,
        reason,
    })
}

/// The calls for help staff has not closed, oldest first.
pub fn open_help_requests(store: &Store) -> Result<Vec<HelpRequest>> {
    let mut statement = store.conn().prepare(
        "SELECT id, at, reason FROM eid_help_requests WHERE done_at IS NULL ORDER BY at, id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    rows.map(|row| {
        let (id, at, reason) = row?;
        Ok(HelpRequest {
            id,
            at: from_stored(&at).map_err(|_| corrupt(id))?,
            reason: HelpReason::from_code(&reason).ok_or_else(|| corrupt(id))?,
        })
    })
    .collect()
}

/// Closes the call for help `id`; `false` when there is no open call with that id.
pub fn help_done(store: &Store, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let closed = store.conn().execute(
        "UPDATE eid_help_requests SET done_at = ?2 WHERE id = ?1 AND done_at IS NULL",
        params![id, to_stored(now)],
    )?;
    Ok(closed == 1)
}

/// A stored row the CHECK constraints should have kept out.
fn corrupt(id: i64) -> StationError {
    StationError::Database(rusqlite::Error::InvalidColumnType(
        0,
        format!("eid_help_requests row {id}"),
        rusqlite::types::Type::Text,
    ))
}
