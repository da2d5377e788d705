//! Object identifiers: DER content encoding and the PACE protocol OIDs.
//!
//! An [`Oid`] keeps the DER content bytes (what follows tag `06` and the
//! length) and prints in dotted form. [`PaceProtocol`] reads the mapping,
//! key agreement and cipher out of an `id-PACE-*` OID (TR-03110 Part 3 §A.1.1).

use std::fmt;

/// Why bytes are not a DER object identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OidError {
    /// No bytes at all.
    #[error("empty object identifier")]
    Empty,
    /// The last sub-identifier has its continuation bit set.
    #[error("object identifier ends inside a sub-identifier")]
    Truncated,
    /// A sub-identifier starts with `80` (not minimally encoded).
    #[error("object identifier has a non-minimal sub-identifier")]
    NonMinimal,
    /// A sub-identifier does not fit 64 bits.
    #[error("object identifier has a sub-identifier above 2^64")]
    ArcTooLarge,
}

/// An object identifier, kept as its DER content bytes.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Oid(Vec<u8>);

impl Oid {
    /// Checks and takes DER content bytes.
    pub fn from_der_content(bytes: &[u8]) -> Result<Self, OidError> {
        arcs_of(bytes)?;
        Ok(Oid(bytes.to_vec()))
    }

    /// The DER content bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The arcs (`0.4.0.127…`).
    pub fn arcs(&self) -> Vec<u64> {
        // Checked when the Oid was made.
        arcs_of(&self.0).unwrap_or_default()
    }

    /// Whether `prefix` is this OID or one of its ancestors.
    pub fn starts_with(&self, prefix: &Oid) -> bool {
        // A valid OID ends on a complete sub-identifier, so a byte prefix is an arc prefix.
        self.0.starts_with(&prefix.0)
    }
}

/// Decodes DER content bytes into arcs.
fn arcs_of(bytes: &[u8]) -> Result<Vec<u64>, OidError> {
    if bytes.is_empty() {
        return Err(OidError::Empty);
    }
    let mut subidentifiers = Vec::new();
    let mut value: u64 = 0;
    let mut start = true;
    for &byte in bytes {
        if start && byte == 0x80 {
            return Err(OidError::NonMinimal);
        }
        if value > (u64::MAX >> 7) {
            return Err(OidError::ArcTooLarge);
        }
        value = (value << 7) | u64::from(byte & 0x7F);
        start = byte & 0x80 == 0;
        if start {
            subidentifiers.push(value);
            value = 0;
        }
    }
    if !start {
        return Err(OidError::Truncated);
    }
    let first = subidentifiers[0];
    let (arc0, arc1) = match first {
        0..=39 => (0, first),
        40..=79 => (1, first - 40),
        _ => (2, first - 80),
    };
    let mut arcs = vec![arc0, arc1];
    arcs.extend_from_slice(&subidentifiers[1..]);
    Ok(arcs)
}

impl fmt::Display for Oid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let arcs: Vec<String> = self.arcs().iter().map(u64::to_string).collect();
        f.write_str(&arcs.join("."))
    }
}

impl fmt::Debug for Oid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Oid({self})")
    }
}

/// `id-PACE` = 0.4.0.127.0.7.2.2.4 (bsi-de protocols smartcards 4).
pub const ID_PACE: [u8; 8] = [0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x04];

/// `id-PACE` as an [`Oid`].
pub fn id_pace() -> Oid {
    Oid(ID_PACE.to_vec())
}

/// How the nonce is mapped to the ephemeral generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mapping {
    /// Generic Mapping (GM).
    Generic,
    /// Integrated Mapping (IM).
    Integrated,
    /// Chip Authentication Mapping (CAM).
    ChipAuthentication,
}

/// The key agreement family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAgreement {
    /// Diffie-Hellman over a prime field.
    Dh,
    /// Elliptic curve Diffie-Hellman.
    Ecdh,
}

/// Symmetric cipher and key length of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cipher {
    /// Two-key 3DES with retail MAC.
    TripleDes,
    /// AES with 128-bit keys.
    Aes128,
    /// AES with 192-bit keys.
    Aes192,
    /// AES with 256-bit keys.
    Aes256,
}

impl Cipher {
    /// Key length in bytes.
    pub fn key_len(self) -> usize {
        match self {
            Cipher::TripleDes | Cipher::Aes128 => 16,
            Cipher::Aes192 => 24,
            Cipher::Aes256 => 32,
        }
    }
}

