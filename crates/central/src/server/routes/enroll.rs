//! `POST /v1/enroll`: a station redeems its one-time code with its Ed25519 public key
//! and receives its token and the central's public keys.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::header::{CACHE_CONTROL, RETRY_AFTER};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use syncproto::encoding::{to_base64, verifying_key_from_base64};
use syncproto::{EnrollRequest, EnrollResponse};

use crate::secrets::{hash_secret, new_token};
use crate::server::error::ApiFailure;
use crate::server::limits::ApiJson;
use crate::server::rate::{self, Scope, RETRY_AFTER_SECONDS};
use crate::server::AppState;

pub async fn enroll(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    ApiJson(request): ApiJson<EnrollRequest>,
) -> Result<Response, ApiFailure> {
    if !rate::allow(&state, Scope::Enrolment, client.ip()).await? {
        let refusal = ApiFailure::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_tries",
            "Zu viele Anmeldeversuche von dieser Adresse; bitte in einer Minute erneut versuchen",
        );
        return Ok(([(RETRY_AFTER, RETRY_AFTER_SECONDS)], refusal).into_response());
    }
    let station_key = verifying_key_from_base64("stationPublicKey", &request.station_public_key)
        .map_err(|error| ApiFailure::bad_request("bad_station_key", error.to_string()))?;
    let token = new_token().map_err(|_| ApiFailure::internal())?;
    let token_hash = hash_secret(&token);
    let code = request.code;
    let station = state
        .with_store(move |store| Ok(store.enrol(&code, station_key.as_bytes(), &token_hash)?))
        .await?
        .ok_or_else(|| {
            ApiFailure::new(
                StatusCode::FORBIDDEN,
                "enrolment_code_invalid",
                "Der Anmeldecode ist ungültig, abgelaufen oder schon benutzt",
            )
        })?;
    tracing::info!(station = %station.id, name = %station.name, "Station angemeldet");
    // The answer carries the station's token: no cache may keep it.
    Ok((
        [(CACHE_CONTROL, "no-store")],
        Json(EnrollResponse {
            station_id: station.id,
            station_name: station.name,
            token: token.to_string(),
            hpke_public_key: state.keys.seal_public.to_base64(),
            central_signing_key: to_base64(state.keys.signing_key.verifying_key().as_bytes()),
        }),
    )
        .into_response())
}
