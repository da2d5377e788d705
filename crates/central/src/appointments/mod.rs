//! Appointments at the city's Bürgerservicecenter, booked in its appointment system:
//! the offices and services it offers, the free times of a service, and a booking in
//! two steps — a reservation when the citizen picks a time (held while they give their
//! name and contact), then its completion. The central holds the system's address and
//! credentials; a station never talks to it.
//!
//! [`zms`] is the adapter for ZMS, the system of Berlin and Munich
//! (`it-at-m/eappointment`, citizen API); [`desk`] books for stations, [`wishes`]
//! books the wishes stations kept while they could not reach the central, and
//! [`attempts`] makes sure a booking whose record was lost is not booked twice.

pub mod attempts;
pub mod desk;
pub mod wishes;
pub mod zms;

use thiserror::Error;

/// An office of the Bürgerservice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// The system's id.
    pub id: u32,
    /// Its name.
    pub name: String,
}

/// A service that can be booked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// The system's id.
    pub id: u32,
    /// Its name.
    pub name: String,
}

/// What the system offers: offices, services, and which office offers which service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The offices.
    pub offices: Vec<Office>,
    /// The services.
    pub services: Vec<Service>,
    /// `(office, service)` pairs that can be booked.
    pub relations: Vec<(u32, u32)>,
}

/// A time held for the citizen while they give their details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reservation {
    /// The system's process id.
    pub process_id: u64,
    /// The key that proves the reservation is ours.
    pub auth_key: String,
    /// The time, Unix seconds.
    pub timestamp: i64,
    /// Minutes the system holds it, if it says.
    pub hold_minutes: Option<i64>,
}

/// Who the appointment is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citizen {
    /// The name (the system's `familyName`).
    pub name: String,
    /// The e-mail address the confirmation goes to.
    pub email: String,
    /// A telephone number, if given.
    pub telephone: Option<String>,
}

/// A booked appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    /// The system's process id.
    pub process_id: u64,
    /// The key to look it up or cancel it.
    pub auth_key: String,
    /// The time, Unix seconds.
    pub timestamp: i64,
    /// The office's name.
    pub office: String,
    /// The number the office shows when it is the citizen's turn, if the system gives one.
    pub display_number: Option<String>,
}

impl AppointmentError {
    /// Whether the system refused for good; `false` when it may yet have booked (it
    /// could not be reached, the central could not record, another process is at it).
    pub fn is_refusal(&self) -> bool {
        !matches!(
            self,
            AppointmentError::Unreachable(_)
                | AppointmentError::Unrecorded(_)
                | AppointmentError::Busy
        )
    }
}

/// Where a process the central began stands in the system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// Held; the citizen's details and the confirmation are still to come.
    Reserved,
    /// The details are in and the activation mailed; the confirmation is to come.
    Preconfirmed,
    /// Booked.
    Booked(Booking),
    /// Gone: the hold ran out, or it was given back.
    Gone,
}

/// Which of the citizen's details the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactField {
    /// The name.
    Name,
    /// The e-mail address.
    Email,
    /// The telephone number.
    Telephone,
}

impl std::fmt::Display for ContactField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ContactField::Name => "den Namen",
            ContactField::Email => "die E-Mail-Adresse",
            ContactField::Telephone => "die Telefonnummer",
        })
    }
}

/// Why the appointment system could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AppointmentError {
    /// The time was taken by someone else in the meantime.
    #[error("Dieser Termin ist inzwischen vergeben. Bitte wählen Sie einen anderen.")]
    SlotTaken,
    /// The reservation ran out (or is otherwise gone) before it was completed.
    #[error("Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin erneut.")]
    ReservationExpired,
    /// The system refused one of the citizen's details.
    #[error("Das Terminsystem hat {0} abgelehnt.")]
    Contact(ContactField),
    /// No time is free from the wished one on (a wish booked at sync).
    #[error("In den nächsten vier Wochen ist ab der gewünschten Zeit kein Termin frei.")]
    NoFreeTime,
    /// A wish that names no bookable service, no time, no name or no e-mail address.
    #[error("Der Terminwunsch nennt keine buchbare Dienstleistung, keine Zeit, keinen Namen oder keine E-Mail-Adresse.")]
    UnreadableWish,
    /// The e-mail address already has as many appointments as the system allows.
    #[error("Mit dieser E-Mail-Adresse sind schon so viele Termine gebucht, wie erlaubt sind.")]
    TooManyWithSameMail,
    /// The system could not be reached or answered garbage.
    #[error("Das Terminsystem ist nicht erreichbar: {0}")]
    Unreachable(String),
    /// The appointment has begun or is past and cannot be cancelled any more.
    #[error("Dieser Termin lässt sich nicht mehr absagen: Er hat schon begonnen oder ist vorbei.")]
    NotCancellable,
    /// The central could not record what it is doing (its database failed).
    #[error("Die Zentrale kann die Buchung gerade nicht speichern: {0}")]
    Unrecorded(String),
    /// Another central process is completing a booking of the same request.
    #[error("Diese Buchung wird gerade schon abgeschlossen.")]
    Busy,
    /// Any other refusal, with the system's code and HTTP status.
    #[error("Das Terminsystem hat abgelehnt: {code} (HTTP {status}).")]
    Refused {
        /// The system's error code.
        code: String,
        /// The HTTP status.
        status: u16,
    },
}
