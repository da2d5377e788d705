//! The PACE steps of OpenPACE (TR-03110 Part 2, 3.2) on an `EacCtx`: the card
//! runs step 1 and 3A–3D, a terminal step 2 and 3A–3D.

use std::ffi::c_int;

use super::buf::BufMem;
use super::ctx::{EacCtx, PaceSecret};
use super::error::OpenPaceError;
use super::ffi;

/// Turns OpenPACE's `1 = success` convention into a `Result`.
fn succeeded(ret: c_int, function: &'static str) -> Result<(), OpenPaceError> {
    if ret == 1 {
        Ok(())
    } else {
        Err(OpenPaceError::from_queue(function))
    }
}

impl EacCtx {
    /// Card, step 1: picks a random nonce, keeps it, returns it encrypted with `K_pi`.
    pub fn encrypt_nonce(&self, password: &PaceSecret) -> Result<Vec<u8>, OpenPaceError> {
        // SAFETY: both pointers are valid for the call; the result is owned by BufMem.
        let raw = unsafe { ffi::PACE_STEP1_enc_nonce(self.as_ptr(), password.as_ptr()) };
        Ok(BufMem::from_returned(raw, "PACE_STEP1_enc_nonce")?.to_vec())
    }

    /// Terminal, step 2: decrypts the card's nonce with `K_pi` and keeps it.
    pub fn decrypt_nonce(
        &self,
        password: &PaceSecret,
        encrypted_nonce: &[u8],
    ) -> Result<(), OpenPaceError> {
        let input = BufMem::from_slice(encrypted_nonce)?;
        // SAFETY: all three pointers are valid, owned objects for the call.
        let ret =
            unsafe { ffi::PACE_STEP2_dec_nonce(self.as_ptr(), password.as_ptr(), input.as_ptr()) };
        succeeded(ret, "PACE_STEP2_dec_nonce")
    }

    /// Step 3A: a fresh mapping key pair; returns the public point to send.
    pub fn generate_mapping_data(&self) -> Result<Vec<u8>, OpenPaceError> {
        // SAFETY: the context is valid; the result is owned by BufMem.
        let raw = unsafe { ffi::PACE_STEP3A_generate_mapping_data(self.as_ptr()) };
        Ok(BufMem::from_returned(raw, "PACE_STEP3A_generate_mapping_data")?.to_vec())
    }

    /// Step 3A: Generic Mapping `G' = s·G + H` with the other side's mapping point.
    pub fn map_generator(&self, other_mapping_data: &[u8]) -> Result<(), OpenPaceError> {
        let input = BufMem::from_slice(other_mapping_data)?;
        // SAFETY: both pointers are valid, owned objects for the call.
        let ret = unsafe { ffi::PACE_STEP3A_map_generator(self.as_ptr(), input.as_ptr()) };
        succeeded(ret, "PACE_STEP3A_map_generator")
    }

    /// Step 3B: a fresh ephemeral key pair on `G'`; returns the public point.
    pub fn generate_ephemeral_key(&mut self) -> Result<Vec<u8>, OpenPaceError> {
        // SAFETY: the context is valid and exclusively borrowed; result owned by BufMem.
        let raw = unsafe { ffi::PACE_STEP3B_generate_ephemeral_key(self.as_mut_ptr()) };
        Ok(BufMem::from_returned(raw, "PACE_STEP3B_generate_ephemeral_key")?.to_vec())
    }

    /// Step 3B: the shared secret with the other side's ephemeral public point.
    pub fn compute_shared_secret(&self, other_public_key: &[u8]) -> Result<(), OpenPaceError> {
        let input = BufMem::from_slice(other_public_key)?;
        // SAFETY: both pointers are valid, owned objects for the call.
        let ret = unsafe { ffi::PACE_STEP3B_compute_shared_secret(self.as_ptr(), input.as_ptr()) };
        succeeded(ret, "PACE_STEP3B_compute_shared_secret")
    }

    /// Step 3C: derives `KS_enc` and `KS_mac` from the shared secret.
    pub fn derive_keys(&self) -> Result<(), OpenPaceError> {
        // SAFETY: the context is valid for the call.
        let ret = unsafe { ffi::PACE_STEP3C_derive_keys(self.as_ptr()) };
        succeeded(ret, "PACE_STEP3C_derive_keys")
    }

    /// Step 3D: this side's authentication token over the other side's public point.
    pub fn authentication_token(&self, other_public_key: &[u8]) -> Result<Vec<u8>, OpenPaceError> {
        let input = BufMem::from_slice(other_public_key)?;
        // SAFETY: both pointers are valid for the call; the result is owned by BufMem.
        let raw =
            unsafe { ffi::PACE_STEP3D_compute_authentication_token(self.as_ptr(), input.as_ptr()) };
        Ok(BufMem::from_returned(raw, "PACE_STEP3D_compute_authentication_token")?.to_vec())
    }

    /// Step 3D: checks the other side's token; `Ok(false)` means a wrong password
    /// (or a forged exchange).
    pub fn verify_authentication_token(&self, token: &[u8]) -> Result<bool, OpenPaceError> {
        let input = BufMem::from_slice(token)?;
        // SAFETY: both pointers are valid, owned objects for the call.
        let ret =
            unsafe { ffi::PACE_STEP3D_verify_authentication_token(self.as_ptr(), input.as_ptr()) };
        match ret {
            1 => Ok(true),
            0 => {
                // A mismatch queues an OpenSSL error too; drop it with the result.
                let _mismatch =
                    OpenPaceError::from_queue("PACE_STEP3D_verify_authentication_token");
                Ok(false)
            }
            _ => Err(OpenPaceError::from_queue(
                "PACE_STEP3D_verify_authentication_token",
            )),
        }
    }
}
