//! Appointments booked from a station through the central, which holds the city's
//! appointment system: the wire types of `GET /v1/appointments/times`, `POST
//! /v1/appointments/reserve` and `POST /v1/appointments/book`, and the codes of their
//! refusals, which both sides read the same way.
//!
//! A booking carries the citizen's name and contact as a sealed request item (topic
//! [`BOOKING_TOPIC`], the booked service in its metadata): the central opens it, books, and
//! stores the item with its booking in one transaction, so the same item pushed again
//! later (when the station did not learn the answer) is a duplicate, not a second
//! booking.

use serde::{Deserialize, Serialize};

use crate::api::PushItem;

/// The topic of a request item that books an appointment.
pub const BOOKING_TOPIC: &str = "terminbuchung";

/// `GET /v1/appointments/times?service=ID`: the free times of a catalogue service.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FreeTimes {
    /// The office where the appointments are.
    pub office: String,
    /// The free times, Unix seconds, ascending.
    pub times: Vec<i64>,
}

/// `POST /v1/appointments/reserve`: hold a time for the citizen at the kiosk.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReserveRequest {
    /// The catalogue service's id.
    pub service: String,
    /// The chosen time, Unix seconds (one of [`FreeTimes::times`]).
    pub time: i64,
}

/// A time held for the citizen while they give their name and contact.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Held {
    /// The central's handle of the reservation (the appointment system's keys stay at
    /// the central).
    pub reservation: String,
    /// The time, Unix seconds.
    pub time: i64,
    /// The office.
    pub office: String,
    /// Until when the time is held, Unix seconds.
    pub expires_at: i64,
}

/// `POST /v1/appointments/book`: complete a reservation with the citizen's details.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BookRequest {
    /// The reservation's handle, from [`Held::reservation`].
    pub reservation: String,
    /// The sealed request item with the citizen's name and contact.
    pub item: PushItem,
}

/// A booked appointment.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Booked {
    /// The time, Unix seconds.
    pub time: i64,
    /// The office.
    pub office: String,
    /// The appointment's number in the appointment system, which the citizen gives
    /// when they come or cancel.
    pub number: String,
}

/// Why the central did not serve a time or a booking: the `error` code of its
/// `ApiError`, which the station turns into a message for the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The city books this service by no appointment system (or the central has none).
    NotOffered,
    /// The time was taken by someone else in the meantime.
    SlotTaken,
    /// The reservation ran out, or is not this station's.
    ReservationExpired,
    /// The appointment system refused the name.
    NameRefused,
    /// The appointment system refused the e-mail address.
    EmailRefused,
    /// The appointment system refused the telephone number.
    TelephoneRefused,
    /// The e-mail address has as many appointments as the system allows.
    TooManyWithSameMail,
    /// The appointment system cannot be reached now.
    Unreachable,
    /// The appointment system refused for another reason.
    Refused,
}

impl Refusal {
    /// Every refusal.
    pub const ALL: [Refusal; 9] = [
        Refusal::NotOffered,
        Refusal::SlotTaken,
        Refusal::ReservationExpired,
        Refusal::NameRefused,
        Refusal::EmailRefused,
        Refusal::TelephoneRefused,
        Refusal::TooManyWithSameMail,
        Refusal::Unreachable,
        Refusal::Refused,
    ];

    /// The `error` code on the wire.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotOffered => "appointments_not_offered",
            Refusal::SlotTaken => "slot_taken",
            Refusal::ReservationExpired => "reservation_expired",
            Refusal::NameRefused => "name_refused",
            Refusal::EmailRefused => "email_refused",
            Refusal::TelephoneRefused => "telephone_refused",
            Refusal::TooManyWithSameMail => "too_many_with_same_mail",
            Refusal::Unreachable => "appointments_unreachable",
            Refusal::Refused => "appointment_refused",
        }
    }

    /// The HTTP status the central answers with.
    pub fn status(self) -> u16 {
        match self {
            Refusal::NotOffered => 404,
            Refusal::SlotTaken | Refusal::TooManyWithSameMail => 409,
            Refusal::ReservationExpired => 410,
            Refusal::NameRefused | Refusal::EmailRefused | Refusal::TelephoneRefused => 422,
            Refusal::Unreachable => 503,
            Refusal::Refused => 502,
        }
    }

    /// The refusal with wire code `code`.
    pub fn parse(code: &str) -> Option<Refusal> {
        Refusal::ALL
            .into_iter()
            .find(|refusal| refusal.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_and_is_an_error_status() {
        for refusal in Refusal::ALL {
            assert_eq!(Refusal::parse(refusal.code()), Some(refusal));
            assert!((400..600).contains(&refusal.status()), "{refusal:?}");
        }
        assert_eq!(Refusal::parse("unauthorized"), None);
    }
}
