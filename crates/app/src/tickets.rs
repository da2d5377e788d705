//! Waiting tickets: draw one (with the expected wait and a QR code the citizen can keep
//! on the phone), list the day's, call the next, mark one served or gone.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use station::catalogue::Lang;
use station::tickets::{self, Outcome, Status, Ticket};
use station::{plan, qr, wait, StationError};

use crate::error::{AppError, AppResult};
use crate::messages::{german, text};
use crate::station::Station;

/// A freshly drawn ticket for the citizen.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DrawnTicket {
    /// The ticket as stored.
    #[serde(skip)]
    #[specta(skip)]
    pub ticket: Ticket,
    /// 1, 2, 3 … per station and day.
    pub number: u32,
    /// What the citizen sees, e.g. `A-017`.
    pub label: String,
    /// The local day the number belongs to.
    pub day: NaiveDate,
    /// Minutes until it is probably called; `None` while the station is closed.
    pub expected_wait_minutes: Option<u32>,
    /// The QR code of `qr_text`, as SVG.
    pub qr_svg: String,
    /// Number, place and day in the citizen's language.
    pub qr_text: String,
    /// The name of the station it was drawn at.
    #[serde(skip)]
    #[specta(skip)]
    pub station_name: String,
}

/// A ticket for the staff list. `id` is a string so the UI treats it as opaque.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TicketView {
    /// The ticket's id, for [`mark`].
    pub id: String,
    /// 1, 2, 3 … per station and day.
    pub number: u32,
    /// E.g. `A-017`.
    pub label: String,
    /// Waiting, called, served or gone.
    pub status: Status,
    /// When it was drawn.
    pub drawn_at: DateTime<Utc>,
    /// When it was called.
    pub called_at: Option<DateTime<Utc>>,
}

impl From<Ticket> for TicketView {
    fn from(ticket: Ticket) -> Self {
        TicketView {
            id: ticket.id.to_string(),
            number: ticket.number,
            label: ticket.label,
            status: ticket.status,
            drawn_at: ticket.drawn_at,
            called_at: ticket.called_at,
        }
    }
}

/// The station of `given` (an id of the plan), else the one selected on this laptop.
pub fn place(station: &Station, given: Option<&str>) -> AppResult<plan::Station> {
    let plan = station.plan();
    let found = match given {
        Some(id) => plan.station(id)?,
        None => plan::selected(&station.store(), &plan)?.ok_or(StationError::NoStationSelected)?,
    };
    Ok(found.clone())
}

/// Draws the next waiting number at `given` (or the selected station).
pub fn draw(
    station: &Station,
    given: Option<&str>,
    lang: Lang,
    now: DateTime<Utc>,
) -> AppResult<DrawnTicket> {
    let place = place(station, given)?;
    let store = station.store();
    let ticket = tickets::draw(&store, &place, now)?;
    let expected_wait_minutes = wait::expected_wait_minutes(&store, &place, &ticket, now)?;
    let qr_text = qr_text(lang, &ticket.label, &place.name, ticket.day);
    Ok(DrawnTicket {
        number: ticket.number,
        label: ticket.label.clone(),
        day: ticket.day,
        expected_wait_minutes,
        qr_svg: qr::qr_svg(&qr_text)?,
        qr_text,
        station_name: place.name.clone(),
        ticket,
    })
}

/// The day's tickets of `given` (or the selected station), in number order.
pub fn today(station: &Station, given: Option<&str>, now: DateTime<Utc>) -> AppResult<Vec<Ticket>> {
    let id = place(station, given)?.id.clone();
    Ok(tickets::today(&station.store(), &id, now)?)
}

/// Calls the lowest waiting number; `None` when nobody waits.
pub fn call_next(
    station: &Station,
    given: Option<&str>,
    now: DateTime<Utc>,
) -> AppResult<Option<Ticket>> {
    let id = place(station, given)?.id.clone();
    Ok(tickets::call_next(&station.store(), &id, now)?)
}

/// Marks ticket `id` served or gone.
pub fn mark(station: &Station, id: i64, outcome: Outcome, now: DateTime<Utc>) -> AppResult<Ticket> {
    Ok(tickets::mark(&station.store(), id, outcome, now)?)
}

/// A ticket id and outcome as a window sends them (`"17"`, `"served"` or `"gone"`).
pub fn parse_mark(id: &str, outcome: &str) -> AppResult<(i64, Outcome)> {
    let id: i64 = id.parse().map_err(|_| {
        AppError::invalid_input(german("error-app-ticket-id-invalid", &[("id", id.into())]))
    })?;
    let outcome = match outcome {
        "served" => Outcome::Served,
        "gone" => Outcome::Gone,
        _ => {
            return Err(AppError::invalid_input(german(
                "error-app-ticket-outcome-invalid",
                &[("outcome", outcome.into())],
            )))
        }
    };
    Ok((id, outcome))
}

/// The text inside a waiting ticket's QR code: number, place and day in the citizen's
/// language (Fluent `ticket-qr-text`), so a phone camera shows the number without any
/// network service.
fn qr_text(lang: Lang, label: &str, station_name: &str, day: NaiveDate) -> String {
    let day = match lang {
        Lang::De => day.format("%d.%m.%Y"),
        Lang::En => day.format("%Y-%m-%d"),
    };
    text(
        lang,
        "ticket-qr-text",
        &[
            ("label", label.into()),
            ("station", station_name.into()),
            ("day", day.to_string().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_qr_texts() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 25).unwrap();
        assert_eq!(
            qr_text(Lang::De, "A-017", "Stern-Center", day),
            "Wartenummer A-017\nBürgerservice Potsdam – Stern-Center\n25.02.2026"
        );
        assert_eq!(
            qr_text(Lang::En, "A-017", "Stern-Center", day),
            "Waiting number A-017\nPotsdam citizen service – Stern-Center\n2026-02-25"
        );
    }
}
