//! A test double of the ZMS citizen API, the appointment system of Berlin and Munich
//! (`it-at-m/eappointment`, module `zmscitizenapi`, as of tag 2.25.00-muc47), served
//! on 127.0.0.1 for the central's appointment adapter and its tests.
//!
//! It answers the published routes with ZMS's JSON shapes and error codes: offices,
//! services and their relations; the available calendar; reserve → update (name,
//! e-mail, telephone) → preconfirm → confirm; cancel; an appointment by id and key. It
//! checks requests as ZMS does, holds a reservation for the scope's
//! `reservationDuration` and a preconfirmed appointment for its `activationDuration`
//! (then deletes them, as ZMS's cron jobs do), records the mails ZMS would send, and
//! lets the test move the clock, give a slot to someone else between two calls, and keep
//! a confirmation's answer back.
//!
//! - `state`: the office, slots, processes, mails and clock.
//! - `routes`: the routes and ZMS's checks of each request.
//! - `errors`: ZMS's error codes and answers.

mod errors;
mod routes;
mod state;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

pub use routes::BASE_PATH;
pub use state::{
    Mail, ACTIVATION_MINUTES, APPOINTMENTS_PER_MAIL, OFFICE_ID, OFFICE_NAME, RESERVATION_MINUTES,
    SERVICES,
};

/// A running double; stops when dropped.
pub struct ZmsDouble {
    base_url: String,
    state: Arc<Mutex<state::State>>,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

impl ZmsDouble {
    /// Starts the double on a free port of 127.0.0.1, in a thread of its own.
    pub fn start() -> ZmsDouble {
        let state = Arc::new(Mutex::new(state::State::default()));
        let (address, shutdown) = serve_on_loopback(routes::router(state.clone()), "ZMS");
        ZmsDouble {
            base_url: format!("http://{address}{BASE_PATH}"),
            state,
            _shutdown: shutdown,
        }
    }

    /// The API's base URL, `http://127.0.0.1:PORT/terminvereinbarung/api/citizen`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Someone else (at the office's counter, another portal) books slot `timestamp`.
    pub fn take_slot(&self, timestamp: i64) {
        self.lock().taken.insert(timestamp);
    }

    /// Lets confirmations book and keep their answers back while `held` (a caller that
    /// dies meanwhile has booked without hearing of it).
    pub fn hold_confirmation_answers(&self, held: bool) {
        self.lock().answers_held = held;
    }

    /// Moves the double's clock `minutes` forward.
    pub fn advance(&self, minutes: i64) {
        self.lock().offset += minutes * 60;
    }

    /// The mails ZMS would have sent, oldest first.
    pub fn mails(&self) -> Vec<Mail> {
        self.lock().mails.clone()
    }

    /// How many processes hold a slot now (after expiry).
    pub fn held(&self) -> usize {
        let mut state = self.lock();
        state.expire();
        state.processes.len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, state::State> {
        self.state.lock().expect("the ZMS double's state")
    }
}

/// Serves `router` on a free port of 127.0.0.1 in a thread of its own (the doubles of
/// the city's platforms); it stops when the returned sender is dropped.
pub fn serve_on_loopback(
    router: axum::Router,
    platform: &'static str,
) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
    let (bound, address) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap_or_else(|error| panic!("a runtime for the {platform} double: {error}"));
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a port on 127.0.0.1");
            bound
                .send(listener.local_addr().expect("its address"))
                .expect("the starting thread waits");
            axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await
                .unwrap_or_else(|error| panic!("the {platform} double serves: {error}"));
        });
    });
    let address = address
        .recv()
        .unwrap_or_else(|_| panic!("the {platform} double started"));
    (address, shutdown)
}
