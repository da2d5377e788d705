//! Each staff command through the IPC path of the staff window.

mod common;

use common::{error_code, invoke, TestApp};
use serde_json::{json, Value};

#[test]
fn overview_names_station_schema_and_database() {
    let app = TestApp::start();
    let staff = app.open_staff_window();
    let overview = invoke(&staff, "staff_overview", json!({})).unwrap();
    assert_eq!(overview["station"], Value::Null);
    assert_eq!(
        overview["schemaVersion"].as_u64(),
        Some(u64::from(station::Store::latest_schema_version()))
    );
    assert_eq!(
        overview["databasePath"].as_str().unwrap(),
        app.database_path().display().to_string()
    );
    assert!(overview["today"].is_string());
}

#[test]
fn plan_lists_stations_and_one_can_be_selected() {
    let app = TestApp::start();
    let staff = app.open_staff_window();
    let plan = invoke(&staff, "stations_plan", json!({})).unwrap();
    let stern = plan
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "stern-center")
        .expect("Stern-Center in the plan");
    assert_eq!(stern["hours"], json!({ "open": "10:00", "close": "18:00" }));
    assert!(stern["days"]
        .as_array()
        .unwrap()
        .contains(&json!("2026-02-25")));
    assert!(stern["address"].as_str().unwrap().contains("Potsdam"));

    let unknown = invoke(&staff, "station_select", json!({ "id": "mond" })).unwrap_err();
    assert_eq!(error_code(&unknown), "unknown_station");
    assert_eq!(
        invoke(&staff, "station_select", json!({ "id": "stern-center" })).unwrap(),
        Value::Null
    );
    let overview = invoke(&staff, "staff_overview", json!({})).unwrap();
    assert_eq!(overview["station"]["id"], "stern-center");
}

#[test]
fn tickets_are_listed_called_and_marked() {
    let app = TestApp::start();
    let staff = app.open_staff_window();
    let none = invoke(&staff, "tickets_today", json!({})).unwrap_err();
    assert_eq!(error_code(&none), "no_station_selected");

    invoke(&staff, "station_select", json!({ "id": "stern-center" })).unwrap();
    assert_eq!(
        invoke(&staff, "tickets_today", json!({})).unwrap(),
        json!([])
    );
    assert_eq!(
        invoke(&staff, "ticket_call_next", json!({})).unwrap(),
        Value::Null
    );

    for _ in 0..2 {
        invoke(&app.kiosk(), "ticket_draw", json!({ "lang": "de" })).unwrap();
    }
    let today = invoke(&staff, "tickets_today", json!({})).unwrap();
    let today = today.as_array().unwrap();
    assert_eq!(today.len(), 2);
    assert_eq!(today[0]["label"], "A-001");
    assert_eq!(today[0]["status"], "waiting");
    assert_eq!(today[0]["calledAt"], Value::Null);
    assert!(today[0]["id"].is_string());

    let called = invoke(&staff, "ticket_call_next", json!({})).unwrap();
    assert_eq!(called["label"], "A-001");
    assert!(called["calledAt"].is_string());

    let served = invoke(
        &staff,
        "ticket_mark",
        json!({ "id": called["id"], "status": "served" }),
    )
    .unwrap();
    assert_eq!(served["status"], "served");
    let waiting_id = &today[1]["id"];
    let gone = invoke(
        &staff,
        "ticket_mark",
        json!({ "id": waiting_id, "status": "gone" }),
    )
    .unwrap();
    assert_eq!(gone["status"], "gone");

    let again = invoke(
        &staff,
        "ticket_mark",
        json!({ "id": called["id"], "status": "gone" }),
    )
    .unwrap_err();
    assert_eq!(error_code(&again), "ticket_transition");
}

#[test]
fn ticket_mark_refuses_bad_input_with_typed_errors() {
    let app = TestApp::start();
    let staff = app.select_station("stern-center");
    for args in [
        json!({ "id": "abc", "status": "served" }),
        json!({ "id": "1", "status": "vanished" }),
    ] {
        let error = invoke(&staff, "ticket_mark", args).unwrap_err();
        assert_eq!(error_code(&error), "invalid_input");
    }
    let missing = invoke(
        &staff,
        "ticket_mark",
        json!({ "id": "999", "status": "gone" }),
    )
    .unwrap_err();
    assert_eq!(error_code(&missing), "ticket_not_found");
}

/// The mock runtime drops a destroyed window without telling Tauri's window manager,
/// so only the answer is visible here; the end-to-end test sees the window go.
#[test]
fn staff_lock_answers_null() {
    let app = TestApp::start();
    let staff = app.open_staff_window();
    assert_eq!(
        invoke(&staff, "staff_lock", json!({})).unwrap(),
        Value::Null
    );
}
