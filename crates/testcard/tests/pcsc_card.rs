//! The virtual card through the real stack: `eid` (PACE, secure messaging,
//! PC/SC transport) → pcsc crate → pcscd → vpcd → the `testcard run` process
//! (secrets on its stdin, faults through its control socket).

use std::path::Path;

use eid::apdu::{ApduError, CommandApdu, ResponseApdu, StatusWord};
use eid::card_access::CardAccess;
use eid::oid::Cipher;
use eid::pace::curves::DomainParameters;
use eid::pace::{self, PaceError, PaceParams};
use eid::random::OsRandom;
use eid::secret::{PasswordRef, Secret};
use eid::sm::{SecureChannel, SmError};
use eid::status::{PasswordStatus, ResetRetryCounterStatus};
use eid::transport::pcsc::PcscReader;
use eid::transport::{CardTransport, TransportError};
use testcard::card::{DIR_SFI, EID_AID, SM_TEST_FILE_CONTENT, SM_TEST_FILE_SFI};
use testcard::card_access::Curve;
use testcard::harness::{CardOptions, VirtualCard};

/// Starts the `testcard` binary of this package as the card.
fn start(options: &CardOptions) -> VirtualCard {
    VirtualCard::start_process(Path::new(env!("CARGO_BIN_EXE_testcard")), options)
        .unwrap_or_else(|error| panic!("{error}"))
}

/// READ BINARY of EF.CardAccess by short file id, plain (APDU step 1).
fn read_card_access(transport: &mut impl CardTransport) -> PaceParams {
    let command = CommandApdu::new(0x00, 0xB0, 0x9C, 0x00).with_ne(256);
    let bytes = transport.transmit(&command.to_bytes().unwrap()).unwrap();
    let response = ResponseApdu::parse(&bytes).unwrap();
    assert!(
        response.sw.is_success(),
        "READ BINARY EF.CardAccess: {}",
        response.sw
    );
    let card_access = CardAccess::parse(&response.data).unwrap();
    PaceParams::from_card_access(&card_access).unwrap()
}

fn secret(text: &str) -> Secret {
    Secret::new(text.to_owned())
}

/// SM READ BINARY of the test EF by short file id.
fn read_test_file(channel: &mut SecureChannel<PcscReader>) -> Result<Vec<u8>, SmError> {
    let command = CommandApdu::new(0x00, 0xB0, 0x80 | SM_TEST_FILE_SFI, 0x00).with_ne(256);
    let mut response = channel.transmit(&command)?;
    assert_eq!(response.sw, StatusWord::SUCCESS);
    Ok(response.take_data())
}

/// Connects, reads EF.CardAccess (step 1) and runs PACE (steps 2–6).
fn establish(
    card: &VirtualCard,
    password: PasswordRef,
    text: &str,
) -> Result<(SecureChannel<PcscReader>, PaceParams), PaceError> {
    let mut reader = card.connect().unwrap();
    let params = read_card_access(&mut reader);
    let (channel, _status) = pace::establish(reader, &params, password, &secret(text))?;
    Ok((channel, params))
}

fn reset_retry_counter(p1: u8, new_pin: Option<&str>) -> CommandApdu {
    let command = CommandApdu::new(0x00, 0x2C, p1, 0x03);
    match new_pin {
        Some(pin) => command.with_data(pin.as_bytes().to_vec()),
        None => command,
    }
}

#[test]
fn pace_with_can_pin_and_puk_then_sm_read_binary_on_each_curve() {
    for (curve, domain, cipher) in [
        (
            Curve::P256,
            DomainParameters::BrainpoolP256r1,
            Cipher::Aes128,
        ),
        (
            Curve::P384,
            DomainParameters::BrainpoolP384r1,
            Cipher::Aes192,
        ),
        (
            Curve::P512,
            DomainParameters::BrainpoolP512r1,
            Cipher::Aes256,
        ),
    ] {
        let options = CardOptions {
            curve,
            ..CardOptions::default()
        };
        let card = start(&options);
        for (password, text) in [
            (PasswordRef::Can, options.can),
            (PasswordRef::Pin, options.pin),
            (PasswordRef::Puk, options.puk),
        ] {
            let (mut channel, params) = establish(&card, password, text)
                .unwrap_or_else(|error| panic!("PACE {password:?} on {curve}: {error}"));
            assert_eq!((params.domain, params.protocol.cipher), (domain, cipher));
            assert_eq!(read_test_file(&mut channel).unwrap(), SM_TEST_FILE_CONTENT);
        }
    }
}

