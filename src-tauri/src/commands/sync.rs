//! Staff commands of the sync with the central: its status, "sync now", and sending
//! the dead letters again.

use app::{AppError, SyncDesk};
use station::sync::SyncStatus;
use tauri::State;

use crate::shell::Shell;

/// Enrolment, outbox counts, last success and last error, running or not.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_status(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
) -> Result<SyncStatus, AppError> {
    desk.status(shell.station()?)
}

/// Runs one push/pull round (in the background runner) and returns the status after it.
#[tauri::command]
#[specta::specta]
pub async fn sync_now(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
) -> Result<SyncStatus, AppError> {
    desk.sync_now(shell.station()?).await
}

/// Puts every dead letter back to pending, then runs a round like [`sync_now`].
#[tauri::command]
#[specta::specta]
pub async fn sync_retry_dead(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
) -> Result<SyncStatus, AppError> {
    desk.retry_dead(shell.station()?).await
}
