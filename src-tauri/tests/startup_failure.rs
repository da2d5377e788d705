//! A station database that cannot be opened (damaged, foreign, too new) does not crash
//! the app: the kiosk shows the German start-up error page, every command answers
//! `store_unavailable`, and the file keeps its exact bytes.

mod common;

use buergerkoffer_lib::{start_info_script, Shell};
use common::{error_code, invoke, settings_in, TestApp};
use serde_json::json;
use tauri::Manager;

fn start_with_database_bytes(bytes: &[u8]) -> TestApp {
    let data_dir = tempfile::tempdir().unwrap();
    std::fs::write(data_dir.path().join(station::store::FILE_NAME), bytes).unwrap();
    let settings = settings_in(&data_dir);
    TestApp::start_with(data_dir, settings)
}

fn assert_error_page_and_file_unchanged(app: &TestApp, bytes: &[u8], code: &str) {
    let url = app.kiosk().url().unwrap();
    assert_eq!(url.scheme(), "data", "{url}");
    // Tauri puts the page (with its CSP) back into the URL; spaces may be encoded.
    let page = url.as_str().replace("%20", " ");
    assert!(page.contains("kann gerade nicht starten"), "{page}");
    assert!(page.contains(code), "the page names the cause {code}");

    let error = invoke(&app.kiosk(), "kiosk_info", json!({})).unwrap_err();
    assert_eq!(error_code(&error), "store_unavailable");
    assert!(error["message"].as_str().unwrap().contains(code));
    assert_eq!(std::fs::read(app.database_path()).unwrap(), bytes);
    assert_eq!(start_info_script(&app.app.state::<Shell>()), None);
}

#[test]
fn a_file_that_is_no_database_is_left_alone() {
    let bytes = b"Einkaufsliste: Milch, Brot, Eier\n".repeat(200);
    let app = start_with_database_bytes(&bytes);
    assert_error_page_and_file_unchanged(&app, &bytes, "not_a_database");
}

#[test]
fn a_database_from_a_newer_version_is_left_alone() {
    let data_dir = tempfile::tempdir().unwrap();
    let path = data_dir.path().join(station::store::FILE_NAME);
    drop(station::Store::open(&path).unwrap());
    {
        let connection = rusqlite::Connection::open(&path).unwrap();
        connection
            .pragma_update(
                None,
                "user_version",
                station::Store::latest_schema_version() + 1,
            )
            .unwrap();
        connection
            .pragma_update(None, "journal_mode", "DELETE")
            .unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let settings = settings_in(&data_dir);
    let app = TestApp::start_with(data_dir, settings);
    assert_error_page_and_file_unchanged(&app, &bytes, "schema_too_new");
}

#[test]
fn a_healthy_store_shows_the_ui() {
    let app = TestApp::start();
    let url = app.kiosk().url().unwrap();
    assert_eq!(
        (url.scheme(), url.host_str()),
        ("tauri", Some("localhost")),
        "{url}"
    );
}
