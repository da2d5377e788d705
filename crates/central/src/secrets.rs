//! Random bearer tokens and one-time enrolment codes, and the SHA-256 under which the
//! store keeps them (the plain values are shown once and never stored).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use thiserror::Error;
use zeroize::Zeroizing;

/// Crockford base32: no I, L, O, U; easy to read aloud and to type.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters of an enrolment code (60 bits).
const CODE_CHARS: usize = 12;

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
    let mut bytes = [0u8; CODE_CHARS];
    getrandom::fill(&mut bytes).map_err(|_| NoEntropy)?;
    Ok(bytes
        .iter()
        .map(|byte| char::from(CODE_ALPHABET[usize::from(byte & 0x1f)]))
        .collect())
}

/// A canonical code as shown to people: `XXXX-XXXX-XXXX`.
pub fn display_enrolment_code(canonical: &str) -> String {
    let chars: Vec<char> = canonical.chars().collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The canonical form of a typed code (case, dashes, spaces and look-alike letters
/// do not matter); `None` when it cannot be a code.
pub fn normalise_enrolment_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    let valid = code.len() == CODE_CHARS && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    valid.then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_the_shown_form_and_normalise() {
        let canonical = new_enrolment_code().unwrap();
        let code = display_enrolment_code(&canonical);
        assert_eq!(code.len(), 14);
        assert_eq!(code.matches('-').count(), 2);
        assert_eq!(normalise_enrolment_code(&code), Some(canonical.clone()));
        assert_eq!(
            normalise_enrolment_code(&code.to_lowercase()),
            Some(canonical.clone())
        );
        assert_eq!(normalise_enrolment_code(&canonical), Some(canonical));
        assert_eq!(
            normalise_enrolment_code("O1L0-ABCD-EFGH"),
            Some("0110ABCDEFGH".into())
        );
        assert_eq!(normalise_enrolment_code("ABCD"), None);
        assert_eq!(normalise_enrolment_code("ABCD-EFGH-JKMU"), None);
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
