//! EF.CardAccess: the SecurityInfos a card offers without authentication.
//!
//! EF.CardAccess (file id `011C`) holds a DER `SET OF SecurityInfo`, each a
//! `SEQUENCE { protocol OID, requiredData, optionalData OPTIONAL }`
//! (TR-03110 Part 3 §A.1). PACEInfo entries (`id-PACE.x.y`) carry the
//! version (INTEGER) and, optionally, the standardized domain parameter id
//! (INTEGER). Other SecurityInfos are kept with their OID only.

use crate::oid::{id_pace, Oid, OidError, PaceProtocol};
use crate::tlv::{self, Tag, Tlv, TlvError};

/// Why EF.CardAccess could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardAccessError {
    /// The bytes are not valid BER-TLV.
    #[error("EF.CardAccess is not valid TLV: {0}")]
    Tlv(#[from] TlvError),
    /// A data object has an unexpected tag.
    #[error("EF.CardAccess: expected {expected}, found tag {found}")]
    UnexpectedTag {
        /// What was expected ("SET", "SEQUENCE", "OBJECT IDENTIFIER", "INTEGER").
        expected: &'static str,
        /// The tag found.
        found: Tag,
    },
    /// A protocol OID is malformed.
    #[error("EF.CardAccess has a malformed protocol OID: {0}")]
    Oid(#[from] OidError),
    /// A SecurityInfo has no requiredData.
    #[error("SecurityInfo {0} lacks its required data")]
    MissingRequiredData(Oid),
    /// An INTEGER is empty, negative or above 2^32.
    #[error("EF.CardAccess has an INTEGER outside 0..2^32")]
    IntegerOutOfRange,
    /// The card offers no PACEInfo.
    #[error("EF.CardAccess offers no PACE protocol")]
    NoPaceInfo,
}

const TAG_SET: Tag = Tag::new(0x31);
const TAG_SEQUENCE: Tag = Tag::new(0x30);
const TAG_OID: Tag = Tag::new(0x06);
const TAG_INTEGER: Tag = Tag::new(0x02);

/// One PACEInfo: a PACE protocol the card supports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaceInfo {
    /// The protocol OID as the card names it.
    pub protocol_oid: Oid,
    /// The protocol, if this implementation knows the OID's mapping and cipher.
    pub protocol: Option<PaceProtocol>,
    /// PACE version (2 on current cards).
    pub version: u32,
    /// Standardized domain parameter id (13 = brainpoolP256r1), if given.
    pub parameter_id: Option<u32>,
}

/// The parsed content of EF.CardAccess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardAccess {
    /// PACEInfos, in the card's order.
    pub pace_infos: Vec<PaceInfo>,
    /// OIDs of the other SecurityInfos (chip authentication, domain parameters …).
    pub other_protocols: Vec<Oid>,
}

impl CardAccess {
    /// Parses the content of EF.CardAccess.
    pub fn parse(bytes: &[u8]) -> Result<Self, CardAccessError> {
        let set = Tlv::parse_exact(bytes)?;
        expect_tag(set, TAG_SET, "SET")?;
        let mut card_access = CardAccess {
            pace_infos: Vec::new(),
            other_protocols: Vec::new(),
        };
        for info in set.children()? {
            expect_tag(info, TAG_SEQUENCE, "SEQUENCE")?;
            let fields = info.children()?;
            let oid_tlv = *fields.first().ok_or(TlvError::Missing { tag: TAG_OID })?;
            expect_tag(oid_tlv, TAG_OID, "OBJECT IDENTIFIER")?;
            let oid = Oid::from_der_content(oid_tlv.value())?;
            if is_pace_info(&oid) {
                card_access.pace_infos.push(pace_info(oid, &fields[1..])?);
            } else {
                card_access.other_protocols.push(oid);
            }
        }
        Ok(card_access)
    }

    /// The first PACEInfo this implementation can run, else the first one
    /// (so the caller's error names what the card offers).
    pub fn preferred_pace_info(&self) -> Result<&PaceInfo, CardAccessError> {
        self.pace_infos
            .iter()
            .find(|info| info.protocol.is_some())
            .or(self.pace_infos.first())
            .ok_or(CardAccessError::NoPaceInfo)
    }
}

/// PACEInfo OIDs are `id-PACE.x.y`; `id-PACE.x` alone names domain parameter infos.
fn is_pace_info(oid: &Oid) -> bool {
    oid.starts_with(&id_pace()) && oid.arcs().len() == 11
}

