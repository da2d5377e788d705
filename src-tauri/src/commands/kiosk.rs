//! Commands of the citizen kiosk window (capability `kiosk`).

use super::ticket_text::ticket_qr_text;
use super::views::{DrawnTicket, StationRef};
use super::CommandError;
use crate::ready_clock::write_ready_file;
use crate::shell::Shell;
use crate::windows;
use chrono::{NaiveDate, Utc};
use serde::Serialize;
use station::catalogue::{CategoryView, Lang, ServiceView};
use station::staff_pin::{self, StaffPin};
use station::{clock, plan, qr, tickets, wait};
use tauri::{AppHandle, Runtime, State};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KioskInfo {
    station: Option<StationRef>,
    today: NaiveDate,
    staff_pin_set: bool,
    idle_seconds: u32,
    shuffle_keypad: bool,
}

/// The selected station, today's date, whether a staff PIN exists, the idle timeout and
/// whether the PIN keypad is shuffled.
#[tauri::command(async)]
pub fn kiosk_info(shell: State<'_, Shell>) -> Result<KioskInfo, CommandError> {
    let station = shell.station()?;
    let store = station.store();
    Ok(KioskInfo {
        station: plan::selected(&store, &station.plan)?.map(StationRef::from),
        today: clock::local_day(Utc::now()),
        staff_pin_set: staff_pin::is_set(&store)?,
        idle_seconds: shell.settings.idle_seconds,
        shuffle_keypad: shell.settings.shuffle_keypad,
    })
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadyReport {
    /// Milliseconds from process start to the first `kiosk_ready`.
    ms_since_start: u64,
}

/// The UI reports that the start screen is interactive. The first report fixes the
/// start-up figure and writes it to `BK_READY_FILE` if set.
#[tauri::command]
pub fn kiosk_ready(shell: State<'_, Shell>) -> Result<ReadyReport, CommandError> {
    let (ms_since_start, first) = shell.clock.mark_ready();
    if first {
        if let Some(path) = &shell.settings.ready_file {
            write_ready_file(path, ms_since_start).map_err(|error| {
                CommandError::new(
                    "ready_file_failed",
                    format!(
                        "Startzeit-Datei {} nicht schreibbar: {error}",
                        path.display()
                    ),
                )
            })?;
        }
    }
    Ok(ReadyReport { ms_since_start })
}

/// The catalogue's categories in `lang`.
#[tauri::command(async)]
pub fn services_categories(
    shell: State<'_, Shell>,
    lang: String,
) -> Result<Vec<CategoryView>, CommandError> {
    let lang: Lang = lang.parse()?;
    Ok(shell.station()?.catalogue.categories(lang))
}

/// Services matching `query` (typo-tolerant), best first, optionally in one category.
#[tauri::command(async)]
pub fn services_search(
    shell: State<'_, Shell>,
    lang: String,
    query: String,
    category: Option<String>,
) -> Result<Vec<ServiceView>, CommandError> {
    let lang: Lang = lang.parse()?;
    Ok(shell
        .station()?
        .catalogue
        .search(lang, &query, category.as_deref())?)
}

#[derive(Debug, Serialize)]
pub struct ServiceQr {
    url: String,
    svg: String,
}

/// The QR code of a service's address.
#[tauri::command(async)]
pub fn service_qr(shell: State<'_, Shell>, id: String) -> Result<ServiceQr, CommandError> {
    let service = shell.station()?.catalogue.service(&id)?;
    Ok(ServiceQr {
        svg: qr::qr_svg(&service.url)?,
        url: service.url.clone(),
    })
}

/// Draws the next waiting number at the selected station.
#[tauri::command(async)]
pub fn ticket_draw(shell: State<'_, Shell>, lang: String) -> Result<DrawnTicket, CommandError> {
    let lang: Lang = lang.parse()?;
    let station = shell.station()?;
    let store = station.store();
    let place =
        plan::selected(&store, &station.plan)?.ok_or(station::StationError::NoStationSelected)?;
    let now = Utc::now();
    let ticket = tickets::draw(&store, place, now)?;
    let expected_wait_minutes = wait::expected_wait_minutes(&store, place, &ticket, now)?;
    let qr_text = ticket_qr_text(lang, &ticket.label, &place.name, ticket.day);
    Ok(DrawnTicket {
        number: ticket.number,
        day: ticket.day,
        expected_wait_minutes,
        qr_svg: qr::qr_svg(&qr_text)?,
        qr_text,
        label: ticket.label,
    })
}

/// Sets the first staff PIN (refused once one is set) and opens the staff window.
#[tauri::command(async)]
pub fn staff_pin_setup<R: Runtime>(
    app: AppHandle<R>,
    shell: State<'_, Shell>,
    pin: StaffPin,
) -> Result<(), CommandError> {
    staff_pin::setup(&shell.station()?.store(), &pin)?;
    drop(pin);
    windows::open_staff(&app).map_err(CommandError::window)
}

/// Checks the staff PIN (with the store's lockout) and opens the staff window.
#[tauri::command(async)]
pub fn staff_unlock<R: Runtime>(
    app: AppHandle<R>,
    shell: State<'_, Shell>,
    pin: StaffPin,
) -> Result<(), CommandError> {
    staff_pin::verify(&shell.station()?.store(), &pin, Utc::now())?;
    drop(pin);
    windows::open_staff(&app).map_err(CommandError::window)
}
