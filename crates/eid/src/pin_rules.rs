//! Rules for what the citizen types: the form of each password (Transport
//! PIN 5 digits, PIN and CAN 6, PUK 10) and the rules a new PIN must follow
//! (6 digits, not all the same, not a plain ascending or descending run).
//!
//! Checked before anything reaches the card, so a typing slip never costs a
//! try. The card itself accepts any 6 digits; the extra rules keep citizens
//! away from PINs that are guessed first.

use crate::secret::Secret;

/// Digits of a PIN chosen by the citizen.
pub const PIN_LEN: usize = 6;
/// Digits of the Transport PIN in the letter that comes with a new card.
pub const TRANSPORT_PIN_LEN: usize = 5;
/// Digits of the card access number printed on the card.
pub const CAN_LEN: usize = 6;
/// Digits of the PUK in the PIN letter.
pub const PUK_LEN: usize = 10;

/// Which rule a proposed new PIN breaks (the IPC names them in `eid_new_pin_rule`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinRule {
    /// Not exactly six characters.
    #[error("the new PIN must have exactly 6 digits")]
    Length,
    /// A character that is not a digit 0–9.
    #[error("the new PIN may only contain digits")]
    Digits,
    /// Six times the same digit (`111111`).
    #[error("the new PIN must not be one digit six times")]
    AllSame,
    /// A plain run up or down (`123456`, `654321`, also across 9→0 like `890123`).
    #[error("the new PIN must not be a plain ascending or descending sequence")]
    Sequence,
}

impl PinRule {
    /// The `rule` value of the IPC error `eid_new_pin_rule`.
    pub fn code(self) -> &'static str {
        match self {
            PinRule::Length => "length",
            PinRule::Digits => "digits",
            PinRule::AllSame => "all_same",
            PinRule::Sequence => "sequence",
        }
    }
}

/// Checks a proposed new PIN against all rules (length first, then digits).
pub fn check_new_pin(pin: &Secret) -> Result<(), PinRule> {
    let digits = pin.expose();
    if digits.len() != PIN_LEN {
        return Err(PinRule::Length);
    }
    if !digits.iter().all(u8::is_ascii_digit) {
        return Err(PinRule::Digits);
    }
    if digits.iter().all(|&digit| digit == digits[0]) {
        return Err(PinRule::AllSame);
    }
    let steps_by = |step: u8| {
        digits
            .windows(2)
            .all(|pair| (pair[0] - b'0' + step) % 10 == pair[1] - b'0')
    };
    if steps_by(1) || steps_by(9) {
        return Err(PinRule::Sequence);
    }
    Ok(())
}

/// A password the citizen types, with the length the card expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordKind {
    /// The 5-digit Transport PIN of a new card.
    TransportPin,
    /// The 6-digit PIN.
    Pin,
    /// The 6-digit card access number.
    Can,
    /// The 10-digit PUK.
    Puk,
}

impl PasswordKind {
    /// How many digits this password has.
    pub fn digits(self) -> usize {
        match self {
            PasswordKind::TransportPin => TRANSPORT_PIN_LEN,
            PasswordKind::Pin => PIN_LEN,
            PasswordKind::Can => CAN_LEN,
            PasswordKind::Puk => PUK_LEN,
        }
    }
}

/// A typed password that does not have the form of `kind` (its value is never kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the {kind:?} must have exactly {} digits", kind.digits())]
pub struct FormatError {
    /// Which password was mistyped.
    pub kind: PasswordKind,
}

/// Checks that `secret` has the form of `kind` (only digits, the right count).
pub fn check_format(kind: PasswordKind, secret: &Secret) -> Result<(), FormatError> {
    let digits = secret.expose();
    if digits.len() == kind.digits() && digits.iter().all(u8::is_ascii_digit) {
        Ok(())
    } else {
        Err(FormatError { kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(pin: &str) -> Result<(), PinRule> {
        check_new_pin(&Secret::new(pin.to_owned()))
    }

    #[test]
    fn good_pins_pass() {
        for pin in [
            "482915", "112233", "123457", "024680", "135791", "000001", "909090",
        ] {
            assert_eq!(rule(pin), Ok(()), "{pin}");
        }
    }

    #[test]
    fn each_rule_is_named() {
        assert_eq!(rule("12345"), Err(PinRule::Length));
        assert_eq!(rule("1234567"), Err(PinRule::Length));
        assert_eq!(rule(""), Err(PinRule::Length));
        assert_eq!(rule("12a456"), Err(PinRule::Digits));
        assert_eq!(rule("12 456"), Err(PinRule::Digits));
        assert_eq!(rule("000000"), Err(PinRule::AllSame));
        assert_eq!(rule("999999"), Err(PinRule::AllSame));
        for run in [
            "123456", "234567", "456789", "012345", "890123", "654321", "987654", "321098",
        ] {
            assert_eq!(rule(run), Err(PinRule::Sequence), "{run}");
        }
    }

    #[test]
    fn rule_codes_match_the_ipc_contract() {
        let codes: Vec<_> = [
            PinRule::Length,
            PinRule::Digits,
            PinRule::AllSame,
            PinRule::Sequence,
        ]
        .map(PinRule::code)
        .to_vec();
        assert_eq!(codes, ["length", "digits", "all_same", "sequence"]);
    }

    #[test]
    fn password_forms() {
        let secret = |text: &str| Secret::new(text.to_owned());
        assert!(check_format(PasswordKind::TransportPin, &secret("12345")).is_ok());
        assert!(check_format(PasswordKind::TransportPin, &secret("123456")).is_err());
        assert!(check_format(PasswordKind::Pin, &secret("123456")).is_ok());
        assert!(check_format(PasswordKind::Can, &secret("12345a")).is_err());
        assert!(check_format(PasswordKind::Puk, &secret("1234567890")).is_ok());
        let error = check_format(PasswordKind::Puk, &secret("98765")).unwrap_err();
        assert!(!error.to_string().contains("98765"));
        assert!(error.to_string().contains("10 digits"));
    }
}
