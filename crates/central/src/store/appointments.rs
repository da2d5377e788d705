//! Appointments the central booked for requests of topic `terminbuchung`: stored with the
//! request in one transaction, so a request pushed again after its booking is a
//! duplicate and is not booked twice. A request that arrived unbooked (the station
//! could not reach the central when the citizen booked) is the citizen's wish: it is
//! claimed before the central books it, so that it is booked once, and what went wrong
//! is kept for the back office.

use chrono::{DateTime, Utc};
use serde::Serialize;
use syncproto::appointments::BOOKING_TOPIC;
use syncproto::ValidItem;

use super::audit::{audit_in, AuditAction};
use super::db::{args, Db, Isolation};
use super::requests::{
    insert_items, summary_from_row, InsertOutcome, StoredRequest, SUMMARY_COLUMNS, SUMMARY_COUNT,
};
use super::{timestamp, timestamp_of, Store, StoreError};

/// The problem of a wish while the central books it.
pub const BOOKING_WISH: &str = "Wird gerade gebucht.";
/// How many wishes one pass books at most.
const WISHES_PER_PASS: i64 = 20;
/// A claim of a dead process: the wish is being booked since before `$4` (`$3` is
/// [`BOOKING_WISH`]).
const LAPSED_CLAIM: &str = "(appointment_problem = $3
    AND (appointment_claimed_at IS NULL OR appointment_claimed_at < $4))";
/// How long a claim on a wish holds: well beyond the longest booking (at most a dozen
/// calls to the appointment system, each cut off after 20 seconds). An older claim
/// belongs to a central process that died while booking, and the wish is booked again;
/// a booking it began is settled first ([`BookingAttempt`]).
pub const CLAIM_LEASE: chrono::Duration = chrono::Duration::minutes(15);

/// A booking the central is completing in the appointment system for a request: kept
/// from before it asks the system to complete the process until the booking is
/// recorded, so that a booking whose record was lost is found again, not booked twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingAttempt {
    /// The request's id.
    pub item_id: String,
    /// The station that sent it.
    pub station_id: String,
    /// The system's process id.
    pub process_id: u64,
    /// The process's key.
    pub auth_key: String,
    /// The time, Unix seconds.
    pub at: i64,
    /// The office's name.
    pub office: String,
}

/// A booked appointment as the back office shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct BookedAppointment {
    /// The time, Unix seconds.
    pub at: i64,
    /// The office.
    pub office: String,
    /// The number the citizen gives when they come or cancel.
    pub number: String,
    /// When a clerk cancelled it for the citizen (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<String>,
}

