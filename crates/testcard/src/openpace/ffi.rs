//! Hand-written `extern "C"` declarations for the parts of OpenPACE (`libeac`)
//! and OpenSSL (`libcrypto`) the virtual card and the benchmark call.
//!
//! Signatures follow `/usr/include/eac/{eac,pace}.h` (OpenPACE 1.1) and
//! `openssl/{buffer,err}.h` (OpenSSL 3). Nothing here is safe to call directly:
//! the RAII wrappers in the sibling modules own every pointer.

use std::ffi::{c_char, c_int, c_uchar, c_ulong};

/// OpenSSL's growable byte buffer (`struct buf_mem_st`).
#[repr(C)]
pub struct BUF_MEM {
    pub length: usize,
    pub data: *mut c_char,
    pub max: usize,
    pub flags: c_ulong,
}

/// Opaque OpenPACE context (`EAC_CTX`).
#[repr(C)]
pub struct EAC_CTX {
    _private: [u8; 0],
}

/// Opaque OpenPACE password (`PACE_SEC`).
#[repr(C)]
pub struct PACE_SEC {
    _private: [u8; 0],
}

/// `enum s_type` of `pace.h`: `PACE_MRZ = 1, PACE_CAN, PACE_PIN, PACE_PUK`.
pub type s_type = c_int;

/// `EAC_ID_PACE` of `eac.h`: selects the PACE keys for secure messaging.
pub const EAC_ID_PACE: c_int = 0;

#[allow(non_snake_case)]
extern "C" {
    // eac.h — management
    pub fn EAC_init();
    pub fn EAC_CTX_new() -> *mut EAC_CTX;
    pub fn EAC_CTX_clear_free(ctx: *mut EAC_CTX);
    pub fn EAC_CTX_init_ef_cardaccess(
        input: *const c_uchar,
        in_len: usize,
        ctx: *mut EAC_CTX,
    ) -> c_int;
    pub fn BUF_MEM_clear_free(b: *mut BUF_MEM);

    // eac.h — secure messaging
    pub fn EAC_CTX_set_encryption_ctx(ctx: *mut EAC_CTX, id: c_int) -> c_int;
    pub fn EAC_add_iso_pad(ctx: *const EAC_CTX, unpadded: *const BUF_MEM) -> *mut BUF_MEM;
    pub fn EAC_remove_iso_pad(padded: *const BUF_MEM) -> *mut BUF_MEM;
    pub fn EAC_increment_ssc(ctx: *const EAC_CTX) -> c_int;
    pub fn EAC_encrypt(ctx: *const EAC_CTX, data: *const BUF_MEM) -> *mut BUF_MEM;
    pub fn EAC_decrypt(ctx: *const EAC_CTX, data: *const BUF_MEM) -> *mut BUF_MEM;
    pub fn EAC_authenticate(ctx: *const EAC_CTX, data: *const BUF_MEM) -> *mut BUF_MEM;

    // pace.h
    pub fn PACE_SEC_new(sec: *const c_char, sec_len: usize, kind: s_type) -> *mut PACE_SEC;
    pub fn PACE_SEC_clear_free(s: *mut PACE_SEC);
    pub fn PACE_STEP1_enc_nonce(ctx: *const EAC_CTX, pi: *const PACE_SEC) -> *mut BUF_MEM;
    pub fn PACE_STEP2_dec_nonce(
        ctx: *const EAC_CTX,
        pi: *const PACE_SEC,
        enc_nonce: *const BUF_MEM,
    ) -> c_int;
    pub fn PACE_STEP3A_generate_mapping_data(ctx: *const EAC_CTX) -> *mut BUF_MEM;
    pub fn PACE_STEP3A_map_generator(ctx: *const EAC_CTX, input: *const BUF_MEM) -> c_int;
    pub fn PACE_STEP3B_generate_ephemeral_key(ctx: *mut EAC_CTX) -> *mut BUF_MEM;
    pub fn PACE_STEP3B_compute_shared_secret(ctx: *const EAC_CTX, input: *const BUF_MEM) -> c_int;
    pub fn PACE_STEP3C_derive_keys(ctx: *const EAC_CTX) -> c_int;
    pub fn PACE_STEP3D_compute_authentication_token(
        ctx: *const EAC_CTX,
        pubkey: *const BUF_MEM,
    ) -> *mut BUF_MEM;
    pub fn PACE_STEP3D_verify_authentication_token(
        ctx: *const EAC_CTX,
        token: *const BUF_MEM,
    ) -> c_int;

    // openssl/buffer.h, openssl/err.h
    pub fn BUF_MEM_new() -> *mut BUF_MEM;
    pub fn BUF_MEM_grow(b: *mut BUF_MEM, len: usize) -> usize;
    pub fn ERR_get_error() -> c_ulong;
    pub fn ERR_error_string_n(e: c_ulong, buf: *mut c_char, len: usize);
}
