//! The error of a failed OpenPACE call, with OpenSSL's error queue drained into it.

use std::ffi::{c_char, CStr};

use super::ffi;

/// An OpenPACE function returned failure.
#[derive(Debug, thiserror::Error)]
#[error("OpenPACE {function} failed{detail}")]
pub struct OpenPaceError {
    /// The C function that failed.
    pub function: &'static str,
    /// OpenSSL's queued error strings (may be empty), prefixed with ": ".
    detail: String,
}

impl OpenPaceError {
    /// Builds the error for `function`, taking (and clearing) OpenSSL's error queue
    /// of this thread so the next call starts clean.
    pub(crate) fn from_queue(function: &'static str) -> Self {
        let mut messages = Vec::new();
        loop {
            // SAFETY: ERR_get_error only reads this thread's OpenSSL error queue.
            let code = unsafe { ffi::ERR_get_error() };
            if code == 0 {
                break;
            }
            let mut text = [0 as c_char; 256];
            // SAFETY: the buffer is writable for `text.len()` bytes and
            // ERR_error_string_n always NUL-terminates within that length.
            let message = unsafe {
                ffi::ERR_error_string_n(code, text.as_mut_ptr(), text.len());
                CStr::from_ptr(text.as_ptr())
            };
            messages.push(message.to_string_lossy().into_owned());
        }
        let detail = if messages.is_empty() {
            String::new()
        } else {
            format!(": {}", messages.join("; "))
        };
        Self { function, detail }
    }
}
