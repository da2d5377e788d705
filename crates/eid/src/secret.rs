//! The citizen's secrets (PIN, CAN, PUK, MRZ data) in zeroizing buffers.
//!
//! A [`Secret`] never shows its bytes in `Debug` output and wipes them on
//! drop. The PACE password π is derived from it here: the ASCII digits for
//! CAN, PIN and PUK, `SHA-1(MRZ information)` for the MRZ (ICAO 9303-11 §4.4.1).

use sha1::{Digest, Sha1};
use std::fmt;
use zeroize::{Zeroize, Zeroizing};

/// A password of the card holder, wiped from memory when dropped.
#[derive(Clone, Zeroize, zeroize::ZeroizeOnDrop)]
pub struct Secret(Vec<u8>);

impl Secret {
    /// Takes ownership of `text` (no copy is left behind).
    pub fn new(text: String) -> Self {
        Secret(text.into_bytes())
    }

    /// Takes ownership of raw bytes.
    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Secret(bytes)
    }

    /// The secret bytes, for the PACE computation only.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Number of bytes (a 6-digit PIN has 6).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the secret is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Which password PACE runs with (the password reference of MSE:Set AT, TR-03110 Part 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PasswordRef {
    /// Machine readable zone (ref 1).
    Mrz,
    /// Card access number (ref 2).
    Can,
    /// eID PIN, also the Transport PIN (ref 3).
    Pin,
    /// PIN unblocking key (ref 4).
    Puk,
}

impl PasswordRef {
    /// The reference byte sent in DO `83` of MSE:Set AT.
    pub fn reference(self) -> u8 {
        match self {
            PasswordRef::Mrz => 1,
            PasswordRef::Can => 2,
            PasswordRef::Pin => 3,
            PasswordRef::Puk => 4,
        }
    }

    /// The PACE password π for `secret` (TR-03110 Part 3 §A.3 / ICAO 9303-11 §4.4.1):
    /// the MRZ information is hashed with SHA-1, other passwords are used as they are.
    pub fn pace_password(self, secret: &Secret) -> Zeroizing<Vec<u8>> {
        match self {
            PasswordRef::Mrz => Zeroizing::new(Sha1::digest(secret.expose()).to_vec()),
            _ => Zeroizing::new(secret.expose().to_vec()),
        }
    }
}

/// Why MRZ fields cannot form the MRZ information.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrzError {
    /// A field holds a character outside `0-9`, `A-Z` and `<`.
    #[error("MRZ field {field} contains a character outside 0-9, A-Z and '<'")]
    InvalidCharacter {
        /// Which field: "document number", "date of birth" or "date of expiry".
        field: &'static str,
    },
    /// A date is not six characters (YYMMDD) or the document number is empty or over 9 characters.
    #[error("MRZ field {field} has the wrong length")]
    WrongLength {
        /// Which field.
        field: &'static str,
    },
}

/// The MRZ information used as PACE password: document number, date of
/// birth and date of expiry (YYMMDD), each followed by its check digit
/// (ICAO 9303-3 §4.9). The document number is padded with `<` to 9 characters.
pub fn mrz_information(
    document_number: &str,
    date_of_birth: &str,
    date_of_expiry: &str,
) -> Result<Secret, MrzError> {
    if document_number.is_empty() || document_number.len() > 9 {
        return Err(MrzError::WrongLength {
            field: "document number",
        });
    }
    let mut info = String::with_capacity(24);
    let fields = [
        ("document number", format!("{document_number:<<9}")),
        ("date of birth", date_of_birth.to_owned()),
        ("date of expiry", date_of_expiry.to_owned()),
    ];
    for (field, value) in fields {
        if field != "document number" && value.len() != 6 {
            return Err(MrzError::WrongLength { field });
        }
        let digit = check_digit(&value).ok_or(MrzError::InvalidCharacter { field })?;
        info.push_str(&value);
        info.push(char::from(b'0' + digit));
    }
    Ok(Secret::new(info))
}

/// ICAO 9303-3 check digit (weights 7, 3, 1); `None` for characters outside 0-9, A-Z, `<`.
fn check_digit(field: &str) -> Option<u8> {
    let mut sum = 0u32;
    for (index, character) in field.bytes().enumerate() {
        let value = match character {
            b'0'..=b'9' => u32::from(character - b'0'),
            b'A'..=b'Z' => u32::from(character - b'A') + 10,
            b'<' => 0,
            _ => return None,
        };
        sum += value * [7, 3, 1][index % 3];
    }
    Some((sum % 10) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mrz_information_of_icao_appendix_g() {
        let info = mrz_information("T22000129", "640812", "101031").unwrap();
        assert_eq!(info.expose(), b"T22000129364081251010318");
        let password = PasswordRef::Mrz.pace_password(&info);
        assert_eq!(
            password.as_slice(),
            [
                0x7E, 0x2D, 0x2A, 0x41, 0xC7, 0x4E, 0xA0, 0xB3, 0x8C, 0xD3, 0x6F, 0x86, 0x39, 0x39,
                0xBF, 0xA8, 0xE9, 0x03, 0x2A, 0xAD
            ]
        );
    }

    #[test]
    fn short_document_numbers_are_padded() {
        let info = mrz_information("L01X00T4", "640812", "101031").unwrap();
        assert!(info.expose().starts_with(b"L01X00T4<"));
    }

    #[test]
    fn bad_mrz_fields_are_refused() {
        assert_eq!(
            mrz_information("t2200", "640812", "101031").unwrap_err(),
            MrzError::InvalidCharacter {
                field: "document number"
            }
        );
        assert_eq!(
            mrz_information("T22000129", "6408", "101031").unwrap_err(),
            MrzError::WrongLength {
                field: "date of birth"
            }
        );
        assert!(mrz_information("", "640812", "101031").is_err());
    }

    #[test]
    fn debug_hides_the_secret() {
        let secret = Secret::new("123456".into());
        assert_eq!(format!("{secret:?}"), "Secret(***)");
        assert_eq!(secret.len(), 6);
    }

    #[test]
    fn digit_passwords_are_used_as_ascii() {
        let secret = Secret::new("123456".into());
        assert_eq!(
            PasswordRef::Pin.pace_password(&secret).as_slice(),
            b"123456"
        );
        assert_eq!(PasswordRef::Puk.reference(), 4);
    }
}
