//! The eID commands that need no card, through the real IPC path: new-PIN rules with
//! their `rule` field, calls for help from the kiosk to the staff window and back, the
//! day's figures, and the keypad setting in `kiosk_info`.

mod common;

use common::{error_code, invoke, settings_in, TestApp};
use serde_json::json;

#[test]
fn new_pin_rules_come_back_as_rule_fields() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    assert_eq!(
        invoke(&kiosk, "eid_check_new_pin", json!({ "pin": "482915" })).unwrap(),
        json!(null)
    );
    for (pin, rule) in [
        ("12345", "length"),
        ("12a456", "digits"),
        ("777777", "all_same"),
        ("654321", "sequence"),
    ] {
        let error = invoke(&kiosk, "eid_check_new_pin", json!({ "pin": pin })).unwrap_err();
        assert_eq!(error_code(&error), "eid_new_pin_rule");
        assert_eq!(error["rule"], rule, "{pin}");
        assert!(!error.to_string().contains(pin), "{error}");
    }
}

#[test]
fn a_call_for_help_reaches_the_staff_window_until_done() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    invoke(
        &kiosk,
        "eid_help_request",
        json!({ "reason": "puk_used_up" }),
    )
    .unwrap();
    let refused = invoke(&kiosk, "eid_help_request", json!({ "reason": "bored" }));
    assert!(refused.is_err(), "{refused:?}");

    let staff = app.open_staff_window();
    let overview = invoke(&staff, "eid_staff_overview", json!({})).unwrap();
    assert_eq!(
        overview["today"],
        json!({ "changed": 0, "failed": 0, "referred": 0 })
    );
    let requests = overview["helpRequests"].as_array().unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0]["reason"], "puk_used_up");
    assert!(requests[0]["at"].as_str().unwrap().ends_with('Z'));
    let id = requests[0]["id"].as_str().unwrap().to_owned();

    invoke(&staff, "eid_help_done", json!({ "id": id })).unwrap();
    let again = invoke(&staff, "eid_help_done", json!({ "id": id })).unwrap_err();
    assert_eq!(error_code(&again), "invalid_input");
    let garbage = invoke(&staff, "eid_help_done", json!({ "id": "x1" })).unwrap_err();
    assert_eq!(error_code(&garbage), "invalid_input");
    let overview = invoke(&staff, "eid_staff_overview", json!({})).unwrap();
    assert_eq!(overview["helpRequests"], json!([]));
    for key in ["readers", "reader", "card", "busy"] {
        assert!(overview["reader"].get(key).is_some(), "{key} in {overview}");
    }
}

#[test]
fn kiosk_info_tells_whether_to_shuffle_the_keypad() {
    let app = TestApp::start();
    let info = invoke(&app.kiosk(), "kiosk_info", json!({})).unwrap();
    assert_eq!(info["shuffleKeypad"], false);

    let data_dir = tempfile::tempdir().unwrap();
    let mut settings = settings_in(&data_dir);
    settings.shuffle_keypad = true;
    let app = TestApp::start_with(data_dir, settings);
    let info = invoke(&app.kiosk(), "kiosk_info", json!({})).unwrap();
    assert_eq!(info["shuffleKeypad"], true);
}
