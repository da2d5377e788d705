//! Video calls with a clerk of the Bürgerservice, opened at the kiosk (by the citizen
//! or by staff) through the central: the central opens the call's room on the city's
//! video platform and answers the link of the call page, which the kiosk shows as a QR
//! code for the citizen's phone — the station's own window cannot hold a call (its
//! WebKitGTK has no WebRTC; docs/calls.md). The station records each call and asks how
//! it stands. A call needs the central: offline, or when the city offers no calls,
//! nothing is opened and the error says so.

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::lang::Lang;
use station::qr;
use station::sync::{enrolment, SyncError};
use station::video_calls::{self, CallStateView};
use syncproto::calls::CallRequest;

use crate::error::{AppError, AppResult};
use crate::station::Station;

/// The code of every "no call now" error: offline, no platform, the platform down.
pub const UNAVAILABLE: &str = "video_unavailable";

/// The code of "the city takes no video calls" (the catalogue says so).
pub const NOT_OFFERED: &str = "video_not_offered";

/// A call just opened: what the kiosk shows.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OpenedCall {
    /// The call's id, to ask how it stands.
    pub id: String,
    /// The call page for the citizen's phone.
    pub url: String,
    /// That link as a QR code (SVG).
    pub qr_svg: String,
    /// When it was opened.
    pub opened_at: DateTime<Utc>,
}

/// Whether the kiosk offers video calls: the city takes them (the catalogue says so)
/// and the station is enrolled with a central.
pub fn offered(station: &Station) -> bool {
    station.catalogue().offers_video_calls()
        && enrolment::load(&station.store()).is_ok_and(|enrolment| enrolment.is_some())
}

/// Opens a call for the citizen at the kiosk, whose page speaks `lang`.
pub async fn open(station: &Station, lang: Lang, now: DateTime<Utc>) -> AppResult<OpenedCall> {
    if !station.catalogue().offers_video_calls() {
        return Err(AppError::new(
            NOT_OFFERED,
            "Die Stadt bietet keine Videogespräche an",
        ));
    }
    let enrolment = enrolment::require(&station.store())?;
    let opened = enrolment
        .client()?
        .open_call(&CallRequest {
            lang: lang.code().to_owned(),
        })
        .await
        .map_err(unavailable)?;
    video_calls::record(&station.store(), &opened.call, lang.code(), now)?;
    let url = format!(
        "{}{}",
        enrolment.central_url.trim_end_matches('/'),
        opened.path
    );
    Ok(OpenedCall {
        qr_svg: qr::qr_svg(&url)?,
        id: opened.call,
        url,
        opened_at: now,
    })
}

/// How call `id` stands now, as the central says; noted for the day's list.
pub async fn status(station: &Station, id: &str, now: DateTime<Utc>) -> AppResult<CallStateView> {
    let enrolment = enrolment::require(&station.store())?;
    let state: CallStateView = enrolment
        .client()?
        .call_status(id)
        .await
        .map_err(unavailable)?
        .state
        .into();
    video_calls::update(&station.store(), id, state, now)?;
    Ok(state)
}

/// A central that cannot be reached or fails (503 when it has no platform or its
/// platform is down): no call now.
fn unavailable(error: SyncError) -> AppError {
    match &error {
        SyncError::Unreachable(_) | SyncError::ServerError(_) => AppError::new(
            UNAVAILABLE,
            format!("Videogespräche sind gerade nicht möglich: {error}"),
        ),
        _ => error.into(),
    }
}
