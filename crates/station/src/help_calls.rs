//! The citizens' calls for staff help from the kiosk's "Online-Ausweis & PIN" pages:
//! when a citizen asked and why, until staff closes the call. No PIN, CAN, PUK, card
//! number or name ever reaches this module.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Result, StationError};
use crate::store::Store;

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
