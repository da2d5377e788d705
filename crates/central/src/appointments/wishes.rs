//! The wishes stations kept while they could not reach the central: a booking whose
//! answer never came is pushed later as a request of the booking topic without
//! appointment. The central books it then — the wished time, or the next free one —
//! and the appointment system mails the citizen the confirmation. Each wish is claimed
//! in the store before it is booked, so it is booked once; a wish the system refuses
//! keeps the reason for the back office; while the system cannot be reached, wishes
//! wait for the next pass (after the next push, or every [`EVERY`]).

use std::time::Duration;

use chrono::DateTime;
use serde_json::Value;

use super::desk::Desk;
use super::{AppointmentError, Citizen};
use crate::backoffice::open_request;
use crate::published::Published;
use crate::server::AppState;
use crate::store::BookedAppointment;

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
        .with_store(|store| Ok((store.unbooked_wishes()?, Published::load(store)?)))
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
        let claimed = {
            let id = id.clone();
            state
                .with_store(move |store| Ok(store.claim_wish(&id)?))
                .await
        };
        if !matches!(claimed, Ok(true)) {
            continue;
        }
        let content = open_request(&state.keys, request).content;
        let wish = content.as_ref().and_then(Wish::read);
        let booked = match wish.and_then(|wish| Some((published.appointment(&wish.service)?, wish)))
        {
            Some((at, wish)) => desk.book_wish(at, wish.time, &wish.citizen).await,
            None => Err(AppointmentError::UnreadableWish),
        };
        let id_for_store = id.clone();
        let recorded = match booked {
            Ok((office, booking)) => {
                tracing::info!(%id, "Terminwunsch gebucht");
                let booked = BookedAppointment {
                    at: booking.timestamp,
                    office: if booking.office.is_empty() {
                        office
                    } else {
                        booking.office
                    },
                    number: booking
                        .display_number
                        .unwrap_or_else(|| booking.process_id.to_string()),
                };
                let process = format!("{}:{}", booking.process_id, booking.auth_key);
                state
                    .with_store(move |store| {
                        Ok(store.record_booking(&id_for_store, &booked, &process)?)
                    })
                    .await
            }
            Err(AppointmentError::Unreachable(detail)) => {
                tracing::warn!(%detail, "Terminsystem nicht erreichbar: Terminwünsche warten");
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
