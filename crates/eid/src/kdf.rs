//! Key derivation `KDF(K, c)` of TR-03110 Part 3 §A.2.3 / ICAO 9303-11 §9.7.1.
//!
//! `KDF(K, c) = H(K || c)` with `c` a 32-bit big-endian counter (1 for the
//! encryption key, 2 for the MAC key, 3 for the password key `K_pi`),
//! truncated to the key length; `H` is SHA-1 for AES-128 and SHA-256 for
//! AES-192 and AES-256.

use crate::oid::Cipher;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Counter for the encryption key `KS_enc`.
pub const COUNTER_ENC: u32 = 1;
/// Counter for the MAC key `KS_mac`.
pub const COUNTER_MAC: u32 = 2;
/// Counter for the password key `K_pi`.
pub const COUNTER_PASSWORD: u32 = 3;

/// Derives a key of `cipher`'s length from `secret` with `counter`.
pub fn derive(cipher: Cipher, secret: &[u8], counter: u32) -> Zeroizing<Vec<u8>> {
    let counter = counter.to_be_bytes();
    let mut digest = Zeroizing::new(match cipher {
        Cipher::TripleDes | Cipher::Aes128 => Sha1::new()
            .chain_update(secret)
            .chain_update(counter)
            .finalize()
            .to_vec(),
        Cipher::Aes192 | Cipher::Aes256 => Sha256::new()
            .chain_update(secret)
            .chain_update(counter)
            .finalize()
            .to_vec(),
    });
    digest.truncate(cipher.key_len());
    digest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_key_of_icao_appendix_g() {
        // K = SHA-1(MRZ information) and K_pi from ICAO 9303-11 Appendix G.1.
        let k = [
            0x7E, 0x2D, 0x2A, 0x41, 0xC7, 0x4E, 0xA0, 0xB3, 0x8C, 0xD3, 0x6F, 0x86, 0x39, 0x39,
            0xBF, 0xA8, 0xE9, 0x03, 0x2A, 0xAD,
        ];
        let k_pi = derive(Cipher::Aes128, &k, COUNTER_PASSWORD);
        assert_eq!(
            k_pi.as_slice(),
            [
                0x89, 0xDE, 0xD1, 0xB2, 0x66, 0x24, 0xEC, 0x1E, 0x63, 0x4C, 0x19, 0x89, 0x30, 0x28,
                0x49, 0xDD
            ]
        );
    }

    #[test]
    fn key_lengths_follow_the_cipher() {
        assert_eq!(derive(Cipher::Aes192, b"x", COUNTER_ENC).len(), 24);
        assert_eq!(derive(Cipher::Aes256, b"x", COUNTER_MAC).len(), 32);
        assert_ne!(
            derive(Cipher::Aes256, b"x", COUNTER_ENC),
            derive(Cipher::Aes256, b"x", COUNTER_MAC)
        );
    }
}
