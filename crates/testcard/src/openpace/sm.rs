//! TR-03110 secure messaging primitives of OpenPACE on an `EacCtx` whose PACE
//! run has finished: AES-CBC with `IV = E(KS_enc, SSC)`, CMAC over `SSC || data`,
//! ISO/IEC 9797-1 padding method 2 and the send sequence counter.

use super::buf::BufMem;
use super::ctx::EacCtx;
use super::error::OpenPaceError;
use super::ffi;

impl EacCtx {
    /// Switches the context to the keys of the finished PACE run, SSC = 0.
    pub fn start_secure_messaging(&mut self) -> Result<(), OpenPaceError> {
        // SAFETY: the context is valid and exclusively borrowed.
        let ret = unsafe { ffi::EAC_CTX_set_encryption_ctx(self.as_mut_ptr(), ffi::EAC_ID_PACE) };
        if ret == 1 {
            Ok(())
        } else {
            Err(OpenPaceError::from_queue("EAC_CTX_set_encryption_ctx"))
        }
    }

    /// SSC += 1, done once before each command and once before each response.
    pub fn increment_ssc(&self) -> Result<(), OpenPaceError> {
        // SAFETY: the context is valid for the call.
        if unsafe { ffi::EAC_increment_ssc(self.as_ptr()) } == 1 {
            Ok(())
        } else {
            Err(OpenPaceError::from_queue("EAC_increment_ssc"))
        }
    }

    /// ISO/IEC 9797-1 padding method 2 to the cipher's block size.
    pub fn pad(&self, data: &[u8]) -> Result<Vec<u8>, OpenPaceError> {
        self.transform(data, "EAC_add_iso_pad", |ctx, input| {
            // SAFETY: both pointers are valid for the call.
            unsafe { ffi::EAC_add_iso_pad(ctx, input) }
        })
    }

    /// Removes ISO/IEC 9797-1 padding method 2; fails if there is none.
    pub fn unpad(&self, data: &[u8]) -> Result<Vec<u8>, OpenPaceError> {
        self.transform(data, "EAC_remove_iso_pad", |_, input| {
            // SAFETY: the pointer is valid for the call.
            unsafe { ffi::EAC_remove_iso_pad(input) }
        })
    }

    /// Encrypts block-aligned `data` with the current SSC's IV.
    pub fn encrypt(&self, data: &[u8]) -> Result<Vec<u8>, OpenPaceError> {
        self.transform(data, "EAC_encrypt", |ctx, input| {
            // SAFETY: both pointers are valid for the call.
            unsafe { ffi::EAC_encrypt(ctx, input) }
        })
    }

    /// Decrypts block-aligned `data` with the current SSC's IV.
    pub fn decrypt(&self, data: &[u8]) -> Result<Vec<u8>, OpenPaceError> {
        self.transform(data, "EAC_decrypt", |ctx, input| {
            // SAFETY: both pointers are valid for the call.
            unsafe { ffi::EAC_decrypt(ctx, input) }
        })
    }

    /// The 8-byte CMAC over `SSC || data` (`data` already padded).
    pub fn mac(&self, data: &[u8]) -> Result<Vec<u8>, OpenPaceError> {
        self.transform(data, "EAC_authenticate", |ctx, input| {
            // SAFETY: both pointers are valid for the call.
            unsafe { ffi::EAC_authenticate(ctx, input) }
        })
    }

    /// Runs one buffer-in, buffer-out OpenPACE function.
    fn transform(
        &self,
        data: &[u8],
        function: &'static str,
        call: impl FnOnce(*const ffi::EAC_CTX, *const ffi::BUF_MEM) -> *mut ffi::BUF_MEM,
    ) -> Result<Vec<u8>, OpenPaceError> {
        let input = BufMem::from_slice(data)?;
        let output = BufMem::from_returned(call(self.as_ptr(), input.as_ptr()), function)?;
        Ok(output.to_vec())
    }
}
