//! systemd's notifications from the real app under Xvfb: a datagram socket of this test
//! stands in for systemd (`NOTIFY_SOCKET`, with `WATCHDOG_USEC` of 2 s). The app says
//! `READY=1` once the start screen is painted, then `WATCHDOG=1` from the page's
//! heartbeat about every second. When the test stops the page's web process (SIGSTOP,
//! a hung page) the pings stop within the watchdog's time, so systemd would restart
//! the app; when it goes on (SIGCONT) they come back. The app sees no pcscd, so this
//! test runs beside the card tests.

use e2e::notify::{assert_beating, await_ready, notifications, pings};
use e2e::paths::Tools;
use e2e::process::{TauriDriver, Xvfb};
use e2e::walk::button;
use e2e::webdriver::{By, Session};
use std::ffi::OsStr;
use std::os::unix::net::UnixDatagram;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// systemd's watchdog time for the app: 2 s, so the page beats every second.
const WATCHDOG: Duration = Duration::from_secs(2);

/// The WebKit web processes of the app that was given `socket` (they inherit its
/// environment).
fn web_processes(socket: &Path) -> Vec<String> {
    let marker = format!("NOTIFY_SOCKET={}", socket.display());
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let pid = entry.file_name().to_string_lossy().into_owned();
            pid.parse::<u32>().ok()?;
            let comm = std::fs::read_to_string(entry.path().join("comm")).ok()?;
            let environ = std::fs::read(entry.path().join("environ")).ok()?;
            let ours = environ
                .split(|byte| *byte == 0)
                .any(|variable| variable == marker.as_bytes());
            (ours && comm.starts_with("WebKitWebProces")).then_some(pid)
        })
        .collect()
}

fn signal(name: &str, pids: &[String]) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .args(pids)
        .status()
        .expect("kill");
    assert!(status.success(), "kill -{name} {pids:?}");
}

#[test]
fn ready_after_the_start_screen_and_alive_while_the_page_runs() {
    let tools = Tools::find();
    let data_dir = tempfile::tempdir().unwrap();
    e2e::store::prepare(data_dir.path());
    let socket_path = data_dir.path().join("notify.sock");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let watchdog_usec = WATCHDOG.as_micros().to_string();
    let driver = TauriDriver::start_cardless(
        &tools,
        &xvfb,
        data_dir.path(),
        &[
            ("NOTIFY_SOCKET", socket_path.as_os_str()),
            ("WATCHDOG_USEC", OsStr::new(&watchdog_usec)),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let session = Session::start(driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));

    // READY=1 comes once the start screen is painted.
    await_ready(&socket, Duration::from_secs(60));
    session
        .wait_for(By::XPath(&button("Deutsch")), Duration::from_secs(5))
        .expect("the start screen at READY=1");

    // The page beats about every second: never 2 s (the watchdog's time) without a ping.
    assert_beating(&socket, Duration::from_secs(6), WATCHDOG);

    // A hung page: no ping within twice the watchdog's time, so systemd would restart it.
    let web = web_processes(&socket_path);
    assert!(!web.is_empty(), "no web process of the app found");
    signal("STOP", &web);
    notifications(&socket, WATCHDOG / 2); // a beat already on its way
    let silent = pings(&notifications(&socket, 2 * WATCHDOG));
    signal("CONT", &web);
    assert!(
        silent.is_empty(),
        "{} pings from a stopped page",
        silent.len()
    );

    // It goes on: the pings come back.
    let again = pings(&notifications(&socket, 2 * WATCHDOG));
    assert!(!again.is_empty(), "no ping after the page went on");
}
