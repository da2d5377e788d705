//! Each kiosk command through the IPC path of the kiosk window, against a real store
//! in a temporary directory and the compiled-in catalogue and plan.

mod common;

use buergerkoffer_lib::{start_info_script, Shell, START_INFO_GLOBAL};
use common::{error_code, invoke, settings_in, TestApp, STAFF_PIN};
use serde_json::{json, Value};
use tauri::Manager;

#[test]
fn kiosk_info_before_and_after_setup() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    let info = invoke(&kiosk, "kiosk_info", json!({})).unwrap();
    assert_eq!(info["station"], Value::Null);
    assert_eq!(info["staffPinSet"], false);
    assert_eq!(info["idleSeconds"], 45);
    let today = info["today"].as_str().unwrap();
    assert!(
        chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").is_ok(),
        "{today}"
    );

    app.select_station("stern-center");
    let info = invoke(&kiosk, "kiosk_info", json!({})).unwrap();
    assert_eq!(
        info["station"],
        json!({ "id": "stern-center", "name": "Stern-Center" })
    );
    assert_eq!(info["staffPinSet"], true);
}

#[test]
fn the_kiosk_page_finds_kiosk_info_before_its_first_frame() {
    let app = TestApp::start();
    app.select_station("stern-center");
    let script = start_info_script(&app.app.state::<Shell>()).expect("the station is open");
    let json = script
        .strip_prefix(&format!("window.{START_INFO_GLOBAL} = "))
        .and_then(|rest| rest.strip_suffix(';'))
        .expect(&script);
    let given: Value = serde_json::from_str(json).unwrap();
    assert_eq!(
        given,
        invoke(&app.kiosk(), "kiosk_info", json!({})).unwrap()
    );
    assert_eq!(given["station"]["name"], "Stern-Center");
}

#[test]
fn kiosk_ready_writes_the_ready_file_once() {
    let data_dir = tempfile::tempdir().unwrap();
    let ready_file = data_dir.path().join("ready-ms");
    let mut settings = settings_in(&data_dir);
    settings.ready_file = Some(ready_file.clone());
    let app = TestApp::start_with(data_dir, settings);

    let first = invoke(&app.kiosk(), "kiosk_ready", json!({})).unwrap();
    let ms = first["msSinceStart"].as_u64().unwrap();
    assert_eq!(
        std::fs::read_to_string(&ready_file).unwrap(),
        format!("{ms}\n")
    );

    std::fs::remove_file(&ready_file).unwrap();
    let again = invoke(&app.kiosk(), "kiosk_ready", json!({})).unwrap();
    assert_eq!(again["msSinceStart"].as_u64(), Some(ms));
    assert!(
        !ready_file.exists(),
        "only the first report writes the file"
    );
}

#[test]
fn categories_in_both_languages() {
    let app = TestApp::start();
    let de = invoke(&app.kiosk(), "services_categories", json!({ "lang": "de" })).unwrap();
    let en = invoke(&app.kiosk(), "services_categories", json!({ "lang": "en" })).unwrap();
    let de = de.as_array().unwrap();
    assert!(!de.is_empty());
    assert_eq!(de.len(), en.as_array().unwrap().len());
    assert!(de
        .iter()
        .any(|c| c["id"] == "meldewesen" && c["name"] == "Melden & Ausweise"));

    let error = invoke(&app.kiosk(), "services_categories", json!({ "lang": "xx" })).unwrap_err();
    assert_eq!(error_code(&error), "unknown_language");
}

#[test]
fn search_finds_services_despite_typos_and_filters_by_category() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    let found = invoke(
        &kiosk,
        "services_search",
        json!({ "lang": "de", "query": "Wonsitz ummelden", "category": null }),
    )
    .unwrap();
    assert_eq!(found[0]["id"], "wohnsitz-ummelden", "{found}");
    assert!(found[0]["url"].as_str().unwrap().starts_with("https://"));

    let in_category = invoke(
        &kiosk,
        "services_search",
        json!({ "lang": "en", "query": "", "category": "familie" }),
    )
    .unwrap();
    let in_category = in_category.as_array().unwrap();
    assert!(!in_category.is_empty());
    assert!(in_category.iter().all(|s| s["category"] == "familie"));

    let error = invoke(
        &kiosk,
        "services_search",
        json!({ "lang": "de", "query": "x", "category": "gibt-es-nicht" }),
    )
    .unwrap_err();
    assert_eq!(error_code(&error), "unknown_category");
}

