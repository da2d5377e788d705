//! The card itself: an nPA-like application answering command APDUs. Only
//! `Card` is visible outside; its parts each do one job.

mod commands;
mod fs;
mod pace;
mod pins;
mod secure_messaging;
mod session;
pub mod status;

pub use commands::{Card, NPA_ATR};
pub use fs::{DIR_SFI, EID_AID, SM_TEST_FILE_CONTENT, SM_TEST_FILE_ID, SM_TEST_FILE_SFI};
pub use pins::{InvalidSecret, PasswordStatus, Passwords, Secrets};
