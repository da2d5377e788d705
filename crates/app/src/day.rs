//! The day at the station, for staff and IT: the appointments booked here (and the
//! bookings kept as wishes until the central books them), the fees citizens were
//! asked to pay, from the requests recorded that day, and the video calls opened. No names or contact data: the
//! station keeps none in clear.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use station::catalogue::Catalogue;
use station::lang::Lang;
use station::requests::{self, DayPayment, DayRequest};
use station::video_calls::{self, VideoCall};
use syncproto::appointments::BOOKING_TOPIC;

use crate::error::AppResult;
use crate::station::Station;

/// The day's appointments and fees.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DayList {
    /// The local day, `YYYY-MM-DD`.
    pub day: String,
    /// The bookings recorded that day, in order.
    pub appointments: Vec<DayBooking>,
    /// The requests with a fee recorded that day, in order.
    pub fees: Vec<DayFee>,
    /// The video calls opened that day, in order.
    pub calls: Vec<VideoCall>,
}

/// A booking in the day's list.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DayBooking {
    /// The request's reference.
    pub reference: String,
    /// The service's name.
    pub service: String,
    /// When the citizen booked.
    pub booked_at: DateTime<Utc>,
    /// The appointment's time; `None` while the booking waits as a wish.
    pub time: Option<DateTime<Utc>>,
    /// The office.
    pub office: Option<String>,
    /// The appointment's number.
    pub number: Option<String>,
}

/// A fee in the day's list.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DayFee {
    /// The request's reference (in the transfer's remittance text).
    pub reference: String,
    /// The service's name.
    pub service: String,
    /// The amount in euro cents.
    pub cents: u64,
    /// When the request was recorded.
    pub recorded_at: DateTime<Utc>,
    /// When the fee was paid, as the central last reported; `None` while it reports none.
    pub paid: Option<DayPayment>,
}

/// The appointments, fees and calls of local day `day`, with service names in `lang`.
pub fn day_list(station: &Station, day: NaiveDate, lang: Lang) -> AppResult<DayList> {
    let recorded = requests::of_day(&station.store(), day)?;
    let catalogue = station.catalogue();
    let name = |request: &DayRequest| {
        let id = request.service.as_deref().unwrap_or_default();
        catalogue
            .service(id)
            .map_or_else(|_| id.to_owned(), |service| service.name.get(lang).clone())
    };
    let appointments = recorded
        .iter()
        .filter(|request| request.topic == BOOKING_TOPIC)
        .map(|request| DayBooking {
            reference: request.reference.clone(),
            service: name(request),
            booked_at: request.created_at,
            time: request.appointment.as_ref().map(|a| a.time),
            office: request.appointment.as_ref().map(|a| a.office.clone()),
            number: request.appointment.as_ref().map(|a| a.number.clone()),
        })
        .collect();
    let fees = recorded
        .iter()
        .filter_map(|request| {
            Some(DayFee {
                cents: fee_cents(&catalogue, request)?,
                reference: request.reference.clone(),
                service: name(request),
                recorded_at: request.created_at,
                paid: request.paid.clone(),
            })
        })
        .collect();
    Ok(DayList {
        day: day.to_string(),
        appointments,
        fees,
        calls: video_calls::of_day(&station.store(), day)?,
    })
}

/// The fee of the service a request orders (a booking orders none).
fn fee_cents(catalogue: &Catalogue, request: &DayRequest) -> Option<u64> {
    let topic = requests::topic(&request.topic)?;
    let service = catalogue.service(topic.service?).ok()?;
    Some(service.fee.as_ref()?.cents)
}
