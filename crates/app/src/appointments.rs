//! Appointments at the Bürgerservicecenter, booked at the kiosk through the central:
//! the free times of a service, a time held while the citizen gives name and e-mail,
//! and the booking. The citizen's details travel as a sealed request item of the
//! booking topic. The item is recorded at the station once the central answered: a
//! booked one goes to the outbox as well (its push is then a duplicate); when the
//! central cannot be reached or fails, the same item is recorded as the citizen's
//! wish and the sync brings it later — the central has it at most once. Refusals (a
//! time taken, a reservation run out, a detail the appointment system refused) record
//! nothing: the citizen is still at the kiosk and chooses again.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::appointments::calendar_entry;
use station::lang::Lang;
use station::qr;
use station::requests::{self, AppointmentChoice, Submission, Topic};
use station::sync::client::CentralClient;
use station::sync::{enrolment, SyncError};
use syncproto::appointments::{BookRequest, Refusal, ReserveRequest, BOOKING_TOPIC};

use crate::error::{AppError, AppResult};
use crate::station::Station;
use crate::sync_desk::SyncDesk;

/// The free times of a service.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FreeTimes {
    /// The office where the appointments are.
    pub office: String,
    /// The free times, earliest first.
    pub times: Vec<DateTime<Utc>>,
}

/// A time held for the citizen.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HeldTime {
    /// The central's handle of the reservation, for [`book`].
    pub reservation: String,
    /// The time.
    pub time: DateTime<Utc>,
    /// The office.
    pub office: String,
    /// Until when it is held.
    pub expires_at: DateTime<Utc>,
}

/// The citizen's booking of a held time.
#[derive(Debug, Clone)]
pub struct Booking {
    /// The handle from [`HeldTime::reservation`].
    pub reservation: String,
    /// The catalogue service.
    pub service: String,
    /// The time that was held (kept with a wish when the central cannot be reached).
    pub time: DateTime<Utc>,
    /// The citizen's language tag.
    pub lang: String,
    /// Name, e-mail and telephone (fields of [`requests::booking`]).
    pub fields: BTreeMap<String, String>,
    /// The citizen consented to the privacy notice.
    pub consent: bool,
}

/// A booked appointment.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BookedAppointment {
    /// The time.
    pub time: DateTime<Utc>,
    /// The office.
    pub office: String,
    /// The appointment's number, which the citizen gives when they come or cancel.
    pub number: String,
}

/// What became of a booking.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BookingResult {
    /// The request's reference, `BK-XXXX-XXXX`.
    pub reference: String,
    /// The appointment; `None` when the central could not be reached and the booking
    /// waits in the outbox as the citizen's wish.
    pub appointment: Option<BookedAppointment>,
    /// The appointment as a calendar entry, or else the reference, as a QR code (SVG).
    pub qr_svg: String,
}

/// The form of a booking: name, e-mail (the appointment system mails the
/// confirmation) and telephone.
pub fn form() -> &'static Topic {
    requests::booking()
}

/// The free times of catalogue service `service`.
pub async fn free_times(station: &Station, service: &str) -> AppResult<FreeTimes> {
    let client = client_for(station, service)?;
    let free = client
        .appointment_times(service)
        .await
        .map_err(appointment_error)?;
    Ok(FreeTimes {
        office: free.office,
        times: free.times.into_iter().filter_map(instant).collect(),
    })
}

/// Holds `time` of catalogue service `service` for the citizen.
pub async fn reserve(station: &Station, service: &str, time: DateTime<Utc>) -> AppResult<HeldTime> {
    let client = client_for(station, service)?;
    let request = ReserveRequest {
        service: service.to_owned(),
        time: time.timestamp(),
    };
    let held = client
        .reserve_appointment(&request)
        .await
        .map_err(appointment_error)?;
    Ok(HeldTime {
        reservation: held.reservation,
        time: instant(held.time).unwrap_or(time),
        office: held.office,
        expires_at: instant(held.expires_at).unwrap_or(time),
    })
}

/// Books a held time for the citizen; see the module's description for what is
/// recorded when.
pub async fn book(
    station: &Station,
    sync: Option<&SyncDesk>,
    booking: &Booking,
    now: DateTime<Utc>,
) -> AppResult<BookingResult> {
    let client = client_for(station, &booking.service)?;
    let submission = Submission {
        topic: BOOKING_TOPIC.to_owned(),
        lang: booking.lang.clone(),
        fields: booking.fields.clone(),
        consent: booking.consent,
        appointment: Some(AppointmentChoice {
            service: booking.service.clone(),
            time: booking.time,
        }),
    };
    let prepared = requests::prepare(&station.store(), now, &submission)?;
    let request = BookRequest {
        reservation: booking.reservation.clone(),
        item: prepared.item.to_push_item(),
    };
    let answer = client.book_appointment(&request).await;
    let booked = match answer {
        Ok(booked) => Some(booked),
        Err(SyncError::Unreachable(_) | SyncError::ServerError(_)) => None,
        Err(error) => return Err(appointment_error(error)),
    };
    match &booked {
        Some(booked) => requests::record_booked(&station.store(), &prepared, booked)?,
        None => requests::record(&station.store(), &prepared)?,
    };
    if let Some(sync) = sync {
        sync.wake();
    }
    let Some(booked) = booked else {
        return Ok(BookingResult {
            qr_svg: qr::qr_svg(&prepared.reference)?,
            reference: prepared.reference,
            appointment: None,
        });
    };
    let time = instant(booked.time).unwrap_or(booking.time);
    let lang = booking.lang.parse().unwrap_or(Lang::De);
    let catalogue = station.catalogue();
    let service = catalogue.service(&booking.service)?.name.get(lang);
    Ok(BookingResult {
        qr_svg: qr::qr_svg(&calendar_entry(
            service,
            &booked.office,
            time,
            &booked.number,
        ))?,
        reference: prepared.reference,
        appointment: Some(BookedAppointment {
            time,
            office: booked.office,
            number: booked.number,
        }),
    })
}

/// A client of the central, for a service the catalogue in force books.
fn client_for(station: &Station, service: &str) -> AppResult<CentralClient> {
    let enrolment = enrolment::require(&station.store())?;
    let bookable = station
        .catalogue()
        .service(service)
        .is_ok_and(|service| service.appointment.is_some());
    if !bookable {
        return Err(AppError::new(
            Refusal::NotOffered.code(),
            format!("Für „{service}“ bucht die Stadt keine Termine"),
        ));
    }
    Ok(enrolment.client()?)
}

/// The error of a failed call: the appointment system's refusals by their code, a
/// central that cannot be reached or fails as the appointment system unreachable.
fn appointment_error(error: SyncError) -> AppError {
    match &error {
        SyncError::Refused { code, message, .. } => match Refusal::parse(code) {
            Some(refusal) => AppError::new(refusal.code(), message.clone()),
            None => error.into(),
        },
        SyncError::Unreachable(_) | SyncError::ServerError(_) => {
            AppError::new(Refusal::Unreachable.code(), error.to_string())
        }
        _ => error.into(),
    }
}

/// Unix seconds as an instant.
fn instant(seconds: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(seconds, 0)
}
