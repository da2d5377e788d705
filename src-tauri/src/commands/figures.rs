//! Commands of the staff window's "Kennzahlen" page (capability `staff`).

use std::path::Path;

use crate::shell::Shell;
use app::figures::{self, FiguresReport};
use app::AppError;
use chrono::NaiveDate;
use tauri::State;

/// The figures from `from` to `to` (both included), of place `place` when given.
#[tauri::command(async)]
#[specta::specta]
pub fn figures_report(
    shell: State<'_, Shell>,
    lang: String,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<String>,
) -> Result<FiguresReport, AppError> {
    figures::report(
        shell.station()?,
        from,
        to,
        place.as_deref(),
        super::lang(&lang)?,
    )
}

/// Saves the same figures as CSV into `folder` (by default a mounted USB stick, else
/// the data folder); returns the file's path.
#[tauri::command(async)]
#[specta::specta]
pub fn figures_csv_save(
    shell: State<'_, Shell>,
    lang: String,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<String>,
    folder: Option<String>,
) -> Result<String, AppError> {
    let lang = super::lang(&lang)?;
    let folder = folder.filter(|text| !text.trim().is_empty());
    let path = figures::save_csv(
        shell.station()?,
        (from, to),
        place.as_deref(),
        lang.code(),
        folder.as_deref().map(Path::new),
    )?;
    Ok(path.display().to_string())
}
