//! Commands of the call display (capability `display`): it reads the board, nothing else.

use crate::announcer::Announcer;
use crate::shell::Shell;
use app::calls::{self, CallBoard};
use app::AppError;
use chrono::Utc;
use tauri::State;

/// The number called now with its desk, the calls before it and who is waiting; the
/// calls made since the last question are sounded (gong and voice).
#[tauri::command(async)]
#[specta::specta]
pub fn call_board(
    shell: State<'_, Shell>,
    announcer: State<'_, Announcer>,
) -> Result<CallBoard, AppError> {
    let station = shell.station()?;
    announcer.sound_new_calls(station)?;
    calls::board(station, Utc::now())
}
