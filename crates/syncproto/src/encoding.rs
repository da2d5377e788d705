//! Base64 encoding of binary fields (keys, signatures, sealed blobs) in the wire format.
//! All binary fields use standard base64 with padding (RFC 4648 §4).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::error::KeyError;

/// Standard base64 of `bytes`.
pub fn to_base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Decodes standard base64; `None` when the text is not valid base64.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text).ok()
}

/// Decodes a 32-byte key given as base64; `field` names it in the error.
pub fn key32_from_base64(field: &'static str, text: &str) -> Result<[u8; 32], KeyError> {
    let bytes = from_base64(text).ok_or(KeyError::NotBase64 { field })?;
    <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| KeyError::WrongLength {
        field,
        expected: 32,
        found: bytes.len(),
    })
}

/// Parses an Ed25519 public key given as base64.
pub fn verifying_key_from_base64(
    field: &'static str,
    text: &str,
) -> Result<ed25519_dalek::VerifyingKey, KeyError> {
    let bytes = key32_from_base64(field, text)?;
    ed25519_dalek::VerifyingKey::from_bytes(&bytes).map_err(|_| KeyError::NotAKey { field })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_round_trip_and_errors() {
        let key = [7u8; 32];
        assert_eq!(key32_from_base64("k", &to_base64(&key)).unwrap(), key);
        assert!(matches!(
            key32_from_base64("k", "!!"),
            Err(KeyError::NotBase64 { field: "k" })
        ));
        assert!(matches!(
            key32_from_base64("k", &to_base64(&[1u8; 31])),
            Err(KeyError::WrongLength { found: 31, .. })
        ));
    }
}
