//! The HTTP server: axum on tokio, two listeners (the station API and the back
//! office), plain HTTP on loopback addresses or TLS (rustls) when a certificate is
//! given, connection and time limits ([`connections`]); graceful shutdown on SIGTERM
//! and Ctrl-C.
//!
//! Every database call runs on the blocking pool under one mutex; each write is one
//! transaction committed with `synchronous=FULL` before the answer is sent, so an
//! acknowledged item survives a `kill -9`.

pub mod auth;
pub mod connections;
pub mod error;
pub mod limits;
pub mod rate;
pub mod routes;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::StatusCode;
use axum::Router;
use axum_server::tls_rustls::{RustlsAcceptor, RustlsConfig};
use axum_server::Handle;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use thiserror::Error;
use tower_http::timeout::TimeoutLayer;

use crate::appointments::desk::Desk;
use crate::appointments::wishes::keep_booking;
use crate::appointments::zms::Zms;
use crate::appointments::AppointmentError;
use crate::calls::janus::Janus;
use crate::calls::{CallError, VideoAccess};
use crate::keys::{CentralKeys, KeyFileError};
use crate::payments::watch::{keep_watching, Payments};
use crate::payments::xbezahl::{PlatformAccess, XBezahl};
use crate::payments::PaymentError;
use crate::retention::{keep_applying, RetentionPolicy};
use crate::store::{Store, StoreError};
use crate::web::{self, WebState};
use connections::{LimitedAcceptor, HEADER_TIMEOUT, REQUEST_TIMEOUT};
use error::ApiFailure;

/// How long in-flight requests may take to finish after SIGTERM.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The station API's address and port; must be loopback without TLS (port 0
    /// picks a free port).
    pub listen: SocketAddr,
    /// The back office's address and port; the same rule.
    pub admin_listen: SocketAddr,
    /// PEM certificate chain and private key; plain HTTP when absent.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// When personal data is deleted and open requests are flagged.
    pub retention: RetentionPolicy,
    /// The citizen API of the city's appointment system (ZMS); none books nothing.
    pub appointments_url: Option<String>,
    /// The city's payment platform; none takes no fee online.
    pub payments: Option<PaymentsOptions>,
    /// The city's video platform; none offers no video call.
    pub video: Option<VideoAccess>,
}

/// The payment platform and how the central uses it.
#[derive(Debug, Clone)]
pub struct PaymentsOptions {
    /// Where and as whom the central reaches the platform.
    pub access: PlatformAccess,
    /// The station API's address as phones reach it (the platform sends them back).
    pub public_url: String,
    /// How often open transactions are asked for.
    pub every: Duration,
}

