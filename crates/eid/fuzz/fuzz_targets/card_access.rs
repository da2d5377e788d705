//! libFuzzer target: see `targets::card_access`.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::card_access(data));
