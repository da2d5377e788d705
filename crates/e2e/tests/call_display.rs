//! The call display in the real window under Xvfb: the app starts with the display
//! (`BK_CALL_DISPLAY=1`); a number called at desk 2 beside the running app — as `bk
//! tickets call-next --desk 2` would — appears on the display in large letters, is
//! photographed and checked with axe-core, and sounds: a WAV file with gong and voice
//! in `BK_CALL_SOUND_DIR`, measured to be far from silence.

use std::ffi::OsStr;
use std::path::Path;
use std::time::{Duration, Instant};

use devices::voice;
use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::store::{self, STATION_ID};
use e2e::walk::{assert_accessible, Walk};
use e2e::webdriver::{By, Session};
use station::desks::{self, Desk};
use station::kinds::Kind;

/// Title of display.html.
const DISPLAY_TITLE: &str = "Bürgerkoffer – Aufrufanzeige";

/// Two desks, an advice ticket drawn and called to desk 2, in the app's own store.
fn call_advice_to_desk_two(database: &Path) -> String {
    let store = station::Store::open(database).expect("open the app's store");
    desks::set(
        &store,
        &[
            Desk::new(1, &[Kind::Eid]),
            Desk::new(2, &[Kind::Advice, Kind::Request]),
        ],
        chrono::Utc::now(),
    )
    .expect("set up two desks");
    let plan = store::plan();
    let place = plan.station(STATION_ID).expect("the test station");
    let now = chrono::Utc::now();
    station::tickets::draw(&store, place, Kind::Eid, now).expect("draw an eID ticket");
    let drawn = station::tickets::draw(&store, place, Kind::Advice, now).expect("draw");
    let called = station::tickets::call_next(&store, STATION_ID, 2, now)
        .expect("call desk 2")
        .expect("a ticket for desk 2");
    assert_eq!(called.id, drawn.ticket.id);
    called.label
}

#[test]
fn a_call_shows_on_the_display_and_sounds() {
    let tools = paths::Tools::find();
    let data_dir = tempfile::tempdir().unwrap();
    let sound_dir = tempfile::tempdir().unwrap();
    let database = store::prepare(data_dir.path());

    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let mut tauri_driver = TauriDriver::start(
        &tools,
        &xvfb,
        data_dir.path(),
        &[
            ("BK_CALL_DISPLAY", OsStr::new("1")),
            ("BK_CALL_SOUND_DIR", sound_dir.path().as_os_str()),
        ],
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::start(tauri_driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    session
        .switch_to_titled(DISPLAY_TITLE)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut walk = Walk::new(&session, &tools, "display");
    walk.wait(By::Css(".bk-now"));
    walk.visit("nobody-called");

    let label = call_advice_to_desk_two(&database);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let shown = session
            .find(By::Css(".bk-now-number"))
            .expect("look for the number")
            .map(|element| session.text(&element).unwrap_or_default());
        if shown.as_deref().map(str::trim) == Some(label.as_str()) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the display shows {shown:?}, not {label}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let desk = session
        .find(By::Css(".bk-now-desk"))
        .expect("look for the desk")
        .map(|element| session.text(&element).unwrap_or_default())
        .unwrap_or_default();
    assert!(desk.contains("Schalter 2"), "{desk:?}");
    walk.visit("called");

    let deadline = Instant::now() + Duration::from_secs(30);
    let sound = loop {
        let found = std::fs::read_dir(sound_dir.path())
            .expect("read the sound folder")
            .flatten()
            .map(|entry| entry.path())
            .find(|path| path.extension().is_some_and(|e| e == "wav"));
        if let Some(path) = found {
            break path;
        }
        assert!(Instant::now() < deadline, "no call was sounded");
        std::thread::sleep(Duration::from_millis(200));
    };
    // The announcer renames a call into the folder only once it is written.
    let loudness = voice::measure(&sound).expect("a readable WAV file");

    let (_, problems) = walk.finish();
    session.delete().expect("delete the WebDriver session");
    tauri_driver.stop();
    drop(xvfb);

    assert!(loudness.seconds > 2.5, "{loudness:?}");
    assert!(
        loudness.gong_rms > 0.05 && loudness.speech_rms > 0.02,
        "{loudness:?}"
    );
    assert_accessible(&problems);
}
