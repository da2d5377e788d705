//! HTTP client of the sync API (`docs/sync-api.openapi.yaml`): reqwest over rustls.
//!
//! Plain `http://` is accepted only for this machine itself (a reverse proxy on the
//! same laptop, tests); everything else must be `https://`. Redirects are not
//! followed, so an answer cannot send the token elsewhere or downgrade to `http://`.
//! No answer body is read beyond [`MAX_RESPONSE_BYTES`].
//!
//! Maps every answer to a typed result: a 4xx with the central's `ApiError` becomes
//! [`SyncError::Refused`] (nothing of that request was stored), or
//! [`SyncError::StationRevoked`] for a 403 `station_revoked`; a 4xx without it
//! [`SyncError::UnexplainedRefusal`]; a 5xx [`SyncError::ServerError`] and a lost
//! connection [`SyncError::Unreachable`] (both "unknown": resend, the central
//! recognises duplicates).

use std::net::IpAddr;
use std::sync::Once;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use syncproto::appointments::{BookRequest, Booked, FreeTimes, Held, ReserveRequest};
use syncproto::calls::{CallOpened, CallRequest, CallStatus};
use syncproto::figures::{FiguresResponse, FiguresUpload};
use syncproto::limits::MAX_RESPONSE_BYTES;
use syncproto::{
    AckQueryRequest, AckQueryResponse, ApiError, ConfigBundle, EnrollRequest, EnrollResponse,
    PaidQueryResponse, PushItem, PushResponse, StationReport, STATION_REVOKED,
};
use texts::german;
use url::Url;
use zeroize::Zeroizing;

use super::error::SyncError;

/// How long to wait for a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one request may take in all.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// How much of an answer without the central's `ApiError` goes into the error message.
const DETAIL_CHARS: usize = 200;

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
    /// A client for the central at `base`: `https://…`, or `http://` to this machine
    /// itself (loopback, for tests and a reverse proxy on the same laptop).
    pub fn new(base: &str, token: Option<&str>) -> Result<Self, SyncError> {
        let base = parse_base(base)?;
        install_crypto_provider();
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
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

    /// `POST /v1/push`: the central's results, each naming its item by id.
    pub async fn push(&self, items: &[&PushItem]) -> Result<PushResponse, SyncError> {
        self.send(Method::POST, "v1/push", Some(&PushBody { items }))
            .await?
            .ok_or_else(not_modified)
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

    /// `POST /v1/paid-query`: which of these requests' fees are paid.
    pub async fn paid_query(&self, ids: &[String]) -> Result<PaidQueryResponse, SyncError> {
        let request = AckQueryRequest { ids: ids.to_vec() };
        self.send(Method::POST, "v1/paid-query", Some(&request))
            .await?
            .ok_or_else(not_modified)
    }

    /// `GET /v1/config?since=N`: `None` when the station is up to date.
    pub async fn config(&self, since: u64) -> Result<Option<ConfigBundle>, SyncError> {
        self.send::<(), _>(Method::GET, &format!("v1/config?since={since}"), None)
            .await
    }

    /// `POST /v1/report`: the station's version, configuration version and outbox
    /// counts, for the back office.
    pub async fn report(&self, report: &StationReport) -> Result<(), SyncError> {
        self.send::<_, serde_json::Value>(Method::POST, "v1/report", Some(report))
            .await
            .map(|_| ())
    }

    /// `POST /v1/figures`: the station's figures per day; the answer holds the counts
    /// of all stations.
    pub async fn figures(&self, upload: &FiguresUpload) -> Result<FiguresResponse, SyncError> {
        self.send(Method::POST, "v1/figures", Some(upload))
            .await?
            .ok_or_else(not_modified)
    }

    /// `GET /v1/appointments/times?service=ID`: the free times of catalogue service
    /// `service` (an id of the catalogue: a slug, nothing to escape).
    pub async fn appointment_times(&self, service: &str) -> Result<FreeTimes, SyncError> {
        let path = format!("v1/appointments/times?service={service}");
        self.send::<(), _>(Method::GET, &path, None)
            .await?
            .ok_or_else(not_modified)
    }

    /// `POST /v1/appointments/reserve`: holds a time for the citizen.
    pub async fn reserve_appointment(&self, request: &ReserveRequest) -> Result<Held, SyncError> {
        self.send(Method::POST, "v1/appointments/reserve", Some(request))
            .await?
            .ok_or_else(not_modified)
    }

    /// `POST /v1/appointments/book`: books a held time for the citizen of the item.
    pub async fn book_appointment(&self, request: &BookRequest) -> Result<Booked, SyncError> {
        self.send(Method::POST, "v1/appointments/book", Some(request))
            .await?
            .ok_or_else(not_modified)
    }

    /// `POST /v1/calls`: opens a video call with a clerk for the citizen at the kiosk.
    pub async fn open_call(&self, request: &CallRequest) -> Result<CallOpened, SyncError> {
        self.send(Method::POST, "v1/calls", Some(request))
            .await?
            .ok_or_else(not_modified)
    }

    /// `GET /v1/calls/{id}`: how call `id` (an id the central gave: UUID text) stands.
    pub async fn call_status(&self, id: &str) -> Result<CallStatus, SyncError> {
        self.send::<(), _>(Method::GET, &format!("v1/calls/{id}"), None)
            .await?
            .ok_or_else(not_modified)
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
        if status == StatusCode::NOT_MODIFIED || status == StatusCode::NO_CONTENT {
            return Ok(None);
        }
        let bytes = read_capped(response).await?;
        if status.is_server_error() {
            return Err(SyncError::ServerError(status.as_u16()));
        }
        if !status.is_success() {
            return Err(refusal(status.as_u16(), &bytes));
        }
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| SyncError::BadResponse(e.to_string()))
    }
}

