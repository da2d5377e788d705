//! Every branch of "Online-Ausweis & PIN" in the real WebKit window against the virtual
//! card on pcscd + vpcd, in German: a wrong PIN with tries left, the CAN after the
//! second wrong PIN and the last try, the PUK after the third and the unblocked PIN;
//! the card pulled on each page of the change and at each card command of the change
//! itself (before the last command answers: the kiosk finds out when the card is back);
//! the reader unplugged on a page, and while the card makes the change (the kiosk
//! checks the card once reader and card are back and shows the change that did take
//! effect); a deactivated online function, a PUK used up, and a card that is not an ID
//! card; then, with the shortest idle time (10 s), the idle reset and the idle timer
//! standing still while a slow card works (12 s for the change). The card's counters
//! and a PACE from the test show what the card really holds. Each eID page is checked
//! in every language and display mode (`e2e::display`), the others in German;
//! `eid_pin_flow.rs` walks the Transport PIN and the PIN change and looks for secrets
//! in every file the app wrote.
//!
//! The reader is a pcscd of this test's own ([`UnpluggableReader`]), so that it can be
//! unplugged, and the test runs beside the card tests on the shared pcscd.

use e2e::display;
use e2e::eid_pages::{containing, enter, open_eid, pace_with, type_digits, START_GERMAN};
use e2e::rig::Rig;
use e2e::walk::{assert_accessible, button, heading, Height, Walk, SCREEN_TIMEOUT};
use e2e::webdriver::By;
use eid::secret::Secret;
use eid::transport::pcsc::PcscContext;
use eid::workflows::{self, CardSession, PinOutcome, WorkflowError};
use std::time::Duration;
use testcard::harness::unpluggable::UnpluggableReader;
use testcard::harness::{CardOptions, VirtualCard};

const PIN: &str = "482915";
const WRONG_PIN: &str = "271828";
const NEW_PIN: &str = "592738";
const LAST_PIN: &str = "613804";
const CAN: &str = "123456";
const PUK: &str = "1234567890";

/// Card commands of a PIN change up to its last (the commit point).
const CHANGE_STEPS: u32 = 8;

/// How long the card's answer to the change may take (PACE in a debug build).
const CARD_TIMEOUT: Duration = Duration::from_secs(60);

const CHOOSE: &str = "Welche PIN haben Sie?";
const CURRENT: &str = "Jetzige PIN eingeben";
const NEW: &str = "Neue PIN wählen";
const REPEAT: &str = "Neue PIN wiederholen";
const REMOVED: &str = "Der Ausweis wurde weggenommen";
const UNPLUGGED: &str = "Das Lesegerät ist nicht mehr verbunden";
const CHECK: &str = "Bitte legen Sie den Ausweis wieder auf";
const NO_READER: &str = "Kein Lesegerät gefunden";

