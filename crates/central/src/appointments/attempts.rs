//! Bookings begun and not yet recorded. Before the central asks the appointment system
//! to complete a process for a request, it records the attempt; the transaction that
//! records the booking forgets it. A request that arrives again while its attempt is
//! recorded — the central died between the system's confirmation and its own commit,
//! or the system's answer was lost — is settled with the system: adopted when booked,
//! completed when still held, booked afresh only when the system holds nothing for it.

use std::future::Future;

use super::desk::Desk;
use super::{AppointmentError, Booking, Citizen, Reservation};
use crate::server::AppState;
use crate::store::{BookedAppointment, BookingAttempt, Store, StoreError};

/// The booking begun earlier for request `item_id` of station `station_id`, settled
/// with the system for `citizen`: the office and the booking when it is (now) booked,
/// `None` when nothing was begun or what was begun is gone. A refusal for good forgets
/// the attempt; while the system cannot say, it is kept.
pub async fn settle_earlier(
    state: &AppState,
    desk: &Desk,
    station_id: &str,
    item_id: &str,
    citizen: &Citizen,
) -> Result<Option<(String, Booking)>, AppointmentError> {
    let (id, station) = (item_id.to_owned(), station_id.to_owned());
    let Some(attempt) = stored(state, move |store| store.attempt_for(&id, &station)).await? else {
        return Ok(None);
    };
    let reservation = Reservation {
        process_id: attempt.process_id,
        auth_key: attempt.auth_key.clone(),
        timestamp: attempt.at,
        hold_minutes: None,
    };
    match desk.settle(&reservation, citizen).await {
        Ok(Some(booking)) => {
            tracing::info!(item = %item_id, "begonnene Terminbuchung übernommen");
            Ok(Some((attempt.office, booking)))
        }
        Ok(None) => {
            forget(state, item_id, attempt.process_id).await?;
            Ok(None)
        }
        Err(error) => {
            if error.is_refusal() {
                let _ = forget(state, item_id, attempt.process_id).await;
            }
            Err(error)
        }
    }
}

/// Runs `completion` of `reservation` (at `office`) for request `item_id` of station
/// `station_id` with the attempt recorded first; [`AppointmentError::Busy`] without
/// running it when a booking of the request is recorded as begun already. A refusal
/// forgets the attempt; a system that could not be reached may have booked, and the
/// attempt is kept for [`settle_earlier`].
pub async fn completing(
    state: &AppState,
    station_id: &str,
    item_id: &str,
    reservation: &Reservation,
    office: &str,
    completion: impl Future<Output = Result<Booking, AppointmentError>>,
) -> Result<Booking, AppointmentError> {
    let attempt = BookingAttempt {
        item_id: item_id.to_owned(),
        station_id: station_id.to_owned(),
        process_id: reservation.process_id,
        auth_key: reservation.auth_key.clone(),
        at: reservation.timestamp,
        office: office.to_owned(),
    };
    if !stored(state, move |store| store.record_attempt(&attempt)).await? {
        return Err(AppointmentError::Busy);
    }
    let booked = completion.await;
    if matches!(&booked, Err(error) if error.is_refusal()) {
        let _ = forget(state, item_id, reservation.process_id).await;
    }
    booked
}

/// Forgets the attempt of `process_id` for request `item_id` (a failure is logged: the
/// row only costs a question to the system when the request comes again).
async fn forget(state: &AppState, item_id: &str, process_id: u64) -> Result<(), AppointmentError> {
    let id = item_id.to_owned();
    let forgotten = stored(state, move |store| store.drop_attempt(&id, process_id)).await;
    if let Err(error) = &forgotten {
        tracing::error!(item = %item_id, %error, "begonnene Terminbuchung nicht vergessen");
    }
    forgotten
}

/// The appointment as the store records it for `booking` at `office` (the system's
/// own name of the office when it gives one), and the process as `id:key`.
pub fn as_recorded(booking: Booking, office: String) -> (BookedAppointment, String) {
    let process = format!("{}:{}", booking.process_id, booking.auth_key);
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
        cancelled_at: None,
    };
    (booked, process)
}

/// Runs `work` with the store; a failure is [`AppointmentError::Unrecorded`].
async fn stored<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, AppointmentError> {
    state
        .with_store(move |store| Ok(work(store)?))
        .await
        .map_err(|failure| AppointmentError::Unrecorded(failure.message))
}
