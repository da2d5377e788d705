//! Each staff command through the IPC path of the staff window.

mod common;

use common::{error_code, invoke, TestApp};
use devices::fake_printer::{FakePrinter, FakeState};
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
        invoke(&staff, "ticket_call_next", json!({ "desk": 1 })).unwrap(),
        Value::Null
    );

    for _ in 0..2 {
        invoke(
            &app.kiosk(),
            "ticket_draw",
            json!({ "lang": "de", "kind": "eid" }),
        )
        .unwrap();
    }
    let today = invoke(&staff, "tickets_today", json!({})).unwrap();
    let today = today.as_array().unwrap();
    assert_eq!(today.len(), 2);
    assert_eq!(today[0]["label"], "A-001");
    assert_eq!(today[0]["status"], "waiting");
    assert_eq!(today[0]["calledAt"], Value::Null);
    assert!(today[0]["id"].is_string());

    let called = invoke(&staff, "ticket_call_next", json!({ "desk": 1 })).unwrap();
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

#[test]
fn desks_printer_and_the_call_display_work_together() {
    let data_dir = tempfile::tempdir().unwrap();
    let sound_dir = tempfile::tempdir().unwrap();
    let mut settings = common::settings_in(&data_dir);
    settings.call_sound_dir = Some(sound_dir.path().to_path_buf());
    let app = TestApp::start_with(data_dir, settings);
    let staff = app.select_station("stern-center");
    let kiosk = app.kiosk();

    let desks = json!([
        { "number": 1, "kinds": ["eid"] },
        { "number": 2, "kinds": ["advice", "request"] }
    ]);
    assert_eq!(
        invoke(&staff, "desks_set", json!({ "desks": desks })).unwrap(),
        desks
    );
    let info = invoke(&kiosk, "kiosk_info", json!({})).unwrap();
    assert_eq!(
        info["ticketKinds"],
        json!([
            { "kind": "eid", "letter": "A" },
            { "kind": "advice", "letter": "B" },
            { "kind": "request", "letter": "C" }
        ])
    );
    let bad = invoke(&staff, "desks_set", json!({ "desks": [] })).unwrap_err();
    assert_eq!(error_code(&bad), "desks_invalid");

    // Paper out: the ticket is drawn and shown all the same, staff see the problem.
    let printer = FakePrinter::start(FakeState::PaperOut).unwrap();
    let address = printer.address().to_string();
    let state = invoke(&staff, "printer_set", json!({ "address": address })).unwrap();
    assert_eq!(state["address"], address);
    let drawn = invoke(
        &kiosk,
        "ticket_draw",
        json!({ "lang": "de", "kind": "advice" }),
    )
    .unwrap();
    assert_eq!(
        (drawn["label"].as_str(), drawn["printed"].as_bool()),
        (Some("B-001"), Some(false))
    );
    let state = invoke(&staff, "printer_state", json!({})).unwrap();
    assert_eq!(state["trouble"]["code"], "printer_paper_out");
    printer.set_state(FakeState::Ready);
    let drawn = invoke(
        &kiosk,
        "ticket_draw",
        json!({ "lang": "en", "kind": "eid" }),
    )
    .unwrap();
    assert_eq!(drawn["printed"], true);
    assert_eq!(
        invoke(&staff, "printer_state", json!({})).unwrap()["trouble"],
        Value::Null
    );
    let refused = invoke(&staff, "printer_set", json!({ "address": "drucker" })).unwrap_err();
    assert_eq!(error_code(&refused), "printer_address_invalid");

    // The display shows the call to desk 2 and sounds it.
    invoke(&staff, "call_display_open", json!({})).unwrap();
    let display = app.display().expect("the call display is open");
    let board = invoke(&display, "call_board", json!({})).unwrap();
    assert_eq!(board["current"], Value::Null);
    assert_eq!(
        board["waiting"],
        json!([
            { "kind": "eid", "letter": "A", "count": 1 },
            { "kind": "advice", "letter": "B", "count": 1 },
            { "kind": "request", "letter": "C", "count": 0 }
        ])
    );
    let called = invoke(&staff, "ticket_call_next", json!({ "desk": 2 })).unwrap();
    assert_eq!(called["label"], "B-001");
    let board = invoke(&display, "call_board", json!({})).unwrap();
    assert_eq!(
        (
            board["current"]["label"].as_str(),
            board["current"]["desk"].as_u64()
        ),
        (Some("B-001"), Some(2))
    );
    let sounded = (0..100).find_map(|_| {
        let files: Vec<_> = std::fs::read_dir(sound_dir.path())
            .unwrap()
            .flatten()
            .collect();
        if files.is_empty() {
            std::thread::sleep(std::time::Duration::from_millis(100));
            None
        } else {
            Some(files)
        }
    });
    let files = sounded.expect("the call was sounded into BK_CALL_SOUND_DIR");
    assert_eq!(files.len(), 1, "one call, one sound");
    assert!(files[0]
        .file_name()
        .to_string_lossy()
        .starts_with("call-B001"));
}
