//! "Online-Ausweis & PIN" end to end: a virtual eID card with Transport PIN on a vpcd
//! reader, the real kiosk under Xvfb, driven through its UI with the on-screen keypad.
//!
//! German: Transport PIN 12345 → new PIN 482915 → success; a fresh PACE with 482915
//! from this test proves the card took it. English: current PIN, first mistyped (the
//! wrong-PIN page), then right → new PIN 592738 → success; PACE with 592738 again.
//! German once more with the card's answer to the change garbled (outcome unknown):
//! the kiosk checks the card and shows the change that did take effect; PACE with 613804.
//! Then the official eID client, AusweisApp, changes the PIN the kiosk set (→ 735102).
//! Every page is photographed (`artifacts/screenshots/eid-de-*.png`, `eid-en-*.png`)
//! and checked with axe-core. Then the day's figures are read from the SQLite file, and
//! the SQLite file, the app's log and every file the app wrote (its data directory and
//! WebKit's XDG directories, recursively, as bytes) are searched for every PIN, CAN
//! and PUK used: none may be found.

use e2e::eid_pages::{self, containing};
use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::walk::{assert_accessible, button, heading, Walk};
use e2e::webdriver::{By, Session};
use eid::workflows::PinOutcome;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::Duration;
use testcard::harness::ausweisapp::AusweisApp;
use testcard::harness::{CardOptions, VirtualCard};

const TRANSPORT_PIN: &str = "12345";
const CAN: &str = "123456";
const PUK: &str = "1234567890";
const FIRST_PIN: &str = "482915";
const WRONG_PIN: &str = "271828";
const SECOND_PIN: &str = "592738";
const THIRD_PIN: &str = "613804";
/// Set by AusweisApp, from the kiosk's last PIN.
const FOURTH_PIN: &str = "735102";

/// Card commands of a PIN change up to its last (the commit point); the card's
/// `flip-mac` fault at this step garbles the answer to the change itself.
const CHANGE_STEPS: u32 = 8;

/// The texts of the pages walked through, per language.
struct Texts {
    language: &'static str,
    tile: &'static str,
    choose: &'static str,
    choice: &'static str,
    enter: &'static str,
    new_pin: &'static str,
    repeat: &'static str,
    wrong: &'static str,
    changed: &'static str,
}

const GERMAN: Texts = Texts {
    language: "Deutsch",
    tile: "Online-Ausweis & PIN",
    choose: "Welche PIN haben Sie?",
    choice: "Transport",
    enter: "Transport-PIN eingeben",
    new_pin: "Neue PIN wählen",
    repeat: "Neue PIN wiederholen",
    wrong: "Die PIN war falsch",
    changed: "Ihre PIN ist geändert",
};

/// German, changing a 6-digit PIN.
const GERMAN_PIN: Texts = Texts {
    choice: "6-stellige PIN",
    enter: "Jetzige PIN eingeben",
    ..GERMAN
};

const ENGLISH: Texts = Texts {
    language: "English",
    tile: "Online ID & PIN",
    choose: "Which PIN do you have?",
    choice: "6-digit PIN",
    enter: "Enter your current PIN",
    new_pin: "Choose a new PIN",
    repeat: "Repeat the new PIN",
    wrong: "The PIN was wrong",
    changed: "Your PIN has been changed",
};

/// Everything around the app: Xvfb, tauri-driver with the app's environment, paths.
struct Rig {
    tools: paths::Tools,
    driver: TauriDriver,
    violations: Vec<String>,
}

