//! A virtual German eID card (nPA) for tests and demos: it speaks the vpcd
//! socket protocol of `vsmartcard-vpcd`, so pcscd shows it in a reader
//! `Virtual PCD 00 0x`, and runs PACE and secure messaging with OpenPACE's
//! card-side functions, so our own terminal code is checked against an
//! implementation that is not ours. [`harness`] puts one in a reader for an
//! integration test. Never shipped.

pub mod card;
pub mod card_access;
pub mod control;
pub mod faults;
pub mod harness;
pub mod openpace;
pub mod presence;
pub mod runner;
pub mod vpcd;