/// Sends `apdu` (bytes) and returns the answer's bytes.
fn send(reader: &mut PcscReader, apdu: &[u8]) -> Vec<u8> {
    reader.transmit(apdu).unwrap()
}

/// What an eID client reads first (AusweisApp 1.26 does exactly this): the MF,
/// EF.DIR by short file id with `Le = 00` until an empty answer, then the eID
/// application by its AID. A card of another kind has neither.
#[test]
fn the_eid_application_is_listed_in_ef_dir_and_selectable_by_its_aid() {
    let select_aid = |aid: &[u8]| {
        let mut apdu = vec![0x00, 0xA4, 0x04, 0x0C, aid.len() as u8];
        apdu.extend_from_slice(aid);
        apdu
    };
    let directory = [
        &[0x61, 0x0B, 0x4F, 0x09][..],
        &EID_AID[..],
        &[0x90, 0x00][..],
    ]
    .concat();

    let card = start(&CardOptions::default());
    let mut reader = card.connect().unwrap();
    assert_eq!(
        send(&mut reader, &[0x00, 0xA4, 0x00, 0x0C, 0x02, 0x3F, 0x00]),
        [0x90, 0x00]
    );
    assert_eq!(
        send(&mut reader, &[0x00, 0xB0, 0x80 | DIR_SFI, 0x00, 0x00]),
        directory
    );
    // Reading on at the end of the file (EF.DIR is now the current EF): nothing more.
    assert_eq!(
        send(&mut reader, &[0x00, 0xB0, 0x00, 0x0D, 0x00]),
        [0x90, 0x00]
    );
    assert_eq!(send(&mut reader, &select_aid(&EID_AID)), [0x90, 0x00]);
    let passport = [0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01];
    assert_eq!(send(&mut reader, &select_aid(&passport)), [0x6A, 0x82]);
    drop(reader);
    drop(card);

    let other = start(&CardOptions {
        other_card: true,
        ..CardOptions::default()
    });
    let mut reader = other.connect().unwrap();
    assert_eq!(
        send(&mut reader, &[0x00, 0xB0, 0x80 | DIR_SFI, 0x00, 0x00]),
        [0x6A, 0x82]
    );
    assert_eq!(send(&mut reader, &select_aid(&EID_AID)), [0x6A, 0x82]);
}

#[test]
fn sm_only_file_is_refused_in_plain() {
    let card = start(&CardOptions::default());
    let mut reader = card.connect().unwrap();
    let command = CommandApdu::new(0x00, 0xB0, 0x80 | SM_TEST_FILE_SFI, 0x00).with_ne(256);
    let bytes = reader.transmit(&command.to_bytes().unwrap()).unwrap();
    assert_eq!(bytes, [0x69, 0x82]);
}

#[test]
fn wrong_pin_counts_down_suspends_blocks_and_puk_unblocks() {
    let options = CardOptions::default();
    let card = start(&options);

    for expected_left in [2, 1] {
        match establish(&card, PasswordRef::Pin, "99999") {
            Err(PaceError::WrongPassword { retries_left, .. }) => {
                assert_eq!(retries_left, Some(expected_left))
            }
            other => panic!("expected a wrong PIN, got {:?}", other.map(|_| ())),
        }
    }
    // Suspended: even the right PIN is refused until a CAN PACE resumes it.
    match establish(&card, PasswordRef::Pin, options.pin) {
        Err(PaceError::CardRejected { sw, .. }) => assert_eq!(sw, StatusWord(0x6985)),
        other => panic!("expected a suspended PIN, got {:?}", other.map(|_| ())),
    }
    // CAN, then a wrong PIN inside the channel: blocked.
    let (mut can_channel, params) = establish(&card, PasswordRef::Can, options.can).unwrap();
    match pace::run(
        &mut can_channel,
        &params,
        PasswordRef::Pin,
        &secret("99999"),
        &mut OsRandom,
    ) {
        Err(PaceError::WrongPassword {
            status_before,
            retries_left,
            ..
        }) => {
            assert_eq!(status_before, PasswordStatus::Suspended);
            assert_eq!(retries_left, Some(0));
        }
        other => panic!("expected a wrong PIN, got {:?}", other.map(|_| ())),
    }
    drop(can_channel);
    match establish(&card, PasswordRef::Pin, options.pin) {
        Err(PaceError::PasswordUnusable(status)) => assert_eq!(status, PasswordStatus::Blocked),
        other => panic!("expected a blocked PIN, got {:?}", other.map(|_| ())),
    }
    assert_eq!(card.counter("pin-tries").unwrap(), "0");

    // PUK PACE and RESET RETRY COUNTER unblock the PIN.
    let (mut puk_channel, _) = establish(&card, PasswordRef::Puk, options.puk).unwrap();
    let response = puk_channel
        .transmit(&reset_retry_counter(0x03, None))
        .unwrap();
    assert_eq!(
        ResetRetryCounterStatus::decode(response.sw, PasswordRef::Puk),
        ResetRetryCounterStatus::Done
    );
    drop(puk_channel);
    let (mut channel, _) = establish(&card, PasswordRef::Pin, options.pin).unwrap();
    assert_eq!(read_test_file(&mut channel).unwrap(), SM_TEST_FILE_CONTENT);
}

