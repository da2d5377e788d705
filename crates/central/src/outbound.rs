//! The HTTP client for the city's platforms the central calls (appointments,
//! payments): rustls with the ring provider the whole process uses, a time limit.

use std::time::Duration;

/// A client whose calls may take `timeout` each.
pub fn client(timeout: Duration) -> reqwest::Result<reqwest::Client> {
    install_crypto();
    reqwest::Client::builder().timeout(timeout).build()
}

/// Installs ring as the process's TLS provider (reqwest and the server are built without
/// a default one); a second call leaves the first in place.
pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
