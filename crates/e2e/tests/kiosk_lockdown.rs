//! The citizen cannot leave the kiosk, in the real window under Xvfb with a window
//! manager (openbox): a link to another site, a script's navigation and `window.open`
//! leave the kiosk on its start screen and open nothing; a long press or right click
//! opens no menu; Alt+F4 and the window manager's close (`wmctrl -c`) are refused.
//! A staff window left open closes when the kiosk goes back to its start screen after
//! its idle time (10 s here). Staff end the app in the staff window ("Kiosk beenden"),
//! opened with the staff PIN through the hidden corner: then the kiosk's window goes. The app sees no pcscd, so
//! this test runs beside the card tests.

use e2e::paths::Tools;
use e2e::process::{TauriDriver, WindowManager, Xvfb};
use e2e::walk::{assert_accessible, button, Walk};
use e2e::webdriver::{By, Session};
use serde_json::json;
use station::staff_pin::StaffPin;
use std::ffi::OsStr;
use std::process::Command;
use std::time::{Duration, Instant};

const STAFF_PIN: &str = "739164";
/// The kiosk window's title (`window-title-kiosk`).
const KIOSK_TITLE: &str = "Bürgerkoffer";
/// Title of index.html, the kiosk's page.
const KIOSK_PAGE_TITLE: &str = "Bürgerservice Potsdam – mobil";
/// Title of staff.html.
const STAFF_TITLE: &str = "Bürgerkoffer – Mitarbeiterbereich";
/// A page elsewhere, on loopback (never reached: the kiosk does not follow it).
const ELSEWHERE: &str = "http://127.0.0.1:9/elsewhere.html";
/// How long a refused attempt is given to take effect anyway.
const SETTLE: Duration = Duration::from_secs(2);

/// The X windows on `display` whose name is exactly `title`.
fn windows_named(display: &str, title: &str) -> Vec<String> {
    let found = Command::new("xdotool")
        .args(["search", "--name", &format!("^{title}$")])
        .env("DISPLAY", display)
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&found.stdout)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

fn run(display: &str, program: &str, args: &[&str]) {
    let status = Command::new(program)
        .args(args)
        .env("DISPLAY", display)
        .status()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(status.success(), "{program} {args:?}: {status}");
}

/// After an attempt to leave: the kiosk still shows its start screen at `start`.
fn still_on_start(walk: &Walk<'_>, start: &str, attempt: &str) {
    std::thread::sleep(SETTLE);
    assert_eq!(
        walk.session.current_url().unwrap(),
        start,
        "the kiosk left its page after {attempt}"
    );
    walk.wait(By::XPath(&button("Deutsch")));
}

/// Five taps in the kiosk's hidden corner and the staff PIN: the staff window, switched to.
fn open_staff_window(walk: &Walk<'_>) {
    walk.session
        .execute(
            "const corner = document.querySelector('.bk-staff-corner'); \
             for (let tap = 0; tap < 5; tap++) corner.dispatchEvent( \
               new PointerEvent('pointerdown', { bubbles: true, cancelable: true }));",
            json!([]),
        )
        .unwrap();
    for digit in STAFF_PIN.chars() {
        walk.click(By::XPath(&format!(
            "//dialog//button[normalize-space(.)='{digit}']"
        )));
    }
    walk.click(By::Css("dialog .bk-pinpad-submit"));
    walk.session
        .switch_to_titled(STAFF_TITLE)
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Clicks the button `label` at the foot of a page whose panels above it are still
/// filling up (and moving it): scrolled into view, again until the click lands. Any
/// other answer than "not interactable" (the app ended on the click) ends it too.
fn click_at_foot(walk: &Walk<'_>, label: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let target = walk.wait(By::XPath(&button(label)));
        walk.session
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' });",
                json!([target.as_argument()]),
            )
            .unwrap();
        match walk.session.click(&target) {
            Err(error) if error.contains("not interactable") => {
                assert!(Instant::now() < deadline, "{label}: {error}");
                std::thread::sleep(Duration::from_millis(300));
            }
            _ => return,
        }
    }
}

