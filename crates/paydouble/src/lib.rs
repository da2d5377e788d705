//! A test double of the city's payment platform, speaking XBezahldienste (the
//! standard interface of German public payment services, as ePayBL and the state
//! platforms offer it), served on 127.0.0.1 for the central's payment adapter and its
//! tests.
//!
//! - `POST {base}/paymenttransaction/{originatorId}/{endPointId}` creates a payment
//!   transaction from a payment request (checked as the platforms check it: request
//!   id, currency EUR, gross amount with at most two decimals that is the sum of the
//!   items, a purpose of at most 27 plain characters, a description of at most 250, an
//!   absolute `redirectUrl`) and answers its `paymentInformation`: transaction id,
//!   status `INITIAL`, and the paypage's address (`transactionRedirectUrl`).
//! - `GET {base}/paymenttransaction/{originatorId}/{endPointId}/{transactionId}` gives
//!   the transaction's status: `INITIAL`, `PAYED`, `CANCELED` or `FAILED`.
//! - The paypage (`/paypage/{transactionId}`) lets the test, playing the citizen, pay
//!   or cancel; then it sends the browser to the `redirectUrl`, as a platform does.
//!
//! Calls need HTTP Basic authentication with the originator's credentials; errors are
//! `application/problem+json` with a `functionalCode`. The test can make the platform
//! unavailable (503) and settle a transaction without the paypage (a citizen who paid
//! and closed the browser before the return).

mod routes;

use std::sync::{Arc, Mutex};

pub use routes::BASE_PATH;

/// The originator (the city's account at the platform) the double serves.
pub const ORIGINATOR: &str = "potsdam-buergerservice";
/// The originator's end point (the online service) the double serves.
pub const END_POINT: &str = "buergerkoffer";
/// The user of the originator's credentials.
pub const USER: &str = "bk-central";
/// The password of the originator's credentials.
pub const PASSWORD: &str = "kassenzeichen-geheim";

/// A transaction's status, as XBezahldienste names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Created, not paid yet.
    Initial,
    /// Paid.
    Payed,
    /// The citizen cancelled.
    Canceled,
    /// The payment provider refused.
    Failed,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Initial => "INITIAL",
            Status::Payed => "PAYED",
            Status::Canceled => "CANCELED",
            Status::Failed => "FAILED",
        }
    }
}

/// A payment request the platform took, and what became of it.
#[derive(Debug, Clone)]
pub struct Transaction {
    /// The platform's id.
    pub id: String,
    /// The payment request as sent.
    pub request: serde_json::Value,
    /// Its status.
    pub status: Status,
}

#[derive(Default)]
struct State {
    transactions: Vec<Transaction>,
    unavailable: bool,
}

/// A running double; stops when dropped.
pub struct PaymentDouble {
    base_url: String,
    state: Arc<Mutex<State>>,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

impl PaymentDouble {
    /// Starts the double on a free port of 127.0.0.1, in a thread of its own.
    pub fn start() -> PaymentDouble {
        let state = Arc::new(Mutex::new(State::default()));
        let (address, shutdown) =
            zmsdouble::serve_on_loopback(routes::router(state.clone()), "payment platform");
        PaymentDouble {
            base_url: format!("http://{address}{BASE_PATH}"),
            state,
            _shutdown: shutdown,
        }
    }

    /// The API's base URL, `http://127.0.0.1:PORT/xbezahldienste/v1`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The transactions created, oldest first.
    pub fn transactions(&self) -> Vec<Transaction> {
        self.lock().transactions.clone()
    }

    /// Sets a transaction's status as if the citizen had finished on the paypage.
    pub fn settle(&self, id: &str, status: Status) {
        let mut state = self.lock();
        let transaction = state
            .transactions
            .iter_mut()
            .find(|transaction| transaction.id == id)
            .expect("a transaction of the double");
        transaction.status = status;
    }

    /// Makes every call of the API answer 503 (`true`) or work again.
    pub fn set_unavailable(&self, unavailable: bool) {
        self.lock().unavailable = unavailable;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().expect("the payment double's state")
    }
}