#[test]
fn suspended_pin_resumed_by_can_works_inside_the_channel() {
    let options = CardOptions::default();
    let card = start(&options);
    for _ in 0..2 {
        assert!(establish(&card, PasswordRef::Pin, "99999").is_err());
    }
    let (mut can_channel, params) = establish(&card, PasswordRef::Can, options.can).unwrap();
    let success = pace::run(
        &mut can_channel,
        &params,
        PasswordRef::Pin,
        &secret(options.pin),
        &mut OsRandom,
    )
    .unwrap();
    assert_eq!(success.status_before, PasswordStatus::Suspended);
    let mut pin_channel =
        SecureChannel::new(can_channel.into_transport(), &success.outcome.keys).unwrap();
    assert_eq!(
        read_test_file(&mut pin_channel).unwrap(),
        SM_TEST_FILE_CONTENT
    );
    assert_eq!(card.counter("pin-tries").unwrap(), "3");
}

#[test]
fn wrong_can_and_puk_are_reported_without_tries() {
    let options = CardOptions::default();
    let card = start(&options);
    for (password, wrong) in [
        (PasswordRef::Can, "654321"),
        (PasswordRef::Puk, "0987654321"),
    ] {
        match establish(&card, password, wrong) {
            Err(PaceError::WrongPassword {
                retries_left, sw, ..
            }) => {
                assert_eq!(retries_left, None);
                assert_eq!(sw, StatusWord(0x6300));
            }
            other => panic!("expected a wrong {password:?}, got {:?}", other.map(|_| ())),
        }
    }
}

#[test]
fn change_pin_needs_pin_pace_and_secure_messaging() {
    let options = CardOptions::default();
    let card = start(&options);
    assert_eq!(card.counter("transport-pin").unwrap(), "1");

    // Plain: refused.
    let mut reader = card.connect().unwrap();
    let plain = reset_retry_counter(0x02, Some("654321"))
        .to_bytes()
        .unwrap();
    assert_eq!(reader.transmit(&plain).unwrap(), [0x69, 0x82]);
    drop(reader);
    // Under SM after CAN only: refused.
    let (mut can_channel, _) = establish(&card, PasswordRef::Can, options.can).unwrap();
    let response = can_channel
        .transmit(&reset_retry_counter(0x02, Some("654321")))
        .unwrap();
    assert_eq!(response.sw, StatusWord(0x6982));
    drop(can_channel);
    // Under SM after PACE with the Transport PIN: done.
    let (mut pin_channel, _) = establish(&card, PasswordRef::Pin, options.pin).unwrap();
    let response = pin_channel
        .transmit(&reset_retry_counter(0x02, Some("654321")))
        .unwrap();
    assert_eq!(response.sw, StatusWord::SUCCESS);
    drop(pin_channel);
    assert_eq!(card.counter("transport-pin").unwrap(), "0");

    assert!(matches!(
        establish(&card, PasswordRef::Pin, options.pin),
        Err(PaceError::WrongPassword { .. })
    ));
    let (mut channel, _) = establish(&card, PasswordRef::Pin, "654321").unwrap();
    assert_eq!(read_test_file(&mut channel).unwrap(), SM_TEST_FILE_CONTENT);
}

