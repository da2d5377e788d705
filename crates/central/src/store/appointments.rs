//! Appointments the central booked for requests of topic `terminbuchung`: stored with the
//! request in one transaction, so a request pushed again after its booking is a
//! duplicate and is not booked twice.

use serde::Serialize;
use syncproto::ValidItem;

use super::db::{args, Isolation};
use super::requests::{insert_items, InsertOutcome};
use super::{timestamp, Store, StoreError};

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
                db.execute(
                    "UPDATE items SET appointment_at = $2, appointment_office = $3,
                            appointment_number = $4, appointment_process = $5
                     WHERE id = $1 AND appointment_at IS NULL",
                    args![
                        item.id_text(),
                        booked.at,
                        booked.office,
                        booked.number,
                        process
                    ],
                )?;
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
}
