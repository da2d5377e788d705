//! `POST /v1/report`: a station tells its app version, configuration version and
//! outbox counts; the back office's station list shows them.

use axum::extract::State;
use axum::http::StatusCode;
use syncproto::StationReport;

use crate::server::auth::StationAuth;
use crate::server::error::ApiFailure;
use crate::server::limits::ApiJson;
use crate::server::AppState;
use crate::store::StationStatus;

/// Longest app version text.
const MAX_VERSION_CHARS: usize = 40;

pub async fn report(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    ApiJson(report): ApiJson<StationReport>,
) -> Result<StatusCode, ApiFailure> {
    let app_version = report.app_version.trim();
    let too_large = [report.config_version, report.pending, report.dead_letters]
        .iter()
        .any(|value| i64::try_from(*value).is_err());
    if too_large {
        return Err(ApiFailure::bad_request(
            "bad_report",
            "configVersion, pending und deadLetters müssen kleiner als 2^63 sein",
        ));
    }
    if app_version.is_empty()
        || app_version.chars().count() > MAX_VERSION_CHARS
        || app_version.chars().any(char::is_control)
    {
        return Err(ApiFailure::bad_request(
            "bad_report",
            "appVersion muss 1 bis 40 druckbare Zeichen haben",
        ));
    }
    let status = StationStatus {
        app_version: app_version.to_owned(),
        config_version: report.config_version,
        pending: report.pending,
        dead_letters: report.dead_letters,
    };
    state
        .with_store(move |store| Ok(store.record_station_status(&station.id, &status)?))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