/// The answer's body, read chunk by chunk and refused once it grows beyond
/// [`MAX_RESPONSE_BYTES`] (the rest is never read; the connection is dropped).
async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, SyncError> {
    let too_large = || {
        SyncError::BadResponse(german(
            "error-detail-response-too-large",
            &[("mib", (MAX_RESPONSE_BYTES / (1024 * 1024)).into())],
        ))
    };
    if response
        .content_length()
        .is_some_and(|length| length > MAX_RESPONSE_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(unreachable)? {
        if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A 4xx: the central's `ApiError` if the body is one, else a refusal that names no
/// reason of the central (and so says nothing about the items).
fn refusal(status: u16, body: &[u8]) -> SyncError {
    match serde_json::from_slice::<ApiError>(body) {
        Ok(error) if status == 403 && error.error == STATION_REVOKED => SyncError::StationRevoked,
        Ok(error) if !error.error.is_empty() => SyncError::Refused {
            status,
            code: error.error,
            message: error.message,
        },
        _ => SyncError::UnexplainedRefusal {
            status,
            detail: String::from_utf8_lossy(body)
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .take(DETAIL_CHARS)
                .collect(),
        },
    }
}

/// The base URL with a trailing slash, so that `join` appends; `http://` only to
/// this machine.
fn parse_base(text: &str) -> Result<Url, SyncError> {
    let mut url = Url::parse(text.trim()).map_err(|_| SyncError::BadUrl(text.to_owned()))?;
    let Some(host) = url.host() else {
        return Err(SyncError::BadUrl(text.to_owned()));
    };
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&host) => {}
        "http" => return Err(SyncError::InsecureUrl(text.trim().to_owned())),
        _ => return Err(SyncError::BadUrl(text.to_owned())),
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// `localhost`, 127.0.0.0/8 or `::1`: the connection never leaves the machine.
fn is_loopback(host: &url::Host<&str>) -> bool {
    match host {
        url::Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(address) => IpAddr::V4(*address).is_loopback(),
        url::Host::Ipv6(address) => IpAddr::V6(*address).is_loopback(),
    }
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

    #[test]
    fn plain_http_only_to_this_machine() {
        for local in [
            "http://127.0.0.1:8700",
            "http://127.8.9.10/",
            "http://[::1]:8700",
            "http://localhost:8700",
            "http://LOCALHOST",
            "https://zentrale.example",
            "https://10.1.2.3",
        ] {
            assert!(parse_base(local).is_ok(), "{local}");
        }
        for remote in [
            "http://zentrale.example",
            "http://10.1.2.3:8700",
            "http://128.0.0.1",
            "http://[::2]",
            "http://localhost.zentrale.example",
            "http://0.0.0.0:8700",
        ] {
            assert!(
                matches!(parse_base(remote), Err(SyncError::InsecureUrl(_))),
                "{remote}"
            );
        }
        let message = parse_base("http://zentrale.example")
            .err()
            .unwrap()
            .to_string();
        assert!(message.contains("https://"), "{message}");
    }

    #[test]
    fn only_the_centrals_error_body_counts_as_its_reason() {
        let api = br#"{"error":"batch_too_large","message":"Zu viele"}"#;
        assert!(matches!(
            refusal(400, api),
            SyncError::Refused { status: 400, ref code, .. } if code == "batch_too_large"
        ));
        let revoked = br#"{"error":"station_revoked","message":"gesperrt"}"#;
        assert!(matches!(refusal(403, revoked), SyncError::StationRevoked));
        for body in [
            &b"<html><body>413 Request Entity Too Large</body></html>"[..],
            br#"{"error":"x"}"#,
            br#"{"error":"","message":"m"}"#,
            b"",
        ] {
            assert!(matches!(
                refusal(413, body),
                SyncError::UnexplainedRefusal { status: 413, .. }
            ));
        }
    }
}
