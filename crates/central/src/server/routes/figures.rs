//! `POST /v1/figures`: a station sends its figures per day (no personal data); the
//! central keeps per day those of the highest revision and answers with how often
//! each online service's QR code was shown at all stations in the last 90 days.

use axum::extract::State;
use axum::Json;
use chrono::Days;
use syncproto::figures::{FiguresResponse, FiguresUpload, SERVICE_COUNT_DAYS};

use crate::server::auth::StationAuth;
use crate::server::error::ApiFailure;
use crate::server::limits::ApiJson;
use crate::server::AppState;
use crate::web::time;

pub async fn figures(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    ApiJson(upload): ApiJson<FiguresUpload>,
) -> Result<Json<FiguresResponse>, ApiFailure> {
    if !upload.is_valid() {
        return Err(ApiFailure::bad_request(
            "bad_figures",
            "Kennzahlen außerhalb der Grenzen: höchstens 400 verschiedene Tage, Revision 1 bis 2^63-1, je Tag höchstens 500 Themen, Dienste und Orte",
        ));
    }
    let today = time::today();
    let since = today
        .checked_sub_days(Days::new(SERVICE_COUNT_DAYS as u64 - 1))
        .unwrap_or(today);
    let service_counts = state
        .with_store(move |store| {
            store.touch_station(&station.id)?;
            store.record_figures(&station.id, &upload)?;
            Ok(store.service_counts(since, today)?)
        })
        .await?;
    Ok(Json(FiguresResponse { service_counts }))
}
