//! HTTP client of the sync API (`docs/sync-api.openapi.yaml`): reqwest over rustls.
//!
//! Maps every answer to a typed result: a 4xx with the central's `ApiError` becomes
//! [`SyncError::Refused`] (nothing of that request was stored), a 5xx
//! [`SyncError::ServerError`] and a lost connection [`SyncError::Unreachable`]
//! (both "unknown": resend, the central recognises duplicates).

use std::sync::Once;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use syncproto::{
    AckQueryRequest, AckQueryResponse, ApiError, ConfigBundle, EnrollRequest, EnrollResponse,
    PushItem, PushResponse,
};
use texts::german;
use url::Url;
use zeroize::Zeroizing;

use super::error::SyncError;

/// How long to wait for a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one request may take in all.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// A client for one central, with or without the station's token.
pub struct CentralClient {
    http: reqwest::Client,
    base: Url,
    token: Option<Zeroizing<String>>,
}

/// The push body, borrowing the items.
#[derive(Serialize)]
struct PushBody<'a> {
    items: &'a [&'a PushItem],
}

impl CentralClient {
    /// A client for the central at `base` (`https://…`, or `http://` for tests and a
    /// reverse proxy on the same machine).
    pub fn new(base: &str, token: Option<&str>) -> Result<Self, SyncError> {
        let base = parse_base(base)?;
        install_crypto_provider();
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .build()
            .map_err(|e| SyncError::Unreachable(e.to_string()))?;
        Ok(Self {
            http,
            base,
            token: token.map(|t| Zeroizing::new(t.to_owned())),
        })
    }

    /// `POST /v1/enroll`.
    pub async fn enroll(&self, request: &EnrollRequest) -> Result<EnrollResponse, SyncError> {
        self.send(Method::POST, "v1/enroll", Some(request))
            .await?
            .ok_or_else(not_modified)
    }

    /// `POST /v1/push`: one answer per item, in order.
    pub async fn push(&self, items: &[&PushItem]) -> Result<PushResponse, SyncError> {
        let response: PushResponse = self
            .send(Method::POST, "v1/push", Some(&PushBody { items }))
            .await?
            .ok_or_else(not_modified)?;
        if response.results.len() != items.len() {
            return Err(SyncError::BadResponse(german(
                "error-detail-result-count",
                &[
                    ("results", response.results.len().into()),
                    ("items", items.len().into()),
                ],
            )));
        }
        Ok(response)
    }

    /// `POST /v1/ack-query`: the ids the central holds.
    pub async fn ack_query(&self, ids: &[String]) -> Result<Vec<String>, SyncError> {
        let request = AckQueryRequest { ids: ids.to_vec() };
        let response: AckQueryResponse = self
            .send(Method::POST, "v1/ack-query", Some(&request))
            .await?
            .ok_or_else(not_modified)?;
        Ok(response.present)
    }

    /// `GET /v1/config?since=N`: `None` when the station is up to date.
    pub async fn config(&self, since: u64) -> Result<Option<ConfigBundle>, SyncError> {
        self.send::<(), _>(Method::GET, &format!("v1/config?since={since}"), None)
            .await
    }

    async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<Option<T>, SyncError> {
        let url = self
            .base
            .join(path)
            .map_err(|_| SyncError::BadUrl(self.base.to_string()))?;
        let mut request = self.http.request(method, url);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token.as_str());
        }
        if let Some(body) = body {
            let bytes =
                serde_json::to_vec(body).map_err(|e| SyncError::BadResponse(e.to_string()))?;
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(bytes);
        }
        let response = request.send().await.map_err(unreachable)?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(None);
        }
        let bytes = response.bytes().await.map_err(unreachable)?;
        if status.is_server_error() {
            return Err(SyncError::ServerError(status.as_u16()));
        }
        if !status.is_success() {
            let error: ApiError = serde_json::from_slice(&bytes).unwrap_or_else(|_| ApiError {
                error: "unknown".into(),
                message: String::from_utf8_lossy(&bytes).chars().take(200).collect(),
            });
            return Err(SyncError::Refused {
                status: status.as_u16(),
                code: error.error,
                message: error.message,
            });
        }
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| SyncError::BadResponse(e.to_string()))
    }
}

/// The base URL with a trailing slash, so that `join` appends.
fn parse_base(text: &str) -> Result<Url, SyncError> {
    let mut url = Url::parse(text.trim()).map_err(|_| SyncError::BadUrl(text.to_owned()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(SyncError::BadUrl(text.to_owned()));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// rustls needs one process-wide crypto provider; ring it is.
fn install_crypto_provider() {
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        // Fails only when the process installed one already, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

fn unreachable(error: reqwest::Error) -> SyncError {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(inner) = source {
        text = format!("{text}: {inner}");
        source = inner.source();
    }
    SyncError::Unreachable(text)
}

fn not_modified() -> SyncError {
    SyncError::BadResponse(german("error-detail-not-modified", &[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_get_a_trailing_slash() {
        assert_eq!(
            parse_base("http://127.0.0.1:8700")
                .unwrap()
                .join("v1/push")
                .unwrap()
                .as_str(),
            "http://127.0.0.1:8700/v1/push"
        );
        assert_eq!(
            parse_base("https://zentrale.example/bk")
                .unwrap()
                .join("v1/push")
                .unwrap()
                .as_str(),
            "https://zentrale.example/bk/v1/push"
        );
        for bad in ["", "zentrale.example", "ftp://x/", "file:///tmp"] {
            assert!(
                matches!(parse_base(bad), Err(SyncError::BadUrl(_))),
                "{bad}"
            );
        }
    }
}
