//! ICAO Doc 9303 Part 11, Appendix G.1: PACE ECDH Generic Mapping on
//! brainpoolP256r1 with AES-128 and the MRZ of the worked example.
//! Every intermediate value of the example is checked, then the full
//! terminal side of the transcript is replayed byte for byte.

mod common;

use common::{hex, TranscriptCard};
use eid::apdu::CommandApdu;
use eid::card_access::CardAccess;
use eid::kdf;
use eid::oid::Cipher;
use eid::pace::curves::DomainParameters;
use eid::pace::{mapping, tokens, PaceError, PaceParams, PaceSuccess};
use eid::random::FixedRandom;
use eid::secret::{mrz_information, PasswordRef};
use eid::sm::SecureChannel;
use eid::status::PasswordStatus;
use eid::symmetric::AesKey;

const CARD_ACCESS: &str = "31143012060A04007F0007020204020202010202010D";
const K_PI: &str = "89DED1B26624EC1E634C1989302849DD";
const NONCE_Z: &str = "95A3A016522EE98D01E76CB6B98B42C3";
const NONCE_S: &str = "3F00C4D39D153F2B2A214A078D899B22";
const SK_MAP_IFD: &str = "7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99";
const PK_MAP_IFD: &str = "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E\
                          544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
const SK_MAP_IC: &str = "498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560";
const PK_MAP_IC: &str = "04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57\
                         30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54";
const H: &str = "0460332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5\
                 0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181";
const G_MAPPED: &str = "048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2\
                        8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522";
const SK_DH_IFD: &str = "A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595";
const PK_DH_IFD: &str = "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C\
                         3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";
const PK_DH_IC: &str = "049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB\
                        7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";
const SHARED_SECRET: &str = "28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925";
const KS_ENC: &str = "F5F0E35C0D7161EE6724EE513A0D9A7F";
const KS_MAC: &str = "FE251C7858B356B24514B3BD5F4297D1";
const T_IFD: &str = "C2B0BD78D94BA866";
const T_IC: &str = "3ABB9674BCE93C08";

fn params() -> PaceParams {
    PaceParams::from_card_access(&CardAccess::parse(&hex(CARD_ACCESS)).unwrap()).unwrap()
}

#[test]
fn password_key_and_nonce() {
    let mrz = mrz_information("T22000129", "640812", "101031").unwrap();
    let pi = PasswordRef::Mrz.pace_password(&mrz);
    assert_eq!(
        pi.as_slice(),
        hex("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD")
    );
    let k_pi = kdf::derive(Cipher::Aes128, &pi, kdf::COUNTER_PASSWORD);
    assert_eq!(k_pi.as_slice(), hex(K_PI));
    let nonce = mapping::decrypt_nonce(&k_pi, &hex(NONCE_Z)).unwrap();
    assert_eq!(nonce.as_slice(), hex(NONCE_S));
}

#[test]
fn mapping_key_pairs_and_the_ephemeral_key_on_the_mapped_generator() {
    let group = DomainParameters::BrainpoolP256r1.group();
    let g = group.generator();
    assert_eq!(
        group.multiply(&hex(SK_MAP_IFD), &g).unwrap(),
        hex(PK_MAP_IFD)
    );
    assert_eq!(group.multiply(&hex(SK_MAP_IC), &g).unwrap(), hex(PK_MAP_IC));
    assert_eq!(
        group.multiply_generator(&hex(SK_MAP_IFD)).unwrap(),
        hex(PK_MAP_IFD),
        "the generator's table gives the same"
    );
    let h = group.multiply(&hex(SK_MAP_IFD), &hex(PK_MAP_IC)).unwrap();
    assert_eq!(h, hex(H));
    // Both sides reach the same H.
    assert_eq!(
        group.multiply(&hex(SK_MAP_IC), &hex(PK_MAP_IFD)).unwrap(),
        h
    );
    // The terminal's ephemeral key on G' = s·G + H, computed without G' itself: the
    // published PK_DH,IFD, which is SK_DH,IFD · G_MAPPED.
    let ephemeral = mapping::ephemeral_public(
        group,
        &hex(SK_DH_IFD),
        &hex(NONCE_S),
        &hex(SK_MAP_IFD),
        &hex(PK_MAP_IC),
    )
    .unwrap();
    assert_eq!(ephemeral, hex(PK_DH_IFD));
    assert_eq!(
        group.multiply(&hex(SK_DH_IFD), &hex(G_MAPPED)).unwrap(),
        ephemeral
    );
}

