//! Commands of "Videogespräch" (kiosk) and "Videogespräch für Bürger*in" (staff): open
//! a call with a clerk for the citizen, whose phone joins it by the QR code, and follow
//! how it stands (`app::video`).

use app::video::{self, OpenedCall};
use app::AppError;
use chrono::Utc;
use station::video_calls::CallStateView;
use tauri::State;

use crate::shell::Shell;

/// Opens a call whose page on the citizen's phone speaks `lang`.
#[tauri::command]
#[specta::specta]
pub async fn video_call_open(
    shell: State<'_, Shell>,
    lang: String,
) -> Result<OpenedCall, AppError> {
    video::open(shell.station()?, super::lang(&lang)?, Utc::now()).await
}

/// How call `id` stands.
#[tauri::command]
#[specta::specta]
pub async fn video_call_status(
    shell: State<'_, Shell>,
    id: String,
) -> Result<CallStateView, AppError> {
    video::status(shell.station()?, &id, Utc::now()).await
}
