//! One-time enrolment codes as people see and type them: 12 characters of Crockford
//! base32 (no I, L, O, U), and after them 8 more that are a fingerprint of the
//! central's two public keys — `XXXX-XXXX-XXXX-FFFF-FFFF`. The central redeems the
//! first 12; the station checks the fingerprint against the keys the central sends
//! before it pins them, so a code typed at the wrong address (or one a third party
//! answers) cannot enrol the station to foreign keys.

use sha2::{Digest, Sha256};

/// Crockford base32: easy to read aloud and to type.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters of the code the central redeems (60 bits).
pub const CODE_CHARS: usize = 12;
/// Characters of the fingerprint (40 bits).
pub const FINGERPRINT_CHARS: usize = 8;
/// Separates the fingerprint's hash input from any other use of the same keys.
const FINGERPRINT_DOMAIN: &[u8] = b"buergerkoffer central keys v1";

/// A typed code, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedCode {
    /// The part the central redeems (12 characters).
    pub code: String,
    /// The fingerprint of the central's keys (8 characters), when it was typed.
    pub fingerprint: Option<String>,
}

/// Normalises a typed code: case, dashes and spaces do not matter, look-alikes
/// (`O` → `0`, `I`/`L` → `1`) are read as meant. `None` when it is neither 12 nor 20
/// characters of the alphabet.
pub fn parse(typed: &str) -> Option<TypedCode> {
    let chars: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    if !chars.bytes().all(|b| ALPHABET.contains(&b)) {
        return None;
    }
    match chars.len() {
        CODE_CHARS => Some(TypedCode {
            code: chars,
            fingerprint: None,
        }),
        length if length == CODE_CHARS + FINGERPRINT_CHARS => Some(TypedCode {
            fingerprint: Some(chars[CODE_CHARS..].to_owned()),
            code: chars[..CODE_CHARS].to_owned(),
        }),
        _ => None,
    }
}

/// The code as shown: groups of four joined by dashes, the fingerprint last.
pub fn display(code: &str, fingerprint: &str) -> String {
    let all: Vec<char> = code.chars().chain(fingerprint.chars()).collect();
    all.chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The fingerprint of the central's HPKE public key and Ed25519 verifying key.
pub fn fingerprint(hpke_public_key: &[u8; 32], signing_key: &[u8; 32]) -> String {
    let digest = Sha256::new()
        .chain_update(FINGERPRINT_DOMAIN)
        .chain_update(hpke_public_key)
        .chain_update(signing_key)
        .finalize();
    let bits = u64::from_be_bytes([
        0, 0, 0, digest[0], digest[1], digest[2], digest[3], digest[4],
    ]);
    (0..FINGERPRINT_CHARS)
        .rev()
        .map(|index| char::from(ALPHABET[((bits >> (index * 5)) & 0x1f) as usize]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_with_and_without_fingerprint_normalise() {
        assert_eq!(
            parse("o1l0-abcd-efgh"),
            Some(TypedCode {
                code: "0110ABCDEFGH".into(),
                fingerprint: None
            })
        );
        assert_eq!(
            parse("0110 ABCD EFGH 1234 5678"),
            Some(TypedCode {
                code: "0110ABCDEFGH".into(),
                fingerprint: Some("12345678".into())
            })
        );
        assert_eq!(parse("ABCD"), None);
        assert_eq!(parse("ABCD-EFGH-JKMU"), None, "U is not in the alphabet");
        assert_eq!(parse("0110-ABCD-EFGH-1234"), None);
    }

    #[test]
    fn the_fingerprint_depends_on_both_keys() {
        let one = fingerprint(&[1; 32], &[2; 32]);
        assert_eq!(one.len(), FINGERPRINT_CHARS);
        assert_eq!(one, fingerprint(&[1; 32], &[2; 32]));
        assert_ne!(one, fingerprint(&[1; 32], &[3; 32]));
        assert_ne!(one, fingerprint(&[3; 32], &[2; 32]));
        assert_eq!(
            display("0110ABCDEFGH", &one),
            format!("0110-ABCD-EFGH-{}-{}", &one[..4], &one[4..])
        );
    }
}
