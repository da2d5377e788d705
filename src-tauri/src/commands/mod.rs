//! The Tauri commands of docs/ipc.md, one function per contract row: each turns its
//! arguments into a call of a use case in `crates/app` and returns its result or its
//! [`AppError`](app::AppError).

mod appointments;
mod display;
mod eid;
mod figures;
mod kiosk;
mod names;
mod requests;
mod secret_arg;
mod staff;
mod sync;
mod video;

pub use kiosk::{start_info_script, START_INFO_GLOBAL};
pub use names::{DISPLAY_COMMANDS, KIOSK_COMMANDS, SHARED_COMMANDS, STAFF_COMMANDS};

use app::AppError;
use tauri::{ipc::Invoke, Runtime, Wry};

/// Every command, once: hands the list to `$then!`. A command generic over the
/// runtime carries `[Wry]`, the runtime its TypeScript signature is taken on.
macro_rules! every_command {
    ($then:ident) => {
        $then! {
            kiosk::kiosk_info,
            kiosk::kiosk_ready,
            kiosk::kiosk_heartbeat,
            kiosk::kiosk_idle [Wry],
            kiosk::services_categories,
            kiosk::services_search,
            kiosk::services_most_asked,
            kiosk::service_qr,
            kiosk::ticket_draw,
            kiosk::staff_unlock [Wry],
            staff::staff_overview,
            staff::stations_plan,
            staff::station_select,
            staff::tickets_today,
            staff::day_list,
            staff::ticket_call_next,
            staff::ticket_mark,
            staff::desks_list,
            staff::desks_set,
            staff::printer_state,
            staff::printer_set,
            staff::printer_check,
            staff::printer_test,
            staff::call_display_open [Wry],
            display::call_board,
            staff::staff_lock [Wry],
            staff::kiosk_quit [Wry],
            figures::figures_report,
            figures::figures_csv_save,
            eid::eid_reader_state,
            eid::eid_card_status [Wry],
            eid::eid_check_new_pin,
            eid::eid_change_pin [Wry],
            eid::eid_unblock [Wry],
            eid::eid_change_pin_on_pin_pad [Wry],
            eid::eid_unblock_on_pin_pad [Wry],
            eid::eid_check_outcome [Wry],
            eid::eid_help_request,
            eid::eid_staff_overview,
            eid::eid_help_done,
            requests::request_topics,
            requests::request_submit,
            appointments::appointment_form,
            appointments::appointment_times,
            appointments::appointment_reserve,
            appointments::appointment_book,
            video::video_call_open,
            video::video_call_status,
            sync::sync_status,
            sync::sync_now,
            sync::sync_retry_dead,
        }
    };
}

/// Tauri's invoke handler of the listed commands (on any runtime).
macro_rules! invoke_handler {
    ($($module:ident :: $command:ident $([$runtime:ident])?),* $(,)?) => {
        tauri::generate_handler![$($module::$command),*]
    };
}

/// The listed commands with their types, for tauri-specta.
macro_rules! typed_commands {
    ($($module:ident :: $command:ident $([$runtime:ident])?),* $(,)?) => {
        tauri_specta::collect_commands![$($module::$command $(::<$runtime>)?),*]
    };
}

/// The invoke handler with every command; build.rs declares the window lists of
/// [`names`] for the ACL, and the tests hold those against this list.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    every_command!(invoke_handler)
}

/// Every command with its argument and result types, for the generated TypeScript
/// contract (`ui/src/lib/bindings.ts`, see [`typescript`]).
fn contract() -> tauri_specta::Builder<Wry> {
    tauri_specta::Builder::new()
        .error_handling(tauri_specta::ErrorHandlingMode::Throw)
        .dangerously_cast_bigints_to_number()
        // Results travel one way only: one type per Rust type, not a serialize/deserialize pair.
        .disable_serde_phases()
        .commands(every_command!(typed_commands))
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
    AppError::new(
        "window_failed",
        app::messages::german(
            "error-app-window-failed",
            &[("detail", error.to_string().into())],
        ),
    )
}

/// A language code from the UI.
fn lang(code: &str) -> Result<station::lang::Lang, AppError> {
    Ok(code.parse::<station::lang::Lang>()?)
}
