//! The official eID client, AusweisApp, takes the virtual comfort reader for a
//! reader with a PIN pad (its SDK says `"keypad": true`) and changes PINs through
//! it: the reader runs PACE with what is typed on its pad and puts the new PIN
//! into the card itself, AusweisApp never sees a digit. Also the counters walk
//! as on a real comfort reader: a wrong PIN typed on the pad costs a try, the
//! CAN and the PUK are typed there too.
//!
//! One test in this binary: it points the process's PC/SC client at a pcscd of
//! its own (the reader's), which the client reads once.

use testcard::harness::ausweisapp::AusweisApp;
use testcard::harness::comfort;
use testcard::harness::{CardOptions, VirtualCard};

/// The card's port on this test's reader (apart from every other test's).
const PORT: u16 = 35981;

#[test]
fn ausweisapp_changes_pins_on_the_comfort_readers_pin_pad() {
    let (reader, pad) = comfort::plug_in(PORT).unwrap_or_else(|e| panic!("{e}"));
    let card =
        VirtualCard::start_in(&reader, &CardOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let mut app = AusweisApp::start().unwrap_or_else(|e| panic!("{e}"));

    // The Transport PIN and the new PIN, typed on the reader.
    app.run_change_pin();
    let asked = app.expect("ENTER_PIN");
    assert_eq!(asked["reader"]["name"], card.reader, "{asked}");
    assert_eq!(asked["reader"]["keypad"], true, "{asked}");
    assert_eq!(asked["reader"]["card"]["retryCounter"], 3, "{asked}");
    app.set_on_keypad("SET_PIN");
    pad.type_when_asked(&["12345"]);
    app.expect("ENTER_NEW_PIN");
    app.set_on_keypad("SET_NEW_PIN");
    pad.type_when_asked(&["482915", "482915"]);
    let done = app.expect("CHANGE_PIN");
    assert_eq!(done["success"], true, "{done}");
    assert_eq!(card.counter("transport-pin").unwrap(), "0");
    assert_eq!(card.counter("pin-tries").unwrap(), "3");

    // Two wrong PINs on the pad: AusweisApp asks for the CAN, then the PIN.
    app.run_change_pin();
    let mut asked = app.expect("ENTER_PIN");
    for tries_left in [3, 2] {
        assert_eq!(
            asked["reader"]["card"]["retryCounter"], tries_left,
            "{asked}"
        );
        app.set_on_keypad("SET_PIN");
        pad.type_when_asked(&["111222"]);
        if tries_left == 3 {
            asked = app.expect("ENTER_PIN");
        }
    }
    let asked = app.expect("ENTER_CAN");
    assert_eq!(asked["reader"]["card"]["retryCounter"], 1, "{asked}");
    app.set_on_keypad("SET_CAN");
    pad.type_when_asked(&["123456"]);
    app.expect("ENTER_PIN");
    app.set_on_keypad("SET_PIN");
    pad.type_when_asked(&["482915"]);
    app.expect("ENTER_NEW_PIN");
    app.set_on_keypad("SET_NEW_PIN");
    pad.type_when_asked(&["735102", "735102"]);
    let done = app.expect("CHANGE_PIN");
    assert_eq!(done["success"], true, "{done}");
    assert_eq!(card.counter("pin-tries").unwrap(), "3");
}
