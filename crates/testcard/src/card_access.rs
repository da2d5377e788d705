//! The card's PACE parameters (`--curve`) and the EF.CardAccess that announces them.

use std::fmt;
use std::str::FromStr;

use eid::tlv::{self, Tag, ValueTooLong};

const DER_INTEGER: Tag = Tag::new(0x02);
const DER_OID: Tag = Tag::new(0x06);
const DER_SEQUENCE: Tag = Tag::new(0x30);
const DER_SET: Tag = Tag::new(0x31);

/// The PACE domain parameters the card offers: ECDH Generic Mapping on a
/// brainpool curve with the AES strength TR-03110 pairs with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curve {
    /// brainpoolP256r1 (parameter id 13), AES-128: the cards in circulation.
    P256,
    /// brainpoolP384r1 (parameter id 16), AES-192.
    P384,
    /// brainpoolP512r1 (parameter id 17), AES-256.
    P512,
}

/// DER body of `id-PACE-ECDH-GM-AES-CBC-CMAC-` (0.4.0.127.0.7.2.2.4.2) without
/// the last arc, which selects the AES key size: 2 = 128, 3 = 192, 4 = 256.
const PACE_ECDH_GM_AES_OID_PREFIX: [u8; 9] = [0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x04, 0x02];

impl Curve {
    /// All curves, for tests and the benchmark.
    pub const ALL: [Curve; 3] = [Curve::P256, Curve::P384, Curve::P512];

    /// The standardized domain parameter id of TR-03110 Part 3, Table 4.
    pub fn parameter_id(self) -> u8 {
        match self {
            Curve::P256 => 13,
            Curve::P384 => 16,
            Curve::P512 => 17,
        }
    }

    /// DER contents of the PACE protocol OID used with this curve.
    pub fn protocol_oid(self) -> Vec<u8> {
        let aes_arc = match self {
            Curve::P256 => 2,
            Curve::P384 => 3,
            Curve::P512 => 4,
        };
        let mut oid = PACE_ECDH_GM_AES_OID_PREFIX.to_vec();
        oid.push(aes_arc);
        oid
    }

    /// EF.CardAccess: `SecurityInfos ::= SET OF SecurityInfo` with one
    /// `PACEInfo ::= SEQUENCE { protocol OID, version INTEGER (2), parameterId INTEGER }`.
    pub fn ef_card_access(self) -> Result<Vec<u8>, ValueTooLong> {
        let mut pace_info = Vec::new();
        tlv::write(&mut pace_info, DER_OID, &self.protocol_oid())?;
        tlv::write(&mut pace_info, DER_INTEGER, &[2])?;
        tlv::write(&mut pace_info, DER_INTEGER, &[self.parameter_id()])?;
        let security_info = tlv::encode(DER_SEQUENCE, &pace_info)?;
        tlv::encode(DER_SET, &security_info)
    }
}

impl fmt::Display for Curve {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Curve::P256 => "P256",
            Curve::P384 => "P384",
            Curve::P512 => "P512",
        })
    }
}

/// `--curve` named none of P256, P384, P512.
#[derive(Debug, thiserror::Error)]
#[error("unknown curve {0:?}: expected P256, P384 or P512")]
pub struct UnknownCurve(String);

impl FromStr for Curve {
    type Err = UnknownCurve;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name.to_ascii_uppercase().as_str() {
            "P256" => Ok(Curve::P256),
            "P384" => Ok(Curve::P384),
            "P512" => Ok(Curve::P512),
            _ => Err(UnknownCurve(name.to_owned())),
        }
    }
}
