//! The Bürgerkoffer station: its domain and storage, without any UI.
//!
//! - [`store`]: the SQLite file of this station laptop (checked, migrated).
//! - [`tickets`], [`kinds`], [`desks`], [`wait`] and [`time_window`]: waiting numbers
//!   for a kind of matter, the desks that call them, the expected waiting time and the
//!   window in which to be back.
//! - [`catalogue`]: the city's online services, with typo-tolerant search; [`lang`]:
//!   the kiosk's languages and which catalogue language each reads.
//! - [`plan`]: where and when the mobile station stands; the station selected here.
//! - [`staff_pin`]: the PIN that opens the staff window.
//! - [`printer_setup`]: the receipt printer's address and its last problem.
//! - [`qr`]: QR codes as SVG; [`girocode`]: a transfer of a fee to the city as an EPC
//!   QR code.
//! - [`figures`]: the figures per day (visitors, waits, PIN workflows, requests, QR
//!   codes shown), without personal data, and as CSV ([`figures_csv`]);
//!   [`help_calls`]: citizens' calls for staff.
//! - [`requests`]: citizen requests, validated and sealed, recorded with their
//!   [`outbox`] item; [`sync`] brings them to the central, and books appointments
//!   through it ([`appointments`]: the booked appointment as a calendar entry).
//! - [`clock`]: Potsdam's local day and time.
//! - [`error`]: [`StationError`] with stable codes and German messages.

pub mod appointments;
mod assets;
pub mod catalogue;
pub mod clock;
pub mod desks;
pub mod error;
pub mod figures;
pub mod figures_csv;
pub mod girocode;
pub mod help_calls;
pub mod kinds;
pub mod lang;
pub mod outbox;
pub mod plan;
pub mod printer_setup;
pub mod qr;
pub mod requests;
pub mod staff_pin;
pub mod store;
pub mod sync;
pub mod tickets;
pub mod time_window;
pub mod video_calls;
mod wait;

pub use error::{Result, StationError};
pub use store::Store;