#[test]
fn key_agreement_session_keys_and_tokens() {
    let group = DomainParameters::BrainpoolP256r1.group();
    let pk_dh_ifd = group.multiply(&hex(SK_DH_IFD), &hex(G_MAPPED)).unwrap();
    assert_eq!(pk_dh_ifd, hex(PK_DH_IFD));
    let shared_point = group.multiply(&hex(SK_DH_IFD), &hex(PK_DH_IC)).unwrap();
    let shared_secret = &shared_point[1..33];
    assert_eq!(shared_secret, hex(SHARED_SECRET));
    let ks_enc = kdf::derive(Cipher::Aes128, shared_secret, kdf::COUNTER_ENC);
    let ks_mac = kdf::derive(Cipher::Aes128, shared_secret, kdf::COUNTER_MAC);
    assert_eq!(ks_enc.as_slice(), hex(KS_ENC));
    assert_eq!(ks_mac.as_slice(), hex(KS_MAC));
    let mac_key = AesKey::new(&ks_mac).unwrap();
    let oid = params().oid;
    let t_ifd = tokens::authentication_token(&mac_key, &oid, &hex(PK_DH_IC)).unwrap();
    let t_ic = tokens::authentication_token(&mac_key, &oid, &hex(PK_DH_IFD)).unwrap();
    assert_eq!(t_ifd.to_vec(), hex(T_IFD));
    assert_eq!(t_ic.to_vec(), hex(T_IC));
}

/// The APDUs of Appendix G.1 (MSE:Set AT with the MRZ, four GENERAL AUTHENTICATE steps).
fn transcript() -> Vec<(String, String)> {
    vec![
        (
            "0022C1A40F800A04007F00070202040202830101".into(),
            "9000".into(),
        ),
        ("10860000027C0000".into(), format!("7C128010{NONCE_Z}9000")),
        (
            format!("10860000457C438141{PK_MAP_IFD}00"),
            format!("7C438241{PK_MAP_IC}9000"),
        ),
        (
            format!("10860000457C438341{PK_DH_IFD}00"),
            format!("7C438441{PK_DH_IC}9000"),
        ),
        (
            format!("008600000C7C0A8508{T_IFD}00"),
            format!("7C0A8608{T_IC}9000"),
        ),
    ]
}

fn terminal_randomness() -> FixedRandom {
    let mut bytes = hex(SK_MAP_IFD);
    bytes.extend(hex(SK_DH_IFD));
    FixedRandom::new(bytes)
}

/// Runs PACE with the MRZ against `steps`; returns the result and whether
/// the card saw every command of the transcript.
fn run_transcript(steps: &[(String, String)]) -> (Result<PaceSuccess, PaceError>, bool) {
    let steps: Vec<(&str, &str)> = steps
        .iter()
        .map(|(c, r)| (c.as_str(), r.as_str()))
        .collect();
    let mut card = TranscriptCard::new(&steps);
    let mrz = mrz_information("T22000129", "640812", "101031").unwrap();
    let result = eid::pace::run(
        &mut card,
        &params(),
        PasswordRef::Mrz,
        &mrz,
        &mut terminal_randomness(),
    );
    (result, card.is_finished())
}

#[test]
fn terminal_side_of_the_transcript_byte_for_byte() {
    let (result, finished) = run_transcript(&transcript());
    let success = result.unwrap();
    assert!(finished);
    assert_eq!(success.status_before, PasswordStatus::Ready);
    assert_eq!(success.outcome.keys.enc(), hex(KS_ENC));
    assert_eq!(success.outcome.keys.mac(), hex(KS_MAC));
    assert_eq!(success.outcome.card_ephemeral_public, hex(PK_DH_IC));
    assert_eq!(success.outcome.car, None);
}

#[test]
fn optional_car_objects_in_the_last_response_are_kept() {
    let mut steps = transcript();
    steps[4].1 = format!("7C1B8608{T_IC}8706444554455354880744455445535430 9000");
    let success = run_transcript(&steps).0.unwrap();
    assert_eq!(success.outcome.car.as_deref(), Some(&b"DETEST"[..]));
    assert_eq!(
        success.outcome.previous_car.as_deref(),
        Some(&b"DETEST0"[..])
    );
}

#[test]
fn wrong_card_token_is_refused() {
    let mut steps = transcript();
    steps[4].1 = "7C0A86080000000000000000 9000".into();
    let error = run_transcript(&steps).0.unwrap_err();
    assert!(matches!(error, PaceError::CardTokenInvalid), "{error:?}");
}

/// AES secure messaging with the G.1 session keys: SELECT of the eMRTD
/// application (`00 A4 04 0C`, AID A0000002471001) at SSC 0, and the card's
/// protected `9000`. No official AES SM worked example exists in Doc 9303;
/// these values are published in the test suite of an independent Java
/// implementation (jcexpress `IcaoAppendixG1PaceTest`, generated with its
/// Python reference `icao_ref.py`).
#[test]
fn secure_messaging_with_the_g1_session_keys() {
    let steps = [(
        "0CA4040C1D871101752F676B09FAC86A87D632749A49C7CC8E08C18BA1FCE707BD9F00",
        "990290008E08BEA7B381C494A0799000",
    )];
    let mut card = TranscriptCard::new(&steps);
    let keys = eid::sm::SessionKeys::new(Cipher::Aes128, hex(KS_ENC).into(), hex(KS_MAC).into());
    let mut channel = SecureChannel::new(&mut card, &keys).unwrap();
    let select = CommandApdu::new(0x00, 0xA4, 0x04, 0x0C).with_data(hex("A0000002471001"));
    let response = channel.transmit(&select).unwrap();
    assert!(response.sw.is_success());
    assert!(response.data.is_empty());
    drop(channel);
    assert!(card.is_finished());
}
