//! `bk enroll`, `bk sync`, `bk export`: the station's link to the central backend
//! (`app::sync_desk`).

use std::path::Path;

use app::messages::german;
use app::sync_desk;
use station::sync::round::Progress;
use station::Store;

use crate::context::Context;
use crate::output::{self, Failure};

/// `bk enroll URL CODE`.
pub fn enroll(context: &Context, url: &str, code: &str) -> Result<(), Failure> {
    let store = context.store()?;
    let enrolment = sync_desk::enrol(&store, url, code, context.now)?;
    output::line(german(
        "bk-sync-enrolled",
        &[
            ("name", enrolment.station_name.as_str().into()),
            ("url", enrolment.central_url.as_str().into()),
            ("id", enrolment.station_id.as_str().into()),
        ],
    ))?;
    output::line(german("bk-sync-enrolled-sealed", &[]))
}

/// `bk sync`: one round with progress, or `--status`; with `--retry-dead` the dead
/// letters go back to pending first.
pub fn sync(
    context: &Context,
    status_only: bool,
    batch: usize,
    retry_dead: bool,
    as_json: bool,
) -> Result<(), Failure> {
    let store = context.store()?;
    if retry_dead {
        let count = sync_desk::retry_dead_letters(&store)?;
        if !as_json {
            output::line(german("bk-sync-requeued", &[("count", count.into())]))?;
        }
    }
    if !status_only {
        run_round(&store, batch, as_json)?;
    }
    print_status(&store, as_json)
}

fn run_round(store: &Store, batch: usize, as_json: bool) -> Result<(), Failure> {
    let mut show = |progress: Progress| {
        if !as_json {
            // Progress is a courtesy: a closed stdout must not stop the sync.
            let _ = output::line(german(
                "bk-sync-progress",
                &[
                    ("acknowledged", progress.acknowledged.into()),
                    ("rejected", progress.rejected.into()),
                    ("pending", progress.pending.into()),
                ],
            ));
        }
    };
    let report = sync_desk::sync_once(store, batch, &mut show)?;
    if !as_json {
        output::line(german(
            "bk-sync-finished",
            &[
                ("acknowledged", report.acknowledged.into()),
                ("rejected", report.rejected.into()),
                // `none`: no new configuration (the message's selector).
                (
                    "version",
                    match report.config_version {
                        Some(version) => version.into(),
                        None => "none".into(),
                    },
                ),
            ],
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
    row(
        "bk-sync-label-central",
        match &status.central_url {
            Some(url) => url.clone(),
            None => german("bk-sync-not-enrolled", &[]),
        },
    )?;
    row("bk-sync-label-pending", status.pending.to_string())?;
    row("bk-sync-label-rejected", status.dead_letter.to_string())?;
    row(
        "bk-sync-label-acknowledged",
        status.acknowledged.to_string(),
    )?;
    row(
        "bk-sync-label-last-success",
        match &status.last_success_at {
            Some(at) => at.clone(),
            None => german("bk-sync-never", &[]),
        },
    )?;
    if let Some(error) = &status.last_error {
        row(
            "bk-sync-label-last-error",
            german(
                "bk-sync-last-error",
                &[
                    ("at", error.at.as_str().into()),
                    ("message", error.message.as_str().into()),
                ],
            ),
        )?;
    }
    for letter in dead_letters {
        output::line(format!(
            "  {}",
            german(
                "bk-sync-dead-letter",
                &[
                    ("id", letter.id.as_str().into()),
                    ("topic", letter.topic.as_str().into()),
                    ("created", letter.created_at.as_str().into()),
                    ("reason", letter.reason.as_str().into()),
                    ("message", letter.message.as_str().into()),
                ],
            )
        ))?;
    }
    Ok(())
}

/// One line of `bk sync --status`: the label (message `label_id`) in its column, then `value`.
fn row(label_id: &str, value: String) -> Result<(), Failure> {
    output::line(format!("{:<22} {value}", german(label_id, &[])))
}

/// `bk export FILE`, with `--include-dead` the dead letters too.
pub fn export(context: &Context, file: &Path, include_dead: bool) -> Result<(), Failure> {
    let store = context.store()?;
    let count = sync_desk::export(&store, file, context.now, include_dead)?;
    output::line(german(
        "bk-sync-exported",
        &[
            ("count", count.into()),
            ("file", file.display().to_string().into()),
        ],
    ))
}
