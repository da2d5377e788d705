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

/// Every command with its argument and result types, for the generated TypeScript
/// contract (`ui/src/lib/bindings.ts`, see [`typescript`]). The same commands as in
/// [`handler`]; a test checks both against the window lists of [`names`].
fn contract() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::new()
        .error_handling(tauri_specta::ErrorHandlingMode::Throw)
        .dangerously_cast_bigints_to_number()
        // Results travel one way only: one type per Rust type, not a serialize/deserialize pair.
        .disable_serde_phases()
        .commands(tauri_specta::collect_commands![
            kiosk::kiosk_info,
            kiosk::kiosk_ready,
            kiosk::services_categories,
            kiosk::services_search,
            kiosk::service_qr,
            kiosk::ticket_draw,
            kiosk::staff_pin_setup::<tauri::Wry>,
            kiosk::staff_unlock::<tauri::Wry>,
            staff::staff_overview,
            staff::stations_plan,
            staff::station_select,
            staff::tickets_today,
            staff::ticket_call_next,
            staff::ticket_mark,
            staff::staff_lock::<tauri::Wry>,
            eid::eid_reader_state,
            eid::eid_card_status::<tauri::Wry>,
            eid::eid_check_new_pin,
            eid::eid_change_pin::<tauri::Wry>,
            eid::eid_unblock::<tauri::Wry>,
            eid::eid_help_request,
            eid::eid_staff_overview,
            eid::eid_help_done,
            requests::request_topics,
            requests::request_submit,
            sync::sync_status,
            sync::sync_now,
        ])
}

/// The generated TypeScript contract: the types of every command's arguments, result
/// and error, and a typed `commands` object that invokes them.
pub fn typescript() -> Result<String, String> {
    let dir = std::env::temp_dir().join(format!("bk-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|error| error.to_string())?;
    let path = dir.join("bindings.ts");
    let header = "// Generated from the Rust types of src-tauri/src/commands by its `contract()`.\n\
                  // Do not edit: `BK_WRITE_BINDINGS=1 cargo test -p buergerkoffer --test contract` writes it anew.";
    let exported = contract()
        .export(
            specta_typescript::Typescript::default().header(header),
            &path,
        )
        .map_err(|error| error.to_string());
    let text = exported.and_then(|()| std::fs::read_to_string(&path).map_err(|e| e.to_string()));
    // The folder is ours alone; a leftover is harmless.
    let _ = std::fs::remove_dir_all(&dir);
    text
}

/// A window could not be opened or closed.
fn window_failed(error: tauri::Error) -> AppError {
    AppError::new("window_failed", format!("Fenster-Fehler: {error}"))
}

/// A language code from the UI.
fn lang(code: &str) -> Result<station::catalogue::Lang, AppError> {
    Ok(code.parse::<station::catalogue::Lang>()?)
}
