//! Secure messaging: round trips against the card-side helpers, extended
//! length, and the rule that any error closes the channel for good.

#[allow(dead_code)]
mod common;

use common::hex;
use eid::apdu::{CommandApdu, ResponseApdu, StatusWord};
use eid::oid::Cipher;
use eid::sm::{SecureChannel, SecureMessaging, SessionKeys, SmError};
use eid::transport::{CardTransport, TransportError};

fn keys(cipher: Cipher) -> SessionKeys {
    let len = cipher.key_len();
    SessionKeys::new(cipher, vec![0x11; len].into(), vec![0x22; len].into())
}

/// A card that checks the MAC structure only loosely and answers with
/// `answer(card_sm)`; it keeps its own SSC in step by protecting a dummy
/// command for each received command.
struct EchoCard {
    sm: SecureMessaging,
    tamper: bool,
    received: Vec<Vec<u8>>,
}

impl CardTransport for EchoCard {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        self.received.push(apdu.to_vec());
        // Keep the card's counter in step with the terminal's command.
        self.sm
            .protect(&CommandApdu::new(0, 0, 0, 0))
            .map_err(|e| TransportError::Reader(e.to_string()))?;
        let plain = ResponseApdu::new(b"hello card".to_vec(), StatusWord::SUCCESS);
        let mut protected = self
            .sm
            .protect_response(&plain)
            .map_err(|e| TransportError::Reader(e.to_string()))?;
        if self.tamper {
            protected.data[3] ^= 1;
        }
        Ok(protected.to_bytes())
    }
}

fn channel(cipher: Cipher, tamper: bool) -> SecureChannel<EchoCard> {
    let card = EchoCard {
        sm: SecureMessaging::new(&keys(cipher)).unwrap(),
        tamper,
        received: Vec::new(),
    };
    SecureChannel::new(card, &keys(cipher)).unwrap()
}

#[test]
fn round_trip_for_every_aes_key_length() {
    for cipher in [Cipher::Aes128, Cipher::Aes192, Cipher::Aes256] {
        let mut channel = channel(cipher, false);
        for _ in 0..3 {
            let command = CommandApdu::new(0, 0xB0, 0, 0).with_ne(256);
            let response = channel.transmit(&command).unwrap();
            assert_eq!(response.data, b"hello card");
            assert!(response.sw.is_success());
        }
        assert!(channel.is_open());
    }
}

#[test]
fn mac_failure_closes_the_channel() {
    let mut channel = channel(Cipher::Aes128, true);
    let command = CommandApdu::new(0, 0xB0, 0, 0).with_ne(256);
    assert!(matches!(
        channel.transmit(&command),
        Err(SmError::MacInvalid)
    ));
    assert!(!channel.is_open());
    assert!(matches!(
        channel.transmit(&command),
        Err(SmError::SessionClosed)
    ));
    assert_eq!(channel.into_transport().received.len(), 1);
}

#[test]
fn unprotected_answer_closes_the_channel() {
    struct PlainCard;
    impl CardTransport for PlainCard {
        fn transmit(&mut self, _apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
            Ok(vec![0x69, 0x88])
        }
    }
    let mut channel = SecureChannel::new(PlainCard, &keys(Cipher::Aes128)).unwrap();
    let command = CommandApdu::new(0, 0x2C, 2, 3).with_data(b"123456".to_vec());
    let error = channel.transmit(&command).unwrap_err();
    assert!(matches!(error, SmError::Unprotected(StatusWord(0x6988))));
    assert!(!channel.is_open());
}

#[test]
fn large_commands_use_extended_length() {
    let mut terminal = SecureMessaging::new(&keys(Cipher::Aes128)).unwrap();
    let command = CommandApdu::new(0, 0xD6, 0, 0).with_data(vec![0xAB; 300]);
    let protected = terminal.protect(&command).unwrap();
    let bytes = protected.to_bytes().unwrap();
    assert_eq!(&bytes[..5], [0x0C, 0xD6, 0, 0, 0]);
    assert_eq!(protected.ne, Some(65_536));
    assert_eq!(&bytes[bytes.len() - 2..], [0, 0]);
    assert_eq!(terminal.ssc()[15], 1);
}

#[test]
fn mac_is_checked_before_padding_and_status() {
    let mut card = SecureMessaging::new(&keys(Cipher::Aes128)).unwrap();
    let mut terminal = SecureMessaging::new(&keys(Cipher::Aes128)).unwrap();
    // Valid MAC over a cryptogram that is not block aligned.
    terminal.protect(&CommandApdu::new(0, 0xB0, 0, 0)).unwrap();
    card.protect(&CommandApdu::new(0, 0xB0, 0, 0)).unwrap();
    let objects = card
        .seal_response_objects(hex("8704 01AABBCC 99029000"))
        .unwrap();
    let response = ResponseApdu::new(objects, StatusWord::SUCCESS);
    assert!(matches!(
        terminal.unprotect(&response),
        Err(SmError::Symmetric(_))
    ));
    // Valid MAC, but the protected status differs from the outer one.
    let objects = card.seal_response_objects(hex("99026A80")).unwrap();
    let response = ResponseApdu::new(objects, StatusWord::SUCCESS);
    assert!(matches!(
        terminal.unprotect(&response),
        Err(SmError::StatusMismatch { .. })
    ));
}

/// A command without data and without `Le` (RESET RETRY COUNTER for the PUK) is
/// authenticated over `SSC || pad(header)` and nothing more: the padded header is one
/// run of data already and gets no second padding block (ISO/IEC 7816-4), as a real
/// ID card and AusweisApp compute it. With data, the data objects are padded once.
#[test]
fn a_command_without_data_is_authenticated_over_its_padded_header_alone() {
    let keys = keys(Cipher::Aes128);
    let mac_key = eid::symmetric::AesKey::new(keys.mac()).unwrap();
    let mut sm = SecureMessaging::new(&keys).unwrap();
    let protected = sm
        .protect(&CommandApdu::new(0x00, 0x2C, 0x03, 0x03))
        .unwrap();

    let mut ssc = [0u8; 16];
    ssc[15] = 1;
    let mut input = ssc.to_vec();
    input.extend_from_slice(&[0x0C, 0x2C, 0x03, 0x03, 0x80]);
    input.resize(32, 0);
    let expected = &mac_key.cmac(&input)[..8];
    assert_eq!(protected.data[..2], [0x8E, 0x08], "only the MAC object");
    assert_eq!(&protected.data[2..], expected);
}
