//! `bk enroll`, `bk sync`, `bk export`: the station's link to the central backend
//! (`app::sync_desk`).

use std::path::Path;

use app::sync_desk;
use station::sync::round::Progress;
use station::Store;

use crate::context::Context;
use crate::output::{self, Failure};

/// `bk enroll URL CODE`.
pub fn enroll(context: &Context, url: &str, code: &str) -> Result<(), Failure> {
    let store = context.store()?;
    let enrolment = sync_desk::enrol(&store, url, code, context.now)?;
    output::line(format!(
        "Station als „{}“ bei {} angemeldet (Kennung {}).",
        enrolment.station_name, enrolment.central_url, enrolment.station_id
    ))?;
    output::line("Anliegen werden ab jetzt für die Zentrale verschlüsselt angenommen.")
}

/// `bk sync`: one round with progress, or `--status`.
pub fn sync(
    context: &Context,
    status_only: bool,
    batch: usize,
    as_json: bool,
) -> Result<(), Failure> {
    let store = context.store()?;
    if !status_only {
        run_round(&store, batch, as_json)?;
    }
    print_status(&store, as_json)
}

fn run_round(store: &Store, batch: usize, as_json: bool) -> Result<(), Failure> {
    let mut show = |progress: Progress| {
        if !as_json {
            // Progress is a courtesy: a closed stdout must not stop the sync.
            let _ = output::line(format!(
                "… {} übertragen, {} abgewiesen, {} warten noch",
                progress.acknowledged, progress.rejected, progress.pending
            ));
        }
    };
    let report = sync_desk::sync_once(store, batch, &mut show)?;
    if !as_json {
        output::line(format!(
            "Synchronisation beendet: {} übertragen, {} abgewiesen{}.",
            report.acknowledged,
            report.rejected,
            report
                .config_version
                .map(|v| format!(", Konfiguration Version {v} übernommen"))
                .unwrap_or_default()
        ))?;
    }
    Ok(())
}

fn print_status(store: &Store, as_json: bool) -> Result<(), Failure> {
    let status = sync_desk::status(store)?;
    let dead_letters = sync_desk::dead_letters(store)?;
    if as_json {
        let mut value = output::to_value(&status)?;
        value["deadLetters"] = output::to_value(&dead_letters)?;
        return output::json(&value);
    }
    match &status.central_url {
        Some(url) => output::line(format!("Zentrale:             {url}"))?,
        None => output::line("Zentrale:             nicht angemeldet (bk enroll ADRESSE CODE)")?,
    }
    output::line(format!("Warten auf Übertragung: {}", status.pending))?;
    output::line(format!("Abgewiesen:            {}", status.dead_letter))?;
    output::line(format!("Übertragen:            {}", status.acknowledged))?;
    output::line(format!(
        "Zuletzt erfolgreich:   {}",
        status.last_success_at.as_deref().unwrap_or("noch nie")
    ))?;
    if let Some(error) = &status.last_error {
        output::line(format!(
            "Letzter Fehler:        {} – {}",
            error.at, error.message
        ))?;
    }
    for letter in dead_letters {
        output::line(format!(
            "  abgewiesen: {} ({}, {}): {} – {}",
            letter.id, letter.topic, letter.created_at, letter.reason, letter.message
        ))?;
    }
    Ok(())
}

/// `bk export FILE`.
pub fn export(context: &Context, file: &Path) -> Result<(), Failure> {
    let store = context.store()?;
    let count = sync_desk::export(&store, file, context.now)?;
    output::line(format!(
        "{count} Einträge signiert nach {} geschrieben. Auf dem Rechner der Zentrale: bk-central import DATEI",
        file.display()
    ))
}
