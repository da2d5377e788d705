//! Which fees of the station's requests the city has received, as the central reports
//! them (`sync::paid`): the requests to ask about — those about a catalogue service,
//! not a booking, recorded since a given time and not known paid yet — and the
//! payments reported.

use chrono::{DateTime, Utc};
use rusqlite::params;
use syncproto::appointments::BOOKING_TOPIC;
use syncproto::PaidItem;

use crate::clock::to_stored;
use crate::error::Result;
use crate::store::Store;

/// The item ids of the requests whose fee may be paid and is not known paid, recorded
/// since `since`, oldest first.
pub fn unpaid_since(store: &Store, since: DateTime<Utc>) -> Result<Vec<String>> {
    let mut statement = store.conn().prepare(
        "SELECT outbox_id FROM requests
         WHERE service IS NOT NULL AND topic <> ?1 AND paid_at IS NULL AND created_at >= ?2
         ORDER BY created_at, reference",
    )?;
    let ids = statement
        .query_map(params![BOOKING_TOPIC, to_stored(since)], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// Records the payments the central reported; a request already paid keeps its first
/// report. How many were new.
pub fn record(store: &Store, paid: &[PaidItem]) -> Result<usize> {
    let mut recorded = 0;
    for item in paid {
        recorded += store.conn().execute(
            "UPDATE requests SET paid_at = ?2, paid_online = ?3 WHERE outbox_id = ?1 AND paid_at IS NULL",
            params![item.id, item.paid_at, item.online],
        )?;
    }
    Ok(recorded)
}