#[test]
fn used_up_puk_is_reported_as_inoperative() {
    let options = CardOptions {
        puk_uses: 1,
        ..CardOptions::default()
    };
    let card = start(&options);
    let mut expected = [
        ResetRetryCounterStatus::Done,
        ResetRetryCounterStatus::PukInoperative,
    ]
    .into_iter();
    for _ in 0..2 {
        let (mut channel, _) = establish(&card, PasswordRef::Puk, options.puk).unwrap();
        let response = channel.transmit(&reset_retry_counter(0x03, None)).unwrap();
        assert_eq!(
            ResetRetryCounterStatus::decode(response.sw, PasswordRef::Puk),
            expected.next().unwrap()
        );
    }
    assert_eq!(card.counter("puk-uses").unwrap(), "0");
}

#[test]
fn deactivated_eid_refuses_pin_pace_but_not_can() {
    let options = CardOptions {
        deactivated: true,
        ..CardOptions::default()
    };
    let card = start(&options);
    match establish(&card, PasswordRef::Pin, options.pin) {
        Err(PaceError::PasswordUnusable(status)) => assert_eq!(status, PasswordStatus::Deactivated),
        other => panic!("expected a deactivated eID, got {:?}", other.map(|_| ())),
    }
    assert!(establish(&card, PasswordRef::Can, options.can).is_ok());
}

#[test]
fn flipped_response_mac_is_detected() {
    let options = CardOptions::default();
    let card = start(&options);
    // Steps: 1 READ BINARY EF.CardAccess, 2 MSE, 3–6 GENERAL AUTHENTICATE, 7 SM READ BINARY.
    card.control("fault flip-mac:7").unwrap();
    let (mut channel, _) = establish(&card, PasswordRef::Can, options.can).unwrap();
    assert!(matches!(
        read_test_file(&mut channel),
        Err(SmError::MacInvalid)
    ));
    assert!(!channel.is_open());
}

/// A transport that, before its `pause_before`-th command, waits until pcscd
/// has noticed that the card left — as when the citizen pulls the card while
/// the host computes.
struct WaitForRemoval<'a> {
    reader: PcscReader,
    card: &'a VirtualCard,
    sent: usize,
    pause_before: usize,
}

impl CardTransport for WaitForRemoval<'_> {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        self.sent += 1;
        if self.sent == self.pause_before {
            self.card.wait_removed().unwrap();
        }
        self.reader.transmit(apdu)
    }
}

#[test]
fn card_pulled_between_pace_steps_gives_card_removed_and_can_come_back() {
    let options = CardOptions::default();
    let card = start(&options);
    // Steps: 1 READ BINARY EF.CardAccess, 2 MSE, 3–6 GENERAL AUTHENTICATE.
    card.control("fault remove-after:4").unwrap();
    let mut transport = WaitForRemoval {
        reader: card.connect().unwrap(),
        card: &card,
        sent: 0,
        pause_before: 5,
    };
    let params = read_card_access(&mut transport);
    match pace::establish(
        &mut transport,
        &params,
        PasswordRef::Can,
        &secret(options.can),
    ) {
        Err(PaceError::Transport(TransportError::CardRemoved)) => {}
        other => panic!("expected CardRemoved, got {:?}", other.map(|_| ())),
    }
    assert_eq!(card.counter("inserted").unwrap(), "0");
    card.insert().unwrap();
    assert!(establish(&card, PasswordRef::Can, options.can).is_ok());
}

/// vpcd reports a card that vanishes while it waits for the answer as an
/// empty response (`SCARD_S_SUCCESS`, 0 bytes).
#[test]
fn card_torn_out_during_an_apdu_gives_an_empty_response() {
    let options = CardOptions::default();
    let card = start(&options);
    card.control("fault remove-before:4").unwrap();
    match establish(&card, PasswordRef::Can, options.can) {
        Err(PaceError::Apdu(ApduError::ResponseTooShort(0))) => {}
        other => panic!("expected an empty response, got {:?}", other.map(|_| ())),
    }
    card.wait_removed().unwrap();
}

#[test]
fn garbage_and_slow_answers() {
    let options = CardOptions::default();
    let card = start(&options);
    card.control("fault garbage:3").unwrap();
    match establish(&card, PasswordRef::Can, options.can) {
        Err(PaceError::Apdu(ApduError::ResponseTooShort(1))) => {}
        other => panic!("expected a malformed response, got {:?}", other.map(|_| ())),
    }
    // Re-inserting starts the step count again; delay GENERAL AUTHENTICATE 1 (step 3).
    card.remove().unwrap();
    card.control("fault delay:3:700").unwrap();
    card.insert().unwrap();
    assert!(establish(&card, PasswordRef::Can, options.can).is_ok());
    assert!(card.control("status").unwrap().ends_with("faults="));
}
