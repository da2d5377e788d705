//! Bodies of the fuzz targets, shared by the libFuzzer binaries in
//! `fuzz_targets/` and the regression test `tests/fuzz_regressions.rs`.
//! Each body must never panic on any input; the assertions state
//! invariants (round trips) that must hold whenever parsing succeeds.

use eid::apdu::{CommandApdu, ResponseApdu, StatusWord};
use eid::card_access::CardAccess;
use eid::oid::Cipher;
use eid::pace::PaceParams;
use eid::sm::{ProtectedResponse, SecureMessaging, SessionKeys};
use eid::tlv::{self, Tlv};

/// BER-TLV and command APDU parsing, with re-encoding round trips.
pub fn tlv(data: &[u8]) {
    if let Ok(objects) = tlv::parse_all(data) {
        for object in objects {
            let encoded = tlv::encode(object.tag(), object.value()).expect("parsed value fits");
            let again = Tlv::parse_exact(&encoded).expect("re-encoded TLV parses");
            assert_eq!(again.tag(), object.tag());
            assert_eq!(again.value(), object.value());
            if object.tag().is_constructed() {
                let _ = object.children();
            }
        }
    }
    if let Ok(command) = CommandApdu::parse(data) {
        let encoded = command.to_bytes().expect("parsed command encodes");
        assert_eq!(CommandApdu::parse(&encoded).expect("round trip"), command);
    }
    let _ = ResponseApdu::parse(data).map(|response| response.to_bytes());
}

/// EF.CardAccess parsing and PACE parameter selection.
pub fn card_access(data: &[u8]) {
    match CardAccess::parse(data) {
        Ok(card_access) => {
            let _ = PaceParams::from_card_access(&card_access).map_err(|e| e.to_string());
            for info in &card_access.pace_infos {
                let _ = info.protocol_oid.to_string();
            }
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
}

fn messaging() -> SecureMessaging {
    let keys = SessionKeys::new(Cipher::Aes128, vec![0x5A; 16].into(), vec![0xA5; 16].into());
    SecureMessaging::new(&keys).expect("fixed keys are valid")
}

/// Secure messaging response parsing: the structural parser, full
/// unprotect of raw bytes (MAC check), and unprotect of the input sealed
/// with a valid MAC (reaches decryption, padding and status checks).
pub fn sm_response(data: &[u8]) {
    let _ = ProtectedResponse::parse(data);
    let Some((&sw_byte, objects)) = data.split_first() else {
        return;
    };
    let sw = StatusWord::from_bytes(0x90 | (sw_byte & 0x0F), sw_byte & 0xF0);
    let mut terminal = messaging();
    let _ = terminal.unprotect(&ResponseApdu::new(objects.to_vec(), sw));

    let mut card = messaging();
    let mut terminal = messaging();
    let sealed = card
        .seal_response_objects(objects.to_vec())
        .expect("sealing appends 10 bytes");
    let _ = terminal.unprotect(&ResponseApdu::new(sealed, sw));
}
