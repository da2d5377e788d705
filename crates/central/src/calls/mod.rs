//! Video calls with a clerk of the Bürgerservice: a station asks for a call, the
//! central opens a room on the city's video platform ([`janus`]: Janus's VideoRoom),
//! records the call ([`crate::store`]) and answers the link the citizen's phone opens
//! ([`phone`]); a clerk answers it in the back office and ends it, which closes the
//! room. Browsers talk to the platform directly: the phone's page and the clerk's page
//! join the room with its PIN, which only the central hands out. Nothing of the call is
//! recorded but who answered it and when. Calls nobody ends end by themselves
//! ([`expiry`]).
//!
//! The station's own window cannot hold the call: Debian 12's WebKitGTK is built
//! without WebRTC (see docs/calls.md), so the call goes to the citizen's phone.

pub mod expiry;
pub mod janus;
pub mod phone;
pub mod view;

use thiserror::Error;
use zeroize::Zeroizing;

/// Where the central reaches the video platform, and where browsers do.
#[derive(Clone)]
pub struct VideoAccess {
    /// The platform's HTTP API as the central reaches it, e.g. `http://127.0.0.1:8088/janus`.
    pub url: String,
    /// The same API as phones and clerks' browsers reach it.
    pub public_url: String,
    /// The VideoRoom plugin's `admin_key`, without which no room can be created.
    pub admin_key: Zeroizing<String>,
}

impl std::fmt::Debug for VideoAccess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VideoAccess")
            .field("url", &self.url)
            .field("public_url", &self.public_url)
            .finish_non_exhaustive()
    }
}

/// A room on the platform: its number, the PIN that lets browsers join and the secret
/// that lets the central close it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    /// The platform's room number.
    pub id: u64,
    /// What a participant must give to join.
    pub pin: String,
    /// What closing the room takes.
    pub secret: String,
}

/// Why the platform did not do what was asked; German, for the log.
#[derive(Debug, Error)]
pub enum CallError {
    /// The platform could not be reached, or answered what the API does not say.
    #[error("Die Videoplattform ist nicht erreichbar: {0}")]
    Unreachable(String),
    /// The platform refused, with its error code.
    #[error("Die Videoplattform hat abgelehnt: {code}: {reason}")]
    Refused {
        /// The platform's (or the plugin's) error code.
        code: i64,
        /// Its reason.
        reason: String,
    },
    /// No random numbers for the room's PIN.
    #[error("{0}")]
    Entropy(#[from] crate::secrets::NoEntropy),
}
