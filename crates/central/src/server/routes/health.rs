//! `GET /health`: the process is up and its database answers.

use axum::extract::State;
use axum::Json;
use syncproto::HealthResponse;

use crate::server::error::ApiFailure;
use crate::server::AppState;

pub async fn health(State(state): State<AppState>) -> Result<Json<HealthResponse>, ApiFailure> {
    state.with_store(|store| Ok(store.item_count()?)).await?;
    Ok(Json(HealthResponse {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    }))
}
