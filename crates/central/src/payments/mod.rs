//! Fees paid online on the city's payment platform: the central creates a payment
//! transaction when a citizen opens a request's payment link on their phone, sends
//! the phone to the platform's paypage, and learns the outcome when the platform
//! sends the citizen back and, for those who never come back, by asking again a while
//! ([`watch`]). A paid transaction marks the request paid ([`crate::store`]).
//!
//! [`xbezahl`] is the adapter for XBezahldienste, the standard interface of German
//! public payment platforms (ePayBL and the states' platforms). The central holds the
//! platform's address and credentials; a station never talks to it.

pub mod watch;
pub mod xbezahl;

use thiserror::Error;

use crate::store::OnlineStatus;

/// What the platform is asked to collect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentOrder {
    /// The catalogue service whose fee it is.
    pub service: String,
    /// The service's name, the item's description.
    pub service_name: String,
    /// The amount, in cents.
    pub cents: i64,
    /// The request's reference, the purpose the cash office books it by.
    pub reference: String,
    /// The remittance text of the catalogue, shown on the paypage.
    pub description: String,
    /// Where the platform sends the citizen back.
    pub return_url: String,
}

/// A transaction on the platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transaction {
    /// The platform's id.
    pub id: String,
    /// The page where the citizen pays.
    pub paypage: String,
    /// Its status.
    pub status: OnlineStatus,
}

/// Why the platform did not do what was asked; German, for the log.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PaymentError {
    /// The platform could not be reached, or answered what is no transaction.
    #[error("Die Bezahlplattform ist nicht erreichbar: {0}")]
    Unreachable(String),
    /// The platform refused, with its functional code and the HTTP status.
    #[error("Die Bezahlplattform hat abgelehnt: {code} (HTTP {status}): {detail}")]
    Refused {
        /// The platform's `functionalCode`.
        code: String,
        /// The HTTP status.
        status: u16,
        /// The platform's `detail`.
        detail: String,
    },
}
