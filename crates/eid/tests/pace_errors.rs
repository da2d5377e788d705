//! PACE error paths over a card that answers by step (not a transcript):
//! password states from MSE:Set AT, a wrong password at the final step,
//! malformed card data, and that no error or `Debug` output shows the PIN.

#[allow(dead_code)]
mod common;

use common::hex;
use eid::apdu::{CommandApdu, StatusWord};
use eid::card_access::CardAccess;
use eid::pace::curves::DomainParameters;
use eid::pace::{PaceError, PaceParams};
use eid::random::OsRandom;
use eid::secret::{PasswordRef, Secret};
use eid::status::PasswordStatus;
use eid::transport::{CardTransport, TransportError};

const PIN: &str = "918273";

/// Answers MSE:Set AT with `mse`, the GENERAL AUTHENTICATE steps with
/// well-formed data (valid curve points), and the token step with `last`.
struct StepCard {
    step: usize,
    mse: Vec<u8>,
    last: Vec<u8>,
    sent: Vec<Vec<u8>>,
}

impl StepCard {
    fn new(mse: &str, last: &str) -> Self {
        StepCard {
            step: 0,
            mse: hex(mse),
            last: hex(last),
            sent: Vec::new(),
        }
    }
}

impl CardTransport for StepCard {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        self.sent.push(apdu.to_vec());
        let group = DomainParameters::BrainpoolP256r1.group();
        let point = |scalar: u8| group.multiply(&[scalar; 32], &group.generator()).unwrap();
        let wrap = |tag: u8, value: &[u8]| {
            let mut inner = vec![tag, value.len() as u8];
            inner.extend_from_slice(value);
            let mut data = vec![0x7C, inner.len() as u8];
            data.extend(inner);
            data.extend([0x90, 0x00]);
            data
        };
        self.step += 1;
        Ok(match self.step {
            1 => self.mse.clone(),
            2 => wrap(0x80, &[0x42; 16]),
            3 => wrap(0x82, &point(3)),
            4 => wrap(0x84, &point(5)),
            _ => self.last.clone(),
        })
    }
}

fn params() -> PaceParams {
    let card_access = CardAccess::parse(&hex("31143012060A04007F0007020204020202010202010D"));
    PaceParams::from_card_access(&card_access.unwrap()).unwrap()
}

fn run(card: &mut StepCard) -> PaceError {
    let secret = Secret::new(PIN.to_owned());
    eid::pace::run(card, &params(), PasswordRef::Pin, &secret, &mut OsRandom).unwrap_err()
}

#[test]
fn wrong_pin_reports_tries_left() {
    let mut card = StepCard::new("63C2", "63C1");
    match run(&mut card) {
        PaceError::WrongPassword {
            status_before,
            retries_left,
            sw,
        } => {
            assert_eq!(status_before, PasswordStatus::RetriesLeft(2));
            assert_eq!(retries_left, Some(1));
            assert_eq!(sw, StatusWord(0x63C1));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(card.sent.len(), 5);
    assert_eq!(&card.sent[0][..4], [0x00, 0x22, 0xC1, 0xA4]);
    assert_eq!(
        card.sent[4][0], 0x00,
        "last GENERAL AUTHENTICATE ends the chain"
    );
    assert!(card.sent[1..4].iter().all(|apdu| apdu[0] == 0x10));
}

#[test]
fn blocked_and_deactivated_pins_stop_before_general_authenticate() {
    for (word, status) in [
        ("63C0", PasswordStatus::Blocked),
        ("6283", PasswordStatus::Deactivated),
    ] {
        let mut card = StepCard::new(word, "9000");
        assert!(matches!(run(&mut card), PaceError::PasswordUnusable(s) if s == status));
        assert_eq!(card.sent.len(), 1);
    }
    let mut card = StepCard::new("6A80", "9000");
    assert!(matches!(
        run(&mut card),
        PaceError::MseRejected(StatusWord(0x6A80))
    ));
}

#[test]
fn malformed_final_response_is_an_error() {
    let mut card = StepCard::new("9000", "7C03860100 9000");
    assert!(matches!(run(&mut card), PaceError::CardTokenInvalid));
    let mut card = StepCard::new("9000", "7C05 9000");
    assert!(matches!(run(&mut card), PaceError::Malformed { .. }));
    let mut card = StepCard::new("9000", "6A80");
    assert!(matches!(
        run(&mut card),
        PaceError::CardRejected {
            sw: StatusWord(0x6A80),
            ..
        }
    ));
}

#[test]
fn unsupported_parameters_are_named() {
    // PACEInfo with ECDH-GM-AES-128 on parameter id 12 (NIST P-256).
    let card_access =
        CardAccess::parse(&hex("31143012060A04007F0007020204020202010202010C")).unwrap();
    let error = PaceParams::from_card_access(&card_access).unwrap_err();
    assert_eq!(
        error.to_string(),
        "domain parameter id 12 (NIST P-256) is not supported"
    );
    // DH Generic Mapping (id-PACE-DH-GM-AES-CBC-CMAC-128).
    let card_access =
        CardAccess::parse(&hex("31143012060A04007F0007020204010202010202010D")).unwrap();
    let error = PaceParams::from_card_access(&card_access).unwrap_err();
    assert_eq!(
        error.to_string(),
        "PACE protocol 0.4.0.127.0.7.2.2.4.1.2 is not supported (only ECDH Generic Mapping with AES)"
    );
}

#[test]
fn no_output_contains_the_pin() {
    let ascii_hex = PIN.bytes().map(|b| format!("{b:02X}")).collect::<String>();
    let decimal = PIN
        .bytes()
        .map(|b| b.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut texts = Vec::new();
    let secret = Secret::new(PIN.to_owned());
    texts.push(format!("{secret:?}"));
    for (mse, last) in [("9000", "63C2"), ("63C0", "9000"), ("9000", "7C05 9000")] {
        let error = run(&mut StepCard::new(mse, last));
        texts.push(format!("{error}"));
        texts.push(format!("{error:?}"));
    }
    let change_pin = CommandApdu::new(0x00, 0x2C, 0x02, 0x03).with_data(PIN.as_bytes().to_vec());
    texts.push(format!("{change_pin:?}"));
    let keys = eid::sm::SessionKeys::new(
        eid::oid::Cipher::Aes128,
        vec![0; 16].into(),
        vec![1; 16].into(),
    );
    texts.push(format!("{keys:?}"));
    for text in texts {
        for needle in [
            PIN,
            ascii_hex.as_str(),
            ascii_hex.to_lowercase().as_str(),
            decimal.as_str(),
        ] {
            assert!(!text.contains(needle), "{text:?} contains the PIN");
        }
    }
}