impl Store {
    /// Stores request `item` of station `station_id` with the appointment booked for it
    /// (`process`: the appointment system's process id and key). An item already
    /// stored keeps the appointment it has.
    pub fn store_booked(
        &mut self,
        station_id: &str,
        item: &ValidItem,
        booked: &BookedAppointment,
        process: &str,
    ) -> Result<InsertOutcome, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let outcome = insert_items(db, station_id, "push", std::slice::from_ref(item))?
                .pop()
                .unwrap_or(InsertOutcome::Conflict);
            if outcome != InsertOutcome::Conflict {
                set_booking(db, &item.id_text(), booked, process)?;
                forget_attempt_of(db, &item.id_text(), process)?;
                db.execute(
                    "UPDATE stations SET last_push_at = $2, last_seen_at = $2 WHERE id = $1",
                    args![station_id, timestamp()],
                )?;
            }
            Ok(outcome)
        })
    }

    /// The appointment booked for item `id` of station `station_id`, if there is one.
    pub fn booked_for(
        &mut self,
        station_id: &str,
        id: &str,
    ) -> Result<Option<BookedAppointment>, StoreError> {
        let row = self.db().query_opt(
            "SELECT appointment_at, appointment_office, appointment_number,
                    appointment_cancelled_at FROM items
             WHERE id = $1 AND station_id = $2 AND appointment_at IS NOT NULL",
            args![id, station_id],
        )?;
        row.map(|row| {
            Ok(BookedAppointment {
                at: row.get(0)?,
                office: row.get(1)?,
                number: row.get(2)?,
                cancelled_at: row.get(3)?,
            })
        })
        .transpose()
    }

    /// Wishes to book at `now`: requests of the booking topic without appointment or
    /// problem, or claimed longer than [`CLAIM_LEASE`] ago, oldest first, at most a
    /// pass's worth.
    pub fn unbooked_wishes(
        &mut self,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredRequest>, StoreError> {
        self.db()
            .query(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, i.sealed, i.note FROM items i
                     JOIN stations s ON s.id = i.station_id
                     WHERE i.topic = $1 AND i.appointment_at IS NULL AND i.purged_at IS NULL
                       AND (i.appointment_problem IS NULL OR {LAPSED_CLAIM})
                     ORDER BY i.received_at, i.id LIMIT $2"
                ),
                args![
                    BOOKING_TOPIC,
                    WISHES_PER_PASS,
                    BOOKING_WISH,
                    timestamp_of(now - CLAIM_LEASE)
                ],
            )?
            .iter()
            .map(|row| {
                Ok(StoredRequest {
                    summary: summary_from_row(row)?,
                    sealed: row.get(SUMMARY_COUNT)?,
                    note: row.get(SUMMARY_COUNT + 1)?,
                })
            })
            .collect()
    }

    /// Claims wish `id` for booking at `now`; `false` when it is booked or failed
    /// already, or claimed within [`CLAIM_LEASE`].
    pub fn claim_wish(&mut self, id: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        Ok(self.db().execute(
            &format!(
                "UPDATE items SET appointment_problem = $3, appointment_claimed_at = $2
                 WHERE id = $1 AND appointment_at IS NULL
                   AND (appointment_problem IS NULL OR {LAPSED_CLAIM})"
            ),
            args![
                id,
                timestamp_of(now),
                BOOKING_WISH,
                timestamp_of(now - CLAIM_LEASE)
            ],
        )? == 1)
    }

    /// The appointment system's process id and key of the appointment booked for
    /// request `id`, if one is booked and not cancelled.
    pub fn booked_process(&mut self, id: &str) -> Result<Option<(u64, String)>, StoreError> {
        let row = self.db().query_opt(
            "SELECT appointment_process FROM items
             WHERE id = $1 AND appointment_at IS NOT NULL AND appointment_cancelled_at IS NULL",
            args![id],
        )?;
        let Some(row) = row else {
            return Ok(None);
        };
        let process: String = row.get(0)?;
        parse_process(&process).map(Some)
    }

    /// Records that `clerk` cancelled the appointment of request `id`, with an audit
    /// entry; `false` when it has none or it was cancelled already.
    pub fn record_cancellation(&mut self, id: &str, clerk: &str) -> Result<bool, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let changed = db.execute(
                "UPDATE items SET appointment_cancelled_at = $2, appointment_cancelled_by = $3
                 WHERE id = $1 AND appointment_at IS NOT NULL
                   AND appointment_cancelled_at IS NULL",
                args![id, timestamp(), clerk],
            )? == 1;
            if changed {
                audit_in(db, clerk, AuditAction::AppointmentCancel, Some(id), None)?;
            }
            Ok(changed)
        })
    }

    /// Records that the central is about to complete `attempt`; `false` when a booking
    /// of the same request is recorded as begun already (settle that one first).
    pub fn record_attempt(&mut self, attempt: &BookingAttempt) -> Result<bool, StoreError> {
        Ok(self.db().execute(
            "INSERT INTO booking_attempts
                 (item_id, station_id, process_id, auth_key, at, office, started_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (item_id) DO NOTHING",
            args![
                attempt.item_id,
                attempt.station_id,
                stored_process_id(attempt.process_id)?,
                attempt.auth_key,
                attempt.at,
                attempt.office,
                timestamp()
            ],
        )? == 1)
    }

    /// The booking the central began for request `item_id` of station `station_id`
    /// and did not record, if any.
    pub fn attempt_for(
        &mut self,
        item_id: &str,
        station_id: &str,
    ) -> Result<Option<BookingAttempt>, StoreError> {
        let row = self.db().query_opt(
            "SELECT process_id, auth_key, at, office FROM booking_attempts
             WHERE item_id = $1 AND station_id = $2",
            args![item_id, station_id],
        )?;
        row.map(|row| {
            let process_id: i64 = row.get(0)?;
            Ok(BookingAttempt {
                item_id: item_id.to_owned(),
                station_id: station_id.to_owned(),
                process_id: u64::try_from(process_id)
                    .map_err(|_| StoreError::Corrupt("negative Vorgangsnummer".into()))?,
                auth_key: row.get(1)?,
                at: row.get(2)?,
                office: row.get(3)?,
            })
        })
        .transpose()
    }

    /// Forgets the attempt of process `process_id` for request `item_id`: the system
    /// refused it for good, or holds nothing any more.
    pub fn drop_attempt(&mut self, item_id: &str, process_id: u64) -> Result<(), StoreError> {
        self.db().execute(
            "DELETE FROM booking_attempts WHERE item_id = $1 AND process_id = $2",
            args![item_id, stored_process_id(process_id)?],
        )?;
        Ok(())
    }

    /// Records the booking of claimed wish `id`.
    pub fn record_booking(
        &mut self,
        id: &str,
        booked: &BookedAppointment,
        process: &str,
    ) -> Result<(), StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            set_booking(db, id, booked, process)?;
            forget_attempt_of(db, id, process)?;
            db.execute(
                "UPDATE items SET appointment_problem = NULL WHERE id = $1",
                args![id],
            )?;
            Ok(())
        })
    }

    /// Records why claimed wish `id` could not be booked; `None` gives it back to be
    /// booked later (the appointment system could not be reached).
    pub fn record_wish_problem(
        &mut self,
        id: &str,
        problem: Option<&str>,
    ) -> Result<(), StoreError> {
        self.db().execute(
            "UPDATE items SET appointment_problem = $2 WHERE id = $1 AND appointment_at IS NULL",
            args![id, problem],
        )?;
        Ok(())
    }
}

