//! What the card remembers between two commands of one session — from power
//! on (or reset) to power off or removal: selected file, PACE in progress,
//! secure channel and which password opened it.

use super::pace::PaceRun;
use super::secure_messaging::SecureChannel;
use crate::openpace::PasswordKind;

/// Volatile card state; `Session::default()` is the state after reset.
#[derive(Default)]
pub struct Session {
    /// File id of the currently selected EF.
    pub selected_file: Option<u16>,
    /// Password chosen by the last MSE:Set AT.
    pub pace_password: Option<PasswordKind>,
    /// The PACE run between GENERAL AUTHENTICATE steps.
    pub pace_run: Option<PaceRun>,
    /// The secure channel of the last successful PACE.
    pub channel: Option<SecureChannel>,
    /// The password of the PACE that opened `channel`.
    pub authenticated_with: Option<PasswordKind>,
    /// A PACE with the CAN succeeded in this session (resumes a suspended PIN).
    pub pin_resumed: bool,
}

impl Session {
    /// Ends secure messaging and the security status it carried.
    pub fn close_channel(&mut self) {
        self.channel = None;
        self.authenticated_with = None;
    }
}
