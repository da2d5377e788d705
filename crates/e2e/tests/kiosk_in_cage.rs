//! The kiosk as a station runs it: in cage (`cage -d -- buergerkoffer`, as the unit
//! packaging/systemd/buergerkoffer-kiosk.service starts it), a Wayland client of a
//! compositor that shows one application and nothing else. The app reports `READY=1`
//! through cage to the test's notification socket and the page pings the watchdog; its
//! window covers cage's whole screen (a window that cannot be resized kept GTK's
//! default 800×600 in cage until the kiosk took the size of the monitor it is on).
//! It draws in software here (`BK_DRAWING=software`, as on a station without a GPU;
//! src-tauri/src/drawing.rs), where the walks under WebDriver draw with OpenGL, so both
//! ways of drawing are seen working.
//! The app sees no pcscd, so this runs beside the card tests.

use e2e::cage::{assert_fills_screen, Cage};
use e2e::notify::{assert_beating, await_ready};
use e2e::paths::{app_binary, screenshot_dir};
use std::ffi::OsStr;
use std::os::unix::net::UnixDatagram;
use std::time::Duration;

/// systemd's watchdog time for the app: 2 s, so the page beats every second.
const WATCHDOG: Duration = Duration::from_secs(2);

#[test]
fn the_kiosk_fills_cages_screen_and_tells_systemd_it_is_ready_and_alive() {
    let app = app_binary().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap();
    e2e::store::prepare(&dir.path().join("data"));
    let socket_path = dir.path().join("notify.sock");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    let watchdog_usec = WATCHDOG.as_micros().to_string();
    let cage = Cage::start(
        &app,
        dir.path(),
        &[
            ("NOTIFY_SOCKET", socket_path.as_os_str()),
            ("WATCHDOG_USEC", OsStr::new(&watchdog_usec)),
            ("BK_DRAWING", OsStr::new("software")),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));

    await_ready(&socket, Duration::from_secs(60));
    assert_beating(&socket, Duration::from_secs(6), WATCHDOG);

    let picture = screenshot_dir().unwrap().join("kiosk-in-cage.png");
    cage.screenshot(&picture).unwrap_or_else(|e| panic!("{e}"));
    assert_fills_screen(&picture);
}
