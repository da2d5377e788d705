//! Commands of "Anliegen hinterlassen" (kiosk and staff): the topics and recording a
//! request (`app::requests`).

use std::collections::BTreeMap;

use app::requests::{self, SubmittedRequest, TopicOffer};
use app::{AppError, SyncDesk};
use chrono::Utc;
use station::requests::Submission;
use tauri::State;

use crate::shell::Shell;

/// The topics, their fields and fees; `not_enrolled` before enrolment.
#[tauri::command(async)]
#[specta::specta]
pub fn request_topics(shell: State<'_, Shell>) -> Result<Vec<TopicOffer>, AppError> {
    requests::topics(shell.station()?)
}

/// Records a request with its outbox item (one transaction) and wakes the sync.
#[tauri::command(async)]
#[specta::specta]
pub fn request_submit(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
    lang: String,
    topic: String,
    fields: BTreeMap<String, String>,
    consent: bool,
) -> Result<SubmittedRequest, AppError> {
    let submission = Submission {
        topic,
        lang,
        fields,
        consent,
        appointment: None,
    };
    requests::submit(shell.station()?, Some(&desk), &submission, Utc::now())
}
