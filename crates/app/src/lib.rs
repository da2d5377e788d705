//! The station's use cases, called by both faces of the Bürgerkoffer: the kiosk's
//! Tauri commands (`src-tauri`) and the `bk` command line (`crates/bk`). Each use
//! case is written here once; the faces only turn their input into a call and the
//! result into their output (docs/ipc.md, docs/station.md).
//!
//! - [`Station`]: the open station (store, catalogue, plan), opened from
//!   [`StationPaths`].
//! - [`card`]: the card desk — PIN state, change, resume, unblock, check — with the
//!   day's counting.
//! - [`tickets`]: draw, list, call, mark waiting tickets; [`desks`]: the desks and
//!   the kinds of matter offered; [`printing`]: the receipt printer; [`calls`]: the
//!   call display's board and the watch that sounds each new call.
//! - [`services`]: the online services and their QR codes, most asked first.
//! - [`figures`]: the station's figures (Kennzahlen) of a period, and as CSV;
//!   [`day`]: the day's appointments and fees.
//! - [`staff`]: staff PIN, station plan and selection, overview.
//! - [`requests`]: citizens' requests into the sealed outbox; [`appointments`]:
//!   appointments booked through the central.
//! - [`SyncDesk`]: the background sync and its status.
//! - [`AppError`]: the one error, with stable codes; [`messages`]: the staff texts
//!   from the Fluent catalogue.

pub mod appointments;
pub mod calls;
pub mod card;
pub mod day;
pub mod desks;
pub mod error;
pub mod figures;
pub mod messages;
pub mod printing;
pub mod requests;
pub mod services;
pub mod staff;
mod station;
pub mod sync_desk;
pub mod tickets;
pub mod video;

pub use card::CardDesk;
pub use error::{AppError, AppResult};
pub use station::{FailedPart, OpenFailure, Station, StationPaths, SERVICES_FILE, STATIONS_FILE};
pub use sync_desk::SyncDesk;