/// Why the server could not start; German, for IT.
#[derive(Debug, Error)]
pub enum ServeError {
    /// Plain HTTP was asked for on an address that is not loopback.
    #[error("Ohne TLS lauscht bk-central nur auf 127.0.0.1/::1 (angegeben: {0}); für andere Adressen --tls-cert und --tls-key angeben")]
    PlainHttpNotLoopback(SocketAddr),
    /// Station API and back office were given the same address.
    #[error("Sync-Schnittstelle und Backoffice brauchen verschiedene Adressen (beide: {0})")]
    SameAddress(SocketAddr),
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
    /// A database failure.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// A key file problem.
    #[error("{0}")]
    Keys(#[from] KeyFileError),
    /// The appointment system's client could not be set up.
    #[error("Terminsystem: {0}")]
    Appointments(#[from] AppointmentError),
    /// The payment platform's client could not be set up.
    #[error("Bezahlplattform: {0}")]
    Payments(#[from] PaymentError),
    /// The video platform's client could not be set up.
    #[error("Videoplattform: {0}")]
    Video(#[from] CallError),
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    store: Arc<Mutex<Store>>,
    /// The central's keys, shared by all handlers.
    pub keys: Arc<CentralKeys>,
    /// The desk that books appointments, when the city's system is configured.
    pub appointments: Option<Arc<Desk>>,
    /// The payment platform, when the city's is configured.
    pub payments: Option<Arc<Payments>>,
    /// The video platform, when the city's is configured.
    pub video: Option<Arc<Janus>>,
}

impl AppState {
    /// Wraps the store in a mutex and the keys in an `Arc`, for sharing among handlers.
    pub fn new(store: Store, keys: CentralKeys) -> Self {
        AppState {
            store: Arc::new(Mutex::new(store)),
            keys: Arc::new(keys),
            appointments: None,
            payments: None,
            video: None,
        }
    }

    /// The same, booking appointments at `desk`.
    pub fn with_appointments(self, desk: Desk) -> Self {
        AppState {
            appointments: Some(Arc::new(desk)),
            ..self
        }
    }

    /// The same, taking fees online on `payments`' platform.
    pub fn with_payments(self, payments: Payments) -> Self {
        AppState {
            payments: Some(Arc::new(payments)),
            ..self
        }
    }

    /// The same, opening video calls on `video`'s platform.
    pub fn with_video(self, video: Janus) -> Self {
        AppState {
            video: Some(Arc::new(video)),
            ..self
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

/// Serves the station API and the back office, each on its own listener, and
/// applies retention, until SIGTERM or Ctrl-C; then lets running requests finish.
pub async fn serve(
    store: Store,
    keys: CentralKeys,
    options: ServeOptions,
) -> Result<(), ServeError> {
    for address in [options.listen, options.admin_listen] {
        if options.tls.is_none() && !address.ip().is_loopback() {
            return Err(ServeError::PlainHttpNotLoopback(address));
        }
    }
    if options.listen.port() != 0 && options.listen == options.admin_listen {
        return Err(ServeError::SameAddress(options.listen));
    }
    let mut state = AppState::new(store, keys);
    if let Some(url) = &options.appointments_url {
        state = state.with_appointments(Desk::new(Zms::new(url)?));
    }
    if let Some(payments) = options.payments {
        state = state.with_payments(Payments {
            platform: XBezahl::new(payments.access)?,
            public_url: payments.public_url.trim_end_matches('/').to_owned(),
            every: payments.every,
            creating: tokio::sync::Mutex::new(()),
        });
    }
    if let Some(video) = options.video {
        state = state.with_video(Janus::new(video)?);
    }
    let web_state = WebState {
        app: state.clone(),
        secure_cookies: options.tls.is_some(),
        retention: options.retention,
    };
    let tls = match &options.tls {
        Some((cert, key)) => {
            crate::outbound::install_crypto();
            Some(
                RustlsConfig::from_pem_file(cert, key)
                    .await
                    .map_err(ServeError::Tls)?,
            )
        }
        None => None,
    };
    let api_handle = Handle::<SocketAddr>::new();
    let web_handle = Handle::<SocketAddr>::new();
    tokio::spawn(shutdown_on_signal([api_handle.clone(), web_handle.clone()]));
    let scheme = if tls.is_some() { "https" } else { "http" };
    tokio::spawn(announce_when_listening(
        api_handle.clone(),
        web_handle.clone(),
        scheme,
    ));
    tokio::spawn(keep_applying(state.clone(), options.retention));
    tokio::spawn(keep_booking(state.clone()));
    tokio::spawn(keep_watching(state.clone()));
    tokio::spawn(crate::calls::expiry::keep_ending(state.clone()));
    tokio::try_join!(
        run(
            routes::router(state),
            options.listen,
            tls.clone(),
            api_handle
        ),
        run(
            web::router(web_state),
            options.admin_listen,
            tls,
            web_handle
        ),
    )?;
    Ok(())
}

/// Serves one router on one address with the connection limits.
async fn run(
    router: Router,
    address: SocketAddr,
    tls: Option<RustlsConfig>,
    handle: Handle<SocketAddr>,
) -> Result<(), ServeError> {
    let service = router
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .into_make_service_with_connect_info::<SocketAddr>();
    let mut server = axum_server::bind(address).handle(handle);
    // HTTP/1.1 only: the header timeout then runs from the first byte of every
    // connection (the protocol sniffing of HTTP/2 has no timeout of its own).
    let builder = std::mem::replace(server.http_builder(), Builder::new(TokioExecutor::new()));
    *server.http_builder() = builder.http1_only();
    server
        .http_builder()
        .http1()
        .keep_alive(false)
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let served = match tls {
        Some(config) => {
            server
                .acceptor(RustlsAcceptor::new(config).acceptor(LimitedAcceptor::default()))
                .serve(service)
                .await
        }
        None => {
            server
                .acceptor(LimitedAcceptor::default())
                .serve(service)
                .await
        }
    };
    served.map_err(|source| ServeError::Bind { address, source })
}

/// Prints both bound addresses on stdout, the station API's first (scripts and tests
/// read them; port 0 picks one).
async fn announce_when_listening(
    api: Handle<SocketAddr>,
    web: Handle<SocketAddr>,
    scheme: &'static str,
) {
    let (Some(api), Some(web)) = (api.listening().await, web.listening().await) else {
        return;
    };
    tracing::info!(%api, %web, "bk-central bereit");
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "bk-central lauscht auf {scheme}://{api}");
    let _ = writeln!(stdout, "Backoffice unter {scheme}://{web}");
    let _ = stdout.flush();
}

async fn shutdown_on_signal(handles: [Handle<SocketAddr>; 2]) {
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
    for handle in handles {
        handle.graceful_shutdown(Some(SHUTDOWN_GRACE));
    }
}