#[test]
fn service_qr_is_an_svg_of_the_services_address() {
    let app = TestApp::start();
    let qr = invoke(
        &app.kiosk(),
        "service_qr",
        json!({ "id": "wohnsitz-ummelden" }),
    )
    .unwrap();
    assert!(qr["url"].as_str().unwrap().starts_with("https://"));
    let svg = qr["svg"].as_str().unwrap();
    assert!(
        svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"),
        "{svg}"
    );

    let error = invoke(&app.kiosk(), "service_qr", json!({ "id": "mondlandung" })).unwrap_err();
    assert_eq!(error_code(&error), "unknown_service");
}

#[test]
fn ticket_draw_needs_a_station_then_counts_up() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    let error = invoke(
        &kiosk,
        "ticket_draw",
        json!({ "lang": "de", "kind": "eid" }),
    )
    .unwrap_err();
    assert_eq!(error_code(&error), "no_station_selected");

    app.select_station("stern-center");
    let first = invoke(
        &kiosk,
        "ticket_draw",
        json!({ "lang": "de", "kind": "eid" }),
    )
    .unwrap();
    let second = invoke(
        &kiosk,
        "ticket_draw",
        json!({ "lang": "en", "kind": "eid" }),
    )
    .unwrap();
    assert_eq!(first["number"], 1);
    assert_eq!(first["label"], "A-001");
    assert_eq!(second["number"], 2);
    assert!(first["qrSvg"].as_str().unwrap().starts_with("<svg"));
    let text = first["qrText"].as_str().unwrap();
    assert!(
        text.starts_with("Wartenummer A-001\n") && text.contains("Stern-Center"),
        "{text}"
    );
    assert!(second["qrText"]
        .as_str()
        .unwrap()
        .starts_with("Waiting number A-002\n"));
    let info = invoke(&kiosk, "kiosk_info", json!({})).unwrap();
    assert_eq!(first["day"], info["today"]);
}

#[test]
fn the_kiosk_cannot_set_the_staff_pin() {
    let app = TestApp::start();
    let kiosk = app.kiosk();
    assert!(invoke(&kiosk, "staff_pin_setup", json!({ "pin": STAFF_PIN })).is_err());
    let unset = invoke(&kiosk, "staff_unlock", json!({ "pin": STAFF_PIN })).unwrap_err();
    assert_eq!(error_code(&unset), "staff_pin_not_set");
    assert!(app.staff().is_none());
}

#[test]
fn staff_unlock_checks_the_pin_and_counts_tries() {
    // A station whose staff PIN was set earlier: the app starts with no staff window.
    let data_dir = tempfile::tempdir().unwrap();
    let store = station::Store::open(data_dir.path().join(station::store::FILE_NAME)).unwrap();
    station::staff_pin::setup(&store, &station::staff_pin::StaffPin::new(STAFF_PIN.into()))
        .unwrap();
    drop(store);
    let settings = settings_in(&data_dir);
    let app = TestApp::start_with(data_dir, settings);
    let kiosk = app.kiosk();
    assert!(app.staff().is_none());

    let wrong = invoke(&kiosk, "staff_unlock", json!({ "pin": "000000" })).unwrap_err();
    assert_eq!(error_code(&wrong), "staff_pin_wrong");
    assert_eq!(wrong["triesLeft"], 4);
    assert!(!wrong["message"].as_str().unwrap().contains("000000"));
    assert!(app.staff().is_none());

    assert_eq!(
        invoke(&kiosk, "staff_unlock", json!({ "pin": STAFF_PIN })).unwrap(),
        Value::Null
    );
    assert!(app.staff().is_some());
}
