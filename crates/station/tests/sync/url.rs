//! Plain `http://` only to this machine: refused at enrolment and when the client
//! for a stored address is built, before anything is sent. And the enrolment code
//! must end in the fingerprint of the keys the central sends, else nothing is pinned.

use chrono::Utc;
use station::sync::{self, enrolment, SyncError};

use crate::fake_central::{
    add_requests, counts, enrolled_station, enrolment_code, sync_round, FakeCentral,
};

#[test]
fn enrolment_refuses_plain_http_to_another_machine() {
    let (_dir, store) = crate::common::temp_store();
    // TEST-NET-1: never answers, so only the check can end this quickly.
    let refused = sync::block_on(enrolment::enrol(
        &store,
        "http://192.0.2.1:8700",
        "CODE",
        Utc::now(),
    ))
    .unwrap_err();
    assert!(matches!(refused, SyncError::InsecureUrl(_)), "{refused:?}");
    assert_eq!(refused.code(), "central_url_insecure");
    let message = refused.to_string();
    assert!(
        message.contains("unverschlüsselte Adresse") && message.contains("https://"),
        "{message}"
    );
    assert!(enrolment::load(&store).unwrap().is_none());
}

#[test]
fn a_stored_plain_http_address_to_another_machine_is_refused() {
    let central = FakeCentral::start();
    let (_dir, store) = enrolled_station(&central);
    add_requests(&store, 3);
    rusqlite::Connection::open(store.path())
        .unwrap()
        .execute(
            "UPDATE enrolment SET central_url = 'http://zentrale.example:8700'",
            [],
        )
        .unwrap();

    let refused = sync_round(&store, 10).unwrap_err();
    assert!(matches!(refused, SyncError::InsecureUrl(_)), "{refused:?}");
    assert!(central.batches().is_empty());
    assert_eq!(counts(&store).pending, 3);
    let status = sync::status(&store, false).unwrap();
    assert_eq!(status.last_error.unwrap().message, refused.to_string());
}

#[test]
fn a_code_without_or_with_a_foreign_fingerprint_pins_nothing() {
    let central = FakeCentral::start();
    let (_dir, store) = crate::common::temp_store();
    let enrol = |code: &str| {
        sync::block_on(enrolment::enrol(&store, central.url(), code, Utc::now())).unwrap_err()
    };
    let short = enrol("ABCD-EFGH-JKMN");
    assert!(
        matches!(short, SyncError::EnrolmentCodeMalformed),
        "{short:?}"
    );
    let right = enrolment_code();
    let foreign = format!("{}ZZZZ", &right[..right.len() - 4]);
    let mismatch = enrol(&foreign);
    assert!(
        matches!(mismatch, SyncError::FingerprintMismatch),
        "{mismatch:?}"
    );
    assert!(mismatch
        .to_string()
        .contains("passen nicht zum Anmeldecode"));
    assert!(enrolment::load(&store).unwrap().is_none(), "nothing pinned");
}
