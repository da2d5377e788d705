//! Citizens' requests ("Anliegen hinterlassen"): the topics and recording one with its
//! sealed outbox item, which wakes the sync. Before enrolment the station cannot seal,
//! so both refuse with `not_enrolled`.

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::requests::{self, Submission, Submitted, Topic};
use station::{qr, sync};

use crate::error::AppResult;
use crate::station::Station;
use crate::sync_desk::SyncDesk;

/// A recorded request and the QR code of its reference.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SubmittedRequest {
    /// What the store recorded.
    #[serde(skip)]
    #[specta(skip)]
    pub request: Submitted,
    /// The code the citizen keeps, `BK-XXXX-XXXX`.
    pub reference: String,
    /// The reference as a QR code (SVG).
    pub qr_svg: String,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
}

/// The topics and their fields.
pub fn topics(station: &Station) -> AppResult<&'static [Topic]> {
    sync::enrolment::require(&station.store())?;
    Ok(requests::topics())
}

/// Records `submission` with its outbox item (one transaction) and wakes the sync.
pub fn submit(
    station: &Station,
    sync: Option<&SyncDesk>,
    submission: &Submission,
    now: DateTime<Utc>,
) -> AppResult<SubmittedRequest> {
    let request = requests::submit(&station.store(), now, submission)?;
    if let Some(sync) = sync {
        sync.wake();
    }
    Ok(SubmittedRequest {
        qr_svg: qr::qr_svg(&request.reference)?,
        reference: request.reference.clone(),
        created_at: request.created_at,
        request,
    })
}
