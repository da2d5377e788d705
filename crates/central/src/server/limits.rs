//! Request size limits and the JSON body extractor that turns every malformed or
//! oversized body into a 4xx answer with a JSON reason (axum's own rejections are
//! plain text).

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

pub use syncproto::limits::{MAX_ACK_QUERY_IDS, MAX_BATCH_ITEMS, MAX_BODY_BYTES};

use super::error::ApiFailure;

/// The body limit layer of the router.
pub fn body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(MAX_BODY_BYTES)
}

/// A JSON body, refused with a JSON reason when it is not one.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiFailure;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiFailure> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_failure(rejection)),
        }
    }
}

fn json_failure(rejection: JsonRejection) -> ApiFailure {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => ApiFailure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "not_json",
            "Der Inhalt muss als application/json gesendet werden",
        ),
        JsonRejection::JsonSyntaxError(error) => ApiFailure::bad_request(
            "malformed_json",
            format!("Der Inhalt ist kein gültiges JSON: {}", error.body_text()),
        ),
        JsonRejection::JsonDataError(error) => ApiFailure::bad_request(
            "invalid_body",
            format!(
                "Der Inhalt hat nicht die erwartete Form: {}",
                error.body_text()
            ),
        ),
        other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => ApiFailure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("Der Inhalt ist größer als {MAX_BODY_BYTES} Bytes"),
        ),
        other => ApiFailure::new(
            other.status(),
            "unreadable_body",
            "Der Inhalt der Anfrage ließ sich nicht lesen",
        ),
    }
}
