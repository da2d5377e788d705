//! `GET /v1/appointments/times`, `POST /v1/appointments/reserve` and `POST
//! /v1/appointments/book`: a station books an appointment for a citizen through the
//! central's desk ([`crate::appointments::desk`]). Which services can be booked, and
//! where, the published catalogue says. The booking's request item is checked like a
//! pushed one, opened for the citizen's name and contact, and stored with its booking;
//! the same item sent again answers the booking it has, and one whose booking was begun
//! but not recorded is settled with the system ([`crate::appointments::attempts`]).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use syncproto::appointments::{
    BookRequest, Booked, FreeTimes, Held, Refusal, ReserveRequest, BOOKING_TOPIC,
};
use syncproto::{seal, ValidItem};

use crate::appointments::attempts::{as_recorded, completing, settle_earlier};
use crate::appointments::desk::Desk;
use crate::appointments::{AppointmentError, Citizen, ContactField};
use crate::keys::CentralKeys;
use crate::published::Published;
use crate::sealing::sealed_by;
use crate::server::auth::{StationAuth, StationBinding};
use crate::server::error::ApiFailure;
use crate::server::limits::ApiJson;
use crate::server::AppState;
use crate::store::{BookedAppointment, InsertOutcome};
use station::catalogue::AppointmentRef;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimesQuery {
    /// The catalogue service's id.
    service: String,
}

pub async fn times(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    query: Result<Query<TimesQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<FreeTimes>, ApiFailure> {
    let Query(query) =
        query.map_err(|_| ApiFailure::bad_request("bad_query", "service muss angegeben sein"))?;
    let (desk, at) = bookable(&state, &station.id, query.service).await?;
    let (office, times) = desk.free_times(at).await.map_err(refused)?;
    Ok(Json(FreeTimes { office, times }))
}

pub async fn reserve(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    ApiJson(body): ApiJson<ReserveRequest>,
) -> Result<Json<Held>, ApiFailure> {
    let (desk, at) = bookable(&state, &station.id, body.service.clone()).await?;
    let held = desk
        .reserve(&station.id, &body.service, at, body.time)
        .await
        .map_err(refused)?;
    Ok(Json(held))
}

pub async fn book(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    StationBinding(binding): StationBinding,
    ApiJson(body): ApiJson<BookRequest>,
) -> Result<Json<Booked>, ApiFailure> {
    let desk = desk(&state)?;
    let item = body
        .item
        .validate()
        .and_then(|item| sealed_by(&state.keys, &binding, &item, &station.id).map(|()| item))
        .map_err(|rejection| ApiFailure::bad_request("invalid_item", rejection.message))?;
    let (station_id, id) = (station.id.clone(), item.id_text());
    if let Some(booked) = state
        .with_store(move |store| Ok(store.booked_for(&station_id, &id)?))
        .await?
    {
        return Ok(Json(answer(booked)));
    }
    if item.meta.topic != BOOKING_TOPIC {
        return Err(mismatch());
    }
    let citizen = citizen(&state.keys, &item, &station.id)?;
    let item_id = item.id_text();
    let (office, booking) = match settle_earlier(&state, desk, &station.id, &item_id, &citizen)
        .await
        .map_err(refused)?
    {
        Some(settled) => settled,
        None => {
            let hold = desk.hold(&body.reservation, &station.id).map_err(refused)?;
            if item.meta.service.as_deref() != Some(&hold.service) {
                return Err(mismatch());
            }
            let completion = desk.book(&body.reservation, &hold, &citizen);
            let booking = completing(
                &state,
                &station.id,
                &item_id,
                &hold.reservation,
                &hold.office,
                completion,
            )
            .await
            .map_err(refused)?;
            (hold.office, booking)
        }
    };
    let (booked, process) = as_recorded(booking, office);
    let (station_id, stored) = (station.id.clone(), booked.clone());
    let outcome = state
        .with_store(move |store| Ok(store.store_booked(&station_id, &item, &stored, &process)?))
        .await?;
    if outcome == InsertOutcome::Conflict {
        tracing::error!(station = %station.id, "gebuchter Termin: Kennung schon mit anderem Inhalt gespeichert");
        return Err(ApiFailure::new(
            StatusCode::CONFLICT,
            "id_conflict",
            "Ein Eintrag mit dieser Kennung, aber anderem Inhalt, liegt schon vor",
        ));
    }
    Ok(Json(answer(booked)))
}

/// The item is no booking of the service held.
fn mismatch() -> ApiFailure {
    ApiFailure::bad_request(
        "item_mismatch",
        "Der Eintrag ist keine Terminbuchung für die reservierte Dienstleistung",
    )
}

/// The desk, or `appointments_not_offered` when the central books nothing.
fn desk(state: &AppState) -> Result<&Desk, ApiFailure> {
    state.appointments.as_deref().ok_or_else(|| {
        refusal(
            Refusal::NotOffered,
            "Die Zentrale ist mit keinem Terminsystem verbunden",
        )
    })
}

/// The desk and where catalogue service `service` is booked.
async fn bookable<'s>(
    state: &'s AppState,
    station: &str,
    service: String,
) -> Result<(&'s Desk, AppointmentRef), ApiFailure> {
    let desk = desk(state)?;
    let station = station.to_owned();
    let at = state
        .with_store(move |store| {
            store.touch_station(&station)?;
            Ok(Published::load(store)?.appointment(&service))
        })
        .await?
        .ok_or_else(|| {
            refusal(
                Refusal::NotOffered,
                "Für diese Dienstleistung bucht die Stadt keine Termine",
            )
        })?;
    Ok((desk, at))
}

