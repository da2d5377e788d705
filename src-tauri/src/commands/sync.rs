//! Staff commands of the sync with the central: its status and "sync now".

use station::sync::{self, SyncStatus};
use tauri::State;

use super::CommandError;
use crate::shell::Shell;
use crate::sync_desk::SyncDesk;

/// Enrolment, outbox counts, last success and last error, running or not.
#[tauri::command(async)]
pub fn sync_status(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
) -> Result<SyncStatus, CommandError> {
    Ok(sync::status(&shell.station()?.store(), desk.running())?)
}

/// Runs one push/pull round (in the background runner) and returns the status after it;
/// a failed round shows in `lastError`.
#[tauri::command]
pub async fn sync_now(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
) -> Result<SyncStatus, CommandError> {
    desk.sync_now().await;
    Ok(sync::status(&shell.station()?.store(), desk.running())?)
}
