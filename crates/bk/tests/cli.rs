//! The `bk` binary end to end, on real store files in temporary directories.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use devices::fake_printer::{FakePrinter, FakeState};
use serde_json::Value;

/// An instant when the fixture's Stern-Center is open (10:00–18:00 local).
const OPEN_NOW: &str = "2026-02-25T11:00:00+01:00";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../station/tests/fixtures")
}

/// `bk` with its store in `data_dir`, the fixture plan and a fixed clock.
fn bk(data_dir: &Path, args: &[&str]) -> Output {
    bk_with_stdin(data_dir, args, "")
}

/// [`bk`] with `stdin` as its standard input (not a terminal).
fn bk_with_stdin(data_dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bk"))
        .args(args)
        .env("BK_DATA_DIR", data_dir)
        .env("BK_ASSETS_DIR", fixtures())
        .env("BK_NOW", OPEN_NOW)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bk runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("bk ends")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn ok(data_dir: &Path, args: &[&str]) -> String {
    let output = bk(data_dir, args);
    assert!(
        output.status.success(),
        "bk {args:?} failed: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn json(data_dir: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(data_dir, args)).expect("valid JSON")
}

#[test]
fn help_lists_the_commands_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let help = ok(dir.path(), &["--help"]);
    for part in ["tickets", "db", "station", "BK_DATA_DIR"] {
        assert!(help.contains(part), "help lacks {part}: {help}");
    }
    assert!(ok(dir.path(), &["tickets", "--help"]).contains("Wartenummer"));
}

#[test]
fn two_processes_drawing_at_once_never_share_a_number() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["station", "select", "stern-center"]);
    let loops: Vec<_> = (0..2)
        .map(|_| {
            let data_dir = dir.path().to_path_buf();
            std::thread::spawn(move || {
                (0..100)
                    .map(|_| {
                        json(&data_dir, &["tickets", "draw", "--json"])["number"]
                            .as_u64()
                            .unwrap()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut numbers: Vec<u64> = loops.into_iter().flat_map(|l| l.join().unwrap()).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=200).collect::<Vec<_>>());
    let today = json(dir.path(), &["tickets", "today", "--json"]);
    assert_eq!(today.as_array().unwrap().len(), 200);
}

#[test]
fn draw_call_mark_and_list_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let refused = bk(dir.path(), &["tickets", "draw"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("keine Station ausgewählt"),
        "{}",
        stderr(&refused)
    );

    ok(dir.path(), &["station", "select", "stern-center"]);
    let first = ok(dir.path(), &["tickets", "draw"]);
    assert!(
        first.contains(
            "Wartenummer A-001 für „Online-Ausweis & PIN“ gezogen (Stern-Center, 25.02.2026, 11:00 Uhr)"
        ),
        "{first}"
    );
    assert!(
        first.contains("Voraussichtliche Wartezeit: 0 Minuten"),
        "{first}"
    );
    let second = json(dir.path(), &["tickets", "draw", "--json"]);
    assert_eq!(
        (
            second["label"].as_str(),
            second["expectedWaitMinutes"].as_u64()
        ),
        (Some("A-002"), Some(6))
    );

    let called = ok(dir.path(), &["tickets", "call-next"]);
    assert!(
        called.starts_with("Aufgerufen: A-001 an Schalter 1"),
        "{called}"
    );
    let today = json(dir.path(), &["tickets", "today", "--json"]);
    let id = today[0]["id"].as_i64().unwrap().to_string();
    assert!(ok(dir.path(), &["tickets", "mark", &id, "served"]).contains("A-001 ist jetzt bedient"));
    let again = bk(dir.path(), &["tickets", "mark", &id, "gone"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("ticket_transition"));

    let listing = ok(dir.path(), &["tickets", "today"]);
    assert!(
        listing.contains("Wartenummern am 25.02.2026 für stern-center: 2"),
        "{listing}"
    );
    assert!(
        listing.contains("bedient") && listing.contains("wartend"),
        "{listing}"
    );
    assert!(ok(dir.path(), &["tickets", "call-next"]).starts_with("Aufgerufen: A-002"));
    assert_eq!(
        ok(dir.path(), &["tickets", "call-next"]).trim(),
        "Niemand wartet auf Schalter 1."
    );
    assert_eq!(
        json(dir.path(), &["tickets", "call-next", "--json"]),
        Value::Null
    );
}

#[test]
fn desks_serve_kinds_and_tickets_get_a_window_and_a_printer() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["station", "select", "stern-center"]);
    let desks = ok(dir.path(), &["desks", "set", "eid", "advice,request"]);
    assert!(
        desks.contains("Schalter 1: Online-Ausweis & PIN")
            && desks.contains("Schalter 2: Beratung Online-Dienste, Anliegen abgeben"),
        "{desks}"
    );
    let drawn = ok(dir.path(), &["tickets", "draw", "--kind", "advice"]);
    assert!(
        drawn.contains("Wartenummer B-001 für „Beratung Online-Dienste“"),
        "{drawn}"
    );
    // 11:00 in Potsdam, nobody ahead: the window starts now.
    assert!(
        drawn.contains("Bitte zwischen 11:00 und 11:15 Uhr wiederkommen."),
        "{drawn}"
    );
    assert!(!drawn.contains("gedruckt"), "no printer yet: {drawn}");
    assert_eq!(
        ok(dir.path(), &["tickets", "call-next", "--desk", "1"]).trim(),
        "Niemand wartet auf Schalter 1."
    );
    assert!(ok(dir.path(), &["tickets", "call-next", "--desk", "2"])
        .starts_with("Aufgerufen: B-001 an Schalter 2"));

    let printer = FakePrinter::start(FakeState::Ready).unwrap();
    let address = printer.address().to_string();
    assert!(ok(dir.path(), &["printer", "set", &address]).contains(&address));
    assert!(ok(dir.path(), &["tickets", "draw"]).contains("Der Bon wurde gedruckt."));
    printer.set_state(FakeState::PaperOut);
    let unprinted = ok(dir.path(), &["tickets", "draw"]);
    assert!(
        unprinted.contains("A-003") && !unprinted.contains("gedruckt"),
        "the ticket is drawn all the same: {unprinted}"
    );
    let shown = ok(dir.path(), &["printer", "show"]);
    assert!(shown.contains("kein Papier mehr"), "{shown}");
    let refused = bk(dir.path(), &["printer", "check"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("printer_paper_out"),
        "{}",
        stderr(&refused)
    );
    printer.set_state(FakeState::Ready);
    assert!(ok(dir.path(), &["printer", "check"]).contains("bereit"));
    assert!(!ok(dir.path(), &["printer", "show"]).contains("Problem"));

    let wrong = bk(dir.path(), &["printer", "set", "drucker.local"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        stderr(&wrong).contains("keine Druckeradresse"),
        "{}",
        stderr(&wrong)
    );
    assert!(ok(dir.path(), &["printer", "remove"]).contains("Kein Bondrucker"));
    let bad_desks = bk(dir.path(), &["desks", "set", "eid,coffee"]);
    assert_eq!(bad_desks.status.code(), Some(2), "clap refuses the value");
}

#[test]
fn stations_can_be_listed_and_selected() {
    let dir = tempfile::tempdir().unwrap();
    let list = ok(dir.path(), &["station", "list"]);
    assert!(
        list.contains("stern-center") && list.contains("heute"),
        "{list}"
    );
    assert!(ok(dir.path(), &["station", "select", "bornstedt"]).contains("Bürgerhaus Bornstedt"));
    let list = ok(dir.path(), &["station", "list"]);
    assert!(
        list.lines()
            .any(|l| l.starts_with('*') && l.contains("bornstedt")),
        "{list}"
    );
    let unknown = bk(dir.path(), &["station", "select", "mars"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("„mars“ steht nicht im Stationsplan"));
}

#[test]
fn db_status_reports_path_version_and_integrity() {
    let dir = tempfile::tempdir().unwrap();
    let status = ok(dir.path(), &["db", "status"]);
    assert!(
        status.contains(&dir.path().join("station.sqlite").display().to_string()),
        "{status}"
    );
    assert!(status.contains("Integrität:     in Ordnung"), "{status}");
    let value = json(dir.path(), &["db", "status", "--json"]);
    assert_eq!(value["schemaVersion"], value["latestSchemaVersion"]);
    assert_eq!(value["integrity"][0], "ok");
}

#[test]
fn a_damaged_store_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("station.sqlite");
    std::fs::write(&path, b"Kaffeeflecken statt Daten").unwrap();
    let output = bk(dir.path(), &["db", "status"]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("keine Datenbank") && message.contains(&path.display().to_string()),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"Kaffeeflecken statt Daten");
}

#[test]
fn a_wrong_clock_setting_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_bk"))
        .args(["db", "status"])
        .env("BK_DATA_DIR", dir.path())
        .env("BK_NOW", "gestern")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("BK_NOW=„gestern“"));
}

#[test]
fn it_sets_the_staff_pin_typed_twice_and_replaces_a_forgotten_one() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join(station::store::FILE_NAME);
    let set_pin = |args: &[&str], stdin: &str| {
        let mut all = vec!["staff", "set-pin"];
        all.extend_from_slice(args);
        bk_with_stdin(dir.path(), &all, stdin)
    };
    let pin_opens = |pin: &str| {
        let store = station::Store::open(&database).unwrap();
        station::staff_pin::verify(
            &store,
            &station::staff_pin::StaffPin::new(pin.to_owned()),
            chrono::Utc::now(),
        )
        .is_ok()
    };

    let mismatch = set_pin(&[], "482915\n482916\n");
    assert!(!mismatch.status.success());
    assert!(
        stderr(&mismatch).contains("stimmen nicht überein"),
        "{}",
        stderr(&mismatch)
    );
    let weak = set_pin(&[], "123456\n123456\n");
    assert!(!weak.status.success());
    let missing = set_pin(&[], "482915\n");
    assert!(
        stderr(&missing).contains("Eingabe fehlt"),
        "{}",
        stderr(&missing)
    );
    for failed in [&mismatch, &weak, &missing] {
        assert!(!stderr(failed).contains("482915") && !stdout(failed).contains("482915"));
    }

    let set = set_pin(&[], "482915\n482915\n");
    assert!(set.status.success(), "{}", stderr(&set));
    assert!(stdout(&set).contains("Mitarbeiter-PIN ist gesetzt"));
    assert!(pin_opens("482915"));
    let again = set_pin(&[], "739164\n739164\n");
    assert!(
        !again.status.success(),
        "a set PIN is only replaced with --replace"
    );
    let replaced = set_pin(&["--replace"], "739164\n739164\n");
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    assert!(pin_opens("739164"));
    assert!(!pin_opens("482915"));
}
