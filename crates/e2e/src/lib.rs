//! Support for the end-to-end test in `tests/`: the real kiosk binary under a private
//! Xvfb, driven through `tauri-driver` and WebKitWebDriver with plain WebDriver HTTP,
//! screenshots of every screen and axe-core on each. The virtual eID card comes from
//! `testcard::harness`. Test-only; never shipped.

pub mod axe;
pub mod paths;
pub mod process;
pub mod store;
pub mod walk;
pub mod webdriver;
