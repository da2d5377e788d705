//! `BufMem`: an owned OpenSSL `BUF_MEM`, wiped and freed on drop.

use std::ptr::NonNull;

use super::error::OpenPaceError;
use super::ffi;

/// An owned `BUF_MEM`. Its contents are cleansed when it is dropped, so it
/// may carry nonces, keys and other secrets.
pub(crate) struct BufMem(NonNull<ffi::BUF_MEM>);

impl BufMem {
    /// Copies `bytes` into a fresh `BUF_MEM`.
    pub(crate) fn from_slice(bytes: &[u8]) -> Result<Self, OpenPaceError> {
        // SAFETY: BUF_MEM_new has no preconditions; NULL is handled below.
        let raw = NonNull::new(unsafe { ffi::BUF_MEM_new() })
            .ok_or_else(|| OpenPaceError::from_queue("BUF_MEM_new"))?;
        let buffer = Self(raw);
        if !bytes.is_empty() {
            // SAFETY: `raw` is a valid BUF_MEM we own; BUF_MEM_grow returns 0 on failure.
            if unsafe { ffi::BUF_MEM_grow(raw.as_ptr(), bytes.len()) } == 0 {
                return Err(OpenPaceError::from_queue("BUF_MEM_grow"));
            }
            // SAFETY: after a successful grow, `data` points to at least
            // `bytes.len()` writable bytes that do not overlap `bytes`.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    bytes.as_ptr(),
                    (*raw.as_ptr()).data.cast::<u8>(),
                    bytes.len(),
                );
            }
        }
        Ok(buffer)
    }

    /// Takes ownership of a `BUF_MEM` returned by `function`; NULL means it failed.
    pub(crate) fn from_returned(
        raw: *mut ffi::BUF_MEM,
        function: &'static str,
    ) -> Result<Self, OpenPaceError> {
        NonNull::new(raw)
            .map(Self)
            .ok_or_else(|| OpenPaceError::from_queue(function))
    }

    pub(crate) fn as_ptr(&self) -> *const ffi::BUF_MEM {
        self.0.as_ptr()
    }

    /// The buffer's bytes.
    pub(crate) fn as_slice(&self) -> &[u8] {
        // SAFETY: we own a valid BUF_MEM; `data` holds `length` initialised bytes
        // (or is NULL with length 0), and they live as long as `self`.
        unsafe {
            let raw = self.0.as_ref();
            if raw.data.is_null() || raw.length == 0 {
                &[]
            } else {
                std::slice::from_raw_parts(raw.data.cast::<u8>(), raw.length)
            }
        }
    }

    /// Copies the bytes out; the `BUF_MEM` itself is wiped when `self` drops.
    pub(crate) fn to_vec(&self) -> Vec<u8> {
        self.as_slice().to_vec()
    }
}

impl Drop for BufMem {
    fn drop(&mut self) {
        // SAFETY: we own the pointer and free it exactly once; the function
        // cleanses the contents before freeing.
        unsafe { ffi::BUF_MEM_clear_free(self.0.as_ptr()) }
    }
}
