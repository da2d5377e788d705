//! The eID kiosk's day figures and calls for help, in a real SQLite file.

mod common;

use common::{at, temp_store};
use station::eid_figures::{self, DayFigures, EidTally, HelpReason};
use station::Store;

#[test]
fn counts_follow_the_local_day_and_survive_reopening() {
    let (dir, store) = temp_store();
    // 23:30 UTC in winter is already the next day in Potsdam.
    let late = at("2026-02-25T23:30:00Z");
    let noon = at("2026-02-25T11:00:00Z");
    eid_figures::record(&store, EidTally::Changed, noon).unwrap();
    eid_figures::record(&store, EidTally::Changed, noon).unwrap();
    eid_figures::record(&store, EidTally::Failed, noon).unwrap();
    eid_figures::record(&store, EidTally::Referred, late).unwrap();
    drop(store);

    let store = Store::open(dir.path().join("station.sqlite")).unwrap();
    let day = |text: &str| eid_figures::day(&store, text.parse().unwrap()).unwrap();
    assert_eq!(
        day("2026-02-25"),
        DayFigures {
            changed: 2,
            failed: 1,
            referred: 0
        }
    );
    assert_eq!(
        day("2026-02-26"),
        DayFigures {
            changed: 0,
            failed: 0,
            referred: 1
        }
    );
    assert_eq!(day("2026-02-24"), DayFigures::default());
}

#[test]
fn help_requests_stay_open_until_staff_closes_them() {
    let (_dir, store) = temp_store();
    let first =
        eid_figures::request_help(&store, HelpReason::PukUsedUp, at("2026-02-25T10:00:00Z"))
            .unwrap();
    let second =
        eid_figures::request_help(&store, HelpReason::Other, at("2026-02-25T10:05:00Z")).unwrap();
    assert_eq!(
        eid_figures::open_help_requests(&store).unwrap(),
        vec![first.clone(), second.clone()]
    );

    assert!(eid_figures::help_done(&store, first.id, at("2026-02-25T10:06:00Z")).unwrap());
    assert!(!eid_figures::help_done(&store, first.id, at("2026-02-25T10:07:00Z")).unwrap());
    assert!(!eid_figures::help_done(&store, 9_999, at("2026-02-25T10:07:00Z")).unwrap());
    assert_eq!(
        eid_figures::open_help_requests(&store).unwrap(),
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
