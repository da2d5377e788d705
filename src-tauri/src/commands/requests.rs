//! Commands of "Anliegen hinterlassen" (kiosk and staff): the topics and recording a
//! request. Topics, validation and sealing live in `station::requests`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::requests::{self, Submission, Topic};
use station::{qr, sync};
use tauri::State;

use super::CommandError;
use crate::shell::Shell;
use crate::sync_desk::SyncDesk;

/// The topics and their fields. Before enrolment the station cannot seal requests,
/// so it refuses with `not_enrolled` and the kiosk says the function is unavailable.
#[tauri::command(async)]
pub fn request_topics(shell: State<'_, Shell>) -> Result<&'static [Topic], CommandError> {
    sync::enrolment::require(&shell.station()?.store())?;
    Ok(requests::topics())
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmittedRequest {
    reference: String,
    qr_svg: String,
    created_at: DateTime<Utc>,
}

/// Records a request with its outbox item (one transaction) and wakes the sync.
#[tauri::command(async)]
pub fn request_submit(
    shell: State<'_, Shell>,
    desk: State<'_, SyncDesk>,
    lang: String,
    topic: String,
    fields: BTreeMap<String, String>,
    consent: bool,
) -> Result<SubmittedRequest, CommandError> {
    let submission = Submission {
        topic,
        lang,
        fields,
        consent,
    };
    let submitted = requests::submit(&shell.station()?.store(), Utc::now(), &submission)?;
    desk.wake();
    Ok(SubmittedRequest {
        qr_svg: qr::qr_svg(&submitted.reference)?,
        reference: submitted.reference,
        created_at: submitted.created_at,
    })
}
