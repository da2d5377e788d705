//! The card's passwords and their counters: PIN (retry counter, suspended at
//! 1, blocked at 0), CAN, PUK (usable a limited number of times), Transport PIN
//! state and the deactivated-eID flag. Counters live as long as the process —
//! like the chip's EEPROM — and are never written anywhere; the secrets are
//! zeroized on drop and never shown by `Debug`.

use std::fmt;

use eid::apdu::StatusWord;
use zeroize::Zeroizing;

use super::status;
use crate::openpace::PasswordKind;

/// Length of a PIN chosen by the holder.
pub const PIN_LEN: usize = 6;
/// Length of the Transport PIN sent with a new card.
pub const TRANSPORT_PIN_LEN: usize = 5;
const CAN_LEN: usize = 6;
const PUK_LEN: usize = 10;

/// The card's secrets as given at start.
pub struct Secrets {
    /// The PIN in ASCII digits: 5 for a Transport PIN, 6 for a PIN chosen by the holder.
    pub pin: Zeroizing<Vec<u8>>,
    /// The Card Access Number: 6 ASCII digits.
    pub can: Zeroizing<Vec<u8>>,
    /// The PUK, which unblocks the PIN: 10 ASCII digits.
    pub puk: Zeroizing<Vec<u8>>,
}

impl Default for Secrets {
    /// The demo card: Transport PIN 12345, CAN 123456, PUK 1234567890.
    fn default() -> Self {
        Secrets {
            pin: Zeroizing::new(b"12345".to_vec()),
            can: Zeroizing::new(b"123456".to_vec()),
            puk: Zeroizing::new(b"1234567890".to_vec()),
        }
    }
}

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secrets(<redacted>)")
    }
}

/// A secret of the wrong form was given at start (the secret itself is not named).
#[derive(Debug, thiserror::Error)]
pub enum InvalidSecret {
    /// The PIN is not 5 or 6 ASCII digits.
    #[error("the PIN must have 5 (Transport PIN) or 6 digits")]
    Pin,
    /// The CAN is not 6 ASCII digits.
    #[error("the CAN must have 6 digits")]
    Can,
    /// The PUK is not 10 ASCII digits.
    #[error("the PUK must have 10 digits")]
    Puk,
    /// The PIN tries are outside 1 to 15, or the PUK uses are 0.
    #[error("the PIN needs 1 to 15 tries and the PUK 1 to 255 uses")]
    Counter,
}

/// What the control channel may tell about the passwords (never the secrets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordStatus {
    /// PACE tries with the PIN left: suspended at 1, blocked at 0.
    pub pin_tries_left: u8,
    /// How often the PUK may still unblock the PIN.
    pub puk_uses_left: u8,
    /// The PIN is still the 5-digit Transport PIN, not yet changed.
    pub transport_pin: bool,
    /// The eID function is deactivated: PACE with the PIN is refused.
    pub deactivated: bool,
}

/// The card's passwords and counters.
pub struct Passwords {
    secrets: Secrets,
    pin_tries_max: u8,
    pin_tries_left: u8,
    puk_uses_left: u8,
    transport_pin: bool,
    deactivated: bool,
}

impl fmt::Debug for Passwords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Passwords")
            .field("status", &self.status())
            .finish_non_exhaustive()
    }
}

fn all_digits(secret: &[u8], lengths: &[usize]) -> bool {
    lengths.contains(&secret.len()) && secret.iter().all(u8::is_ascii_digit)
}

impl Passwords {
    /// Checks the secrets' form; a 5-digit PIN puts the card in Transport PIN state.
    pub fn new(
        secrets: Secrets,
        pin_tries: u8,
        puk_uses: u8,
        deactivated: bool,
    ) -> Result<Self, InvalidSecret> {
        if !all_digits(&secrets.pin, &[TRANSPORT_PIN_LEN, PIN_LEN]) {
            return Err(InvalidSecret::Pin);
        }
        if !all_digits(&secrets.can, &[CAN_LEN]) {
            return Err(InvalidSecret::Can);
        }
        if !all_digits(&secrets.puk, &[PUK_LEN]) {
            return Err(InvalidSecret::Puk);
        }
        if !(1..=15).contains(&pin_tries) || puk_uses == 0 {
            return Err(InvalidSecret::Counter);
        }
        let transport_pin = secrets.pin.len() == TRANSPORT_PIN_LEN;
        Ok(Passwords {
            secrets,
            pin_tries_max: pin_tries,
            pin_tries_left: pin_tries,
            puk_uses_left: puk_uses,
            transport_pin,
            deactivated,
        })
    }

    /// The counters and flags, without secrets.
    pub fn status(&self) -> PasswordStatus {
        PasswordStatus {
            pin_tries_left: self.pin_tries_left,
            puk_uses_left: self.puk_uses_left,
            transport_pin: self.transport_pin,
            deactivated: self.deactivated,
        }
    }

    /// The secret PACE runs with; `None` for the MRZ, which this card has not.
    pub fn secret(&self, kind: PasswordKind) -> Option<&[u8]> {
        match kind {
            PasswordKind::Pin => Some(&self.secrets.pin),
            PasswordKind::Can => Some(&self.secrets.can),
            PasswordKind::Puk => Some(&self.secrets.puk),
            PasswordKind::Mrz => None,
        }
    }

    /// The status word of MSE:Set AT for `kind`: for the PIN `6283` if the eID
    /// is deactivated, `9000` at full tries, otherwise `63CX`.
    pub fn set_at_status(&self, kind: PasswordKind) -> StatusWord {
        if kind != PasswordKind::Pin {
            status::SUCCESS
        } else if self.deactivated {
            status::PIN_DEACTIVATED
        } else if self.pin_tries_left == self.pin_tries_max {
            status::SUCCESS
        } else {
            status::pin_tries_left(self.pin_tries_left)
        }
    }

