//! Commands of the citizen kiosk window (capability `kiosk`).

use super::window_failed;
use crate::ready_clock::write_ready_file;
use crate::shell::Shell;
use crate::{watchdog, windows};
use app::desks::{self, KindOffer};
use app::messages::german;
use app::services::{self, ServiceQr};
use app::staff::{self, StationRef};
use app::tickets::{self, DrawnTicket};
use app::AppError;
use chrono::{NaiveDate, Utc};
use serde::Serialize;
use station::catalogue::{CategoryView, ServiceView};
use station::clock;
use station::kinds::Kind;
use station::staff_pin::StaffPin;
use tauri::{AppHandle, Runtime, State};

#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct KioskInfo {
    station: Option<StationRef>,
    today: NaiveDate,
    staff_pin_set: bool,
    idle_seconds: u32,
    shuffle_keypad: bool,
    /// The kinds of matter some desk serves: the kiosk offers these.
    ticket_kinds: Vec<KindOffer>,
    /// Every how many milliseconds the page calls `kiosk_heartbeat` (systemd's
    /// watchdog); `null` without a watchdog.
    heartbeat_ms: Option<u32>,
    /// Whether the kiosk offers a video call with a clerk.
    video_calls: bool,
}

/// The selected station, today's date, whether a staff PIN exists, the idle timeout,
/// whether the PIN keypad is shuffled and whether video calls are offered.
#[tauri::command(async)]
#[specta::specta]
pub fn kiosk_info(shell: State<'_, Shell>) -> Result<KioskInfo, AppError> {
    info(&shell)
}

/// The global through which the kiosk page finds [`KioskInfo`] before its first frame.
pub const START_INFO_GLOBAL: &str = "__BK_KIOSK_INFO__";

/// A script the kiosk window runs before the page's own: it sets
/// `window.__BK_KIOSK_INFO__` to what `kiosk_info` answers now, so the start screen's
/// first frame already shows the station, without waiting for a command's round trip
/// (the page asks `kiosk_info` again at each reset). `None` when the station could not
/// be opened (the window then shows the start-up error page).
pub fn start_info_script(shell: &Shell) -> Option<String> {
    let info = info(shell).ok()?;
    // JSON is a JavaScript expression; serde escapes every string in it.
    let json = serde_json::to_string(&info).ok()?;
    Some(format!("window.{START_INFO_GLOBAL} = {json};"))
}

fn info(shell: &Shell) -> Result<KioskInfo, AppError> {
    let station = shell.station()?;
    Ok(KioskInfo {
        station: staff::selected(station)?,
        today: clock::local_day(Utc::now()),
        staff_pin_set: staff::pin_is_set(station)?,
        idle_seconds: shell.settings.idle_seconds,
        shuffle_keypad: shell.settings.shuffle_keypad,
        ticket_kinds: desks::offered(station)?,
        heartbeat_ms: watchdog::heartbeat_interval()
            .map(|interval| u32::try_from(interval.as_millis()).unwrap_or(u32::MAX)),
        video_calls: app::video::offered(station),
    })
}

/// The kiosk went back to its start screen after the idle time: a staff window left
/// open closes too.
#[tauri::command]
#[specta::specta]
pub fn kiosk_idle<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    windows::close_staff(&app).map_err(window_failed)
}

/// The page is alive: tells systemd's watchdog (see `kiosk_info.heartbeatMs`).
#[tauri::command]
#[specta::specta]
pub fn kiosk_heartbeat() -> Result<(), AppError> {
    watchdog::alive();
    Ok(())
}

#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReadyReport {
    /// Milliseconds from process start to the first `kiosk_ready`.
    ms_since_start: u64,
}

/// The UI reports that the start screen is interactive. The first report fixes the
/// start-up figure, writes it to `BK_READY_FILE` if set and tells systemd the kiosk is ready.
#[tauri::command]
#[specta::specta]
pub fn kiosk_ready(shell: State<'_, Shell>) -> Result<ReadyReport, AppError> {
    let (ms_since_start, first) = shell.clock.mark_ready();
    if first {
        watchdog::ready();
        if let Some(path) = &shell.settings.ready_file {
            write_ready_file(path, ms_since_start).map_err(|error| {
                AppError::new(
                    "ready_file_failed",
                    german(
                        "error-app-ready-file-failed",
                        &[
                            ("path", path.display().to_string().into()),
                            ("detail", error.to_string().into()),
                        ],
                    ),
                )
            })?;
        }
    }
    Ok(ReadyReport { ms_since_start })
}

/// The catalogue's categories in `lang`.
#[tauri::command(async)]
#[specta::specta]
pub fn services_categories(
    shell: State<'_, Shell>,
    lang: String,
) -> Result<Vec<CategoryView>, AppError> {
    Ok(services::categories(shell.station()?, super::lang(&lang)?))
}

/// Services matching `query` (typo-tolerant), best first, optionally in one category;
/// without a query, most asked first.
#[tauri::command(async)]
#[specta::specta]
pub fn services_search(
    shell: State<'_, Shell>,
    lang: String,
    query: String,
    category: Option<String>,
) -> Result<Vec<ServiceView>, AppError> {
    services::search(
        shell.station()?,
        super::lang(&lang)?,
        &query,
        category.as_deref(),
        Utc::now(),
    )
}

/// The services citizens asked for most (the "most asked" row).
#[tauri::command(async)]
#[specta::specta]
pub fn services_most_asked(
    shell: State<'_, Shell>,
    lang: String,
) -> Result<Vec<ServiceView>, AppError> {
    services::most_asked(shell.station()?, super::lang(&lang)?, Utc::now())
}

/// The QR code of a service's address (the showing is counted in the figures).
#[tauri::command(async)]
#[specta::specta]
pub fn service_qr(shell: State<'_, Shell>, id: String) -> Result<ServiceQr, AppError> {
    services::qr_code(shell.station()?, &id, Utc::now())
}

/// Draws the next waiting number for `kind` at the selected station, and prints it
/// when a receipt printer is set up.
#[tauri::command(async)]
#[specta::specta]
pub fn ticket_draw(
    shell: State<'_, Shell>,
    lang: String,
    kind: Kind,
) -> Result<DrawnTicket, AppError> {
    tickets::draw(
        shell.station()?,
        None,
        kind,
        super::lang(&lang)?,
        Utc::now(),
    )
}

/// Checks the staff PIN (with the store's lockout) and opens the staff window.
#[tauri::command(async)]
#[specta::specta]
pub fn staff_unlock<R: Runtime>(
    app: AppHandle<R>,
    shell: State<'_, Shell>,
    pin: StaffPin,
) -> Result<(), AppError> {
    staff::unlock(shell.station()?, &pin, Utc::now())?;
    drop(pin);
    windows::open_staff(&app).map_err(window_failed)
}
