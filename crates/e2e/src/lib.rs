//! Support for the end-to-end test in `tests/`: the real kiosk binary under a private
//! Xvfb, driven through `tauri-driver` and WebKitWebDriver with plain WebDriver HTTP,
//! screenshots of every screen and axe-core on each, and a virtual eID card. Test-only; never shipped.

pub mod axe;
pub mod paths;
pub mod process;
pub mod virtual_card;
pub mod walk;
pub mod webdriver;
