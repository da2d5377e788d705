//! Appointments the central booked for requests of topic `terminbuchung`: stored with the
//! request in one transaction, so a request pushed again after its booking is a
//! duplicate and is not booked twice. A request that arrived unbooked (the station
//! could not reach the central when the citizen booked) is the citizen's wish: it is
//! claimed before the central books it, so that it is booked once, and what went wrong
//! is kept for the back office.

use serde::Serialize;
use syncproto::appointments::BOOKING_TOPIC;
use syncproto::ValidItem;

use super::db::{args, Db, Isolation};
use super::requests::{
    insert_items, summary_from_row, InsertOutcome, StoredRequest, SUMMARY_COLUMNS, SUMMARY_COUNT,
};
use super::{timestamp, Store, StoreError};

/// The problem of a wish while the central books it.
pub const BOOKING_WISH: &str = "Wird gerade gebucht.";
/// How many wishes one pass books at most.
const WISHES_PER_PASS: i64 = 20;

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
            "SELECT appointment_at, appointment_office, appointment_number FROM items
             WHERE id = $1 AND station_id = $2 AND appointment_at IS NOT NULL",
            args![id, station_id],
        )?;
        row.map(|row| {
            Ok(BookedAppointment {
                at: row.get(0)?,
                office: row.get(1)?,
                number: row.get(2)?,
            })
        })
        .transpose()
    }

    /// Wishes to book: requests of the booking topic without appointment or problem,
    /// oldest first, at most a pass's worth.
    pub fn unbooked_wishes(&mut self) -> Result<Vec<StoredRequest>, StoreError> {
        self.db()
            .query(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, i.sealed, i.note FROM items i
                     JOIN stations s ON s.id = i.station_id
                     WHERE i.topic = $1 AND i.appointment_at IS NULL
                       AND i.appointment_problem IS NULL AND i.purged_at IS NULL
                     ORDER BY i.received_at, i.id LIMIT $2"
                ),
                args![BOOKING_TOPIC, WISHES_PER_PASS],
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

    /// Claims wish `id` for booking; `false` when it is booked, claimed or failed already.
    pub fn claim_wish(&mut self, id: &str) -> Result<bool, StoreError> {
        Ok(self.db().execute(
            "UPDATE items SET appointment_problem = $2
             WHERE id = $1 AND appointment_at IS NULL AND appointment_problem IS NULL",
            args![id, BOOKING_WISH],
        )? == 1)
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
