//! The JSON shapes of docs/ipc.md that are not simply a station type (camelCase).

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use station::tickets::{Status, Ticket};

/// A station as the kiosk and the staff header show it.
#[derive(Debug, Serialize)]
pub struct StationRef {
    pub id: String,
    pub name: String,
}

impl From<&station::plan::Station> for StationRef {
    fn from(station: &station::plan::Station) -> Self {
        StationRef {
            id: station.id.clone(),
            name: station.name.clone(),
        }
    }
}

/// A ticket for the staff list. `id` is a string so the UI treats it as opaque.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TicketView {
    pub id: String,
    pub number: u32,
    pub label: String,
    pub status: Status,
    pub drawn_at: DateTime<Utc>,
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

/// A freshly drawn ticket for the citizen.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawnTicket {
    pub number: u32,
    pub label: String,
    pub day: NaiveDate,
    pub expected_wait_minutes: Option<u32>,
    pub qr_svg: String,
    pub qr_text: String,
}
