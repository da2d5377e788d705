//! The station's sync against a scripted central on a loopback port
//! ([`fake_central`]): what the station does with each kind of answer.

#[path = "../common/mod.rs"]
mod common;
mod fake_central;

mod answers;
mod dead_letters;
mod limits;
mod revoked;
mod url;
