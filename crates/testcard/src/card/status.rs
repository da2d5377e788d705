//! The status words the card answers with (ISO/IEC 7816-4, BSI TR-03110 Part 3,
//! and as the BSI's PersoSim nPA simulator and AusweisApp read them).

use eid::apdu::StatusWord;

use crate::openpace::OpenPaceError;

/// `9000`: normal processing.
pub const SUCCESS: StatusWord = StatusWord(0x9000);
/// `6282`: end of file reached before `Ne` bytes were read.
pub const END_OF_FILE: StatusWord = StatusWord(0x6282);
/// `6283`: MSE:Set AT for the PIN of a card whose eID function is deactivated.
pub const PIN_DEACTIVATED: StatusWord = StatusWord(0x6283);
/// `6300`: authentication failed (PACE with CAN or PUK: wrong token).
pub const AUTHENTICATION_FAILED: StatusWord = StatusWord(0x6300);
/// `6700`: the command's length fields are inconsistent.
pub const WRONG_LENGTH: StatusWord = StatusWord(0x6700);
/// `6982`: security status not satisfied (no or the wrong PACE, or no secure
/// messaging); for RESET RETRY COUNTER after PUK PACE: the PUK is used up.
pub const SECURITY_STATUS_NOT_SATISFIED: StatusWord = StatusWord(0x6982);
/// `6983`: authentication method blocked (PIN retry counter at 0).
pub const AUTHENTICATION_METHOD_BLOCKED: StatusWord = StatusWord(0x6983);
/// `6984`: reference data not usable (PACE with the PIN of a deactivated eID).
pub const REFERENCE_DATA_NOT_USABLE: StatusWord = StatusWord(0x6984);
/// `6985`: conditions of use not satisfied (PIN suspended and not resumed by CAN).
pub const CONDITIONS_NOT_SATISFIED: StatusWord = StatusWord(0x6985);
/// `6988`: secure messaging data objects missing or wrong (bad MAC).
pub const SM_DATA_OBJECTS_INCORRECT: StatusWord = StatusWord(0x6988);
/// `6A80`: wrong data.
pub const WRONG_DATA: StatusWord = StatusWord(0x6A80);
/// `6A82`: file not found.
pub const FILE_NOT_FOUND: StatusWord = StatusWord(0x6A82);
/// `6A86`: wrong P1/P2.
pub const WRONG_P1_P2: StatusWord = StatusWord(0x6A86);
/// `6A88`: referenced data (password, protocol) not found.
pub const REFERENCE_DATA_NOT_FOUND: StatusWord = StatusWord(0x6A88);
/// `6B00`: offset outside the file.
pub const WRONG_OFFSET: StatusWord = StatusWord(0x6B00);
/// `6D00`: instruction not supported.
pub const INS_NOT_SUPPORTED: StatusWord = StatusWord(0x6D00);
/// `6E00`: class not supported.
pub const CLA_NOT_SUPPORTED: StatusWord = StatusWord(0x6E00);
/// `6F00`: the card failed internally (an OpenPACE call failed).
pub const NO_PRECISE_DIAGNOSIS: StatusWord = StatusWord(0x6F00);

/// `63CX`: a PIN with `tries_left` tries (0 blocked, 1 suspended).
pub fn pin_tries_left(tries_left: u8) -> StatusWord {
    StatusWord(0x63C0 | u16::from(tries_left.min(0x0F)))
}

/// An OpenPACE failure inside a command is the card's own fault: `6F00`
/// (the failure goes to stderr; OpenPACE errors hold no secrets).
impl From<OpenPaceError> for StatusWord {
    fn from(error: OpenPaceError) -> Self {
        eprintln!("testcard: {error}");
        NO_PRECISE_DIAGNOSIS
    }
}
