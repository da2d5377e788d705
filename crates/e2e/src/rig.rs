//! Everything around the app for a test of the eID pages: Xvfb and tauri-driver with
//! the app's environment (idle time, the PC/SC socket of the test's own reader), and
//! one app session after another, photographed and checked.

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use crate::paths::Tools;
use crate::process::{TauriDriver, Xvfb};
use crate::walk::Walk;
use crate::webdriver::Session;

/// Everything around the app: Xvfb and tauri-driver with the app's environment.
pub struct Rig {
    tools: Tools,
    driver: TauriDriver,
    _xvfb: Xvfb,
    /// What the pages' checks found, over every session.
    pub problems: Vec<String>,
}

impl Rig {
    /// Xvfb and tauri-driver for the app with its data in `data_dir`, the idle reset
    /// after `idle_seconds` and the PC/SC client pointed at the pcscd of
    /// `pcsc_socket` (the test's own reader's).
    pub fn start(data_dir: &Path, idle_seconds: &str, pcsc_socket: &Path) -> Rig {
        let tools = Tools::find();
        let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
        let driver = TauriDriver::start(
            &tools,
            &xvfb,
            data_dir,
            &[
                ("BK_IDLE_SECONDS", OsStr::new(idle_seconds)),
                ("PCSCLITE_CSOCK_NAME", pcsc_socket.as_os_str()),
            ],
            None,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        Rig {
            tools,
            driver,
            _xvfb: xvfb,
            problems: Vec::new(),
        }
    }

    /// A new app session through `steps`, photographed as `prefix-*.png`.
    pub fn session(&mut self, prefix: &str, steps: impl FnOnce(&mut Walk<'_>)) {
        let mut session =
            Session::start(self.driver.port, &self.tools.app, Duration::from_secs(60))
                .unwrap_or_else(|e| panic!("{e}"));
        let mut walk = Walk::new(&session, &self.tools, prefix);
        steps(&mut walk);
        self.problems.append(&mut walk.finish().1);
        session.delete().expect("delete the WebDriver session");
    }
}
