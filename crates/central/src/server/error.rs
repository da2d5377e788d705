//! The failure answer of every endpoint: a status code and an [`ApiError`] body with a
//! stable code and a German message. Internal details go to the log, not the client.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use syncproto::ApiError;

use crate::store::StoreError;

/// A 4xx/5xx answer.
#[derive(Debug)]
pub struct ApiFailure {
    /// HTTP status code (4xx or 5xx).
    pub status: StatusCode,
    /// Stable snake_case error code, for programs (the body's `error` field).
    pub code: &'static str,
    /// German explanation, for people.
    pub message: String,
}

impl ApiFailure {
    /// A failure with the given status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiFailure {
            status,
            code,
            message: message.into(),
        }
    }

    /// A 400 Bad Request failure with the given code and message.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// A 500 failure with code `internal` and a generic German message; details belong in the log.
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Interner Fehler der Zentrale; bitte später erneut versuchen",
        )
    }
}

impl From<StoreError> for ApiFailure {
    fn from(error: StoreError) -> Self {
        tracing::error!(%error, "Datenbankfehler");
        ApiFailure::internal()
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let body = ApiError {
            error: self.code.to_owned(),
            message: self.message,
        };
        (self.status, Json(body)).into_response()
    }
}
