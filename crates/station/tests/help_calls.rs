//! The citizens' calls for staff help, in a real SQLite file.

mod common;

use common::{at, temp_store};
use station::help_calls::{self, HelpReason};

#[test]
fn help_requests_stay_open_until_staff_closes_them() {
    let (_dir, store) = temp_store();
    let first = help_calls::request_help(&store, HelpReason::PukUsedUp, at("2026-02-25T10:00:00Z"))
        .unwrap();
    let second =
        help_calls::request_help(&store, HelpReason::Other, at("2026-02-25T10:05:00Z")).unwrap();
    assert_eq!(
        help_calls::open_help_requests(&store).unwrap(),
        vec![first.clone(), second.clone()]
    );

    assert!(help_calls::help_done(&store, first.id, at("2026-02-25T10:06:00Z")).unwrap());
    assert!(!help_calls::help_done(&store, first.id, at("2026-02-25T10:07:00Z")).unwrap());
    assert!(!help_calls::help_done(&store, 9_999, at("2026-02-25T10:07:00Z")).unwrap());
    assert_eq!(
        help_calls::open_help_requests(&store).unwrap(),
        vec![second]
    );
}

#[test]
fn reasons_use_the_ipc_names() {
    let reasons: Vec<HelpReason> =
        serde_json::from_str(r#"["puk_used_up","pin_forgotten","deactivated","other"]"#).unwrap();
    assert_eq!(
        serde_json::to_string(&reasons).unwrap(),
        r#"["puk_used_up","pin_forgotten","deactivated","other"]"#
    );
    assert!(serde_json::from_str::<HelpReason>(r#""lost""#).is_err());
}

#[test]
fn a_stored_reason_the_schema_forbids_is_refused_by_the_file() {
    let (dir, _store) = temp_store();
    let file = rusqlite::Connection::open(dir.path().join("station.sqlite")).unwrap();
    let inserted = file.execute(
        "INSERT INTO eid_help_requests (at, reason) VALUES ('2026-02-25T10:00:00.000Z', '123456')",
        [],
    );
    assert!(inserted.is_err(), "a free text reason must not be storable");
}
