//! Authentication tokens (TR-03110 Part 3 §A.2.4, ICAO 9303-11 §4.4.3.4/§9.4.2).
//!
//! A token is `CMAC(KS_mac, PK)` truncated to 8 bytes, where `PK` is the
//! public key data object `7F49 { 06 protocol OID, 86 uncompressed point }`
//! of the *other* side's ephemeral key.

use crate::oid::Oid;
use crate::symmetric::AesKey;
use crate::tlv::{self, Tag, ValueTooLong};
use elliptic_curve::subtle::ConstantTimeEq;

/// Length of an authentication token.
pub const TOKEN_LEN: usize = 8;

/// The public key data object `7F49` for an EC point.
pub fn public_key_data_object(protocol: &Oid, point: &[u8]) -> Result<Vec<u8>, ValueTooLong> {
    let mut inner = tlv::encode(Tag::new(0x06), protocol.as_bytes())?;
    tlv::write(&mut inner, Tag::new(0x86), point)?;
    tlv::encode(Tag::new(0x7F49), &inner)
}

/// The token over `point` (the other side's ephemeral public key).
pub fn authentication_token(
    mac_key: &AesKey,
    protocol: &Oid,
    point: &[u8],
) -> Result<[u8; TOKEN_LEN], ValueTooLong> {
    let mac = mac_key.cmac(&public_key_data_object(protocol, point)?);
    let mut token = [0u8; TOKEN_LEN];
    token.copy_from_slice(&mac[..TOKEN_LEN]);
    Ok(token)
}

/// Compares a received token with the expected one in constant time.
pub fn tokens_match(expected: &[u8; TOKEN_LEN], received: &[u8]) -> bool {
    received.len() == TOKEN_LEN && bool::from(expected.ct_eq(received))
}
