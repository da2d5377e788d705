//! Expected waiting time for a freshly drawn ticket.
//!
//! Rule: (tickets still waiting with a lower number) × (median service time of the
//! tickets served today at this station, `called_at` → `finished_at`), rounded up to
//! whole minutes. Before anyone has been served, the plan's `defaultServiceMinutes`
//! stands in for the median. Outside the station's opening hours — another day than
//! those in the plan, before `open` or from `close` on — there is no meaningful
//! estimate and the result is `None` (the kiosk then shows no waiting time). Drawing a
//! ticket itself is not refused outside hours; that is the caller's decision.

use chrono::{DateTime, Utc};
use rusqlite::params;

use crate::clock::{from_stored, local_day, local_time};
use crate::error::Result;
use crate::plan::Station;
use crate::store::Store;
use crate::tickets::Ticket;

/// Expected wait in whole minutes for `ticket`, or `None` when `station` is closed at `now`.
pub fn expected_wait_minutes(
    store: &Store,
    station: &Station,
    ticket: &Ticket,
    now: DateTime<Utc>,
) -> Result<Option<u32>> {
    if !station.is_open(local_day(now), local_time(now)) {
        return Ok(None);
    }
    let ahead: u32 = store.conn().query_row(
        "SELECT count(*) FROM tickets
         WHERE station_id = ?1 AND day = ?2 AND status = 'waiting' AND number < ?3",
        params![ticket.station_id, ticket.day.to_string(), ticket.number],
        |row| row.get(0),
    )?;
    let seconds_each = median_service_seconds(store, station, now)?
        .unwrap_or(f64::from(station.default_service_minutes) * 60.0);
    let minutes = (f64::from(ahead) * seconds_each / 60.0).ceil();
    // Bounded: at most a few thousand tickets a day times a few hours each.
    Ok(Some(minutes.clamp(0.0, f64::from(u32::MAX)) as u32))
}

/// Median of `called_at` → `finished_at` over today's served tickets, in seconds.
pub fn median_service_seconds(
    store: &Store,
    station: &Station,
    now: DateTime<Utc>,
) -> Result<Option<f64>> {
    let mut statement = store.conn().prepare(
        "SELECT called_at, finished_at FROM tickets
         WHERE station_id = ?1 AND day = ?2 AND status = 'served'",
    )?;
    let rows = statement.query_map(params![station.id, local_day(now).to_string()], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    let mut durations = Vec::new();
    for row in rows {
        let (called, finished) = row?;
        // A row whose times do not parse says nothing about service times: skip it.
        if let (Ok(called), Ok(finished)) = (from_stored(&called), from_stored(&finished)) {
            durations.push((finished - called).num_milliseconds().max(0) as f64 / 1000.0);
        }
    }
    Ok(median(&mut durations))
}

/// Median of the values; mean of the two middle ones for an even count.
fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[middle]),
        _ => Some((values[middle - 1] + values[middle]) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn median_of_odd_even_and_empty() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [300.0, 60.0, 120.0]), Some(120.0));
        assert_eq!(median(&mut [300.0, 60.0, 120.0, 600.0]), Some(210.0));
    }
}
