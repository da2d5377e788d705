//! The kiosk's PIN change on a reader with a PIN pad, in the real WebKit window: the
//! virtual comfort reader (`comfortreader`) in a pcscd of the test's own, the virtual
//! card on it, the test's fingers on the reader's pad. The kiosk asks which PIN the
//! citizen has, then shows the reader's picture and what to type there — never its own
//! keypad — while the reader takes the Transport PIN and the new PIN; a wrong PIN
//! typed there leads back to the choice with the tries left; Cancel on the reader says
//! that nothing was changed. The card's counters and a PACE from the test show what
//! the card holds.

use std::time::Duration;

use e2e::eid_pages::{containing, open_eid, pace_with};
use e2e::rig::Rig;
use e2e::walk::{heading, Walk};
use e2e::webdriver::By;
use eid::workflows::PinOutcome;
use testcard::harness::comfort::{self, PinPadKeys};
use testcard::harness::{CardOptions, VirtualCard};

/// The card's port on this test's reader (apart from every other test's).
const PORT: u16 = 35983;
const NEW_PIN: &str = "592738";
const CAN: &str = "123456";
/// How long the card's answer to the change may take (PACE in a debug build).
const CARD_TIMEOUT: Duration = Duration::from_secs(60);

const CHOOSE: &str = "Welche PIN haben Sie?";
const ON_READER: &str = "Bitte am Lesegerät eingeben";

/// "Which PIN" on a PIN pad reader, then `choice`: the kiosk waits on the reader.
fn choose_on_reader(walk: &mut Walk<'_>, choice: &str, screen: Option<&str>) {
    walk.wait_up_to(By::XPath(&heading(CHOOSE)), CARD_TIMEOUT);
    walk.wait(By::XPath(&containing(
        "p",
        "Sie geben die PIN gleich am Lesegerät ein",
    )));
    if let Some(screen) = screen {
        walk.visit(screen);
    }
    walk.click(By::XPath(&containing("button", choice)));
    walk.wait(By::XPath(&heading(ON_READER)));
}

/// The reader asks, the kiosk says what to type there (no keypad of its own), the
/// test types `digits` on the reader.
fn type_on_reader(
    walk: &mut Walk<'_>,
    pad: &PinPadKeys,
    says: &str,
    screen: &str,
    digits: &[&str],
) {
    pad.wait_until_asked();
    walk.wait(By::XPath(&containing("p", says)));
    let keypad = walk
        .session
        .find(By::Css(".bk-pinpad"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        keypad.is_none(),
        "the kiosk shows its keypad while the reader takes the PIN"
    );
    walk.visit(screen);
    for entry in digits {
        pad.type_digits(entry);
    }
}

#[test]
fn the_kiosk_changes_the_pin_on_the_readers_pin_pad() {
    let (reader, pad) = comfort::plug_in(PORT).unwrap_or_else(|e| panic!("{e}"));
    let data_dir = tempfile::tempdir().unwrap();
    e2e::store::prepare(data_dir.path());
    let mut rig = Rig::start(data_dir.path(), "600", &reader.socket);
    let card =
        VirtualCard::start_in(&reader, &CardOptions::default()).unwrap_or_else(|e| panic!("{e}"));

    rig.session("eid-pin-pad", |walk| {
        open_eid(walk);
        choose_on_reader(walk, "5-stellige Transport", Some("choose-on-reader"));
        let transport = "Transport-PIN (5 Ziffern aus dem PIN-Brief) am Lesegerät";
        type_on_reader(walk, &pad, transport, "on-reader-transport-pin", &["12345"]);
        let new_pin = "neue PIN (6 Ziffern) am Lesegerät";
        type_on_reader(
            walk,
            &pad,
            new_pin,
            "on-reader-new-pin",
            &[NEW_PIN, NEW_PIN],
        );
        walk.wait_up_to(By::XPath(&heading("Ihre PIN ist geändert")), CARD_TIMEOUT);
        walk.visit("changed");
    });
    assert_eq!(card.counter("transport-pin").unwrap(), "0");
    assert_eq!(card.counter("pin-tries").unwrap(), "3");

    rig.session("eid-pin-pad-wrong", |walk| {
        open_eid(walk);
        choose_on_reader(walk, "6-stellige PIN", None);
        let pin = "jetzige PIN (6 Ziffern) am Lesegerät";
        type_on_reader(walk, &pad, pin, "on-reader-pin", &["111222"]);
        walk.wait_up_to(By::XPath(&heading(CHOOSE)), CARD_TIMEOUT);
        walk.wait(By::XPath(&containing("p", "Sie haben noch 2 Versuche")));
        walk.visit("pin-wrong-on-reader");
        walk.click(By::XPath(&containing("button", "6-stellige PIN")));
        walk.wait(By::XPath(&heading(ON_READER)));
        pad.wait_until_asked();
        pad.cancel();
        walk.wait_up_to(
            By::XPath(&containing("p", "Am Lesegerät wurde „Abbrechen“ gedrückt")),
            CARD_TIMEOUT,
        );
        walk.visit("cancelled-on-reader");
    });
    assert_eq!(card.counter("pin-tries").unwrap(), "2");
    assert_eq!(
        pace_with(&card.reader, CAN, NEW_PIN),
        Ok(PinOutcome::Resumed)
    );
    assert!(rig.problems.is_empty(), "{:#?}", rig.problems);
}
