//! The Bürgerkoffer central backend (`bk-central`): receives the stations' sealed
//! items over the sync API, serves the signed configuration, runs the back office in
//! the browser for clerks and admins, applies retention, and imports USB export files.
//!
//! Data flows: station API ([`server`]), back office ([`web`]) or terminal ([`cli`])
//! → [`store`] (SQLite); keys live in [`keys`]; accounts in [`accounts`]; decryption
//! for the back office in [`backoffice`], the station binding of seals in [`sealing`];
//! publishing in [`publish`], names and fees from what was published in [`published`];
//! deletion after the retention period in [`retention`]. Appointments at the Bürgerservicecenter are
//! booked in the city's appointment system through [`appointments`].

pub mod accounts;
pub mod appointments;
pub mod backoffice;
pub mod baseline;
pub mod calls;
pub mod checkout;
pub mod cli;
pub mod documents;
pub mod import;
pub mod keys;
pub mod outbound;
pub mod payments;
pub mod phone;
pub mod publish;
pub mod published;
pub mod retention;
pub mod sealing;
pub mod secrets;
pub mod server;
pub mod store;
pub mod upload;
pub mod web;
