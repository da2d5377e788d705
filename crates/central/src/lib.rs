//! The Bürgerkoffer central backend (`bk-central`): receives the stations' sealed
//! items over the sync API, serves the signed configuration, lets the back office
//! read (decrypt) requests and mark them done, and imports USB export files.
//!
//! Data flows: HTTP ([`server`]) or terminal ([`cli`]) → [`store`] (SQLite); keys
//! live in [`keys`]; decryption for the back office in [`backoffice`].

pub mod backoffice;
pub mod baseline;
pub mod cli;
pub mod import;
pub mod keys;
pub mod secrets;
pub mod server;
pub mod store;
