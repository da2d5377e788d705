//! Support for the end-to-end test in `tests/`: the real kiosk binary under a private
//! Xvfb, driven through `tauri-driver` and WebKitWebDriver with plain WebDriver HTTP,
//! screenshots of every screen with axe-core and the UI's page checks on each. The
//! virtual eID card comes from `testcard::harness`. Test-only; never shipped.

pub mod axe;
pub mod cage;
pub mod display;
pub mod eid_pages;
pub mod notify;
pub mod paths;
pub mod process;
pub mod rig;
pub mod store;
pub mod walk;
pub mod webdriver;
