//! Tauri's ACL: the kiosk window may call only the citizen commands, the staff window
//! only the staff commands, the call display only its board; everything else is
//! refused before the command runs.

mod common;

use buergerkoffer_lib::{DISPLAY_COMMANDS, KIOSK_COMMANDS, SHARED_COMMANDS, STAFF_COMMANDS};
use common::{invoke, TestApp};
use serde_json::{json, Value};

fn refused_by_acl(result: &Result<Value, Value>) -> bool {
    matches!(result, Err(Value::String(text)) if text.contains("not allowed"))
}

#[test]
fn kiosk_window_cannot_call_staff_commands() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    for command in STAFF_COMMANDS {
        let result = invoke(&kiosk, command, json!({}));
        assert!(refused_by_acl(&result), "{command} from kiosk: {result:?}");
    }
}

#[test]
fn staff_window_cannot_call_kiosk_commands() {
    let app = TestApp::start();
    let staff = app.open_staff_window();
    for command in KIOSK_COMMANDS {
        let result = invoke(&staff, command, json!({ "lang": "de" }));
        assert!(refused_by_acl(&result), "{command} from staff: {result:?}");
    }
}

#[test]
fn a_refused_call_does_not_run_and_the_staff_window_may_make_it() {
    let app = TestApp::start();
    let staff = app.select_station("stern-center");
    let kiosk = app.kiosk();
    let drawn = invoke(
        &kiosk,
        "ticket_draw",
        json!({ "lang": "de", "kind": "eid" }),
    )
    .unwrap();

    assert!(refused_by_acl(&invoke(
        &kiosk,
        "ticket_call_next",
        json!({ "desk": 1 })
    )));
    assert!(refused_by_acl(&invoke(&kiosk, "tickets_today", json!({}))));

    // Nothing was called by the refused request: the ticket still waits.
    let today = invoke(&staff, "tickets_today", json!({})).unwrap();
    assert_eq!(today[0]["number"], drawn["number"]);
    assert_eq!(today[0]["status"], "waiting");

    let called = invoke(&staff, "ticket_call_next", json!({ "desk": 1 })).unwrap();
    assert_eq!(called["number"], drawn["number"]);
    assert_eq!(called["status"], "called");
}

#[test]
fn the_call_display_reads_its_board_and_nothing_else() {
    let app = TestApp::start();
    let staff = app.select_station("stern-center");
    invoke(&staff, "call_display_open", json!({})).unwrap();
    let display = app.display().expect("call_display_open opens the display");
    for command in KIOSK_COMMANDS
        .iter()
        .chain(STAFF_COMMANDS)
        .chain(SHARED_COMMANDS)
    {
        let result = invoke(&display, command, json!({ "lang": "de", "desk": 1 }));
        assert!(
            refused_by_acl(&result),
            "{command} from display: {result:?}"
        );
    }
    for window in [app.kiosk(), staff] {
        let result = invoke(&window, "call_board", json!({}));
        assert!(
            refused_by_acl(&result),
            "call_board from {}",
            window.label()
        );
    }
    let board = invoke(&display, "call_board", json!({})).unwrap();
    assert_eq!(board["stationName"], "Stern-Center");
}

#[test]
fn a_window_without_capability_may_call_nothing() {
    let app = TestApp::start();
    let stranger =
        tauri::WebviewWindowBuilder::new(&app.app, "stranger", tauri::WebviewUrl::default())
            .build()
            .unwrap();
    for command in KIOSK_COMMANDS
        .iter()
        .chain(STAFF_COMMANDS)
        .chain(SHARED_COMMANDS)
        .chain(DISPLAY_COMMANDS)
    {
        let result = invoke(&stranger, command, json!({}));
        assert!(
            refused_by_acl(&result),
            "{command} from stranger: {result:?}"
        );
    }
}

/// The capability files list exactly the commands of `names.rs`, so a new command
/// cannot be forgotten in the ACL (nor slip into the wrong window).
#[test]
fn capability_files_match_the_command_lists() {
    for (file, window, own, shared) in [
        (
            "capabilities/kiosk.json",
            "kiosk",
            KIOSK_COMMANDS,
            SHARED_COMMANDS,
        ),
        (
            "capabilities/staff.json",
            "staff",
            STAFF_COMMANDS,
            SHARED_COMMANDS,
        ),
        (
            "capabilities/display.json",
            "display",
            DISPLAY_COMMANDS,
            &[][..],
        ),
    ] {
        let commands: Vec<&str> = own.iter().chain(shared).copied().collect();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let capability: Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(capability["windows"], json!([window]), "{file}");
        let mut listed: Vec<String> = capability["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect();
        let mut expected: Vec<String> = commands
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .collect();
        listed.sort();
        expected.sort();
        assert_eq!(listed, expected, "{file}");
    }
}

/// The staff's eID figures and calls for help are refused from the kiosk (and nothing
/// is closed), while the reader state is open to both windows.
#[test]
fn eid_staff_commands_are_refused_from_the_kiosk() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    invoke(
        &kiosk,
        "eid_help_request",
        json!({ "reason": "pin_forgotten" }),
    )
    .unwrap();
    let staff = app.open_staff_window();
    let open = invoke(&staff, "eid_staff_overview", json!({})).unwrap();
    let id = open["helpRequests"][0]["id"].clone();

    assert!(refused_by_acl(&invoke(
        &kiosk,
        "eid_staff_overview",
        json!({})
    )));
    assert!(refused_by_acl(&invoke(
        &kiosk,
        "eid_help_done",
        json!({ "id": id })
    )));
    let still_open = invoke(&staff, "eid_staff_overview", json!({})).unwrap();
    assert_eq!(still_open["helpRequests"][0]["id"], id);

    for window in [&kiosk, &staff] {
        let state = invoke(window, "eid_reader_state", json!({})).unwrap();
        assert!(state["readers"].is_array(), "{state}");
        assert_eq!(state["busy"], false);
    }
}
