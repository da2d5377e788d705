//! Bearer-token authentication of the stations' sync endpoints: [`StationAuth`]
//! answers 401 for a missing or unknown token and 403 `station_revoked` for the
//! token of a revoked station, each with a JSON reason. [`StationBinding`] is the
//! key of the same token's tags on sealed items (`syncproto::binding`).

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;

use syncproto::binding::BindingKey;

use super::error::ApiFailure;
use super::AppState;
use crate::secrets::hash_secret;
use crate::store::AuthedStation;

/// The enrolled station that sent the request.
pub struct StationAuth(pub AuthedStation);

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
            .await?
            .ok_or_else(|| unauthorized("Unbekannter oder ersetzter Token"))?;
        if station.revoked {
            return Err(ApiFailure::new(
                StatusCode::FORBIDDEN,
                syncproto::STATION_REVOKED,
                "Die Zentrale hat diese Station gesperrt",
            ));
        }
        Ok(StationAuth(station))
    }
}

/// The binding key of the request's bearer token. Use it after [`StationAuth`],
/// which has checked the token.
pub struct StationBinding(pub BindingKey);

impl FromRequestParts<AppState> for StationBinding {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, ApiFailure> {
        Ok(StationBinding(BindingKey::for_token_hash(&bearer_hash(
            parts,
        )?)))
    }
}
