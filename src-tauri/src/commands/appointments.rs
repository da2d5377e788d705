//! Commands of "Termin buchen" (kiosk): the booking form, free times, a held time and
//! the booking (`app::appointments`).

use std::collections::BTreeMap;

use app::appointments::{self, Booking, BookingResult, FreeTimes, HeldTime};
use app::requests::TopicOffer;
use app::{AppError, SyncDesk};
use chrono::{DateTime, Utc};
use tauri::State;

use crate::shell::Shell;

/// The booking's form: name, e-mail and telephone.
#[tauri::command(async)]
#[specta::specta]
pub fn appointment_form() -> TopicOffer {
    TopicOffer {
        topic: appointments::form(),
        fee_cents: None,
        fee_online: false,
    }
}

/// The free times of a catalogue service.
#[tauri::command]
#[specta::specta]
pub async fn appointment_times(
    shell: State<'_, Shell>,
    service: String,
) -> Result<FreeTimes, AppError> {
    appointments::free_times(shell.station()?, &service).await
}

/// Holds a free time for the citizen.
#[tauri::command]
#[specta::specta]
pub async fn appointment_reserve(
    shell: State<'_, Shell>,
    service: String,
    time: DateTime<Utc>,
) -> Result<HeldTime, AppError> {
    appointments::reserve(shell.station()?, &service, time).await
}

/// Books a held time for the citizen; kept as their wish when the central cannot be
/// reached.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)]
pub async fn appointment_book(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
    reservation: String,
    service: String,
    time: DateTime<Utc>,
    lang: String,
    fields: BTreeMap<String, String>,
    consent: bool,
) -> Result<BookingResult, AppError> {
    let booking = Booking {
        reservation,
        service,
        time,
        lang,
        fields,
        consent,
    };
    appointments::book(shell.station()?, Some(&desk), &booking, Utc::now()).await
}
