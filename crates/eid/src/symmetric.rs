//! The AES operations PACE and secure messaging need.
//!
//! Single-block encryption (the secure messaging IV), CBC without padding
//! (nonce decryption, SM payloads), AES-CMAC (tokens and SM MACs) and
//! ISO/IEC 9797-1 padding method 2. Key lengths 16, 24 and 32 bytes.

use aes::cipher::{BlockCipherDecrypt, BlockCipherEncrypt, BlockSizeUser, KeyInit};
use aes::{Aes128, Aes192, Aes256, Block};
use cmac::{Cmac, Mac};
use zeroize::Zeroizing;

/// AES block length.
pub const BLOCK_LEN: usize = 16;

/// Errors of the AES helpers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SymmetricError {
    /// A key of a length AES does not have.
    #[error("AES key of {0} bytes (16, 24 or 32 expected)")]
    KeyLength(usize),
    /// CBC input that is not a whole number of blocks.
    #[error("CBC input of {0} bytes is not a multiple of 16")]
    NotBlockAligned(usize),
    /// Padding method 2 marker `80` missing.
    #[error("ISO 9797-1 padding missing or malformed")]
    BadPadding,
}

/// An AES key of any standard length, with its expanded schedule.
pub struct AesKey {
    raw: Zeroizing<Vec<u8>>,
    cipher: AnyAes,
}

enum AnyAes {
    Aes128(Aes128),
    Aes192(Aes192),
    Aes256(Aes256),
}

impl AesKey {
    /// Expands `key` (16, 24 or 32 bytes).
    pub fn new(key: &[u8]) -> Result<Self, SymmetricError> {
        let length_error = |_| SymmetricError::KeyLength(key.len());
        let cipher = match key.len() {
            16 => AnyAes::Aes128(Aes128::new_from_slice(key).map_err(length_error)?),
            24 => AnyAes::Aes192(Aes192::new_from_slice(key).map_err(length_error)?),
            32 => AnyAes::Aes256(Aes256::new_from_slice(key).map_err(length_error)?),
            other => return Err(SymmetricError::KeyLength(other)),
        };
        Ok(AesKey {
            raw: Zeroizing::new(key.to_vec()),
            cipher,
        })
    }

    /// Encrypts one block in place (AES-ECB).
    pub fn encrypt_block(&self, block: &mut [u8; BLOCK_LEN]) {
        let block: &mut Block = block.into();
        match &self.cipher {
            AnyAes::Aes128(cipher) => cipher.encrypt_block(block),
            AnyAes::Aes192(cipher) => cipher.encrypt_block(block),
            AnyAes::Aes256(cipher) => cipher.encrypt_block(block),
        }
    }

    /// CBC-encrypts `data` in place (no padding is added).
    pub fn cbc_encrypt(&self, iv: &[u8; BLOCK_LEN], data: &mut [u8]) -> Result<(), SymmetricError> {
        match &self.cipher {
            AnyAes::Aes128(cipher) => cbc_encrypt(cipher, iv, data),
            AnyAes::Aes192(cipher) => cbc_encrypt(cipher, iv, data),
            AnyAes::Aes256(cipher) => cbc_encrypt(cipher, iv, data),
        }
    }

    /// CBC-decrypts `data` in place (padding is left in place).
    pub fn cbc_decrypt(&self, iv: &[u8; BLOCK_LEN], data: &mut [u8]) -> Result<(), SymmetricError> {
        match &self.cipher {
            AnyAes::Aes128(cipher) => cbc_decrypt(cipher, iv, data),
            AnyAes::Aes192(cipher) => cbc_decrypt(cipher, iv, data),
            AnyAes::Aes256(cipher) => cbc_decrypt(cipher, iv, data),
        }
    }

    /// AES-CMAC of `data` (full 16 bytes).
    pub fn cmac(&self, data: &[u8]) -> [u8; BLOCK_LEN] {
        match &self.cipher {
            AnyAes::Aes128(_) => cmac::<Aes128>(&self.raw, data),
            AnyAes::Aes192(_) => cmac::<Aes192>(&self.raw, data),
            AnyAes::Aes256(_) => cmac::<Aes256>(&self.raw, data),
        }
    }
}

fn blocks(data: &mut [u8]) -> Result<std::slice::ChunksExactMut<'_, u8>, SymmetricError> {
    if data.len() % BLOCK_LEN == 0 {
        Ok(data.chunks_exact_mut(BLOCK_LEN))
    } else {
        Err(SymmetricError::NotBlockAligned(data.len()))
    }
}

fn as_block(chunk: &mut [u8]) -> &mut Block {
    // `blocks` hands out chunks of exactly BLOCK_LEN bytes.
    <&mut Block>::try_from(chunk).unwrap_or_else(|_| unreachable!("chunks are one block long"))
}

