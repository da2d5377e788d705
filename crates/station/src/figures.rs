//! The station's figures (Kennzahlen) per local day: visitors, waiting and service
//! times, tickets gone, PIN workflows by flow and result, requests by topic, and how
//! often each online service's QR code was shown — counts only, no personal data.
//!
//! PIN workflows and QR codes are counted here as they happen, with the place (the
//! station plan id selected at that moment). Visitors, times and requests are read
//! from `tickets` and `requests`, whose rows are never deleted, so they cannot drift
//! from what happened. The central's counts of all stations are kept here too, for
//! ordering the online services by what citizens ask for.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, NaiveDate, Utc};
use rusqlite::params;
use syncproto::figures::{DayFigures, Figures, PinFlow, PinResult};

use crate::clock::{day_start, from_stored, local_day, to_stored};
use crate::error::{Result, StationError};
use crate::plan;
use crate::store::Store;

/// Counts one finished PIN workflow at the selected place on the local day of `now`.
pub fn record_pin(
    store: &Store,
    flow: PinFlow,
    result: PinResult,
    now: DateTime<Utc>,
) -> Result<()> {
    store.conn().execute(
        "INSERT INTO pin_counts (day, place, flow, result, count) VALUES (?1, ?2, ?3, ?4, 1)
         ON CONFLICT (day, place, flow, result) DO UPDATE SET count = count + 1",
        params![
            local_day(now).to_string(),
            current_place(store)?,
            flow.as_str(),
            result.as_str()
        ],
    )?;
    Ok(())
}

/// Counts one showing of online service `service`'s QR code.
pub fn record_qr(store: &Store, service: &str, now: DateTime<Utc>) -> Result<()> {
    store.conn().execute(
        "INSERT INTO qr_counts (day, place, service, count) VALUES (?1, ?2, ?3, 1)
         ON CONFLICT (day, place, service) DO UPDATE SET count = count + 1",
        params![local_day(now).to_string(), current_place(store)?, service],
    )?;
    Ok(())
}

/// The figures of every local day from `from` to `to` (both included) on which
/// anything was counted, oldest first; only place `place` when given.
pub fn days(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<&str>,
) -> Result<Vec<DayFigures>> {
    let mut days: BTreeMap<NaiveDate, Figures> = BTreeMap::new();
    add_tickets(store, from, to, place, &mut days)?;
    add_counts(store, from, to, place, &mut days)?;
    add_requests(store, from, to, place, &mut days)?;
    Ok(days
        .into_iter()
        .map(|(day, mut figures)| {
            figures.places.sort();
            figures.places.dedup();
            DayFigures { day, figures }
        })
        .collect())
}

/// The figures of the whole span of `days`.
pub fn total(days: &[DayFigures]) -> Figures {
    let mut total = Figures::default();
    for day in days {
        total.merge(&day.figures);
    }
    total
}

/// The first local day on which anything was counted here.
pub fn first_day(store: &Store) -> Result<Option<NaiveDate>> {
    let first: Option<String> = store.conn().query_row(
        "SELECT MIN(day) FROM (
             SELECT MIN(day) AS day FROM tickets
             UNION ALL SELECT MIN(day) FROM pin_counts
             UNION ALL SELECT MIN(day) FROM qr_counts)",
        [],
        |row| row.get(0),
    )?;
    let first_request: Option<String> =
        store
            .conn()
            .query_row("SELECT MIN(created_at) FROM requests", [], |row| row.get(0))?;
    let request_day = first_request
        .map(|at| {
            from_stored(&at)
                .map(local_day)
                .map_err(|_| StationError::corrupt("requests"))
        })
        .transpose()?;
    let first = first
        .map(|day| day.parse().map_err(|_| StationError::corrupt("figures")))
        .transpose()?;
    Ok([first, request_day].into_iter().flatten().min())
}

