//! Expected waiting time for a freshly drawn ticket, taking desks and kinds into account.
//!
//! Rule: the desks that serve the ticket's kind work through the tickets ahead of it
//! that they could take — waiting tickets with a lower number whose kind one of those
//! desks serves — in parallel, each taking the median service time of the ticket's
//! kind today at this station (`called_at` → `finished_at`; before anyone of that kind
//! was served, the median of all kinds today, and before anyone at all, the plan's
//! `defaultServiceMinutes`). A person already called to one of those desks keeps it
//! for what is left of a median. So the wait is ⌈(ahead × median + what is left at the
//! desks) ÷ desks⌉ in minutes.
//! Outside the station's opening hours — another day than those in the plan, before
//! `open` or from `close` on — there is no meaningful estimate and the result is `None`
//! (the kiosk then shows no waiting time and no time window). Drawing a ticket itself
//! is not refused outside hours; that is the caller's decision.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::clock::{from_stored, local_day, local_time};
use crate::desks::Desk;
use crate::error::Result;
use crate::kinds::Kind;
use crate::plan::Station;
use crate::tickets::Ticket;

/// Expected wait in whole minutes for `ticket`, or `None` when `station` is closed at
/// `now` (or no desk serves the ticket's kind).
pub(crate) fn expected_wait_minutes(
    conn: &Connection,
    station: &Station,
    desks: &[Desk],
    ticket: &Ticket,
    now: DateTime<Utc>,
) -> Result<Option<u32>> {
    if !station.is_open(local_day(now), local_time(now)) {
        return Ok(None);
    }
    let serving: Vec<&Desk> = desks.iter().filter(|d| d.serves(ticket.kind)).collect();
    if serving.is_empty() {
        return Ok(None);
    }
    let competing: Vec<&str> = Kind::ALL
        .into_iter()
        .filter(|kind| serving.iter().any(|desk| desk.serves(*kind)))
        .map(Kind::as_str)
        .collect();
    let mut ahead = 0u32;
    let mut statement = conn.prepare_cached(
        "SELECT kind FROM tickets
         WHERE station_id = ?1 AND day = ?2 AND status = 'waiting' AND number < ?3",
    )?;
    let rows = statement.query_map(
        params![ticket.station_id, ticket.day.to_string(), ticket.number],
        |row| row.get::<_, String>(0),
    )?;
    for kind in rows {
        if competing.contains(&kind?.as_str()) {
            ahead += 1;
        }
    }
    let seconds_each = match median_service_seconds(conn, station, Some(ticket.kind), now)? {
        Some(seconds) => seconds,
        None => median_service_seconds(conn, station, None, now)?
            .unwrap_or(f64::from(station.default_service_minutes) * 60.0),
    };
    let mut left_at_desks = 0.0;
    let mut called = conn.prepare_cached(
        "SELECT desk, called_at FROM tickets
         WHERE station_id = ?1 AND day = ?2 AND status = 'called'",
    )?;
    let rows = called.query_map(params![ticket.station_id, ticket.day.to_string()], |row| {
        Ok((row.get::<_, Option<u8>>(0)?, row.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (desk, called_at) = row?;
        let at_serving_desk = desk.is_some_and(|desk| serving.iter().any(|d| d.number == desk));
        if let (true, Ok(called_at)) = (at_serving_desk, from_stored(&called_at)) {
            let spent = (now - called_at).num_milliseconds().max(0) as f64 / 1000.0;
            left_at_desks += (seconds_each - spent).max(0.0);
        }
    }
    let desks = serving.len() as f64;
    let minutes = ((f64::from(ahead) * seconds_each + left_at_desks) / desks / 60.0).ceil();
    // Bounded: at most a few thousand tickets a day times a few hours each.
    Ok(Some(minutes.clamp(0.0, f64::from(u32::MAX)) as u32))
}

/// Median of `called_at` → `finished_at` over today's served tickets (of `kind`, or of
/// all kinds), in seconds.
fn median_service_seconds(
    conn: &Connection,
    station: &Station,
    kind: Option<Kind>,
    now: DateTime<Utc>,
) -> Result<Option<f64>> {
    let mut statement = conn.prepare_cached(
        "SELECT called_at, finished_at FROM tickets
         WHERE station_id = ?1 AND day = ?2 AND status = 'served'
           AND (?3 IS NULL OR kind = ?3)",
    )?;
    let rows = statement.query_map(
        params![
            station.id,
            local_day(now).to_string(),
            kind.map(Kind::as_str)
        ],
        |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
    )?;
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
