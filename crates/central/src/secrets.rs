//! Random bearer tokens and one-time enrolment codes, and the SHA-256 under which the
//! store keeps them (the plain values are shown once and never stored).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use syncproto::enrolment_code;
use thiserror::Error;
use zeroize::Zeroizing;

/// The operating system's random number generator failed.
#[derive(Debug, Error)]
#[error("Das Betriebssystem liefert keine Zufallszahlen")]
pub struct NoEntropy;

/// SHA-256 of a secret, as kept in the store.
pub fn hash_secret(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

/// A new bearer token: 32 random bytes, base64url.
pub fn new_token() -> Result<Zeroizing<String>, NoEntropy> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut()).map_err(|_| NoEntropy)?;
    Ok(Zeroizing::new(URL_SAFE_NO_PAD.encode(bytes.as_ref())))
}

/// A new one-time code in canonical form (12 characters, no dashes).
pub fn new_enrolment_code() -> Result<String, NoEntropy> {
    let mut bytes = [0u8; enrolment_code::CODE_CHARS];
    getrandom::fill(&mut bytes).map_err(|_| NoEntropy)?;
    Ok(bytes
        .iter()
        .map(|byte| char::from(enrolment_code::ALPHABET[usize::from(byte & 0x1f)]))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_of_the_alphabet_and_differ() {
        let first = new_enrolment_code().unwrap();
        assert_eq!(first.len(), enrolment_code::CODE_CHARS);
        assert!(first.bytes().all(|b| enrolment_code::ALPHABET.contains(&b)));
        assert_ne!(first, new_enrolment_code().unwrap());
    }

    #[test]
    fn tokens_differ_and_hash_to_32_bytes() {
        let first = new_token().unwrap();
        let second = new_token().unwrap();
        assert_ne!(*first, *second);
        assert_eq!(first.len(), 43);
        assert_ne!(hash_secret(&first), hash_secret(&second));
    }
}
