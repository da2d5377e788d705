//! Why talking to the central failed, with stable codes and German messages for staff
//! from the catalogue `assets/locales/de/errors.ftl` (id `error-sync-<code>`, `_` → `-`).

use std::fmt;

use syncproto::{ConfigError, KeyError};
use texts::german;

use crate::error::StationError;

/// A failed enrolment, sync round or configuration pull.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SyncError {
    /// The station's own store failed (shown with the station error's own message).
    Station(#[from] StationError),

    /// The address of the central is not a usable http(s) URL.
    BadUrl(String),

    /// The address of the central is plain `http://` to another machine than this one.
    InsecureUrl(String),

    /// No answer (connection refused, cut, timed out).
    Unreachable(String),

    /// The central refused the request as a whole (4xx with its `ApiError` body).
    Refused {
        /// HTTP status.
        status: u16,
        /// The central's error code, e.g. `unauthorized`.
        code: String,
        /// The central's German explanation.
        message: String,
    },

    /// A 4xx without an `ApiError` body of the central (e.g. a proxy's error page):
    /// it says nothing about the items, which stay pending.
    UnexplainedRefusal {
        /// HTTP status.
        status: u16,
        /// The start of the answer, for IT.
        detail: String,
    },

    /// The typed enrolment code is not 20 characters of the code alphabet (12 for the
    /// central and 8 of its keys' fingerprint).
    EnrolmentCodeMalformed,

    /// The central's keys do not match the fingerprint at the end of the code: the
    /// address leads to another server. Nothing was pinned.
    FingerprintMismatch,

    /// The central has revoked this station (403 `station_revoked`); the items stay
    /// pending until IT has sorted it out.
    StationRevoked,

    /// The central failed (5xx).
    ServerError(u16),

    /// The answer does not have the documented shape.
    BadResponse(String),

    /// The central sent keys that cannot be used.
    BadKey(#[from] KeyError),

    /// A configuration bundle whose signature does not hold.
    ConfigSignature(#[from] ConfigError),

    /// A configuration bundle that the station's loaders refuse.
    ConfigInvalid(StationError),
}

/// The German message `error-sync-<code>` of the catalogue, with the variant's data;
/// [`SyncError::Station`] shows the station error's message unchanged.
impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Station(error) => return fmt::Display::fmt(error, f),
            Self::BadUrl(url) => german(
                "error-sync-central-url-invalid",
                &[("url", url.as_str().into())],
            ),
            Self::InsecureUrl(url) => german(
                "error-sync-central-url-insecure",
                &[("url", url.as_str().into())],
            ),
            Self::Unreachable(detail) => german(
                "error-sync-central-unreachable",
                &[("detail", detail.as_str().into())],
            ),
            // The HTTP status is a code, not an amount: preformatted.
            Self::Refused {
                status,
                code,
                message,
            } => german(
                "error-sync-central-refused",
                &[
                    ("status", status.to_string().into()),
                    ("code", code.as_str().into()),
                    ("message", message.as_str().into()),
                ],
            ),
            Self::UnexplainedRefusal { status, detail } => german(
                "error-sync-central-refused-unexplained",
                &[
                    ("status", status.to_string().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            Self::StationRevoked => german("error-sync-station-revoked", &[]),
            Self::EnrolmentCodeMalformed => german("error-sync-enrolment-code-malformed", &[]),
            Self::FingerprintMismatch => german("error-sync-fingerprint-mismatch", &[]),
            Self::ServerError(status) => german(
                "error-sync-central-error",
                &[("status", status.to_string().into())],
            ),
            Self::BadResponse(detail) => german(
                "error-sync-central-bad-response",
                &[("detail", detail.as_str().into())],
            ),
            Self::BadKey(source) => german(
                "error-sync-central-bad-key",
                &[("source", source.to_string().into())],
            ),
            Self::ConfigSignature(source) => german(
                "error-sync-config-signature",
                &[("source", source.to_string().into())],
            ),
            Self::ConfigInvalid(source) => german(
                "error-sync-config-invalid",
                &[("source", source.to_string().into())],
            ),
        };
        f.write_str(&text)
    }
}

impl SyncError {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Station(error) => error.code(),
            Self::BadUrl(_) => "central_url_invalid",
            Self::Unreachable(_) => "central_unreachable",
            Self::InsecureUrl(_) => "central_url_insecure",
            Self::Refused { .. } => "central_refused",
            Self::UnexplainedRefusal { .. } => "central_refused_unexplained",
            Self::StationRevoked => "station_revoked",
            Self::EnrolmentCodeMalformed => "enrolment_code_malformed",
            Self::FingerprintMismatch => "fingerprint_mismatch",
            Self::ServerError(_) => "central_error",
            Self::BadResponse(_) => "central_bad_response",
            Self::BadKey(_) => "central_bad_key",
            Self::ConfigSignature(_) => "config_signature",
            Self::ConfigInvalid(_) => "config_invalid",
        }
    }
}
