//! `GET /v1/config?since=VERSION`: the newest signed configuration, or 304 when the
//! station already has it (or nothing has been published yet).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::value::RawValue;
use syncproto::ConfigBundle;

use crate::server::auth::StationAuth;
use crate::server::error::ApiFailure;
use crate::server::AppState;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigQuery {
    /// The version the station has; 0 or absent for none.
    #[serde(default)]
    since: u64,
}

pub async fn config(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    query: Result<Query<ConfigQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiFailure> {
    let Query(query) = query.map_err(|_| {
        ApiFailure::bad_request(
            "bad_query",
            "since muss eine nicht-negative ganze Zahl sein",
        )
    })?;
    let latest = state
        .with_store(move |store| {
            store.touch_station(&station.id)?;
            Ok(store.latest_config()?)
        })
        .await?;
    let Some(latest) = latest.filter(|latest| latest.version > query.since) else {
        return Ok(StatusCode::NOT_MODIFIED.into_response());
    };
    let raw = |json: String| {
        RawValue::from_string(json).map_err(|error| {
            tracing::error!(%error, "gespeicherte Konfiguration ist kein JSON");
            ApiFailure::internal()
        })
    };
    Ok(Json(ConfigBundle {
        version: latest.version,
        published_at: latest.published_at,
        services: raw(latest.services)?,
        stations: raw(latest.stations)?,
        signature: latest.signature,
    })
    .into_response())
}
