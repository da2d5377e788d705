//! Nonce decryption and the Generic Mapping (ICAO 9303-11 §4.4.3.3.1).
//!
//! The card sends `z = E(K_pi, s)`; the terminal decrypts it with AES-CBC
//! and a zero IV. Both sides exchange mapping keys; with
//! `H = SK_map,IFD · PK_map,IC` the ephemeral generator is `G' = s·G + H`, on which
//! the terminal's ephemeral key pair lies.

use super::curves::{CurveError, EcGroup};
use crate::symmetric::{AesKey, SymmetricError, BLOCK_LEN};
use zeroize::Zeroizing;

/// Decrypts the card's encrypted nonce `z` with `K_pi` (AES-CBC, zero IV).
pub fn decrypt_nonce(k_pi: &[u8], encrypted: &[u8]) -> Result<Zeroizing<Vec<u8>>, SymmetricError> {
    let key = AesKey::new(k_pi)?;
    let mut nonce = Zeroizing::new(encrypted.to_vec());
    key.cbc_decrypt(&[0; BLOCK_LEN], &mut nonce)?;
    Ok(nonce)
}

/// The terminal's ephemeral public key `SK_eph,IFD · G'` on the mapped generator
/// `G' = s·G + H` ([`EcGroup::multiply_mapped`], without computing `G'` itself).
pub fn ephemeral_public(
    group: &dyn EcGroup,
    ephemeral_key: &[u8],
    nonce: &[u8],
    terminal_mapping_key: &[u8],
    card_mapping_public: &[u8],
) -> Result<Vec<u8>, CurveError> {
    group.multiply_mapped(
        ephemeral_key,
        nonce,
        terminal_mapping_key,
        card_mapping_public,
    )
}