fn cbc_encrypt<C>(cipher: &C, iv: &[u8; BLOCK_LEN], data: &mut [u8]) -> Result<(), SymmetricError>
where
    C: BlockCipherEncrypt + BlockSizeUser<BlockSize = <Aes128 as BlockSizeUser>::BlockSize>,
{
    let mut previous = *iv;
    for chunk in blocks(data)? {
        chunk
            .iter_mut()
            .zip(previous)
            .for_each(|(byte, mask)| *byte ^= mask);
        cipher.encrypt_block(as_block(chunk));
        previous.copy_from_slice(chunk);
    }
    Ok(())
}

fn cbc_decrypt<C>(cipher: &C, iv: &[u8; BLOCK_LEN], data: &mut [u8]) -> Result<(), SymmetricError>
where
    C: BlockCipherDecrypt + BlockSizeUser<BlockSize = <Aes128 as BlockSizeUser>::BlockSize>,
{
    let mut previous = *iv;
    for chunk in blocks(data)? {
        let mut ciphertext = [0u8; BLOCK_LEN];
        ciphertext.copy_from_slice(chunk);
        cipher.decrypt_block(as_block(chunk));
        chunk
            .iter_mut()
            .zip(previous)
            .for_each(|(byte, mask)| *byte ^= mask);
        previous = ciphertext;
    }
    Ok(())
}

fn cmac<C>(key: &[u8], data: &[u8]) -> [u8; BLOCK_LEN]
where
    Cmac<C>: KeyInit + Mac,
    C: cmac::block_api::CmacCipher,
{
    // The key length was checked when the AesKey was made.
    let mut mac = <Cmac<C> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("AES key length checked in AesKey::new"));
    mac.update(data);
    let mut out = [0u8; BLOCK_LEN];
    out.copy_from_slice(&mac.finalize().into_bytes());
    out
}

/// Appends ISO/IEC 9797-1 padding method 2: `80` then zeros up to a block boundary.
pub fn pad(data: &mut Vec<u8>) {
    data.push(0x80);
    while data.len() % BLOCK_LEN != 0 {
        data.push(0);
    }
}

/// Removes ISO/IEC 9797-1 padding method 2.
pub fn unpad(data: &mut Vec<u8>) -> Result<(), SymmetricError> {
    let marker = data
        .iter()
        .rposition(|&byte| byte != 0)
        .ok_or(SymmetricError::BadPadding)?;
    if data[marker] != 0x80 || data.len() - marker > BLOCK_LEN {
        return Err(SymmetricError::BadPadding);
    }
    data.truncate(marker);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn cmac_rfc4493_examples() {
        let key = AesKey::new(&hex("2b7e151628aed2a6abf7158809cf4f3c")).unwrap();
        assert_eq!(
            key.cmac(&[]).to_vec(),
            hex("bb1d6929e95937287fa37d129b756746")
        );
        assert_eq!(
            key.cmac(&hex("6bc1bee22e409f96e93d7e117393172a")).to_vec(),
            hex("070a16b46b4d4144f79bdd9dd04a287c")
        );
    }

    #[test]
    fn cbc_sp800_38a_example() {
        // NIST SP 800-38A F.2.1 CBC-AES128.Encrypt, first two blocks.
        let key = AesKey::new(&hex("2b7e151628aed2a6abf7158809cf4f3c")).unwrap();
        let iv: [u8; 16] = hex("000102030405060708090a0b0c0d0e0f").try_into().unwrap();
        let plain = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
        let mut data = plain.clone();
        key.cbc_encrypt(&iv, &mut data).unwrap();
        assert_eq!(
            data,
            hex("7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2")
        );
        key.cbc_decrypt(&iv, &mut data).unwrap();
        assert_eq!(data, plain);
    }

    #[test]
    fn all_key_lengths() {
        for length in [16, 24, 32] {
            let key = AesKey::new(&vec![7; length]).unwrap();
            let mut block = [1u8; 16];
            key.encrypt_block(&mut block);
            assert_ne!(block, [1u8; 16]);
        }
        assert!(matches!(
            AesKey::new(&[0; 20]),
            Err(SymmetricError::KeyLength(20))
        ));
        let key = AesKey::new(&[0; 16]).unwrap();
        assert_eq!(
            key.cbc_decrypt(&[0; 16], &mut [0; 15]),
            Err(SymmetricError::NotBlockAligned(15))
        );
    }

    #[test]
    fn padding_roundtrip_and_errors() {
        for length in [0, 1, 15, 16, 17] {
            let original = vec![0xAA; length];
            let mut data = original.clone();
            pad(&mut data);
            assert_eq!(data.len() % 16, 0);
            assert!(data.len() > length);
            unpad(&mut data).unwrap();
            assert_eq!(data, original);
        }
        assert_eq!(unpad(&mut vec![0; 16]), Err(SymmetricError::BadPadding));
        assert_eq!(unpad(&mut vec![1, 0]), Err(SymmetricError::BadPadding));
        let mut long_zero_run = vec![0x80];
        long_zero_run.extend([0; 16]);
        assert_eq!(unpad(&mut long_zero_run), Err(SymmetricError::BadPadding));
    }
}
