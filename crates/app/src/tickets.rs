//! Waiting tickets: draw one for a kind of matter (with the expected wait, a time
//! window, a QR code the citizen can keep on the phone, and a printed ticket when a
//! printer is set up), list the day's, call the next to a desk, mark one served or gone.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use station::clock::hh_mm;
use station::kinds::Kind;
use station::lang::Lang;
use station::tickets::{self, Outcome, Status, Ticket};
use station::time_window::TimeWindow;
use station::{plan, qr, StationError};

use crate::error::{AppError, AppResult};
use crate::messages::{german, text};
use crate::printing;
use crate::station::Station;

/// A time window as the citizen reads it, in local time (`14:20` – `14:35`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct WindowView {
    /// Start, `HH:MM`.
    pub from: String,
    /// End, `HH:MM`.
    pub to: String,
}

impl From<TimeWindow> for WindowView {
    fn from(window: TimeWindow) -> Self {
        WindowView {
            from: hh_mm(window.from),
            to: hh_mm(window.to),
        }
    }
}

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
    /// The kind of matter it is for.
    pub kind: Kind,
    /// The local day the number belongs to.
    pub day: NaiveDate,
    /// Minutes until it is probably called; `None` while the station is closed.
    pub expected_wait_minutes: Option<u32>,
    /// When to be back; `None` while the station is closed.
    pub window: Option<WindowView>,
    /// The QR code of `qr_text`, as SVG.
    pub qr_svg: String,
    /// Number, place and day in the citizen's language.
    pub qr_text: String,
    /// Whether the ticket came out of the receipt printer.
    pub printed: bool,
    /// The name of the station it was drawn at.
    #[serde(skip)]
    #[specta(skip)]
    pub station_name: String,
}

/// A ticket for the staff list and the call display. `id` is a string so the UI
/// treats it as opaque.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TicketView {
    /// The ticket's id, for [`mark`].
    pub id: String,
    /// 1, 2, 3 … per station and day.
    pub number: u32,
    /// E.g. `A-017`.
    pub label: String,
    /// The kind of matter.
    pub kind: Kind,
    /// The desk it was called to.
    pub desk: Option<u8>,
    /// When to be back, as given when drawn.
    pub window: Option<WindowView>,
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
            kind: ticket.kind,
            desk: ticket.desk,
            window: ticket.window.map(WindowView::from),
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

/// Draws the next waiting number for `kind` at `given` (or the selected station) and
/// prints it when a printer is set up (a printer problem never stops the draw).
pub fn draw(
    station: &Station,
    given: Option<&str>,
    kind: Kind,
    lang: Lang,
    now: DateTime<Utc>,
) -> AppResult<DrawnTicket> {
    let place = place(station, given)?;
    let drawn = tickets::draw(&station.store(), &place, kind, now)?;
    let ticket = drawn.ticket;
    let qr_text = qr_text(lang, &ticket.label, &place.name, ticket.day);
    let mut result = DrawnTicket {
        number: ticket.number,
        label: ticket.label.clone(),
        kind,
        day: ticket.day,
        expected_wait_minutes: drawn.expected_wait_minutes,
        window: ticket.window.map(WindowView::from),
        qr_svg: qr::qr_svg(&qr_text)?,
        qr_text,
        printed: false,
        station_name: place.name.clone(),
        ticket,
    };
    result.printed = printing::print_ticket(station, &result, lang, now);
    Ok(result)
}

/// The day's tickets of `given` (or the selected station), in number order.
pub fn today(station: &Station, given: Option<&str>, now: DateTime<Utc>) -> AppResult<Vec<Ticket>> {
    let id = place(station, given)?.id.clone();
    Ok(tickets::today(&station.store(), &id, now)?)
}

/// Calls the lowest waiting number that `desk` serves to that desk; `None` when nobody
/// waits for it.
pub fn call_next(
    station: &Station,
    given: Option<&str>,
    desk: u8,
    now: DateTime<Utc>,
) -> AppResult<Option<Ticket>> {
    let id = place(station, given)?.id.clone();
    Ok(tickets::call_next(&station.store(), &id, desk, now)?)
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
    text(
        lang,
        "ticket-qr-text",
        &[
            ("label", label.into()),
            ("station", station_name.into()),
            ("day", day_text(lang, day).into()),
        ],
    )
}

/// A day as the citizen's language writes it.
pub(crate) fn day_text(lang: Lang, day: NaiveDate) -> String {
    day.format(lang.day_format()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_text_speaks_every_kiosk_language() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 25).unwrap();
        assert_eq!(
            qr_text(Lang::Uk, "A-017", "Stern-Center", day),
            "Номер у черзі A-017\nBürgerservice Potsdam – Stern-Center\n25.02.2026"
        );
        assert!(qr_text(Lang::Ar, "A-017", "Stern-Center", day).starts_with("رقم الانتظار A-017"));
        for lang in Lang::ALL {
            let text = qr_text(lang, "A-017", "Stern-Center", day);
            assert!(
                text.contains("A-017") && text.contains("Stern-Center"),
                "{text}"
            );
            assert!(
                lang == Lang::De || lang == Lang::DeEasy || !text.starts_with("Wartenummer"),
                "{lang:?} falls back to German: {text}"
            );
        }
    }

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
