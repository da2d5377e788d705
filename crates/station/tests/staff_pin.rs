//! The staff PIN: set once (or replaced by IT), verified against its Argon2id hash,
//! locked after five wrong tries, each further lock in a row twice as long — and the
//! lock survives a restart.

mod common;

use chrono::Duration;
use common::{at, temp_store};
use station::staff_pin::{self, StaffPin};
use station::{StationError, Store};

fn pin(text: &str) -> StaffPin {
    StaffPin::new(text.to_owned())
}

#[test]
fn set_once_then_verify() {
    let (_dir, store) = temp_store();
    let now = at("2026-02-25T09:00:00Z");
    assert!(!staff_pin::is_set(&store).unwrap());
    assert_eq!(
        staff_pin::verify(&store, &pin("482915"), now)
            .unwrap_err()
            .code(),
        "staff_pin_not_set"
    );
    assert_eq!(
        staff_pin::setup(&store, &pin("123456")).unwrap_err().code(),
        "staff_pin_rejected"
    );
    staff_pin::setup(&store, &pin("482915")).unwrap();
    assert!(staff_pin::is_set(&store).unwrap());
    assert_eq!(
        staff_pin::setup(&store, &pin("739184")).unwrap_err().code(),
        "staff_pin_already_set"
    );
    staff_pin::verify(&store, &pin("482915"), now).unwrap();
    let error = staff_pin::verify(&store, &pin("482916"), now).unwrap_err();
    assert!(
        matches!(error, StationError::StaffPinWrong { tries_left: 4 }),
        "{error:?}"
    );
}

#[test]
fn only_an_argon2id_hash_is_stored() {
    let (dir, store) = temp_store();
    staff_pin::setup(&store, &pin("482915")).unwrap();
    drop(store);
    let raw = rusqlite::Connection::open(dir.path().join("station.sqlite")).unwrap();
    let phc: String = raw
        .query_row("SELECT phc FROM staff_pin", [], |r| r.get(0))
        .unwrap();
    assert!(phc.starts_with("$argon2id$"), "{phc}");
    assert!(!phc.contains("482915"));
    let file = std::fs::read(dir.path().join("station.sqlite")).unwrap();
    assert!(
        !file.windows(6).any(|w| w == b"482915"),
        "the PIN itself is nowhere in the file"
    );
}

#[test]
fn five_wrong_tries_lock_for_five_minutes_even_across_a_restart() {
    let (dir, store) = temp_store();
    let path = dir.path().join("station.sqlite");
    let start = at("2026-02-25T09:00:00Z");
    staff_pin::setup(&store, &pin("482915")).unwrap();
    for expected_left in [4, 3] {
        let error = staff_pin::verify(&store, &pin("000000"), start).unwrap_err();
        assert!(
            matches!(error, StationError::StaffPinWrong { tries_left } if tries_left == expected_left)
        );
    }
    drop(store);
    let store = Store::open(&path).unwrap();
    for expected_left in [2, 1] {
        let error = staff_pin::verify(&store, &pin("000000"), start).unwrap_err();
        assert!(
            matches!(error, StationError::StaffPinWrong { tries_left } if tries_left == expected_left)
        );
    }
    let error = staff_pin::verify(&store, &pin("000000"), start).unwrap_err();
    assert!(
        matches!(error, StationError::StaffLocked { seconds_left: 300 }),
        "{error:?}"
    );
    assert_eq!(error.code(), "staff_locked");
    drop(store);

    // After a restart, the right PIN is still refused while the lock lasts.
    let store = Store::open(&path).unwrap();
    let later = start + Duration::seconds(120);
    let error = staff_pin::verify(&store, &pin("482915"), later).unwrap_err();
    assert!(
        matches!(error, StationError::StaffLocked { seconds_left: 180 }),
        "{error:?}"
    );

    // When the lock is over, the right PIN opens and the counter starts afresh.
    let after = start + Duration::seconds(300);
    staff_pin::verify(&store, &pin("482915"), after).unwrap();
    let error = staff_pin::verify(&store, &pin("000000"), after).unwrap_err();
    assert!(
        matches!(error, StationError::StaffPinWrong { tries_left: 4 }),
        "{error:?}"
    );
}