fn pace_info(protocol_oid: Oid, fields: &[Tlv<'_>]) -> Result<PaceInfo, CardAccessError> {
    let version_tlv = fields
        .first()
        .ok_or_else(|| CardAccessError::MissingRequiredData(protocol_oid.clone()))?;
    let version = integer(*version_tlv)?;
    let parameter_id = fields.get(1).map(|tlv| integer(*tlv)).transpose()?;
    Ok(PaceInfo {
        protocol: PaceProtocol::from_oid(&protocol_oid),
        protocol_oid,
        version,
        parameter_id,
    })
}

fn expect_tag(tlv: Tlv<'_>, tag: Tag, expected: &'static str) -> Result<(), CardAccessError> {
    if tlv.tag() == tag {
        Ok(())
    } else {
        Err(CardAccessError::UnexpectedTag {
            expected,
            found: tlv.tag(),
        })
    }
}

/// A non-negative DER INTEGER that fits 32 bits.
fn integer(tlv: Tlv<'_>) -> Result<u32, CardAccessError> {
    expect_tag(tlv, TAG_INTEGER, "INTEGER")?;
    let value = tlv.value();
    let digits = match value {
        [] => return Err(CardAccessError::IntegerOutOfRange),
        [first, ..] if first & 0x80 != 0 => return Err(CardAccessError::IntegerOutOfRange),
        [0, rest @ ..] => rest,
        all => all,
    };
    if digits.len() > 4 {
        return Err(CardAccessError::IntegerOutOfRange);
    }
    Ok(digits
        .iter()
        .fold(0u32, |acc, &byte| (acc << 8) | u32::from(byte)))
}

/// Encodes a one-entry EF.CardAccess with a PACEInfo (for virtual cards and tests).
pub fn encode_pace_info(
    protocol: &PaceProtocol,
    version: u8,
    parameter_id: u8,
) -> Result<Vec<u8>, tlv::ValueTooLong> {
    let mut sequence = Vec::new();
    tlv::write(&mut sequence, TAG_OID, protocol.oid().as_bytes())?;
    tlv::write(&mut sequence, TAG_INTEGER, &[version])?;
    tlv::write(&mut sequence, TAG_INTEGER, &[parameter_id])?;
    tlv::encode(TAG_SET, &tlv::encode(TAG_SEQUENCE, &sequence)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oid::{Cipher, KeyAgreement, Mapping};

    /// EF.CardAccess of ICAO 9303-11 Appendix G.1 (ECDH-GM-AES-128, brainpoolP256r1).
    const ICAO_G1: [u8; 22] = [
        0x31, 0x14, 0x30, 0x12, 0x06, 0x0A, 0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x04, 0x02,
        0x02, 0x02, 0x01, 0x02, 0x02, 0x01, 0x0D,
    ];

    #[test]
    fn parses_icao_example() {
        let card_access = CardAccess::parse(&ICAO_G1).unwrap();
        let info = card_access.preferred_pace_info().unwrap();
        assert_eq!(info.protocol_oid.to_string(), "0.4.0.127.0.7.2.2.4.2.2");
        assert_eq!(
            info.protocol,
            Some(PaceProtocol {
                mapping: Mapping::Generic,
                key_agreement: KeyAgreement::Ecdh,
                cipher: Cipher::Aes128
            })
        );
        assert_eq!(info.version, 2);
        assert_eq!(info.parameter_id, Some(13));
        assert!(card_access.other_protocols.is_empty());
    }

    #[test]
    fn encoder_matches_icao_example() {
        let info = CardAccess::parse(&ICAO_G1).unwrap().pace_infos[0].clone();
        assert_eq!(
            encode_pace_info(&info.protocol.unwrap(), 2, 13).unwrap(),
            ICAO_G1.to_vec()
        );
    }

    #[test]
    fn keeps_other_security_infos_and_unknown_pace_variants() {
        // A ChipAuthenticationInfo (id-CA-ECDH-AES-CBC-CMAC-128) and a PACE OID with cipher 9.
        let mut body = Vec::new();
        let ca = [
            0x30, 0x0F, 0x06, 0x0A, 0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x03, 0x02, 0x02,
            0x02, 0x01, 0x02,
        ];
        body.extend_from_slice(&ca);
        let odd_pace = [
            0x30, 0x0F, 0x06, 0x0A, 0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x04, 0x02, 0x09,
            0x02, 0x01, 0x02,
        ];
        body.extend_from_slice(&odd_pace);
        let bytes = tlv::encode(TAG_SET, &body).unwrap();
        let card_access = CardAccess::parse(&bytes).unwrap();
        assert_eq!(card_access.other_protocols.len(), 1);
        assert_eq!(card_access.pace_infos.len(), 1);
        assert_eq!(card_access.pace_infos[0].protocol, None);
        assert_eq!(card_access.pace_infos[0].parameter_id, None);
        assert_eq!(
            card_access
                .preferred_pace_info()
                .unwrap()
                .protocol_oid
                .to_string(),
            "0.4.0.127.0.7.2.2.4.2.9"
        );
    }

    #[test]
    fn malformed_card_access() {
        assert!(matches!(
            CardAccess::parse(&[0x30, 0x00]),
            Err(CardAccessError::UnexpectedTag {
                expected: "SET",
                ..
            })
        ));
        assert!(matches!(
            CardAccess::parse(&[0x31, 0x02, 0x30, 0x00]),
            Err(CardAccessError::Tlv(TlvError::Missing { .. }))
        ));
        assert!(matches!(
            CardAccess::parse(&[0x31, 0x04, 0x30, 0x02, 0x06, 0x00]),
            Err(CardAccessError::Oid(OidError::Empty))
        ));
        let mut negative = ICAO_G1;
        negative[18] = 0x82;
        assert_eq!(
            CardAccess::parse(&negative),
            Err(CardAccessError::IntegerOutOfRange)
        );
        let mut truncated = ICAO_G1.to_vec();
        truncated.pop();
        assert!(matches!(
            CardAccess::parse(&truncated),
            Err(CardAccessError::Tlv(TlvError::Truncated { .. }))
        ));
        assert_eq!(
            CardAccess::parse(&[0x31, 0x00])
                .unwrap()
                .preferred_pace_info(),
            Err(CardAccessError::NoPaceInfo)
        );
    }
}