/// Sets the appointment of request `id`, unless it has one.
fn set_booking(
    db: &mut Db,
    id: &str,
    booked: &BookedAppointment,
    process: &str,
) -> Result<(), StoreError> {
    db.execute(
        "UPDATE items SET appointment_at = $2, appointment_office = $3,
                appointment_number = $4, appointment_process = $5
         WHERE id = $1 AND appointment_at IS NULL",
        args![id, booked.at, booked.office, booked.number, process],
    )?;
    Ok(())
}

/// Deletes the attempt of `process` (`id:key`) for request `item_id`, if there is one.
fn forget_attempt_of(db: &mut Db, item_id: &str, process: &str) -> Result<(), StoreError> {
    let (process_id, _) = parse_process(process)?;
    db.execute(
        "DELETE FROM booking_attempts WHERE item_id = $1 AND process_id = $2",
        args![item_id, stored_process_id(process_id)?],
    )?;
    Ok(())
}

/// The process id and key of `process` as stored (`id:key`).
fn parse_process(process: &str) -> Result<(u64, String), StoreError> {
    process
        .split_once(':')
        .and_then(|(id, key)| Some((id.parse().ok()?, key.to_owned())))
        .ok_or_else(|| StoreError::Corrupt(format!("Terminvorgang {process:?}")))
}

/// A process id as the database holds it.
fn stored_process_id(process_id: u64) -> Result<i64, StoreError> {
    i64::try_from(process_id).map_err(|_| StoreError::Corrupt("Vorgangsnummer zu groß".into()))
}