/// How often each service's QR code was shown here from `from` to `to` (both
/// included).
pub fn service_counts(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<BTreeMap<String, u64>> {
    let mut statement = store.conn().prepare(
        "SELECT service, SUM(count) FROM qr_counts WHERE day BETWEEN ?1 AND ?2
         GROUP BY service",
    )?;
    let rows = statement.query_map(params![from.to_string(), to.to_string()], |row| {
        Ok((row.get(0)?, row.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How often each service's QR code was shown at all stations, as the central last
/// said (empty before the first answer).
pub fn central_service_counts(store: &Store) -> Result<BTreeMap<String, u64>> {
    let mut statement = store
        .conn()
        .prepare("SELECT service, count FROM central_qr_counts")?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces the central's counts with `counts`.
pub fn set_central_service_counts(store: &Store, counts: &BTreeMap<String, u64>) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    tx.execute("DELETE FROM central_qr_counts", [])?;
    for (service, count) in counts {
        tx.execute(
            "INSERT INTO central_qr_counts (service, count) VALUES (?1, ?2)",
            params![service, count],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// The place counts are recorded for: the selected station plan id, or `''`.
fn current_place(store: &Store) -> Result<String> {
    Ok(plan::selected_id(store)?.unwrap_or_default())
}

fn day_entry<'d>(
    days: &'d mut BTreeMap<NaiveDate, Figures>,
    day: &str,
    place: &str,
) -> Result<&'d mut Figures> {
    let day: NaiveDate = day.parse().map_err(|_| StationError::corrupt("figures"))?;
    let figures = days.entry(day).or_default();
    if !place.is_empty() {
        figures.places.push(place.to_owned());
    }
    Ok(figures)
}

fn add_tickets(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<&str>,
    days: &mut BTreeMap<NaiveDate, Figures>,
) -> Result<()> {
    let mut statement = store.conn().prepare(
        "SELECT day, station_id, status, drawn_at, called_at, finished_at FROM tickets
         WHERE day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR station_id = ?3)",
    )?;
    let mut rows = statement.query(params![from.to_string(), to.to_string(), place])?;
    while let Some(row) = rows.next()? {
        let day: String = row.get(0)?;
        let station: String = row.get(1)?;
        let status: String = row.get(2)?;
        let drawn = instant(row.get(3)?)?;
        let called = row.get::<_, Option<String>>(4)?.map(instant).transpose()?;
        let finished = row.get::<_, Option<String>>(5)?.map(instant).transpose()?;
        let figures = day_entry(days, &day, &station)?;
        figures.visitors += 1;
        if let Some(called) = called {
            figures.wait.add_seconds((called - drawn).num_seconds());
        }
        match (status.as_str(), called, finished) {
            ("served", Some(called), Some(finished)) => {
                figures
                    .service
                    .add_seconds((finished - called).num_seconds());
            }
            ("gone", _, _) => figures.gone += 1,
            _ => {}
        }
    }
    Ok(())
}

fn add_counts(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<&str>,
    days: &mut BTreeMap<NaiveDate, Figures>,
) -> Result<()> {
    let span = params![from.to_string(), to.to_string(), place];
    let mut pins = store.conn().prepare(
        "SELECT day, place, flow, result, count FROM pin_counts
         WHERE day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR place = ?3)",
    )?;
    let mut rows = pins.query(span)?;
    while let Some(row) = rows.next()? {
        let flow = PinFlow::parse(&row.get::<_, String>(2)?)
            .ok_or_else(|| StationError::corrupt("pin_counts"))?;
        let result = PinResult::parse(&row.get::<_, String>(3)?)
            .ok_or_else(|| StationError::corrupt("pin_counts"))?;
        let count: u32 = row.get(4)?;
        let figures = day_entry(days, &row.get::<_, String>(0)?, &row.get::<_, String>(1)?)?;
        *figures
            .pin
            .entry(flow)
            .or_default()
            .entry(result)
            .or_default() += count;
    }
    let mut qr = store.conn().prepare(
        "SELECT day, place, service, count FROM qr_counts
         WHERE day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR place = ?3)",
    )?;
    let mut rows = qr.query(span)?;
    while let Some(row) = rows.next()? {
        let service: String = row.get(2)?;
        let count: u32 = row.get(3)?;
        let figures = day_entry(days, &row.get::<_, String>(0)?, &row.get::<_, String>(1)?)?;
        *figures.qr.entry(service).or_default() += count;
    }
    Ok(())
}

fn add_requests(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<&str>,
    days: &mut BTreeMap<NaiveDate, Figures>,
) -> Result<()> {
    let after_to = to.checked_add_days(Days::new(1)).unwrap_or(to);
    let mut statement = store.conn().prepare(
        "SELECT created_at, topic, station_id FROM requests
         WHERE created_at >= ?1 AND created_at < ?2 AND (?3 IS NULL OR station_id = ?3)",
    )?;
    let mut rows = statement.query(params![
        to_stored(day_start(from)),
        to_stored(day_start(after_to)),
        place
    ])?;
    while let Some(row) = rows.next()? {
        let day = local_day(instant(row.get(0)?)?).to_string();
        let topic: String = row.get(1)?;
        let figures = day_entry(days, &day, &row.get::<_, String>(2)?)?;
        *figures.requests.entry(topic).or_default() += 1;
    }
    Ok(())
}

fn instant(text: String) -> Result<DateTime<Utc>> {
    from_stored(&text).map_err(|_| StationError::corrupt("tickets"))
}
