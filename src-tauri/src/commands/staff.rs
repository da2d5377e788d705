//! Commands of the staff window (capability `staff`).

use super::views::{StationRef, TicketView};
use super::CommandError;
use crate::shell::{Shell, Station};
use crate::windows;
use chrono::{NaiveDate, Utc};
use serde::Serialize;
use station::tickets::{self, Outcome};
use station::{clock, plan, StationError, Store};
use tauri::{AppHandle, Runtime, State};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffOverview {
    station: Option<StationRef>,
    schema_version: u32,
    database_path: String,
    today: NaiveDate,
}

/// Selected station, schema version and path of the database, today's date.
#[tauri::command(async)]
pub fn staff_overview(shell: State<'_, Shell>) -> Result<StaffOverview, CommandError> {
    let station = shell.station()?;
    let store = station.store();
    Ok(StaffOverview {
        station: plan::selected(&store, &station.plan)?.map(StationRef::from),
        schema_version: store.schema_version()?,
        database_path: store.path().display().to_string(),
        today: clock::local_day(Utc::now()),
    })
}

/// Every station of the plan with its days and hours.
#[tauri::command(async)]
pub fn stations_plan(shell: State<'_, Shell>) -> Result<Vec<plan::Station>, CommandError> {
    Ok(shell.station()?.plan.stations().to_vec())
}

/// Selects the station this laptop serves.
#[tauri::command(async)]
pub fn station_select(shell: State<'_, Shell>, id: String) -> Result<(), CommandError> {
    let station = shell.station()?;
    Ok(plan::select(&station.store(), &station.plan, &id)?)
}

/// Id of the selected station; tickets are per station.
fn selected_station_id(store: &Store, station: &Station) -> Result<String, CommandError> {
    Ok(plan::selected(store, &station.plan)?
        .ok_or(StationError::NoStationSelected)?
        .id
        .clone())
}

/// Today's tickets of the selected station, in number order.
#[tauri::command(async)]
pub fn tickets_today(shell: State<'_, Shell>) -> Result<Vec<TicketView>, CommandError> {
    let station = shell.station()?;
    let store = station.store();
    let station_id = selected_station_id(&store, station)?;
    let today = tickets::today(&store, &station_id, Utc::now())?;
    Ok(today.into_iter().map(TicketView::from).collect())
}

/// Calls the lowest waiting number; `null` when nobody waits.
#[tauri::command(async)]
pub fn ticket_call_next(shell: State<'_, Shell>) -> Result<Option<TicketView>, CommandError> {
    let station = shell.station()?;
    let store = station.store();
    let station_id = selected_station_id(&store, station)?;
    Ok(tickets::call_next(&store, &station_id, Utc::now())?.map(TicketView::from))
}

/// Marks a ticket served or gone.
#[tauri::command(async)]
pub fn ticket_mark(
    shell: State<'_, Shell>,
    id: String,
    status: String,
) -> Result<TicketView, CommandError> {
    let id: i64 = id.parse().map_err(|_| {
        CommandError::new(
            "invalid_input",
            format!("„{id}“ ist keine Kennung einer Wartenummer."),
        )
    })?;
    let outcome = match status.as_str() {
        "served" => Outcome::Served,
        "gone" => Outcome::Gone,
        _ => {
            return Err(CommandError::new(
                "invalid_input",
                format!("„{status}“ ist kein Abschluss einer Wartenummer (möglich: served, gone)."),
            ))
        }
    };
    let station = shell.station()?;
    Ok(tickets::mark(&station.store(), id, outcome, Utc::now())?.into())
}

/// Closes the staff window.
#[tauri::command]
pub fn staff_lock<R: Runtime>(app: AppHandle<R>) -> Result<(), CommandError> {
    windows::close_staff(&app).map_err(CommandError::window)
}