#[test]
fn a_clock_set_back_does_not_stretch_the_lock() {
    let (_dir, store) = temp_store();
    let start = at("2026-02-25T09:00:00Z");
    staff_pin::setup(&store, &pin("482915")).unwrap();
    for _ in 0..5 {
        let _ = staff_pin::verify(&store, &pin("000000"), start);
    }
    let earlier = start - Duration::hours(2);
    let error = staff_pin::verify(&store, &pin("482915"), earlier).unwrap_err();
    assert!(
        matches!(error, StationError::StaffLocked { seconds_left: 300 }),
        "{error:?}"
    );
    staff_pin::verify(&store, &pin("482915"), earlier + Duration::seconds(300)).unwrap();
}

#[test]
fn the_pin_never_shows_in_debug_output_or_errors() {
    let secret = pin("482915");
    assert!(!format!("{secret:?}").contains("482915"));
    let (_dir, store) = temp_store();
    staff_pin::setup(&store, &pin("482915")).unwrap();
    let error = staff_pin::verify(&store, &pin("739184"), at("2026-02-25T09:00:00Z")).unwrap_err();
    assert!(!format!("{error} {error:?}").contains("739184"));
}

#[test]
fn the_pin_deserializes_from_ipc_json() {
    let parsed: StaffPin = serde_json::from_str("\"482915\"").unwrap();
    let (_dir, store) = temp_store();
    staff_pin::setup(&store, &parsed).unwrap();
    staff_pin::verify(&store, &pin("482915"), at("2026-02-25T09:00:00Z")).unwrap();
}

/// Five wrong tries, `at`: the lock that follows lasts `seconds`.
fn lock_after_five_wrong(store: &Store, at: chrono::DateTime<chrono::Utc>, seconds: u64) {
    for _ in 0..4 {
        let _ = staff_pin::verify(store, &pin("000000"), at);
    }
    let error = staff_pin::verify(store, &pin("000000"), at).unwrap_err();
    assert!(
        matches!(error, StationError::StaffLocked { seconds_left } if seconds_left == seconds),
        "{error:?}, expected a lock of {seconds} s"
    );
}

#[test]
fn each_lock_in_a_row_lasts_twice_as_long_until_the_right_pin() {
    let (_dir, store) = temp_store();
    staff_pin::setup(&store, &pin("482915")).unwrap();
    let mut now = at("2026-02-25T09:00:00Z");
    for seconds in [300, 600, 1200, 2400] {
        lock_after_five_wrong(&store, now, seconds);
        now += Duration::seconds(seconds as i64);
    }
    assert_eq!(staff_pin::lock_length(30), Duration::hours(24));
    // The right PIN opens and the next lock is a first one again.
    staff_pin::verify(&store, &pin("482915"), now).unwrap();
    lock_after_five_wrong(&store, now, 300);
}

#[test]
fn it_replaces_a_forgotten_pin_and_the_lock_goes() {
    let (_dir, store) = temp_store();
    let now = at("2026-02-25T09:00:00Z");
    assert_eq!(
        staff_pin::replace(&store, &pin("111111"))
            .unwrap_err()
            .code(),
        "staff_pin_rejected"
    );
    staff_pin::replace(&store, &pin("482915")).unwrap();
    assert!(staff_pin::is_set(&store).unwrap());
    lock_after_five_wrong(&store, now, 300);
    staff_pin::replace(&store, &pin("739164")).unwrap();
    staff_pin::verify(&store, &pin("739164"), now).unwrap();
    assert_eq!(
        staff_pin::verify(&store, &pin("482915"), now)
            .unwrap_err()
            .code(),
        "staff_pin_wrong"
    );
}
