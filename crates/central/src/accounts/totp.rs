//! Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits),
//! the second factor of admins, as authenticator apps (FreeOTP, Aegis, Google
//! Authenticator) expect it from an `otpauth://` URI.
//!
//! Written on the RustCrypto `hmac` and `sha1` crates the workspace already builds:
//! the TOTP crates on crates.io pull an older generation of both. The RFC's test
//! vectors check it below.

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use zeroize::Zeroizing;

use crate::secrets::NoEntropy;

/// Seconds per step.
const STEP_SECONDS: i64 = 30;
/// Digits of a code.
const DIGITS: u32 = 6;
/// Bytes of a new secret (160 bits, as RFC 4226 recommends).
const SECRET_BYTES: usize = 20;

/// A new random secret.
pub fn new_secret() -> Result<Zeroizing<Vec<u8>>, NoEntropy> {
    let mut secret = Zeroizing::new(vec![0u8; SECRET_BYTES]);
    getrandom::fill(secret.as_mut_slice()).map_err(|_| NoEntropy)?;
    Ok(secret)
}

/// The step a Unix time falls in.
pub fn step_at(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// The code of one step (RFC 4226 dynamic truncation), with `digits` digits.
fn code_with_digits(secret: &[u8], step: i64, digits: u32) -> u32 {
    let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(secret).expect("HMAC takes any key");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    binary % 10u32.pow(digits)
}

/// Checks a typed code against the steps `now - 1 ..= now + 1` (clock drift of the
/// phone), refusing any step at or before `last_used` (a code is good once). Returns
/// the matching step, which the caller stores as the new `last_used`.
pub fn verify(secret: &[u8], typed: &str, now_step: i64, last_used: Option<i64>) -> Option<i64> {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != DIGITS as usize || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    (now_step - 1..=now_step + 1)
        .filter(|step| last_used.is_none_or(|last| *step > last))
        .find(|step| same_code(&code_text(secret, *step), &typed))
}

/// The code of one step as an authenticator app shows it (6 digits, leading zeros).
pub fn code_text(secret: &[u8], step: i64) -> String {
    format!("{:06}", code_with_digits(secret, step, DIGITS))
}

/// Compares two codes of equal length without stopping at the first difference.
fn same_code(left: &str, right: &str) -> bool {
    left.len() == right.len()
        && left
            .bytes()
            .zip(right.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

/// The secret as authenticator apps take it typed in (base32).
pub fn secret_text(secret: &[u8]) -> String {
    BASE32_NOPAD.encode(secret)
}

/// The `otpauth://` URI an authenticator app scans from a QR code.
pub fn otpauth_uri(account: &str, secret: &[u8]) -> String {
    let label: String = url_escape(&format!("Bürgerkoffer Zentrale:{account}"));
    format!(
        "otpauth://totp/{label}?secret={}&issuer=B%C3%BCrgerkoffer%20Zentrale&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        secret_text(secret)
    )
}

fn url_escape(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b':' => {
                char::from(byte).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B, SHA-1 column (8 digits).
    #[test]
    fn rfc_6238_vectors() {
        let secret = b"12345678901234567890";
        for (time, expected) in [
            (59, 94287082),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            assert_eq!(
                code_with_digits(secret, step_at(time), 8),
                expected,
                "{time}"
            );
        }
    }

    #[test]
    fn a_code_is_good_once_and_only_near_its_time() {
        let secret = b"12345678901234567890";
        let step = step_at(59);
        assert_eq!(verify(secret, "287 082", step, None), Some(step));
        assert_eq!(verify(secret, "287082", step + 1, None), Some(step));
        assert_eq!(verify(secret, "287082", step, Some(step)), None);
        assert_eq!(verify(secret, "287082", step + 2, None), None);
        assert_eq!(verify(secret, "28708", step, None), None);
        assert_eq!(verify(secret, "abcdef", step, None), None);
    }

    #[test]
    fn the_uri_names_issuer_and_account() {
        let uri = otpauth_uri("a.admin", b"12345678901234567890");
        assert!(uri.starts_with("otpauth://totp/B%C3%BCrgerkoffer%20Zentrale:a.admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&"));
    }
}