impl Rig {
    fn session(&self) -> Session {
        Session::start(self.driver.port, &self.tools.app, Duration::from_secs(60))
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

/// Types `digits` on the kiosk's PIN keypad, photographs the page, and submits.
fn type_pin(walk: &mut Walk<'_>, digits: &str, screen: &str) {
    eid_pages::enter(walk, digits, Some(screen));
}

/// Start → language → "Online-Ausweis & PIN" → card detected → PIN kind chosen.
fn open_pin_entry(walk: &mut Walk<'_>, texts: &Texts) {
    walk.wait(By::XPath(&button(texts.language)));
    walk.visit("start");
    walk.click(By::XPath(&button(texts.language)));
    walk.wait(By::XPath(&containing("button", texts.tile)));
    walk.visit("home");
    walk.click(By::XPath(&containing("button", texts.tile)));
    walk.wait(By::XPath(&heading(texts.choose)));
    walk.visit("card-detected");
    walk.click(By::XPath(&containing("button", texts.choice)));
    walk.wait(By::XPath(&heading(texts.enter)));
    walk.visit("enter-pin");
}

/// The new PIN twice, then the success page.
fn choose_new_pin(walk: &mut Walk<'_>, texts: &Texts, new_pin: &str) {
    walk.wait(By::XPath(&heading(texts.new_pin)));
    walk.visit("new-pin");
    type_pin(walk, new_pin, "new-pin-typed");
    walk.wait(By::XPath(&heading(texts.repeat)));
    walk.visit("repeat-pin");
    type_pin(walk, new_pin, "repeat-pin-typed");
}

fn success(walk: &mut Walk<'_>, texts: &Texts) {
    walk.session
        .wait_for(By::XPath(&heading(texts.changed)), Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    walk.wait(By::Css(".bk-eid-qr svg"));
    walk.visit("changed");
}

fn pace_with(reader: &str, pin: &str) -> Result<PinOutcome, String> {
    eid_pages::pace_with(reader, CAN, pin)
}

/// Every file below `dir`, recursively.
fn files_below(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_below(&path, found);
        } else {
            found.push(path);
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn citizen_sets_the_eid_pin_at_the_kiosk() {
    let tools = paths::Tools::find();
    // Everything the app may write lives below `root`: the station data, WebKit's data,
    // cache and configuration (XDG), and the log of driver and app.
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("data");
    let xdg: Vec<PathBuf> = ["xdg-data", "xdg-cache", "xdg-config"]
        .iter()
        .map(|name| root.path().join(name))
        .collect();
    for dir in xdg.iter().chain([&data_dir]) {
        std::fs::create_dir_all(dir).unwrap();
    }
    let log = root.path().join("app.log");

    // The kiosk probes every card it sees: this one must be the only one.
    let card = VirtualCard::start_alone(&CardOptions {
        pin: TRANSPORT_PIN,
        can: CAN,
        puk: PUK,
        ..CardOptions::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(card.counter("transport-pin").unwrap(), "1");

    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let driver = TauriDriver::start(
        &tools,
        &xvfb,
        &data_dir,
        &[
            ("BK_IDLE_SECONDS", OsStr::new("600")),
            ("XDG_DATA_HOME", xdg[0].as_os_str()),
            ("XDG_CACHE_HOME", xdg[1].as_os_str()),
            ("XDG_CONFIG_HOME", xdg[2].as_os_str()),
        ],
        Some(&log),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut rig = Rig {
        tools,
        driver,
        violations: Vec::new(),
    };

    // German: Transport PIN → new PIN.
    {
        let mut session = rig.session();
        let mut walk = Walk::new(&session, &rig.tools, "eid-de");
        open_pin_entry(&mut walk, &GERMAN);
        type_pin(&mut walk, TRANSPORT_PIN, "enter-pin-typed");
        choose_new_pin(&mut walk, &GERMAN, FIRST_PIN);
        success(&mut walk, &GERMAN);
        rig.violations.append(&mut walk.finish().1);
        session.delete().expect("delete the WebDriver session");
    }
    assert_eq!(card.counter("transport-pin").unwrap(), "0");
    assert_eq!(pace_with(&card.reader, FIRST_PIN), Ok(PinOutcome::Resumed));
    assert!(
        pace_with(&card.reader, TRANSPORT_PIN).is_err(),
        "the Transport PIN is gone"
    );
    assert_eq!(pace_with(&card.reader, FIRST_PIN), Ok(PinOutcome::Resumed));

    // English: the current PIN, first mistyped, then right → another new PIN.
    {
        let mut session = rig.session();
        let mut walk = Walk::new(&session, &rig.tools, "eid-en");
        open_pin_entry(&mut walk, &ENGLISH);
        type_pin(&mut walk, WRONG_PIN, "enter-pin-typed");
        choose_new_pin(&mut walk, &ENGLISH, SECOND_PIN);
        walk.session
            .wait_for(
                By::XPath(&containing("*", ENGLISH.wrong)),
                Duration::from_secs(60),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        walk.visit("pin-wrong");
        type_pin(&mut walk, FIRST_PIN, "pin-wrong-typed");
        // The UI may ask for the new PIN again after a wrong current PIN.
        if walk
            .session
            .wait_for(By::XPath(&heading(ENGLISH.new_pin)), Duration::from_secs(5))
            .is_ok()
        {
            choose_new_pin(&mut walk, &ENGLISH, SECOND_PIN);
        }
        success(&mut walk, &ENGLISH);
        rig.violations.append(&mut walk.finish().1);
        session.delete().expect("delete the WebDriver session");
    }
    assert_eq!(pace_with(&card.reader, SECOND_PIN), Ok(PinOutcome::Resumed));

    // German again, and the answer to the change itself comes back garbled: the outcome
    // is unknown, so the kiosk checks the card (eid_check_outcome) and tells the truth.
    card.control(&format!("fault flip-mac:+{CHANGE_STEPS}"))
        .unwrap();
    {
        let mut session = rig.session();
        let mut walk = Walk::new(&session, &rig.tools, "eid-unknown");
        open_pin_entry(&mut walk, &GERMAN_PIN);
        type_pin(&mut walk, SECOND_PIN, "enter-pin-typed");
        choose_new_pin(&mut walk, &GERMAN_PIN, THIRD_PIN);
        success(&mut walk, &GERMAN_PIN);
        rig.violations.append(&mut walk.finish().1);
        session.delete().expect("delete the WebDriver session");
    }
    assert_eq!(pace_with(&card.reader, THIRD_PIN), Ok(PinOutcome::Resumed));

    rig.driver.stop();
    drop(xvfb);

    // The official eID client takes the PIN the kiosk set: AusweisApp changes it.
    {
        let mut app = AusweisApp::start().unwrap_or_else(|e| panic!("{e}"));
        let (_, done) = app.change_pin(THIRD_PIN, FOURTH_PIN);
        assert_eq!(done["success"], true, "{done}");
    }
    assert_eq!(pace_with(&card.reader, FOURTH_PIN), Ok(PinOutcome::Resumed));

    // The day's figures in the app's SQLite file.
    let store = station::Store::open(data_dir.join(station::store::FILE_NAME)).unwrap();
    let day = station::clock::local_day(chrono::Utc::now());
    let today = station::figures::total(&station::figures::days(&store, day, day, None).unwrap());
    let count = |result| {
        syncproto::figures::PinFlow::ALL
            .into_iter()
            .map(|flow| today.pin_count(flow, result))
            .sum::<u32>()
    };
    use syncproto::figures::PinResult;
    assert_eq!(
        (
            count(PinResult::Changed),
            count(PinResult::Failed),
            count(PinResult::Referred)
        ),
        (3, 1, 0),
        "two changes, one wrong PIN, and the change that the check found done"
    );
    drop(store);

    // No PIN, CAN or PUK in anything the app wrote.
    let mut written = Vec::new();
    files_below(root.path(), &mut written);
    assert!(written
        .iter()
        .any(|path| path.ends_with(station::store::FILE_NAME)));
    assert!(written.contains(&log));
    let mut leaks = Vec::new();
    for path in &written {
        let bytes = std::fs::read(path).unwrap_or_default();
        for secret in [
            TRANSPORT_PIN,
            CAN,
            PUK,
            FIRST_PIN,
            WRONG_PIN,
            SECOND_PIN,
            THIRD_PIN,
            FOURTH_PIN,
        ] {
            if contains(&bytes, secret.as_bytes()) {
                leaks.push(format!(
                    "{} holds a secret of length {}",
                    path.display(),
                    secret.len()
                ));
            }
        }
    }
    assert!(leaks.is_empty(), "secrets found:\n{}", leaks.join("\n"));
    assert_accessible(&rig.violations);
}
