//! libFuzzer target: see `targets::sm_response`.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::sm_response(data));