/// A PACE protocol as named by its OID `id-PACE.<mapping+agreement>.<cipher>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaceProtocol {
    /// Nonce mapping.
    pub mapping: Mapping,
    /// Key agreement.
    pub key_agreement: KeyAgreement,
    /// Session cipher.
    pub cipher: Cipher,
}

impl PaceProtocol {
    /// Reads a PACE OID; `None` if `oid` is not `id-PACE.x.y` with known x and y.
    pub fn from_oid(oid: &Oid) -> Option<Self> {
        let bytes = oid.as_bytes();
        let (prefix, rest) = bytes.split_at_checked(ID_PACE.len())?;
        let [family, cipher] = *rest else {
            return None;
        };
        if prefix != ID_PACE {
            return None;
        }
        let (mapping, key_agreement) = match family {
            1 => (Mapping::Generic, KeyAgreement::Dh),
            2 => (Mapping::Generic, KeyAgreement::Ecdh),
            3 => (Mapping::Integrated, KeyAgreement::Dh),
            4 => (Mapping::Integrated, KeyAgreement::Ecdh),
            6 => (Mapping::ChipAuthentication, KeyAgreement::Ecdh),
            _ => return None,
        };
        let cipher = match cipher {
            1 => Cipher::TripleDes,
            2 => Cipher::Aes128,
            3 => Cipher::Aes192,
            4 => Cipher::Aes256,
            _ => return None,
        };
        Some(PaceProtocol {
            mapping,
            key_agreement,
            cipher,
        })
    }

    /// The protocol's OID.
    pub fn oid(&self) -> Oid {
        let family = match (self.mapping, self.key_agreement) {
            (Mapping::Generic, KeyAgreement::Dh) => 1,
            (Mapping::Generic, KeyAgreement::Ecdh) => 2,
            (Mapping::Integrated, KeyAgreement::Dh) => 3,
            (Mapping::Integrated, KeyAgreement::Ecdh) => 4,
            (Mapping::ChipAuthentication, _) => 6,
        };
        let cipher = match self.cipher {
            Cipher::TripleDes => 1,
            Cipher::Aes128 => 2,
            Cipher::Aes192 => 3,
            Cipher::Aes256 => 4,
        };
        let mut bytes = ID_PACE.to_vec();
        bytes.extend_from_slice(&[family, cipher]);
        Oid(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pace_ecdh_gm_aes128_oid() {
        let bytes = [0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x04, 0x02, 0x02];
        let oid = Oid::from_der_content(&bytes).unwrap();
        assert_eq!(oid.to_string(), "0.4.0.127.0.7.2.2.4.2.2");
        let protocol = PaceProtocol::from_oid(&oid).unwrap();
        assert_eq!(
            protocol,
            PaceProtocol {
                mapping: Mapping::Generic,
                key_agreement: KeyAgreement::Ecdh,
                cipher: Cipher::Aes128
            }
        );
        assert_eq!(protocol.oid(), oid);
        assert!(oid.starts_with(&id_pace()));
    }

    #[test]
    fn large_arcs_and_first_arc_two() {
        let oid = Oid::from_der_content(&[0x88, 0x37, 0x03]).unwrap();
        assert_eq!(oid.to_string(), "2.999.3");
    }

    #[test]
    fn malformed_oids() {
        assert_eq!(Oid::from_der_content(&[]), Err(OidError::Empty));
        assert_eq!(
            Oid::from_der_content(&[0x2B, 0x86]),
            Err(OidError::Truncated)
        );
        assert_eq!(
            Oid::from_der_content(&[0x2B, 0x80, 0x01]),
            Err(OidError::NonMinimal)
        );
        assert_eq!(
            Oid::from_der_content(&[0xFF; 12]),
            Err(OidError::ArcTooLarge)
        );
    }

    #[test]
    fn unknown_pace_oids() {
        let not_pace = Oid::from_der_content(&[0x2A, 0x03]).unwrap();
        assert_eq!(PaceProtocol::from_oid(&not_pace), None);
        let mut bytes = ID_PACE.to_vec();
        bytes.extend_from_slice(&[5, 2]);
        assert_eq!(PaceProtocol::from_oid(&Oid(bytes)), None);
    }
}
