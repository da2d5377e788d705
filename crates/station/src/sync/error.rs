//! Why talking to the central failed, with stable codes and German messages for staff.

use syncproto::{ConfigError, KeyError};

use crate::error::StationError;

/// A failed enrolment, sync round or configuration pull.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SyncError {
    /// The station's own store failed.
    #[error(transparent)]
    Station(#[from] StationError),

    /// The address of the central is not a usable http(s) URL.
    #[error("„{0}“ ist keine gültige Adresse der Zentrale (erwartet: https://… oder http://127.0.0.1:…).")]
    BadUrl(String),

    /// No answer (connection refused, cut, timed out).
    #[error("Die Zentrale ist nicht erreichbar ({0}). Die Anliegen bleiben gespeichert und werden später übertragen.")]
    Unreachable(String),

    /// The central refused the request as a whole (4xx).
    #[error("Die Zentrale hat die Anfrage abgelehnt (HTTP {status}, {code}): {message}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// The central's error code, e.g. `unauthorized`.
        code: String,
        /// The central's German explanation.
        message: String,
    },

    /// The central failed (5xx).
    #[error("Die Zentrale meldet einen Fehler (HTTP {0}). Es wird später erneut versucht.")]
    ServerError(u16),

    /// The answer does not have the documented shape.
    #[error("Die Antwort der Zentrale ist unverständlich: {0}")]
    BadResponse(String),

    /// The central sent keys that cannot be used.
    #[error("Die Zentrale hat einen unbrauchbaren Schlüssel geschickt: {0}")]
    BadKey(#[from] KeyError),

    /// A configuration bundle whose signature does not hold.
    #[error("Die Konfiguration der Zentrale wurde nicht übernommen: {0}")]
    ConfigSignature(#[from] ConfigError),

    /// A configuration bundle that the station's loaders refuse.
    #[error("Die Konfiguration der Zentrale wurde nicht übernommen: {0}")]
    ConfigInvalid(StationError),
}

impl SyncError {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Station(error) => error.code(),
            Self::BadUrl(_) => "central_url_invalid",
            Self::Unreachable(_) => "central_unreachable",
            Self::Refused { .. } => "central_refused",
            Self::ServerError(_) => "central_error",
            Self::BadResponse(_) => "central_bad_response",
            Self::BadKey(_) => "central_bad_key",
            Self::ConfigSignature(_) => "config_signature",
            Self::ConfigInvalid(_) => "config_invalid",
        }
    }
}
