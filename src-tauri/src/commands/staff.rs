//! Commands of the staff window (capability `staff`).

use super::window_failed;
use crate::shell::Shell;
use crate::windows;
use app::day::{self, DayList};
use app::printing::{self, PrinterCheck, PrinterState};
use app::staff::{self, StaffOverview};
use app::tickets::{self, TicketView};
use app::{desks, AppError};
use chrono::{NaiveDate, Utc};
use station::desks::Desk;
use station::plan;
use tauri::{AppHandle, Runtime, State};

/// The appointments booked and the fees asked for here on `day`, service names in `lang`.
#[tauri::command(async)]
#[specta::specta]
pub fn day_list(
    shell: State<'_, Shell>,
    lang: String,
    day: NaiveDate,
) -> Result<DayList, AppError> {
    day::day_list(shell.station()?, day, super::lang(&lang)?)
}

/// Selected station, schema version and path of the database, today's date.
#[tauri::command(async)]
#[specta::specta]
pub fn staff_overview(shell: State<'_, Shell>) -> Result<StaffOverview, AppError> {
    staff::overview(shell.station()?, Utc::now())
}

/// Every station of the plan with its days and hours.
#[tauri::command(async)]
#[specta::specta]
pub fn stations_plan(shell: State<'_, Shell>) -> Result<Vec<plan::Station>, AppError> {
    Ok(shell.station()?.plan().stations().to_vec())
}

/// Selects the station this laptop serves.
#[tauri::command(async)]
#[specta::specta]
pub fn station_select(shell: State<'_, Shell>, id: String) -> Result<(), AppError> {
    staff::select(shell.station()?, &id).map(|_| ())
}

/// Today's tickets of the selected station, in number order.
#[tauri::command(async)]
#[specta::specta]
pub fn tickets_today(shell: State<'_, Shell>) -> Result<Vec<TicketView>, AppError> {
    let today = tickets::today(shell.station()?, None, Utc::now())?;
    Ok(today.into_iter().map(TicketView::from).collect())
}

/// Calls the lowest waiting number that `desk` serves to that desk; `null` when nobody
/// waits for it.
#[tauri::command(async)]
#[specta::specta]
pub fn ticket_call_next(shell: State<'_, Shell>, desk: u8) -> Result<Option<TicketView>, AppError> {
    Ok(tickets::call_next(shell.station()?, None, desk, Utc::now())?.map(TicketView::from))
}

/// Marks a ticket served or gone.
#[tauri::command(async)]
#[specta::specta]
pub fn ticket_mark(
    shell: State<'_, Shell>,
    id: String,
    status: String,
) -> Result<TicketView, AppError> {
    let (id, outcome) = tickets::parse_mark(&id, &status)?;
    Ok(tickets::mark(shell.station()?, id, outcome, Utc::now())?.into())
}

/// The desks and the kinds each serves.
#[tauri::command(async)]
#[specta::specta]
pub fn desks_list(shell: State<'_, Shell>) -> Result<Vec<Desk>, AppError> {
    desks::list(shell.station()?)
}

/// Replaces the desks (1–4, numbered from 1, each serving at least one kind).
#[tauri::command(async)]
#[specta::specta]
pub fn desks_set(shell: State<'_, Shell>, desks: Vec<Desk>) -> Result<Vec<Desk>, AppError> {
    desks::set(shell.station()?, &desks, Utc::now())
}

/// The receipt printer's address and its last problem.
#[tauri::command(async)]
#[specta::specta]
pub fn printer_state(shell: State<'_, Shell>) -> Result<PrinterState, AppError> {
    printing::state(shell.station()?)
}

/// Sets the receipt printer up (`IP[:PORT]` or a device file), or removes it (`null`).
#[tauri::command(async)]
#[specta::specta]
pub fn printer_set(
    shell: State<'_, Shell>,
    address: Option<String>,
) -> Result<PrinterState, AppError> {
    let station = shell.station()?;
    printing::set(station, address.as_deref())?;
    printing::state(station)
}

/// Asks the printer for paper and state now.
#[tauri::command(async)]
#[specta::specta]
pub fn printer_check(shell: State<'_, Shell>) -> Result<PrinterCheck, AppError> {
    printing::check(shell.station()?, Utc::now())
}

/// Prints a sample ticket in `lang`.
#[tauri::command(async)]
#[specta::specta]
pub fn printer_test(shell: State<'_, Shell>, lang: String) -> Result<(), AppError> {
    printing::test_print(shell.station()?, super::lang(&lang)?, Utc::now())
}

/// Opens the call display (on a second screen when there is one).
#[tauri::command]
#[specta::specta]
pub fn call_display_open<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    windows::open_display(&app).map_err(window_failed)
}

/// Closes the staff window.
#[tauri::command]
#[specta::specta]
pub fn staff_lock<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    windows::close_staff(&app).map_err(window_failed)
}

/// Ends the app: the only way out of the kiosk from its screen (the kiosk window refuses
/// to be closed). The station's threads stop on the way out (`RunEvent::Exit`).
#[tauri::command]
#[specta::specta]
pub fn kiosk_quit<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    app.exit(0);
    Ok(())
}
