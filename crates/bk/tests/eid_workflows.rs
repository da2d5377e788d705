//! The PIN workflows against the virtual card through the real stack
//! (`eid` → pcsc → pcscd → vpcd → `testcard`), driven through the library
//! API and through `bk eid …` as a process with secrets on stdin. The card's
//! own counters (control `status`) are the truth every outcome is checked against.
//! The official eID client, AusweisApp, drives the same card through its SDK.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use eid::reader_watch::{find_eid_reader, CardPresence, ReaderSnapshot, ReaderWatch};
use eid::secret::Secret;
use eid::transport::pcsc::{PcscContext, PcscReader};
use eid::workflows::{
    self, CardSession, ChangeOutcome, ChangePinRequest, CheckedOutcome, PendingCheck, PinOutcome,
    PinState, WorkflowError,
};
use syncproto::figures::{PinFlow, PinResult};
use testcard::harness::ausweisapp::AusweisApp;
use testcard::harness::{CardOptions, VirtualCard};

const NEW_PIN: &str = "482915";

/// A card in a free reader.
fn start(options: CardOptions) -> VirtualCard {
    VirtualCard::start(&options).unwrap_or_else(|error| panic!("{error}"))
}

/// A card with the other reader held empty: the only card pcscd shows.
fn start_alone(options: CardOptions) -> VirtualCard {
    VirtualCard::start_alone(&options).unwrap_or_else(|error| panic!("{error}"))
}

fn secret(text: &str) -> Secret {
    Secret::new(text.to_owned())
}

/// The station folder of this test process's `bk` runs (its day figures).
fn data_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("eid-workflows-{}", std::process::id()))
}

/// Today's PIN changes `bk eid` counted in [`data_dir`]: (changed, failed, referred).
fn pin_changes() -> (u32, u32, u32) {
    let store = station::Store::open(data_dir().join(station::store::FILE_NAME)).unwrap();
    let today = station::clock::local_day(chrono::Utc::now());
    let total =
        station::figures::total(&station::figures::days(&store, today, today, None).unwrap());
    let count = |result| total.pin_count(PinFlow::PinChange, result);
    (
        count(PinResult::Changed),
        count(PinResult::Failed),
        count(PinResult::Referred),
    )
}

/// The app's code of a workflow error.
fn code(error: &WorkflowError) -> &'static str {
    app::card::errors::code(error)
}

/// How the app counts a failed workflow.
fn tally(error: WorkflowError) -> Option<PinResult> {
    app::card::counting::tally(&Err(error))
}

/// `bk` with its station in [`data_dir`].
fn bk_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_bk"));
    command.env("BK_DATA_DIR", data_dir());
    command
}

/// Starts `bk eid ARGS… --reader READER` and writes `stdin` (one secret per line).
fn spawn_bk(card: &VirtualCard, args: &[&str], stdin: &str) -> std::process::Child {
    let mut child = bk_command()
        .arg("eid")
        .args(args)
        .args(["--reader", &card.reader])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child
}