fn card(reader: &UnpluggableReader, options: CardOptions) -> VirtualCard {
    VirtualCard::start_in(
        reader,
        &CardOptions {
            pin: PIN,
            can: CAN,
            puk: PUK,
            ..options
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn wait_heading(walk: &Walk<'_>, text: &str, timeout: Duration) {
    walk.wait_up_to(By::XPath(&heading(text)), timeout);
}

/// Current PIN `current`, then the new PIN twice (asked again after a wrong current PIN).
fn change(walk: &mut Walk<'_>, current: &str) {
    change_to(walk, current, NEW_PIN);
}

/// Current PIN `current`, then `new` twice.
fn change_to(walk: &mut Walk<'_>, current: &str, new: &str) {
    enter(walk, current, None);
    wait_heading(walk, NEW, SCREEN_TIMEOUT);
    enter(walk, new, None);
    wait_heading(walk, REPEAT, SCREEN_TIMEOUT);
    enter(walk, new, None);
}

/// The current PIN after a wrong one: the kiosk may ask for the new PIN again.
fn retry(walk: &mut Walk<'_>, current: &str) {
    enter(walk, current, None);
    if walk
        .session
        .wait_for(By::XPath(&heading(NEW)), Duration::from_secs(5))
        .is_ok()
    {
        enter(walk, NEW_PIN, None);
        wait_heading(walk, REPEAT, SCREEN_TIMEOUT);
        enter(walk, NEW_PIN, None);
    }
}

/// Wrong PIN (two tries left), wrong again (CAN), the last try wrong too (PUK), PUK.
fn wrong_can_puk(walk: &mut Walk<'_>) {
    open_eid(walk);
    wait_heading(walk, CHOOSE, CARD_TIMEOUT);
    display::visit_in_every_language(walk, "choose", Height::Fixed, 0);
    walk.click(By::XPath(&containing("button", "6-stellige PIN")));
    wait_heading(walk, CURRENT, SCREEN_TIMEOUT);
    display::visit_in_every_language(walk, "current-pin", Height::Fixed, 1);
    change(walk, WRONG_PIN);
    walk.wait_up_to(
        By::XPath(&containing("*", "Sie haben noch 2 Versuche")),
        CARD_TIMEOUT,
    );
    display::visit_in_every_language(walk, "pin-wrong", Height::Fixed, 2);
    retry(walk, WRONG_PIN);
    wait_heading(walk, "Zugangsnummer eingeben", CARD_TIMEOUT);
    display::visit_in_every_language(walk, "can", Height::Fixed, 3);
    enter(walk, CAN, Some("can-typed"));
    walk.wait(By::XPath(&containing("*", "Das ist Ihr letzter Versuch")));
    display::visit_in_every_language(walk, "last-try", Height::Fixed, 4);
    retry(walk, WRONG_PIN);
    wait_heading(walk, "PUK eingeben", CARD_TIMEOUT);
    display::visit_in_every_language(walk, "puk", Height::Fixed, 5);
    enter(walk, PUK, Some("puk-typed"));
    wait_heading(walk, "Ihre PIN ist entsperrt", CARD_TIMEOUT);
    display::visit_in_every_language(walk, "unblocked", Height::Fixed, 6);
}

/// The card leaves on each page of the change; nothing changes, and once it is back
/// the kiosk starts again at "which PIN".
fn pulled_on_each_page(walk: &mut Walk<'_>, card: &VirtualCard) {
    open_eid(walk);
    let pages: [(&str, &[&str]); 4] = [
        (CHOOSE, &[]),
        (CURRENT, &[]),
        (NEW, &[PIN]),
        (REPEAT, &[PIN, NEW_PIN]),
    ];
    for (index, (page, typed)) in pages.into_iter().enumerate() {
        wait_heading(walk, CHOOSE, CARD_TIMEOUT);
        if page != CHOOSE {
            walk.click(By::XPath(&containing("button", "6-stellige PIN")));
            for digits in typed {
                enter(walk, digits, None);
            }
            wait_heading(walk, page, SCREEN_TIMEOUT);
            type_digits(walk, "12");
        }
        card.remove().unwrap();
        wait_heading(walk, REMOVED, SCREEN_TIMEOUT);
        if index == 0 {
            display::visit_in_every_language(walk, "removed", Height::Fixed, 0);
        }
        card.insert().unwrap();
    }
    wait_heading(walk, CHOOSE, CARD_TIMEOUT);
}

/// The card leaves before it answers card command `step` of the change. Before the
/// last command nothing changed; at the last the kiosk cannot know, asks for the card
/// again and checks it: the change did not take effect. Then the card leaves just
/// after answering the last command: the answer came, the PIN is changed. (An answer
/// lost after the card changed the PIN is `eid_pin_flow.rs`'s third walk.)
fn pulled_at_each_command(walk: &mut Walk<'_>, card: &VirtualCard) {
    open_eid(walk);
    for step in 1..=CHANGE_STEPS {
        wait_heading(walk, CHOOSE, CARD_TIMEOUT);
        card.control(&format!("fault remove-before:+{step}"))
            .unwrap();
        walk.click(By::XPath(&containing("button", "6-stellige PIN")));
        wait_heading(walk, CURRENT, SCREEN_TIMEOUT);
        change(walk, PIN);
        if step < CHANGE_STEPS {
            wait_heading(walk, REMOVED, CARD_TIMEOUT);
            card.wait_removed().unwrap();
            card.insert().unwrap();
        } else {
            wait_heading(walk, "Bitte legen Sie den Ausweis wieder auf", CARD_TIMEOUT);
            walk.visit("unknown");
            card.wait_removed().unwrap();
            card.insert().unwrap();
            walk.wait_up_to(
                By::XPath(&containing("*", "nicht auf Ihrem Ausweis angekommen")),
                CARD_TIMEOUT,
            );
            walk.visit("checked-not-changed");
        }
        // The check after an unknown outcome tries the new PIN: one try, as `bk` says too.
        let tries = if step < CHANGE_STEPS { "3" } else { "2" };
        assert_eq!(
            card.counter("pin-tries").unwrap(),
            tries,
            "PIN tries after the card left at step {step}"
        );
    }
    walk.click(By::XPath(&button("Noch einmal versuchen")));
    wait_heading(walk, CHOOSE, CARD_TIMEOUT);
    card.control(&format!("fault remove-after:+{CHANGE_STEPS}"))
        .unwrap();

    walk.click(By::XPath(&containing("button", "6-stellige PIN")));
    wait_heading(walk, CURRENT, SCREEN_TIMEOUT);
    change(walk, PIN);
    wait_heading(walk, "Ihre PIN ist geändert", CARD_TIMEOUT);
    walk.visit("changed-card-pulled-after");
    card.wait_removed().unwrap();
    card.insert().unwrap();
}

/// The reader is unplugged on the page for the current PIN: the kiosk says so; once
/// it is back the kiosk starts again at "which PIN". Then it is unplugged while the
/// card works on the last command of the change (15 s, then the card makes the change
/// and its answer finds no reader): the kiosk cannot know, asks for reader and card,
/// checks the card when they are back and says what is true: the PIN is changed.
fn unplugged(walk: &mut Walk<'_>, card: &VirtualCard, reader: &mut UnpluggableReader) {
    open_eid(walk);
    wait_heading(walk, CHOOSE, CARD_TIMEOUT);
    walk.click(By::XPath(&containing("button", "6-stellige PIN")));
    wait_heading(walk, CURRENT, SCREEN_TIMEOUT);
    type_digits(walk, "59");
    reader.unplug();
    wait_heading(walk, UNPLUGGED, SCREEN_TIMEOUT);
    display::visit_in_every_language(walk, "unplugged", Height::Fixed, 0);
    reader.plug().unwrap();
    card.wait_present().unwrap();
    wait_heading(walk, CHOOSE, CARD_TIMEOUT);

    let step: u32 = card.counter("step").unwrap().parse().unwrap();
    card.control(&format!("fault delay:+{CHANGE_STEPS}:15000"))
        .unwrap();
    walk.click(By::XPath(&containing("button", "6-stellige PIN")));
    wait_heading(walk, CURRENT, SCREEN_TIMEOUT);
    change_to(walk, NEW_PIN, LAST_PIN);
    let last = (step + CHANGE_STEPS).to_string();
    let deadline = std::time::Instant::now() + CARD_TIMEOUT;
    while card.counter("step").unwrap() != last {
        assert!(
            std::time::Instant::now() < deadline,
            "the change never reached its last command (step {last})"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.unplug();
    wait_heading(walk, CHECK, CARD_TIMEOUT);
    walk.wait(By::XPath(&containing("*", NO_READER)));
    walk.visit("unplugged-unknown");
    reader.plug().unwrap();
    card.wait_present().unwrap();
    wait_heading(walk, "Ihre PIN ist geändert", CARD_TIMEOUT);
    walk.visit("unplugged-checked-changed");
}

/// A card whose PIN the test blocks twice with wrong PINs, unblocking it once with
/// its only PUK use between: the PUK is used up.
fn use_up_the_puk(card: &VirtualCard) {
    let context = PcscContext::establish().unwrap();
    let can = Secret::new(CAN.to_owned());
    let wrong = Secret::new(WRONG_PIN.to_owned());
    // Three wrong PINs, the last after the CAN (which `resume_pin` gives when needed).
    let block = || {
        for tries_left in [2, 1, 0] {
            let mut session = CardSession::connect(&context, &card.reader).unwrap();
            assert_eq!(
                workflows::resume_pin(&mut session, &can, &wrong),
                Err(WorkflowError::PinWrong { tries_left })
            );
        }
    };
    block();
    let mut session = CardSession::connect(&context, &card.reader).unwrap();
    assert_eq!(
        workflows::unblock_pin(&mut session, &Secret::new(PUK.to_owned())),
        Ok(PinOutcome::Unblocked)
    );
    drop(session);
    block();
    assert_eq!(card.counter("puk-uses").unwrap(), "0");
}

/// The kiosk shows `page` for the card on the reader.
fn card_page(walk: &mut Walk<'_>, page: &str, screen: &str, turn: usize) {
    open_eid(walk);
    walk.wait_up_to(By::XPath(&containing("*", page)), CARD_TIMEOUT);
    display::visit_in_every_language(walk, screen, Height::Scrolls, turn);
}

#[test]
fn every_eid_branch_against_the_virtual_card() {
    let mut reader = UnpluggableReader::plug_in().unwrap_or_else(|e| panic!("{e}"));
    let data_dir = tempfile::tempdir().unwrap();
    e2e::store::prepare(data_dir.path());
    let mut rig = Rig::start(data_dir.path(), "600", &reader.socket);

    let mut ours = card(&reader, CardOptions::default());
    rig.session("eid-can-puk", wrong_can_puk);
    assert_eq!(ours.counter("pin-tries").unwrap(), "3");
    assert_eq!(ours.counter("puk-uses").unwrap(), "9");
    assert_eq!(pace_with(&ours.reader, CAN, PIN), Ok(PinOutcome::Resumed));

    rig.session("eid-pulled", |walk| pulled_on_each_page(walk, &ours));
    rig.session("eid-pulled-command", |walk| {
        pulled_at_each_command(walk, &ours)
    });
    assert_eq!(
        pace_with(&ours.reader, CAN, NEW_PIN),
        Ok(PinOutcome::Resumed)
    );
    rig.session("eid-unplugged", |walk| unplugged(walk, &ours, &mut reader));
    assert_eq!(ours.counter("pin-tries").unwrap(), "3");
    assert_eq!(
        pace_with(&ours.reader, CAN, LAST_PIN),
        Ok(PinOutcome::Resumed)
    );

    drop(ours);
    ours = card(
        &reader,
        CardOptions {
            deactivated: true,
            ..CardOptions::default()
        },
    );
    rig.session("eid-deactivated", |walk| {
        card_page(
            walk,
            "Die Online-Ausweisfunktion ist ausgeschaltet",
            "help-deactivated",
            0,
        )
    });
    drop(ours);
    ours = card(
        &reader,
        CardOptions {
            puk_uses: 1,
            ..CardOptions::default()
        },
    );
    use_up_the_puk(&ours);
    // The card does not tell its PUK uses: the kiosk learns them when the PUK is tried.
    rig.session("eid-puk-used-up", |walk| {
        open_eid(walk);
        wait_heading(walk, "PUK eingeben", CARD_TIMEOUT);
        enter(walk, PUK, None);
        wait_heading(walk, "Ihre PUK ist verbraucht", CARD_TIMEOUT);
        display::visit_in_every_language(walk, "help-puk-used-up", Height::Scrolls, 1);
    });
    drop(ours);
    ours = card(
        &reader,
        CardOptions {
            other_card: true,
            ..CardOptions::default()
        },
    );
    rig.session("eid-other-card", |walk| {
        card_page(
            walk,
            "Diese Karte hat keine Online-Ausweisfunktion",
            "other-card",
            2,
        )
    });
    drop(ours);
    let mut problems = std::mem::take(&mut rig.problems);
    drop(rig);

    // The shortest idle time the app takes: the reset, and a card command longer than it.
    let mut idle = Rig::start(data_dir.path(), "10", &reader.socket);
    let ours = card(&reader, CardOptions::default());
    idle.session("eid-idle", |walk| {
        open_eid(walk);
        wait_heading(walk, CHOOSE, CARD_TIMEOUT);
        walk.click(By::XPath(&containing("button", "6-stellige PIN")));
        wait_heading(walk, CURRENT, SCREEN_TIMEOUT);
        type_digits(walk, "48");
        walk.wait_up_to(By::Css(START_GERMAN), Duration::from_secs(25));
        walk.visit("idle-reset");
        ours.control(&format!("fault delay:+{CHANGE_STEPS}:12000"))
            .unwrap();
        open_eid(walk);
        wait_heading(walk, CHOOSE, CARD_TIMEOUT);
        walk.click(By::XPath(&containing("button", "6-stellige PIN")));
        wait_heading(walk, CURRENT, SCREEN_TIMEOUT);
        change(walk, PIN);
        wait_heading(walk, "Ihre PIN ist geändert", CARD_TIMEOUT);
        walk.visit("changed-after-slow-card");
    });
    assert_eq!(
        pace_with(&ours.reader, CAN, NEW_PIN),
        Ok(PinOutcome::Resumed)
    );
    problems.append(&mut idle.problems);
    drop(idle);

    assert_accessible(&problems);
}
