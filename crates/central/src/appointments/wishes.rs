//! The wishes stations kept while they could not reach the central: a booking whose
//! answer never came is pushed later as a request of the booking topic without
//! appointment. The central books it then — the wished time, or the next free one —
//! and the appointment system mails the citizen the confirmation. Each wish is claimed
//! in the store before it is booked, so it is booked once (a claim older than the
//! longest booking was a process's that died, and is taken over); a wish the system refuses
//! keeps the reason for the back office; while the system cannot be reached, wishes
//! wait for the next pass (after the next push, or every [`EVERY`]).

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::Value;
use station::catalogue::AppointmentRef;

use super::attempts::{as_recorded, completing, settle_earlier};
use super::desk::Desk;
use super::{AppointmentError, Booking, Citizen};
use crate::backoffice::open_request;
use crate::published::Published;
use crate::server::AppState;

/// How often wishes are tried without a push.
pub const EVERY: Duration = Duration::from_secs(300);

/// Books wishes after every push of one and every [`EVERY`], for as long as the
/// server runs.
pub async fn keep_booking(state: AppState) {
    let Some(desk) = state.appointments.clone() else {
        return;
    };
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            () = desk.woken() => {}
        }
        book_pending(&state, &desk).await;
    }
}

/// One pass over the wishes waiting.
async fn book_pending(state: &AppState, desk: &Desk) {
    let pending = state
        .with_store(|store| Ok((store.unbooked_wishes(Utc::now())?, Published::load(store)?)))
        .await;
    let (wishes, published) = match pending {
        Ok(pending) => pending,
        Err(failure) => {
            tracing::error!(message = %failure.message, "Terminwünsche nicht lesbar");
            return;
        }
    };
    for request in wishes {
        let id = request.summary.id.clone();
        let station = request.summary.station_id.clone();
        let claimed = {
            let id = id.clone();
            state
                .with_store(move |store| Ok(store.claim_wish(&id, Utc::now())?))
                .await
        };
        if !matches!(claimed, Ok(true)) {
            continue;
        }
        let content = open_request(&state.keys, request).content;
        let wish = content.as_ref().and_then(Wish::read);
        let booked = match wish.and_then(|wish| Some((published.appointment(&wish.service)?, wish)))
        {
            Some((at, wish)) => book(state, desk, &station, &id, at, &wish).await,
            None => Err(AppointmentError::UnreadableWish),
        };
        let id_for_store = id.clone();
        let recorded = match booked {
            Ok((office, booking)) => {
                tracing::info!(%id, "Terminwunsch gebucht");
                let (booked, process) = as_recorded(booking, office);
                state
                    .with_store(move |store| {
                        Ok(store.record_booking(&id_for_store, &booked, &process)?)
                    })
                    .await
            }
            Err(error) if !error.is_refusal() => {
                tracing::warn!(%error, "Terminwunsch wartet auf den nächsten Durchgang");
                let _ = state
                    .with_store(move |store| Ok(store.record_wish_problem(&id_for_store, None)?))
                    .await;
                return;
            }
            Err(error) => {
                tracing::warn!(%id, %error, "Terminwunsch nicht gebucht");
                let problem = error.to_string();
                state
                    .with_store(move |store| {
                        Ok(store.record_wish_problem(&id_for_store, Some(&problem))?)
                    })
                    .await
            }
        };
        if let Err(failure) = recorded {
            tracing::error!(%id, message = %failure.message, "Terminwunsch nicht gespeichert");
        }
    }
}

/// Books `wish` (request `id` of station `station`, of the service booked at `at`):
/// settles a booking begun for it before, else reserves the wished or the next free
/// time and completes it.
async fn book(
    state: &AppState,
    desk: &Desk,
    station: &str,
    id: &str,
    at: AppointmentRef,
    wish: &Wish,
) -> Result<(String, Booking), AppointmentError> {
    if let Some(settled) = settle_earlier(state, desk, station, id, &wish.citizen).await? {
        return Ok(settled);
    }
    let (office, reservation) = desk.reserve_wish(at, wish.time).await?;
    let completion = desk.complete_wish(&reservation, &wish.citizen);
    match completing(state, station, id, &reservation, &office, completion).await {
        Ok(booking) => Ok((office, booking)),
        Err(AppointmentError::Busy) => {
            // Another process is completing this wish: the time is not needed.
            let _ = desk
                .cancel(reservation.process_id, &reservation.auth_key)
                .await;
            Err(AppointmentError::Busy)
        }
        Err(error) => Err(error),
    }
}

/// What a wish's sealed content asks for.
struct Wish {
    service: String,
    time: i64,
    citizen: Citizen,
}

impl Wish {
    /// The service, time and citizen of a booking's content, as the station seals it.
    fn read(content: &Value) -> Option<Wish> {
        let field = |name: &str| {
            content["fields"][name]
                .as_str()
                .map(str::trim)
                .filter(|value| !value.is_empty())
                .map(str::to_owned)
        };
        Some(Wish {
            service: content["appointment"]["service"].as_str()?.to_owned(),
            time: DateTime::parse_from_rfc3339(content["appointment"]["time"].as_str()?)
                .ok()?
                .timestamp(),
            citizen: Citizen {
                name: field("name")?,
                email: field("email")?,
                telephone: field("phone"),
            },
        })
    }
}
