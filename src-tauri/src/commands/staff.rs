//! Commands of the staff window (capability `staff`).

use super::window_failed;
use crate::shell::Shell;
use crate::windows;
use app::staff::{self, StaffOverview};
use app::tickets::{self, TicketView};
use app::AppError;
use chrono::Utc;
use station::plan;
use tauri::{AppHandle, Runtime, State};

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

/// Calls the lowest waiting number; `null` when nobody waits.
#[tauri::command(async)]
#[specta::specta]
pub fn ticket_call_next(shell: State<'_, Shell>) -> Result<Option<TicketView>, AppError> {
    Ok(tickets::call_next(shell.station()?, None, Utc::now())?.map(TicketView::from))
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

/// Closes the staff window.
#[tauri::command]
#[specta::specta]
pub fn staff_lock<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    windows::close_staff(&app).map_err(window_failed)
}
