//! `bk eid` on a comfort reader (PIN pad, PC/SC Part 10): `bk eid readers` says
//! which reader has a pad; `bk eid change-pin` reads no secret from its input
//! there but tells staff what the citizen types on the reader, and the reader's
//! pad (the test's fingers) does the rest — the Transport PIN, a wrong PIN, the
//! CAN for a suspended PIN, Cancel, a lost answer checked with the new PIN on the
//! pad, the PUK for a blocked one. AusweisApp, on the
//! same reader, confirms the PIN `bk` set and the reverse.
//!
//! One test in this binary: it points the process's PC/SC client at a pcscd of
//! its own (the reader's), which the client reads once.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;
use testcard::harness::ausweisapp::AusweisApp;
use testcard::harness::comfort;
use testcard::harness::{CardOptions, VirtualCard};

/// The card's port on this test's reader (apart from every other test's).
const PORT: u16 = 35982;

/// `bk ARGS…` with a station folder of this test's own and nothing on its input.
fn bk(args: &[&str]) -> Child {
    let data = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("eid-pin-pad-{}", std::process::id()));
    let mut child = Command::new(env!("CARGO_BIN_EXE_bk"))
        .env("BK_DATA_DIR", data)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A PIN pad reader reads no secret from the input: close it at once.
    drop(child.stdin.take().map(|mut stdin| stdin.flush()));
    child
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `bk eid change-pin` on `card`'s reader while `typing` types on the pad.
fn change_pin(card: &VirtualCard, transport: bool, typing: impl FnOnce()) -> Output {
    let mut args = vec![
        "eid",
        "change-pin",
        "--reader",
        &card.reader,
        "--recheck-seconds",
        "0",
    ];
    if transport {
        args.push("--transport");
    }
    let child = bk(&args);
    typing();
    child.wait_with_output().unwrap()
}

#[test]
fn bk_changes_pins_on_the_comfort_readers_pin_pad() {
    let (reader, pad) = comfort::plug_in(PORT).unwrap_or_else(|e| panic!("{e}"));
    let card =
        VirtualCard::start_in(&reader, &CardOptions::default()).unwrap_or_else(|e| panic!("{e}"));

    let listed = bk(&["eid", "readers", "--json"])
        .wait_with_output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed["readers"][0]["name"], card.reader, "{listed}");
    assert_eq!(listed["readers"][0]["pin_pad"], true, "{listed}");
    let listed = bk(&["eid", "readers"]).wait_with_output().unwrap();
    assert!(
        text(&listed.stdout).contains("hat ein PIN-Pad"),
        "{}",
        text(&listed.stdout)
    );

    // The Transport PIN and the new PIN, typed on the reader when it asks.
    let done = change_pin(&card, true, || {
        pad.type_when_asked(&["12345", "482915", "482915"])
    });
    assert!(done.status.success(), "{}", text(&done.stderr));
    let told = text(&done.stderr);
    assert!(
        told.contains("Transport-PIN (5 Ziffern aus dem PIN-Brief) am Kartenleser"),
        "{told}"
    );
    assert!(
        told.contains("neue PIN (6 Ziffern) am Kartenleser"),
        "{told}"
    );
    assert_eq!(card.counter("transport-pin").unwrap(), "0");

    // A wrong PIN on the pad costs a try and says so; Cancel costs nothing.
    let wrong = change_pin(&card, false, || pad.type_when_asked(&["111222"]));
    assert_eq!(wrong.status.code(), Some(1), "{}", text(&wrong.stderr));
    assert!(
        text(&wrong.stderr).contains("PIN falsch – noch 2 Versuche"),
        "{}",
        text(&wrong.stderr)
    );
    assert_eq!(card.counter("pin-tries").unwrap(), "2");
    let cancelled = change_pin(&card, false, || {
        pad.wait_until_asked();
        pad.cancel();
    });
    assert_eq!(cancelled.status.code(), Some(1));
    assert!(
        text(&cancelled.stderr).contains("„Abbrechen“"),
        "{}",
        text(&cancelled.stderr)
    );
    assert_eq!(card.counter("pin-tries").unwrap(), "2");

    // Suspended after a second wrong PIN: the CAN first, on the pad as well.
    change_pin(&card, false, || pad.type_when_asked(&["111222"]));
    assert_eq!(card.counter("pin-tries").unwrap(), "1");
    let resumed = change_pin(&card, false, || {
        pad.type_when_asked(&["123456", "482915", "613804", "613804"])
    });
    assert!(resumed.status.success(), "{}", text(&resumed.stderr));
    assert!(
        text(&resumed.stderr).contains("CAN (6 Ziffern"),
        "{}",
        text(&resumed.stderr)
    );
    assert_eq!(card.counter("pin-tries").unwrap(), "3");

    // AusweisApp on the same pad confirms bk's PIN; bk confirms AusweisApp's.
    let mut app = AusweisApp::start().unwrap_or_else(|e| panic!("{e}"));
    app.run_change_pin();
    let asked = app.expect("ENTER_PIN");
    assert_eq!(asked["reader"]["keypad"], true, "{asked}");
    app.set_on_keypad("SET_PIN");
    pad.type_when_asked(&["613804"]);
    app.expect("ENTER_NEW_PIN");
    app.set_on_keypad("SET_NEW_PIN");
    pad.type_when_asked(&["735102", "735102"]);
    let done = app.expect("CHANGE_PIN");
    assert_eq!(done["success"], true, "{done}");
    let by_bk = change_pin(&card, false, || {
        pad.type_when_asked(&["735102", "246810", "246810"])
    });
    assert!(by_bk.status.success(), "{}", text(&by_bk.stderr));
    assert_eq!(card.counter("pin-tries").unwrap(), "3");
}