/// Runs `bk eid ARGS… --reader READER` with `stdin` (one secret per line).
fn bk(card: &VirtualCard, args: &[&str], stdin: &str) -> Output {
    let output = spawn_bk(card, args, stdin).wait_with_output().unwrap();
    for text in [&output.stdout, &output.stderr] {
        let text = String::from_utf8_lossy(text);
        for line in stdin.lines().filter(|line| !line.is_empty()) {
            assert!(!text.contains(line), "bk printed a secret: {text}");
        }
    }
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn session(card: &VirtualCard) -> Result<CardSession<PcscReader>, WorkflowError> {
    let context = PcscContext::establish()?;
    CardSession::connect(&context, &card.reader)
}

/// Library: connect and change the PIN.
fn change(
    card: &VirtualCard,
    current: &str,
    transport: bool,
    can: Option<&str>,
) -> Result<PinOutcome, WorkflowError> {
    let (current, new_pin, can) = (secret(current), secret(NEW_PIN), can.map(secret));
    let request = ChangePinRequest {
        current: &current,
        transport,
        new_pin: &new_pin,
        can: can.as_ref(),
    };
    workflows::change_pin(&mut session(card)?, &request)
}

fn status_json(card: &VirtualCard) -> serde_json::Value {
    let output = bk(card, &["status", "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Asserts that `bk` wrote `text` to standard error (which is shown if not).
fn assert_says(output: &Output, text: &str) {
    assert!(stderr(output).contains(text), "{}", stderr(output));
}

#[test]
fn transport_pin_change_through_bk() {
    let card = start(CardOptions::default());
    let status = status_json(&card);
    assert_eq!(status["card"], "eid");
    assert_eq!(status["state"], "ok");
    assert_eq!(status["pin_tries_left"], 3);

    let refused = bk(&card, &["change-pin", "--transport"], "12345\n123456\n");
    assert_eq!(refused.status.code(), Some(1));
    assert_says(&refused, "keine einfache auf- oder absteigende Zahlenfolge");
    assert_eq!(card.counter("transport-pin").unwrap(), "1");

    let output = bk(
        &card,
        &["change-pin", "--transport"],
        &format!("12345\n{NEW_PIN}\n"),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("PIN geändert"));
    assert_eq!(card.counter("transport-pin").unwrap(), "0");

    let checked = workflows::check_outcome(
        &mut session(&card).unwrap(),
        PendingCheck::NewPin {
            initial_pin_before: false,
        },
        Some(&secret(NEW_PIN)),
    );
    assert_eq!(checked, Ok(CheckedOutcome::Done(PinOutcome::Changed)));
    let output = bk(&card, &["check-pin"], &format!("{NEW_PIN}\n"));
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn bk_counts_in_the_day_figures_as_the_kiosk_does() {
    let card = start(CardOptions {
        pin: "654321",
        ..CardOptions::default()
    });
    let before = pin_changes();
    let refused = bk(&card, &["change-pin"], "654321\n123456\n");
    assert_says(&refused, "Zahlenfolge");
    assert_eq!(
        pin_changes(),
        before,
        "a new PIN refused before the card counts nothing"
    );

    let wrong = bk(&card, &["change-pin"], &format!("111222\n{NEW_PIN}\n"));
    assert_eq!(wrong.status.code(), Some(1));
    let changed = bk(&card, &["change-pin"], &format!("654321\n{NEW_PIN}\n"));
    assert!(changed.status.success(), "{}", stderr(&changed));
    assert_eq!(
        pin_changes(),
        (before.0 + 1, before.1 + 1, before.2),
        "one PIN change counted as changed and one as failed"
    );
}

#[test]
fn wrong_pin_twice_then_can_then_success() {
    let card = start(CardOptions {
        pin: "654321",
        ..CardOptions::default()
    });
    let first = bk(&card, &["change-pin"], &format!("111222\n{NEW_PIN}\n"));
    assert_eq!(first.status.code(), Some(1));
    assert_says(&first, "PIN falsch – noch 2 Versuche");
    assert_eq!(status_json(&card)["pin_state"], "two_left");

    let second = bk(&card, &["change-pin"], &format!("111222\n{NEW_PIN}\n"));
    assert_says(
        &second,
        "PIN falsch – noch 1 Versuch; als Nächstes wird die CAN benötigt",
    );
    let status = status_json(&card);
    assert_eq!(
        (status["state"].as_str(), status["pin_tries_left"].as_u64()),
        (Some("suspended"), Some(1))
    );

    let without_can = bk(&card, &["change-pin"], &format!("654321\n{NEW_PIN}\n"));
    assert_says(&without_can, "CAN benötigt");
    assert_eq!(
        card.counter("pin-tries").unwrap(),
        "1",
        "refused before PACE: no try spent"
    );
    assert_eq!(
        change(&card, "654321", false, None),
        Err(WorkflowError::CanNeeded)
    );

    let wrong_can = bk(&card, &["resume"], "999999\n654321\n");
    assert_says(&wrong_can, "CAN falsch");
    let resumed = bk(&card, &["resume"], "123456\n654321\n");
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    assert_eq!(status_json(&card)["pin_tries_left"], 3);

    // The library's one-step variant: suspend again, then CAN + PIN + new PIN.
    for _ in 0..2 {
        assert!(matches!(
            change(&card, "111222", false, None),
            Err(WorkflowError::PinWrong { .. })
        ));
    }
    assert_eq!(
        change(&card, "654321", false, Some("123456")),
        Ok(PinOutcome::Changed)
    );
    assert_eq!(card.counter("pin-tries").unwrap(), "3");
    let works = bk(&card, &["check-pin"], &format!("{NEW_PIN}\n"));
    assert!(works.status.success(), "{}", stderr(&works));
}

#[test]
fn three_wrong_then_puk_then_new_pin() {
    let card = start(CardOptions {
        pin: "654321",
        ..CardOptions::default()
    });
    assert_eq!(
        change(&card, "111222", false, None),
        Err(WorkflowError::PinWrong { tries_left: 2 })
    );
    assert_eq!(
        change(&card, "111222", false, None),
        Err(WorkflowError::PinWrong { tries_left: 1 })
    );
    let third = bk(&card, &["resume"], "123456\n111222\n");
    assert_says(&third, "PIN ist jetzt gesperrt");
    let status = status_json(&card);
    assert_eq!(
        (status["state"].as_str(), status["pin_tries_left"].as_u64()),
        (Some("blocked"), Some(0))
    );

    let needs_puk = bk(&card, &["change-pin"], &format!("654321\n{NEW_PIN}\n"));
    assert_says(&needs_puk, "PUK aus dem PIN-Brief benötigt");
    let wrong_puk = bk(&card, &["unblock"], "1111111111\n");
    assert_eq!(wrong_puk.status.code(), Some(1));
    assert_says(&wrong_puk, "PUK falsch");
    assert_eq!(card.counter("puk-uses").unwrap(), "10");

    let unblocked = bk(&card, &["unblock"], "1234567890\n");
    assert!(unblocked.status.success(), "{}", stderr(&unblocked));
    assert!(stdout(&unblocked).contains("PIN entsperrt"));
    assert_eq!(card.counter("puk-uses").unwrap(), "9");
    assert_eq!(status_json(&card)["pin_tries_left"], 3);

    let not_blocked = bk(&card, &["unblock"], "1234567890\n");
    assert_says(&not_blocked, "nicht gesperrt");
    assert_eq!(
        card.counter("puk-uses").unwrap(),
        "9",
        "no PUK use spent on a usable PIN"
    );

    let changed = bk(&card, &["change-pin"], &format!("654321\n{NEW_PIN}\n"));
    assert!(changed.status.success(), "{}", stderr(&changed));
}

/// Blocks the PIN of a card whose PIN is not `111222`.
fn block_pin(card: &VirtualCard) {
    let (wrong, can) = (secret("111222"), secret("123456"));
    for _ in 0..2 {
        assert!(matches!(
            workflows::change_pin(
                &mut session(card).unwrap(),
                &ChangePinRequest {
                    current: &wrong,
                    transport: false,
                    new_pin: &secret(NEW_PIN),
                    can: None
                }
            ),
            Err(WorkflowError::PinWrong { .. })
        ));
    }
    let blocked = workflows::resume_pin(&mut session(card).unwrap(), &can, &wrong);
    assert_eq!(blocked, Err(WorkflowError::PinWrong { tries_left: 0 }));
}

#[test]
fn puk_used_up_is_referred() {
    let card = start(CardOptions {
        pin: "654321",
        puk_uses: 1,
        ..CardOptions::default()
    });
    block_pin(&card);
    let puk = secret("1234567890");
    assert_eq!(
        workflows::unblock_pin(&mut session(&card).unwrap(), &puk),
        Ok(PinOutcome::Unblocked)
    );
    block_pin(&card);
    let used_up = workflows::unblock_pin(&mut session(&card).unwrap(), &puk).unwrap_err();
    assert_eq!(used_up, WorkflowError::PukUsedUp);
    assert_eq!(
        (code(&used_up), tally(used_up.clone())),
        ("eid_puk_used_up", Some(PinResult::Referred))
    );
    let output = bk(&card, &["unblock"], "1234567890\n");
    assert_eq!(output.status.code(), Some(1));
    assert_says(&output, "PUK ist verbraucht");
    assert_eq!(status_json(&card)["state"], "blocked");
}

#[test]
fn deactivated_card_is_referred() {
    let card = start(CardOptions {
        deactivated: true,
        ..CardOptions::default()
    });
    let status = status_json(&card);
    assert_eq!(status["state"], "deactivated");
    assert!(status["pin_tries_left"].is_null());
    let output = bk(
        &card,
        &["change-pin", "--transport"],
        &format!("12345\n{NEW_PIN}\n"),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_says(&output, "ausgeschaltet");
    let error = change(&card, "12345", true, None).unwrap_err();
    assert_eq!(
        (code(&error), tally(error.clone())),
        ("eid_deactivated", Some(PinResult::Referred))
    );
}

/// APDU steps of a Transport PIN change: READ BINARY, MSE (status), MSE (PACE),
/// four GENERAL AUTHENTICATE, RESET RETRY COUNTER.
const CHANGE_STEPS: u32 = 8;

/// Checks the reported outcome of a change that met a fault against the card's truth.
fn assert_true_outcome(
    card: &VirtualCard,
    result: &Result<PinOutcome, WorkflowError>,
    fault: &str,
) {
    let changed = card.counter("transport-pin").unwrap() == "0";
    match result {
        Ok(outcome) => assert!(
            *outcome == PinOutcome::Changed && changed,
            "{fault}: reported {outcome:?}"
        ),
        Err(error) => match error.outcome() {
            ChangeOutcome::NotChanged => {
                assert!(!changed, "{fault}: reported not changed, but it was")
            }
            ChangeOutcome::Unknown(pending) => {
                assert_eq!(
                    pending,
                    PendingCheck::NewPin {
                        initial_pin_before: false
                    },
                    "{fault}"
                );
                let checked = workflows::check_outcome(
                    &mut session(card).unwrap(),
                    pending,
                    Some(&secret(NEW_PIN)),
                );
                let expected = if changed {
                    CheckedOutcome::Done(PinOutcome::Changed)
                } else {
                    CheckedOutcome::NotDone(
                        workflows::card_status(&mut session(card).unwrap()).unwrap(),
                    )
                };
                assert_eq!(checked, Ok(expected), "{fault}");
            }
        },
    }
    let status = workflows::card_status(&mut session(card).unwrap()).unwrap();
    assert_ne!(status.pin, PinState::Blocked, "{fault}");
}

#[test]
fn faults_at_each_step_of_change_pin_give_true_outcomes() {
    for step in 1..=CHANGE_STEPS {
        for kind in ["remove-before", "remove-after", "garbage", "flip-mac"] {
            if kind == "flip-mac" && step < CHANGE_STEPS {
                continue; // only RESET RETRY COUNTER is answered under secure messaging
            }
            let fault = format!("{kind}:{step}");
            let card = start(CardOptions::default());
            card.control(&format!("fault {fault}")).unwrap();
            let result = change(&card, "12345", true, None);
            let removed = kind.starts_with("remove");
            if removed {
                card.wait_removed().unwrap();
                card.insert().unwrap();
            }
            let answered = kind == "remove-after" && step == CHANGE_STEPS;
            match &result {
                Ok(_) => assert!(answered, "{fault}: success reported"),
                Err(error) if removed => {
                    assert!(
                        matches!(error, WorkflowError::CardRemoved { .. }),
                        "{fault}: {error:?}"
                    )
                }
                Err(_) => {}
            }
            let unknown = matches!(
                result.as_ref().map_err(WorkflowError::outcome),
                Err(ChangeOutcome::Unknown(_))
            );
            // Unknown exactly when RESET RETRY COUNTER went to the reader and no
            // verified answer came: at its own step, or when the card left right
            // after the step before (PC/SC cannot say whether it got through).
            let commit_sent =
                step == CHANGE_STEPS || (step == CHANGE_STEPS - 1 && kind == "remove-after");
            if unknown {
                assert!(commit_sent, "{fault}: {result:?}");
            }
            if step == CHANGE_STEPS && !answered {
                assert!(unknown, "{fault}: {result:?}");
            }
            assert_true_outcome(&card, &result, &fault);
        }
    }
}

#[test]
fn bk_reports_unknown_and_checks_when_the_card_comes_back() {
    let card = start(CardOptions::default());
    card.control(&format!("fault flip-mac:{CHANGE_STEPS}"))
        .unwrap();
    let output = bk(
        &card,
        &["change-pin", "--transport", "--recheck-seconds", "0"],
        &format!("12345\n{NEW_PIN}\n"),
    );
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert_says(&output, "Ergebnis unbekannt");
    assert_eq!(
        card.counter("transport-pin").unwrap(),
        "0",
        "the card did change the PIN"
    );
    let check = bk(&card, &["check-pin"], &format!("{NEW_PIN}\n"));
    assert!(check.status.success(), "{}", stderr(&check));

    let card = start(CardOptions::default());
    card.control(&format!("fault remove-before:{CHANGE_STEPS}"))
        .unwrap();
    let child = spawn_bk(
        &card,
        &["change-pin", "--transport", "--recheck-seconds", "60"],
        &format!("12345\n{NEW_PIN}\n"),
    );
    card.wait_removed().unwrap();
    card.insert().unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_says(&output, "Geprüft: Die Änderung wirkte nicht");
    assert_eq!(card.counter("transport-pin").unwrap(), "1");
    assert_eq!(
        card.counter("pin-tries").unwrap(),
        "2",
        "the check cost the one try it documents"
    );
}

#[test]
fn reader_gone_and_empty_reader() {
    // `bk eid readers` probes every reader: alone, so it disturbs no other test's card.
    let card = start_alone(CardOptions::default());
    let context = PcscContext::establish().unwrap();
    assert_eq!(
        find_eid_reader(&context, Some("Kein Leser 99")),
        Err(WorkflowError::ReaderGone {
            outcome: ChangeOutcome::NotChanged
        })
    );
    let output = bk_command()
        .args(["eid", "status", "--reader", "Kein Leser 99"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_says(&output, "Kartenleser ist nicht (mehr) da");

    card.remove().unwrap();
    let output = bk(&card, &["status"], "");
    assert_eq!(output.status.code(), Some(1));
    assert_says(&output, "Keine Karte");
    let readers = bk_command()
        .args(["eid", "readers", "--json"])
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&readers.stdout).unwrap();
    let ours = listed["readers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|reader| reader["name"] == card.reader.as_str());
    assert_eq!(ours.unwrap()["card"], "none");
}

/// Waits until the watcher's latest snapshot satisfies `wanted`.
fn wait_for(watch: &ReaderWatch, wanted: impl Fn(&ReaderSnapshot) -> bool) -> ReaderSnapshot {
    for _ in 0..200 {
        let snapshot = watch.snapshot();
        if wanted(&snapshot) {
            return snapshot;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "watcher never showed the expected state: {:?}",
        watch.snapshot()
    );
}

#[test]
fn watcher_follows_the_card_and_default_reader_is_found() {
    let card = start_alone(CardOptions::default());
    let context = PcscContext::establish().unwrap();
    assert_eq!(
        find_eid_reader(&context, None).as_deref(),
        Ok(card.reader.as_str())
    );
    let default = bk_command()
        .args(["eid", "status", "--json"])
        .output()
        .unwrap();
    assert!(default.status.success(), "{}", stderr(&default));

    let (sender, events) = std::sync::mpsc::channel();
    let watch = ReaderWatch::start(move |snapshot| {
        // The receiver lives until the end of the test.
        let _sent = sender.send(snapshot.clone());
    })
    .unwrap();
    let ours = |card_state: CardPresence| {
        let reader = card.reader.clone();
        move |snapshot: &ReaderSnapshot| {
            snapshot.reader.as_deref() == Some(reader.as_str()) && snapshot.card == card_state
        }
    };
    let first = wait_for(&watch, ours(CardPresence::Eid));
    assert!(first.readers.contains(&card.reader));
    {
        let _busy = watch.busy();
        assert!(watch.snapshot().busy);
    }
    assert!(!watch.snapshot().busy);
    card.remove().unwrap();
    wait_for(&watch, |snapshot| {
        snapshot.card == CardPresence::None && snapshot.readers.contains(&card.reader)
    });
    card.insert().unwrap();
    wait_for(&watch, ours(CardPresence::Eid));
    drop(watch);
    let seen: Vec<ReaderSnapshot> = events.try_iter().collect();
    assert!(
        seen.iter().any(|snapshot| snapshot.busy),
        "busy was published"
    );
    assert!(seen
        .iter()
        .any(|snapshot| snapshot.card == CardPresence::None));
}

/// Runs `request` at the kiosk's desk, where the card's fault makes its outcome unknown.
fn change_with_unknown_outcome(
    desk: &app::CardDesk,
    card: &VirtualCard,
    request: &ChangePinRequest<'_>,
) {
    let result = desk.change_pin(None, Some(&card.reader), request);
    assert!(
        matches!(
            result.as_ref().map_err(WorkflowError::outcome),
            Err(ChangeOutcome::Unknown(_))
        ),
        "{result:?}"
    );
}

#[test]
fn the_kiosk_desk_keeps_an_unknown_outcome_and_tells_the_truth_when_the_card_is_back() {
    // The change reaches the card, its answer does not (MAC flipped): unknown, yet done.
    let card = start(CardOptions::default());
    card.control(&format!("fault flip-mac:{CHANGE_STEPS}"))
        .unwrap();
    let desk = app::CardDesk::on_demand();
    let (transport, new_pin) = (secret("12345"), secret(NEW_PIN));
    let request = ChangePinRequest {
        current: &transport,
        transport: true,
        new_pin: &new_pin,
        can: None,
    };
    change_with_unknown_outcome(&desk, &card, &request);
    assert_eq!(
        desk.check_unknown(None).unwrap(),
        Some(CheckedOutcome::Done(PinOutcome::Changed))
    );
    assert_eq!(
        desk.check_unknown(None).unwrap(),
        None,
        "checked once, then forgotten"
    );

    // The card leaves before the change reaches it: unknown to the desk, not done; while
    // the card is away the check waits, and it does not forget.
    let card = start(CardOptions::default());
    card.control(&format!("fault remove-before:{CHANGE_STEPS}"))
        .unwrap();
    change_with_unknown_outcome(&desk, &card, &request);
    card.wait_removed().unwrap();
    assert_eq!(
        desk.check_unknown(None).map_err(|e| code(&e)),
        Err("eid_no_card")
    );
    card.insert().unwrap();
    assert!(
        matches!(
            desk.check_unknown(None).unwrap(),
            Some(CheckedOutcome::NotDone(_))
        ),
        "the Transport PIN still holds"
    );
    assert_eq!(card.counter("transport-pin").unwrap(), "1");
    assert_eq!(
        desk.check_unknown(None).unwrap(),
        None,
        "checked once, then forgotten"
    );
}

/// The official eID client, AusweisApp, accepts the virtual card as an ID card: it
/// changes the Transport PIN, then `bk eid change-pin` changes the PIN AusweisApp set,
/// and AusweisApp changes the one `bk` set — each side confirms the other's PIN.
#[test]
fn ausweisapp_and_bk_change_each_others_pins() {
    let card = start_alone(CardOptions::default());
    let mut app = AusweisApp::start().unwrap_or_else(|e| panic!("{e}"));

    let (asked, done) = app.change_pin("12345", NEW_PIN);
    assert_eq!(asked["reader"]["name"], card.reader, "{asked}");
    assert_eq!(asked["reader"]["keypad"], false, "{asked}");
    assert_eq!(asked["reader"]["card"]["retryCounter"], 3, "{asked}");
    assert_eq!(done["success"], true, "{done}");
    assert_eq!(card.counter("transport-pin").unwrap(), "0");

    let by_bk = "613804";
    let changed = bk(&card, &["change-pin"], &format!("{NEW_PIN}\n{by_bk}\n"));
    assert!(changed.status.success(), "{}", stderr(&changed));

    let (_, done) = app.change_pin(by_bk, "735102");
    assert_eq!(done["success"], true, "{done}");
    assert_eq!(card.counter("pin-tries").unwrap(), "3");
}

/// AusweisApp reads the card's counters as a real card gives them: after two wrong
/// PINs it asks for the CAN, after the third for the PUK, and with the PUK the PIN
/// has its three tries again.
#[test]
fn ausweisapp_asks_for_the_can_at_one_try_and_the_puk_at_none() {
    let card = start_alone(CardOptions {
        pin: "654321",
        ..CardOptions::default()
    });
    let mut app = AusweisApp::start().unwrap_or_else(|e| panic!("{e}"));

    app.run_change_pin();
    let mut asked = app.expect("ENTER_PIN");
    for tries_left in [3, 2] {
        assert_eq!(
            asked["reader"]["card"]["retryCounter"], tries_left,
            "{asked}"
        );
        app.set("SET_PIN", "111222");
        if tries_left == 3 {
            asked = app.expect("ENTER_PIN");
        }
    }
    let asked = app.expect("ENTER_CAN");
    assert_eq!(asked["reader"]["card"]["retryCounter"], 1, "{asked}");
    app.set("SET_CAN", "123456");
    app.expect("ENTER_PIN");
    app.set("SET_PIN", "111222");
    let asked = app.expect("ENTER_PUK");
    assert_eq!(asked["reader"]["card"]["retryCounter"], 0, "{asked}");
    app.set("SET_PUK", "1234567890");
    let asked = app.expect("ENTER_PIN");
    assert_eq!(asked["reader"]["card"]["retryCounter"], 3, "{asked}");
    app.set("SET_PIN", "654321");
    app.expect("ENTER_NEW_PIN");
    app.set("SET_NEW_PIN", NEW_PIN);
    let done = app.expect("CHANGE_PIN");
    assert_eq!(done["success"], true, "{done}");
    assert_eq!(card.counter("pin-tries").unwrap(), "3");
    assert_eq!(card.counter("puk-uses").unwrap(), "9");
}
