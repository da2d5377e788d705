//! Bearer-token authentication: [`StationAuth`] for the stations' sync endpoints,
//! [`AdminAuth`] for the back office. Both answer 401 with a JSON reason.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;

use super::error::ApiFailure;
use super::AppState;
use crate::secrets::hash_secret;
use crate::store::AuthedStation;

/// The enrolled station that sent the request.
pub struct StationAuth(pub AuthedStation);

/// The request carries the back-office token.
pub struct AdminAuth;

fn unauthorized(message: &str) -> ApiFailure {
    ApiFailure::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
}

/// SHA-256 of the bearer token of the request.
fn bearer_hash(parts: &Parts) -> Result<[u8; 32], ApiFailure> {
    let header = parts
        .headers
        .get(AUTHORIZATION)
        .ok_or_else(|| unauthorized("Anmeldung fehlt (Authorization: Bearer …)"))?;
    let token = header
        .to_str()
        .ok()
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty())
        .ok_or_else(|| unauthorized("Anmeldung hat nicht die Form „Bearer TOKEN“"))?;
    Ok(hash_secret(token))
}

impl FromRequestParts<AppState> for StationAuth {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiFailure> {
        let token_hash = bearer_hash(parts)?;
        let station = state
            .with_store(move |store| Ok(store.station_by_token(&token_hash)?))
            .await?;
        station
            .map(StationAuth)
            .ok_or_else(|| unauthorized("Unbekannter oder widerrufener Token"))
    }
}

impl FromRequestParts<AppState> for AdminAuth {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiFailure> {
        let token_hash = bearer_hash(parts)?;
        // Both sides are hashes of fixed length: comparing them leaks nothing useful.
        if token_hash == state.keys.admin_token_hash {
            Ok(AdminAuth)
        } else {
            Err(unauthorized("Falscher Token für den Backoffice-Zugang"))
        }
    }
}
