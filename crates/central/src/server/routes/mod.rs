//! The station API's router: which path goes to which handler (one module per
//! area), and the citizen's upload page ([`crate::upload`]), which phones reach on
//! the same address. The back office has its own listener and router ([`crate::web`]).

mod ack;
mod appointments;
mod calls;
mod config;
mod enroll;
mod figures;
mod health;
mod push;
mod report;

use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;

use super::error::ApiFailure;
use super::limits::body_limit;
use super::AppState;

/// All endpoints of the station API.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/health", get(health::health))
        .route("/v1/enroll", post(enroll::enroll))
        .route("/v1/push", post(push::push))
        .route("/v1/config", get(config::config))
        .route("/v1/ack-query", post(ack::ack_query))
        .route("/v1/paid-query", post(ack::paid_query))
        .route("/v1/report", post(report::report))
        .route("/v1/figures", post(figures::figures))
        .route("/v1/appointments/times", get(appointments::times))
        .route("/v1/appointments/reserve", post(appointments::reserve))
        .route("/v1/appointments/book", post(appointments::book))
        .route("/v1/calls", post(calls::open))
        .route("/v1/calls/{id}", get(calls::status))
        .merge(crate::upload::router())
        .merge(crate::calls::phone::router())
        .merge(crate::checkout::router())
        .fallback(not_found)
        .layer(body_limit())
        .with_state(state)
}

async fn not_found() -> ApiFailure {
    ApiFailure::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "Diesen Pfad gibt es nicht",
    )
}
