//! Host-side PACE: `eid`'s terminal against OpenPACE's terminal, same machine,
//! same run. Each side runs every terminal computation of one PACE (password
//! key and nonce decryption, mapping key pair, Generic Mapping, ephemeral key
//! pair, shared secret, KDF, both tokens) against card messages computed
//! beforehand by OpenPACE's card side; no I/O is timed. Prints the medians and
//! the ratio ours/OpenPACE per curve.
//!
//! `eid` draws its keys from a fixed random source, so the recorded card
//! messages form a complete, verifying transcript for it. OpenPACE draws
//! fresh keys each run, so its final token check fails (same work either way).

use std::time::{Duration, Instant};

use eid::card_access::CardAccess;
use eid::pace::{PaceParams, PaceTerminal};
use eid::random::FixedRandom;
use eid::secret::{PasswordRef, Secret};
use testcard::card_access::Curve;
use testcard::openpace::{EacCtx, PaceSecret, PasswordKind};

const CAN: &str = "123456";
const WARM_UP: usize = 20;
const RUNS: usize = 300;
/// Enough fixed bytes for eid's two scalar draws, rejection sampling included.
const RANDOM_BYTES: usize = 1024;

/// The card's four GENERAL AUTHENTICATE response data fields.
struct CardMessages {
    nonce: Vec<u8>,
    mapping: Vec<u8>,
    ephemeral: Vec<u8>,
    token: Vec<u8>,
}

fn wrap(tag: u32, value: &[u8]) -> Vec<u8> {
    use eid::tlv::{encode, Tag};
    encode(Tag::new(0x7C), &encode(Tag::new(tag), value).unwrap()).unwrap()
}

fn fixed_random(curve: Curve) -> FixedRandom {
    let seed = curve.parameter_id();
    FixedRandom::new(
        (0..RANDOM_BYTES)
            .map(|i| (i as u8).wrapping_mul(31) ^ seed)
            .collect(),
    )
}

/// Runs OpenPACE's card side against `eid`'s deterministic terminal once and
/// records what the card sent.
fn record_card_messages(curve: Curve, params: &PaceParams, card_access: &[u8]) -> CardMessages {
    let mut card = EacCtx::from_card_access(card_access).unwrap();
    let secret = PaceSecret::new(PasswordKind::Can, CAN.as_bytes()).unwrap();
    let mut random = fixed_random(curve);
    let terminal = PaceTerminal::new(params.clone(), PasswordRef::Can, &Secret::new(CAN.into()));
    let (terminal, _) = terminal.request_nonce().unwrap();

    let nonce = wrap(0x80, &card.encrypt_nonce(&secret).unwrap());
    let (terminal, command) = terminal.on_nonce(&nonce, &mut random).unwrap();
    let card_mapping = card.generate_mapping_data().unwrap();
    card.map_generator(dynamic_value(&command.data)).unwrap();
    let mapping = wrap(0x82, &card_mapping);
    let (terminal, command) = terminal.on_mapping_key(&mapping, &mut random).unwrap();
    let card_key = card.generate_ephemeral_key().unwrap();
    let terminal_key = dynamic_value(&command.data).to_vec();
    card.compute_shared_secret(&terminal_key).unwrap();
    let ephemeral = wrap(0x84, &card_key);
    let (terminal, command) = terminal.on_ephemeral_key(&ephemeral).unwrap();
    card.derive_keys().unwrap();
    assert!(card
        .verify_authentication_token(dynamic_value(&command.data))
        .unwrap());
    let token = wrap(0x86, &card.authentication_token(&terminal_key).unwrap());
    terminal.on_token(&token).unwrap();
    CardMessages {
        nonce,
        mapping,
        ephemeral,
        token,
    }
}

/// The value inside `7C { tag value }`.
fn dynamic_value(data: &[u8]) -> &[u8] {
    let outer = eid::tlv::Tlv::parse_exact(data).unwrap();
    eid::tlv::Tlv::parse_exact(outer.value()).unwrap().value()
}

fn ours(curve: Curve, params: &PaceParams, card: &CardMessages) {
    let mut random = fixed_random(curve);
    let terminal = PaceTerminal::new(params.clone(), PasswordRef::Can, &Secret::new(CAN.into()));
    let (terminal, _) = terminal.request_nonce().unwrap();
    let (terminal, _) = terminal.on_nonce(&card.nonce, &mut random).unwrap();
    let (terminal, _) = terminal.on_mapping_key(&card.mapping, &mut random).unwrap();
    let (terminal, _) = terminal.on_ephemeral_key(&card.ephemeral).unwrap();
    terminal.on_token(&card.token).unwrap();
}

fn openpace(card_access: &[u8], card: &CardMessages) {
    let mut terminal = EacCtx::from_card_access(card_access).unwrap();
    let secret = PaceSecret::new(PasswordKind::Can, CAN.as_bytes()).unwrap();
    terminal
        .decrypt_nonce(&secret, dynamic_value(&card.nonce))
        .unwrap();
    terminal.generate_mapping_data().unwrap();
    terminal
        .map_generator(dynamic_value(&card.mapping))
        .unwrap();
    terminal.generate_ephemeral_key().unwrap();
    let card_key = dynamic_value(&card.ephemeral);
    terminal.compute_shared_secret(card_key).unwrap();
    terminal.derive_keys().unwrap();
    terminal.authentication_token(card_key).unwrap();
    let verified = terminal
        .verify_authentication_token(dynamic_value(&card.token))
        .unwrap();
    std::hint::black_box(verified);
}

fn median(mut run: impl FnMut()) -> Duration {
    for _ in 0..WARM_UP {
        run();
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn main() {
    println!("host-side PACE (ECDH-GM), median of {RUNS} runs");
    println!(
        "{:<24} {:>12} {:>14} {:>10}",
        "curve", "eid (ms)", "OpenPACE (ms)", "ratio"
    );
    for curve in Curve::ALL {
        let card_access = curve.ef_card_access().unwrap();
        let label = format!("{curve} (param id {})", curve.parameter_id());
        let params = PaceParams::from_card_access(&CardAccess::parse(&card_access).unwrap())
            .unwrap_or_else(|error| panic!("eid refuses {curve}: {error}"));
        let card = record_card_messages(curve, &params, &card_access);
        let ours_median = median(|| ours(curve, &params, &card));
        let theirs = median(|| openpace(&card_access, &card));
        println!(
            "{label:<24} {:>12.3} {:>14.3} {:>10.2}",
            millis(ours_median),
            millis(theirs),
            ours_median.as_secs_f64() / theirs.as_secs_f64()
        );
    }
}