#[test]
fn the_citizen_cannot_leave_the_kiosk_and_staff_can_end_it() {
    let tools = Tools::find();
    let data_dir = tempfile::tempdir().unwrap();
    let database = e2e::store::prepare(data_dir.path());
    let store = station::Store::open(&database).unwrap();
    station::staff_pin::setup(&store, &StaffPin::new(STAFF_PIN.to_owned())).unwrap();
    drop(store);
    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let _window_manager = WindowManager::start(&xvfb).unwrap_or_else(|e| panic!("{e}"));
    let driver = TauriDriver::start_cardless(
        &tools,
        &xvfb,
        data_dir.path(),
        &[("BK_IDLE_SECONDS", OsStr::new("10"))],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let session = Session::start(driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut walk = Walk::new(&session, &tools, "lockdown");
    walk.wait(By::XPath(&button("Deutsch")));
    let start = session.current_url().unwrap();

    session
        .execute(
            "const link = document.createElement('a'); link.id = 'bk-elsewhere'; \
             link.href = arguments[0]; link.textContent = 'potsdam.de'; \
             link.style = 'position: fixed; inset-block-start: 40%; inset-inline-start: 40%; \
               z-index: 1000; padding: 1rem; background: white'; \
             document.body.append(link);",
            json!([ELSEWHERE]),
        )
        .unwrap();
    walk.click(By::Css("#bk-elsewhere"));
    still_on_start(&walk, &start, "a click on a link elsewhere");
    session
        .execute(
            "document.getElementById('bk-elsewhere').remove();",
            json!([]),
        )
        .unwrap();
    session
        .execute("location.href = arguments[0];", json!([ELSEWHERE]))
        .unwrap();
    still_on_start(&walk, &start, "a script's navigation");
    session
        .execute("window.open(arguments[0], '_blank');", json!([ELSEWHERE]))
        .unwrap();
    still_on_start(&walk, &start, "window.open");
    assert_eq!(session.window_handles().unwrap().len(), 1, "a new window");
    let menu_refused = session
        .execute(
            "return !document.body.dispatchEvent(new MouseEvent('contextmenu', \
             { bubbles: true, cancelable: true, button: 2 }));",
            json!([]),
        )
        .unwrap();
    assert_eq!(
        menu_refused,
        json!(true),
        "the context menu was not refused"
    );

    let display = xvfb.display.as_str();
    let kiosk = windows_named(display, KIOSK_TITLE);
    assert_eq!(kiosk.len(), 1, "the kiosk window on {display}: {kiosk:?}");
    run(display, "xdotool", &["windowactivate", "--sync", &kiosk[0]]);
    run(display, "xdotool", &["key", "--clearmodifiers", "alt+F4"]);
    still_on_start(&walk, &start, "Alt+F4");
    run(display, "wmctrl", &["-c", KIOSK_TITLE]);
    still_on_start(&walk, &start, "the window manager's close");
    assert_eq!(windows_named(display, KIOSK_TITLE), kiosk);
    walk.visit("start-after-attempts");

    // A staff window left open closes when the kiosk goes back to its start screen
    // after the idle time (10 s here).
    open_staff_window(&walk);
    session
        .switch_to_titled(KIOSK_PAGE_TITLE)
        .unwrap_or_else(|e| panic!("{e}"));
    walk.click(By::XPath(&button("Deutsch")));
    let deadline = Instant::now() + Duration::from_secs(30);
    while session.window_handles().unwrap().len() > 1 {
        assert!(
            Instant::now() < deadline,
            "the staff window is still open 30 s after the kiosk was left alone"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    session
        .switch_to_titled(KIOSK_PAGE_TITLE)
        .unwrap_or_else(|e| panic!("{e}"));
    walk.wait(By::XPath(&button("Deutsch")));

    // Staff end the app: "Kiosk beenden" in the staff window.
    open_staff_window(&walk);
    click_at_foot(&walk, "Kiosk beenden");
    // (The staff window's screens are checked in Chromium: ui/tests/a11y/run.mjs.)
    click_at_foot(&walk, "Ja, Kiosk beenden");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !windows_named(display, KIOSK_TITLE).is_empty() {
        assert!(
            Instant::now() < deadline,
            "the kiosk window is still there 20 s after staff ended the app"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    let (_, problems) = walk.finish();
    assert_accessible(&problems);
}
