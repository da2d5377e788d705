//! The Tauri commands of docs/ipc.md, one function per contract row: each turns its
//! arguments into a call of a use case in `crates/app` and returns its result or its
//! [`AppError`](app::AppError).

mod eid;
mod kiosk;
mod names;
mod requests;
mod secret_arg;
mod staff;
mod sync;

pub use names::{KIOSK_COMMANDS, SHARED_COMMANDS, STAFF_COMMANDS};

use app::AppError;
use tauri::{ipc::Invoke, Runtime};

/// The invoke handler with every command; build.rs declares the same names for the ACL.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        kiosk::kiosk_info,
        kiosk::kiosk_ready,
        kiosk::services_categories,
        kiosk::services_search,
        kiosk::service_qr,
        kiosk::ticket_draw,
        kiosk::staff_pin_setup,
        kiosk::staff_unlock,
        staff::staff_overview,
        staff::stations_plan,
        staff::station_select,
        staff::tickets_today,
        staff::ticket_call_next,
        staff::ticket_mark,
        staff::staff_lock,
        eid::eid_reader_state,
        eid::eid_card_status,
        eid::eid_check_new_pin,
        eid::eid_change_pin,
        eid::eid_unblock,
        eid::eid_help_request,
        eid::eid_staff_overview,
        eid::eid_help_done,
        requests::request_topics,
        requests::request_submit,
        sync::sync_status,
        sync::sync_now,
    ]
}

/// A window could not be opened or closed.
fn window_failed(error: tauri::Error) -> AppError {
    AppError::new("window_failed", format!("Fenster-Fehler: {error}"))
}

/// A language code from the UI.
fn lang(code: &str) -> Result<station::catalogue::Lang, AppError> {
    Ok(code.parse::<station::catalogue::Lang>()?)
}
