//! `EacCtx` (an owned OpenPACE `EAC_CTX`) and `PaceSecret` (an owned `PACE_SEC`).

use std::ptr::NonNull;
use std::sync::Once;

use super::error::OpenPaceError;
use super::ffi;

static EAC_INIT: Once = Once::new();

/// Runs `EAC_init()` once per process: without it OpenPACE cannot parse
/// EF.CardAccess (its object identifiers are not registered).
fn ensure_initialised() {
    // SAFETY: EAC_init only registers OpenSSL objects; `Once` runs it exactly once.
    EAC_INIT.call_once(|| unsafe { ffi::EAC_init() });
}

/// One OpenPACE context: PACE state of one run and, after it, the secure
/// messaging keys and send sequence counter.
pub struct EacCtx(NonNull<ffi::EAC_CTX>);

impl EacCtx {
    /// A context set up for PACE from the DER-encoded EF.CardAccess.
    pub fn from_card_access(card_access: &[u8]) -> Result<Self, OpenPaceError> {
        ensure_initialised();
        // SAFETY: EAC_CTX_new has no preconditions; NULL is handled below.
        let raw = NonNull::new(unsafe { ffi::EAC_CTX_new() })
            .ok_or_else(|| OpenPaceError::from_queue("EAC_CTX_new"))?;
        let ctx = Self(raw);
        // SAFETY: `card_access` is readable for its length and `raw` is a fresh,
        // valid context owned by `ctx`.
        let ok = unsafe {
            ffi::EAC_CTX_init_ef_cardaccess(card_access.as_ptr(), card_access.len(), raw.as_ptr())
        };
        if ok != 1 {
            return Err(OpenPaceError::from_queue("EAC_CTX_init_ef_cardaccess"));
        }
        Ok(ctx)
    }

    pub(crate) fn as_ptr(&self) -> *const ffi::EAC_CTX {
        self.0.as_ptr()
    }

    pub(crate) fn as_mut_ptr(&mut self) -> *mut ffi::EAC_CTX {
        self.0.as_ptr()
    }
}

impl Drop for EacCtx {
    fn drop(&mut self) {
        // SAFETY: we own the context and free it exactly once; OpenPACE
        // cleanses keys and nonces before freeing.
        unsafe { ffi::EAC_CTX_clear_free(self.0.as_ptr()) }
    }
}

/// The kind of PACE password, with TR-03110's password reference numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordKind {
    /// Machine readable zone (reference 1).
    Mrz = 1,
    /// Card access number (reference 2).
    Can = 2,
    /// The holder's PIN (reference 3).
    Pin = 3,
    /// The PIN unblock key (reference 4).
    Puk = 4,
}

impl PasswordKind {
    /// The kind for a password reference of MSE:Set AT (tag `83`).
    pub fn from_reference(reference: u8) -> Option<Self> {
        match reference {
            1 => Some(Self::Mrz),
            2 => Some(Self::Can),
            3 => Some(Self::Pin),
            4 => Some(Self::Puk),
            _ => None,
        }
    }
}

/// An owned `PACE_SEC`: the password in OpenPACE's form, wiped on drop.
pub struct PaceSecret(NonNull<ffi::PACE_SEC>);

impl PaceSecret {
    /// Wraps `password` (the digits of CAN/PIN/PUK, or the MRZ string).
    pub fn new(kind: PasswordKind, password: &[u8]) -> Result<Self, OpenPaceError> {
        ensure_initialised();
        // SAFETY: `password` is readable for its length; PACE_SEC_new copies it.
        let raw = unsafe {
            ffi::PACE_SEC_new(
                password.as_ptr().cast(),
                password.len(),
                kind as ffi::s_type,
            )
        };
        NonNull::new(raw)
            .map(Self)
            .ok_or_else(|| OpenPaceError::from_queue("PACE_SEC_new"))
    }

    pub(crate) fn as_ptr(&self) -> *const ffi::PACE_SEC {
        self.0.as_ptr()
    }
}

impl Drop for PaceSecret {
    fn drop(&mut self) {
        // SAFETY: we own the secret and free it exactly once; the function
        // cleanses it before freeing.
        unsafe { ffi::PACE_SEC_clear_free(self.0.as_ptr()) }
    }
}