/// The name, e-mail address and telephone number in `item`'s sealed form fields.
fn citizen(keys: &CentralKeys, item: &ValidItem, station: &str) -> Result<Citizen, ApiFailure> {
    let opened =
        seal::open(&keys.seal_key, &item.id, item.kind, station, &item.sealed).map_err(|_| {
            ApiFailure::bad_request("invalid_item", "Der Inhalt lässt sich nicht öffnen")
        })?;
    let content: serde_json::Value = serde_json::from_slice(&opened)
        .map_err(|_| ApiFailure::bad_request("invalid_item", "Der Inhalt ist kein JSON"))?;
    let field = |name: &str| {
        content["fields"][name]
            .as_str()
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .map(str::to_owned)
    };
    Ok(Citizen {
        name: field("name")
            .ok_or_else(|| refused(AppointmentError::Contact(ContactField::Name)))?,
        email: field("email")
            .ok_or_else(|| refused(AppointmentError::Contact(ContactField::Email)))?,
        telephone: field("phone"),
    })
}

fn answer(booked: BookedAppointment) -> Booked {
    Booked {
        time: booked.at,
        office: booked.office,
        number: booked.number,
    }
}

fn refusal(refusal: Refusal, message: impl Into<String>) -> ApiFailure {
    ApiFailure::new(
        StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::BAD_GATEWAY),
        refusal.code(),
        message,
    )
}

/// The answer to a refusal of the appointment system.
fn refused(error: AppointmentError) -> ApiFailure {
    let kind = match &error {
        AppointmentError::SlotTaken | AppointmentError::NoFreeTime => Refusal::SlotTaken,
        AppointmentError::ReservationExpired => Refusal::ReservationExpired,
        AppointmentError::Contact(ContactField::Name) => Refusal::NameRefused,
        AppointmentError::Contact(ContactField::Email) => Refusal::EmailRefused,
        AppointmentError::Contact(ContactField::Telephone) => Refusal::TelephoneRefused,
        AppointmentError::TooManyWithSameMail => Refusal::TooManyWithSameMail,
        AppointmentError::Unreachable(detail) => {
            tracing::warn!(%detail, "Terminsystem nicht erreichbar");
            return refusal(
                Refusal::Unreachable,
                "Das Terminsystem ist nicht erreichbar",
            );
        }
        AppointmentError::Busy => {
            return refusal(Refusal::Unreachable, error.to_string());
        }
        AppointmentError::Unrecorded(detail) => {
            tracing::error!(%detail, "Terminbuchung nicht gespeichert");
            return ApiFailure::internal();
        }
        AppointmentError::UnreadableWish | AppointmentError::NotCancellable => Refusal::Refused,
        AppointmentError::Refused { code, status } => {
            tracing::warn!(%code, status, "Terminsystem hat abgelehnt");
            Refusal::Refused
        }
    };
    refusal(kind, error.to_string())
}