    /// Why PACE with the PIN may not succeed now, whatever the terminal proves:
    /// deactivated eID, blocked PIN, or suspended PIN not resumed by a CAN PACE.
    pub fn pin_refusal(&self, resumed_by_can: bool) -> Option<StatusWord> {
        if self.deactivated {
            Some(status::REFERENCE_DATA_NOT_USABLE)
        } else if self.pin_tries_left == 0 {
            Some(status::AUTHENTICATION_METHOD_BLOCKED)
        } else if self.pin_tries_left == 1 && !resumed_by_can {
            Some(status::CONDITIONS_NOT_SATISFIED)
        } else {
            None
        }
    }

    /// A PACE with the PIN failed: one try less; returns `63CX`.
    pub fn pin_failed(&mut self) -> StatusWord {
        self.pin_tries_left = self.pin_tries_left.saturating_sub(1);
        status::pin_tries_left(self.pin_tries_left)
    }

    /// A PACE with the PIN succeeded: the retry counter is full again.
    pub fn pin_succeeded(&mut self) {
        self.pin_tries_left = self.pin_tries_max;
    }

    /// RESET RETRY COUNTER with a new PIN (after PIN PACE): 6 digits, in ASCII.
    pub fn change_pin(&mut self, new_pin: &[u8]) -> Result<(), StatusWord> {
        if !all_digits(new_pin, &[PIN_LEN]) {
            return Err(status::WRONG_DATA);
        }
        self.secrets.pin = Zeroizing::new(new_pin.to_vec());
        self.pin_tries_left = self.pin_tries_max;
        self.transport_pin = false;
        Ok(())
    }

    /// RESET RETRY COUNTER without data (after PUK PACE): unblocks the PIN and
    /// uses up one PUK use; `6982` once the PUK is used up.
    pub fn unblock_pin(&mut self) -> Result<(), StatusWord> {
        if self.puk_uses_left == 0 {
            return Err(status::SECURITY_STATUS_NOT_SATISFIED);
        }
        self.puk_uses_left -= 1;
        self.pin_tries_left = self.pin_tries_max;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(pin: &[u8]) -> Passwords {
        let secrets = Secrets {
            pin: Zeroizing::new(pin.to_vec()),
            ..Secrets::default()
        };
        Passwords::new(secrets, 3, 2, false).unwrap()
    }

    #[test]
    fn pin_counter_walks_from_ready_over_suspended_to_blocked() {
        let mut passwords = card(b"123456");
        assert_eq!(passwords.set_at_status(PasswordKind::Pin), status::SUCCESS);
        assert_eq!(passwords.pin_failed(), StatusWord(0x63C2));
        assert_eq!(
            passwords.set_at_status(PasswordKind::Pin),
            StatusWord(0x63C2)
        );
        assert_eq!(passwords.pin_refusal(false), None);
        assert_eq!(passwords.pin_failed(), StatusWord(0x63C1));
        assert_eq!(
            passwords.pin_refusal(false),
            Some(status::CONDITIONS_NOT_SATISFIED)
        );
        assert_eq!(passwords.pin_refusal(true), None);
        assert_eq!(passwords.pin_failed(), StatusWord(0x63C0));
        assert_eq!(
            passwords.set_at_status(PasswordKind::Pin),
            StatusWord(0x63C0)
        );
        assert_eq!(
            passwords.pin_refusal(true),
            Some(status::AUTHENTICATION_METHOD_BLOCKED)
        );
    }

    #[test]
    fn puk_unblocks_until_used_up() {
        let mut passwords = card(b"123456");
        for _ in 0..3 {
            passwords.pin_failed();
        }
        assert_eq!(passwords.unblock_pin(), Ok(()));
        assert_eq!(passwords.status().pin_tries_left, 3);
        assert_eq!(passwords.unblock_pin(), Ok(()));
        assert_eq!(
            passwords.unblock_pin(),
            Err(status::SECURITY_STATUS_NOT_SATISFIED)
        );
        assert_eq!(passwords.status().puk_uses_left, 0);
    }

    #[test]
    fn changing_the_transport_pin_ends_transport_state() {
        let mut passwords = card(b"12345");
        assert!(passwords.status().transport_pin);
        assert_eq!(passwords.change_pin(b"12345"), Err(status::WRONG_DATA));
        assert_eq!(passwords.change_pin(b"65432a"), Err(status::WRONG_DATA));
        assert_eq!(passwords.change_pin(b"654321"), Ok(()));
        assert!(!passwords.status().transport_pin);
        assert_eq!(passwords.secret(PasswordKind::Pin), Some(&b"654321"[..]));
    }

    #[test]
    fn deactivated_eid_reports_6283_and_refuses_pin_pace() {
        let passwords = Passwords::new(Secrets::default(), 3, 10, true).unwrap();
        assert_eq!(
            passwords.set_at_status(PasswordKind::Pin),
            status::PIN_DEACTIVATED
        );
        assert_eq!(passwords.set_at_status(PasswordKind::Can), status::SUCCESS);
        assert_eq!(
            passwords.pin_refusal(true),
            Some(status::REFERENCE_DATA_NOT_USABLE)
        );
    }

    #[test]
    fn malformed_secrets_are_refused_without_echoing_them() {
        let secrets = Secrets {
            can: Zeroizing::new(b"12345".to_vec()),
            ..Secrets::default()
        };
        let error = Passwords::new(secrets, 3, 10, false).unwrap_err();
        assert!(!error.to_string().contains("12345"));
        assert!(format!("{:?}", Secrets::default()).contains("redacted"));
    }
}
