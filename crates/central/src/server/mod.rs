//! The HTTP server: axum on tokio, plain HTTP on a loopback address or TLS (rustls)
//! when a certificate is given; graceful shutdown on SIGTERM and Ctrl-C.
//!
//! Every database call runs on the blocking pool under one mutex; each write is one
//! transaction committed with `synchronous=FULL` before the answer is sent, so an
//! acknowledged item survives a `kill -9`.

pub mod auth;
pub mod error;
pub mod limits;
pub mod routes;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum_server::tls_rustls::RustlsConfig;
use axum_server::Handle;
use thiserror::Error;

use crate::keys::{CentralKeys, KeyFileError};
use crate::store::{Store, StoreError};
use error::ApiFailure;

/// How long in-flight requests may take to finish after SIGTERM.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address and port to listen on; must be loopback without TLS (port 0 picks a free port).
    pub listen: SocketAddr,
    /// PEM certificate chain and private key; plain HTTP when absent.
    pub tls: Option<(PathBuf, PathBuf)>,
}

/// Why the server could not start; German, for IT.
#[derive(Debug, Error)]
pub enum ServeError {
    /// Plain HTTP was asked for on an address that is not loopback.
    #[error("Ohne TLS lauscht bk-central nur auf 127.0.0.1/::1 (angegeben: {0}); für andere Adressen --tls-cert und --tls-key angeben")]
    PlainHttpNotLoopback(SocketAddr),
    /// The TLS certificate chain or private key could not be loaded.
    #[error("TLS-Zertifikat oder -Schlüssel lässt sich nicht laden: {0}")]
    Tls(std::io::Error),
    /// The listen address could not be bound, or serving on it failed.
    #[error("Adresse {address} lässt sich nicht öffnen: {source}")]
    Bind {
        /// The address to listen on.
        address: SocketAddr,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The database failed its `PRAGMA quick_check` or could not be queried.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// A key file problem.
    #[error("{0}")]
    Keys(#[from] KeyFileError),
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    store: Arc<Mutex<Store>>,
    /// The central's keys, shared by all handlers.
    pub keys: Arc<CentralKeys>,
}

impl AppState {
    /// Wraps the store in a mutex and the keys in an `Arc`, for sharing among handlers.
    pub fn new(store: Store, keys: CentralKeys) -> Self {
        AppState {
            store: Arc::new(Mutex::new(store)),
            keys: Arc::new(keys),
        }
    }

    /// Runs `work` with the store on the blocking pool.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, ApiFailure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, ApiFailure> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || {
            let mut guard = store.lock().map_err(|_| {
                tracing::error!("Datenbank-Sperre nach einem Absturz eines Threads vergiftet");
                ApiFailure::internal()
            })?;
            work(&mut guard)
        })
        .await
        .map_err(|error| {
            tracing::error!(%error, "Datenbank-Aufgabe abgebrochen");
            ApiFailure::internal()
        })?
    }
}

/// Serves until SIGTERM or Ctrl-C, then lets running requests finish.
pub async fn serve(
    store: Store,
    keys: CentralKeys,
    options: ServeOptions,
) -> Result<(), ServeError> {
    if options.tls.is_none() && !options.listen.ip().is_loopback() {
        return Err(ServeError::PlainHttpNotLoopback(options.listen));
    }
    store.quick_check()?;
    let app = routes::router(AppState::new(store, keys));
    let handle = Handle::<SocketAddr>::new();
    tokio::spawn(shutdown_on_signal(handle.clone()));
    let scheme = if options.tls.is_some() {
        "https"
    } else {
        "http"
    };
    tokio::spawn(announce_when_listening(handle.clone(), scheme));
    let service = app.into_make_service();
    let served = match options.tls {
        Some((cert, key)) => {
            // Ignored when a provider is already installed (the same one).
            let _ = rustls::crypto::ring::default_provider().install_default();
            let config = RustlsConfig::from_pem_file(cert, key)
                .await
                .map_err(ServeError::Tls)?;
            axum_server::bind_rustls(options.listen, config)
                .handle(handle)
                .serve(service)
                .await
        }
        None => {
            axum_server::bind(options.listen)
                .handle(handle)
                .serve(service)
                .await
        }
    };
    served.map_err(|source| ServeError::Bind {
        address: options.listen,
        source,
    })
}

/// Prints the bound address on stdout (scripts and tests read it; port 0 picks one).
async fn announce_when_listening(handle: Handle<SocketAddr>, scheme: &'static str) {
    if let Some(address) = handle.listening().await {
        tracing::info!(%address, "bk-central bereit");
        let mut stdout = std::io::stdout();
        let _ = writeln!(stdout, "bk-central lauscht auf {scheme}://{address}");
        let _ = stdout.flush();
    }
}

async fn shutdown_on_signal(handle: Handle<SocketAddr>) {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "SIGTERM lässt sich nicht abfangen");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = terminate => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    tracing::info!("Beende: laufende Anfragen werden abgeschlossen");
    handle.graceful_shutdown(Some(SHUTDOWN_GRACE));
}
