//! Test harness: the real app (commands, setup, compiled-in ACL from `capabilities/`)
//! on Tauri's mock runtime, no display needed. Commands go through the same IPC path
//! as from a webview (`get_ipc_response`, origin `tauri://localhost`), so the ACL
//! applies exactly as in the running kiosk.

#![allow(dead_code)] // each test file uses a different part of the harness

use buergerkoffer_lib::{Drawing, ReadyClock, Settings, Shell, DISPLAY, KIOSK, STAFF};
use serde_json::{json, Value};
use std::path::PathBuf;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};
use tempfile::TempDir;

/// A staff PIN the station crate accepts (no run, no repeat).
pub const STAFF_PIN: &str = "482915";

pub struct TestApp {
    pub app: App<MockRuntime>,
    pub data_dir: TempDir,
}

/// Settings of a test app: its own data directory, built-in assets.
pub fn settings_in(data_dir: &TempDir) -> Settings {
    Settings {
        data_dir: Some(data_dir.path().to_path_buf()),
        assets_dir: None,
        idle_seconds: 45,
        ready_file: None,
        shuffle_keypad: false,
        call_display: false,
        call_sound_dir: None,
        drawing: Drawing::Auto,
    }
}

impl TestApp {
    /// The app with an empty data directory.
    pub fn start() -> Self {
        let data_dir = tempfile::tempdir().unwrap();
        let settings = settings_in(&data_dir);
        Self::start_with(data_dir, settings)
    }

    pub fn start_with(data_dir: TempDir, settings: Settings) -> Self {
        let app = buergerkoffer_lib::builder(mock_builder())
            .build(buergerkoffer_lib::context())
            .expect("the app builds on the mock runtime");
        buergerkoffer_lib::start(&app, Shell::start(ReadyClock::start(), settings))
            .expect("start-up");
        TestApp { app, data_dir }
    }

    pub fn database_path(&self) -> PathBuf {
        self.data_dir.path().join(station::store::FILE_NAME)
    }

    pub fn kiosk(&self) -> WebviewWindow<MockRuntime> {
        self.app
            .get_webview_window(KIOSK)
            .expect("setup opens the kiosk window")
    }

    pub fn staff(&self) -> Option<WebviewWindow<MockRuntime>> {
        self.app.get_webview_window(STAFF)
    }

    pub fn display(&self) -> Option<WebviewWindow<MockRuntime>> {
        self.app.get_webview_window(DISPLAY)
    }

    /// Opens the staff window with the staff PIN, which IT sets first (`bk staff set-pin`).
    pub fn open_staff_window(&self) -> WebviewWindow<MockRuntime> {
        let store = station::Store::open(self.database_path()).expect("the app's store");
        station::staff_pin::replace(&store, &station::staff_pin::StaffPin::new(STAFF_PIN.into()))
            .expect("set the staff PIN");
        drop(store);
        invoke(&self.kiosk(), "staff_unlock", json!({ "pin": STAFF_PIN })).expect("staff_unlock");
        self.staff().expect("staff_unlock opens the staff window")
    }

    /// Opens the staff window and selects `station_id` from there.
    pub fn select_station(&self, station_id: &str) -> WebviewWindow<MockRuntime> {
        let staff = self.open_staff_window();
        invoke(&staff, "station_select", json!({ "id": station_id })).expect("station_select");
        staff
    }
}

impl Drop for TestApp {
    /// Stops the app's threads before the test process exits, as the app does on exit.
    fn drop(&mut self) {
        buergerkoffer_lib::stop(&self.app);
    }
}

/// Invokes `command` with JSON `args` from `window`, as the UI's `invoke` does.
pub fn invoke(
    window: &WebviewWindow<MockRuntime>,
    command: &str,
    args: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: command.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().unwrap())
}

/// The `code` of a command error.
pub fn error_code(error: &Value) -> &str {
    error["code"]
        .as_str()
        .unwrap_or_else(|| panic!("not a command error: {error}"))
}
