//! Video calls with a clerk, on the real `bk-central` with Janus on 127.0.0.1 (the
//! city's video platform): a station opens a call, the citizen's phone and the clerk's
//! back office talk through Janus in Debian's Chromium with media both ways
//! (`ui/tests/backoffice/call.mjs`), the citizen hands in a document during the call
//! and the clerk downloads it, ending the call closes the room; links, other stations,
//! a second clerk and a central without a platform are refused; calls nobody answers
//! or ends are due to end by themselves.

use std::path::Path;
use std::process::Command;

use reqwest::header::LOCATION;
use serde_json::{json, Value};

use crate::documents::{upload, PDF};
use crate::harness::{client, Central, Station};
use crate::web::{Account, WebSession, PASSWORD};
use janusrun::{Janus, ADMIN_KEY};

/// A central on `janus`'s platform.
fn central_on(dir: &Path, janus: &Janus) -> Central {
    Central::start_configured(
        dir,
        &["--video-url", &janus.url],
        &[("BK_CENTRAL_VIDEO_ADMIN_KEY", ADMIN_KEY)],
    )
}

/// `station` asks for a call in `lang`; the answer's status and body.
fn open_call(central: &Central, station: &Station, lang: &str) -> (u16, Value) {
    let answer = client()
        .post(central.url("/v1/calls"))
        .bearer_auth(station.token())
        .json(&json!({"lang": lang}))
        .send()
        .unwrap();
    (answer.status().as_u16(), answer.json().unwrap())
}

fn call_state(central: &Central, station: &Station, call: &str) -> (u16, Value) {
    let answer = client()
        .get(central.url(&format!("/v1/calls/{call}")))
        .bearer_auth(station.token())
        .send()
        .unwrap();
    (answer.status().as_u16(), answer.json().unwrap())
}

#[test]
fn citizen_and_clerk_talk_through_the_platform_with_media_both_ways() {
    let janus = Janus::start();
    let dir = tempfile::tempdir().unwrap();
    let central = central_on(dir.path(), &janus);
    let station = Station::enrol(&central, "Bürgerkoffer Stern-Center");
    Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    let (status, opened) = open_call(&central, &station, "de");
    assert_eq!(status, 201, "{opened}");
    let call = opened["call"].as_str().unwrap();
    assert_eq!(janus.rooms().len(), 1, "the call's room is open");
    assert_eq!(call_state(&central, &station, call).1["state"], "waiting");

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = Command::new("node")
        .arg("tests/backoffice/call.mjs")
        .current_dir(root.join("ui"))
        .env("BK_WEB", &central.web)
        .env("BK_PHONE", central.url(opened["path"].as_str().unwrap()))
        .env("BK_PASSWORD", PASSWORD)
        .output()
        .expect("node runs (scripts/test installs it)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("call: 4 page checks, 0 failures"),
        "{stdout}"
    );

    assert_eq!(call_state(&central, &station, call).1["state"], "ended");
    assert!(janus.rooms().is_empty(), "ending the call closed its room");
    let store = crate::harness::open_store(dir.path());
    let recorded: Vec<_> = store
        .audit_entries(None, Some("s.sachbearbeitung"), 50)
        .unwrap()
        .into_iter()
        .filter(|entry| entry.subject.as_deref() == Some(call))
        .map(|entry| entry.action)
        .collect();
    assert_eq!(
        recorded,
        ["call_end", "call_answer"],
        "answer and end are in the audit log"
    );
}

#[test]
fn links_stations_and_clerks_are_checked_and_no_platform_opens_no_call() {
    let janus = Janus::start();
    let dir = tempfile::tempdir().unwrap();
    let central = central_on(dir.path(), &janus);
    let station = Station::enrol(&central, "Bürgerkoffer Stern-Center");
    let other = Station::enrol(&central, "Bürgerkoffer Campus");
    let first = Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    let second = Account::add(dir.path(), "t.kollegin", "clerk");

    assert_eq!(
        open_call(&central, &station, "xx").0,
        400,
        "an unknown language"
    );
    let (status, opened) = open_call(&central, &station, "uk");
    assert_eq!(status, 201);
    let call = opened["call"].as_str().unwrap().to_owned();
    let path = opened["path"].as_str().unwrap().to_owned();
    assert!(path.ends_with("?sprache=uk"), "{path}");

    let phone = client().get(central.url(&path)).send().unwrap();
    assert_eq!(phone.status(), 200);
    let policy = phone.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let origin = janus.url.trim_end_matches("/janus");
    assert!(
        policy.contains(&format!("connect-src 'self' {origin};")),
        "{policy}"
    );
    let page = phone.text().unwrap();
    assert!(
        page.contains("lang=\"uk\""),
        "the page speaks the kiosk's language"
    );
    let token = path.rsplit_once('/').unwrap().1.split('?').next().unwrap();
    for forged in [
        format!("/gespraech/{call}/A{token}"),
        format!("/gespraech/{call}/{}", &token[1..]),
        format!("/gespraech/{}/{token}", uuid::Uuid::now_v7()),
    ] {
        let answer = client().get(central.url(&forged)).send().unwrap();
        assert_eq!(answer.status(), 404, "{forged} opens nothing");
    }
    assert_eq!(
        call_state(&central, &other, &call).0,
        404,
        "another station's call"
    );

    let mut clerk = WebSession::sign_in(&central, &first);
    let list = clerk.get("/gespraeche").text().unwrap();
    assert!(
        list.contains("Bürgerkoffer Stern-Center") && list.contains("Ukrainisch"),
        "{list}"
    );
    let answered = clerk.post("/gespraeche", &format!("/gespraeche/{call}/annehmen"), &[]);
    assert_eq!(answered.status(), 303);
    assert_eq!(
        answered.headers()[LOCATION],
        format!("/gespraeche/{call}").as_str()
    );
    assert_eq!(call_state(&central, &station, &call).1["state"], "answered");
    let mut colleague = WebSession::sign_in(&central, &second);
    let taken = colleague.post("/gespraeche", &format!("/gespraeche/{call}/annehmen"), &[]);
    assert_eq!(taken.status(), 400);
    assert!(taken
        .text()
        .unwrap()
        .contains("bereits eine Kollegin oder ein Kollege angenommen"));
    let not_theirs = colleague.get(&format!("/gespraeche/{call}"));
    assert_eq!(
        not_theirs.status(),
        303,
        "only the clerk who answered gets the call page"
    );
    let page = clerk.get(&format!("/gespraeche/{call}"));
    assert_eq!(page.status(), 200);

    // Documents during the call: sent from the phone's page, listed on the clerk's.
    let documents = path.replacen("?sprache=uk", "/unterlagen?sprache=uk", 1);
    let sent = upload(&central, &documents, &[("Mietvertrag.pdf", PDF)]);
    assert_eq!(sent.status(), 200);
    assert!(sent.text().unwrap().contains("Mietvertrag.pdf"));
    let page = clerk.get(&format!("/gespraeche/{call}")).text().unwrap();
    assert!(page.contains("Mietvertrag.pdf"), "{page}");
    let link = format!("/gespraeche/{call}/unterlagen/");
    let start = page.find(&link).expect("a download link") + link.len();
    let document = &page[start..start + 36];
    let download = clerk.get(&format!("{link}{document}"));
    assert_eq!(download.status(), 200);
    assert_eq!(download.bytes().unwrap().as_ref(), PDF);
    let audited = crate::harness::open_store(dir.path())
        .audit_entries(None, Some("s.sachbearbeitung"), 20)
        .unwrap();
    assert!(
        audited.iter().any(|entry| entry.action == "document"
            && entry.subject.as_deref() == Some(call.as_str())
            && entry.detail.as_deref() == Some(document)),
        "the download is in the audit log: {audited:?}"
    );

    let ended = clerk.post(
        &format!("/gespraeche/{call}"),
        &format!("/gespraeche/{call}/beenden"),
        &[],
    );
    assert_eq!(ended.status(), 303);
    assert!(janus.rooms().is_empty(), "the room is closed");
    assert_eq!(
        client().get(central.url(&path)).send().unwrap().status(),
        410
    );
    let again = clerk.post("/gespraeche", &format!("/gespraeche/{call}/annehmen"), &[]);
    assert_eq!(again.status(), 400, "an ended call cannot be answered");
    drop(janus);

    let (status, refused) = open_call(&central, &station, "de");
    assert_eq!(status, 503, "the platform is down: {refused}");
    assert_eq!(refused["error"], "video_unavailable");
    let without = tempfile::tempdir().unwrap();
    let plain = Central::start(without.path());
    let lone = Station::enrol(&plain, "Bürgerkoffer ohne Video");
    assert_eq!(
        open_call(&plain, &lone, "de").0,
        503,
        "no platform configured"
    );
}

#[test]
fn a_call_nobody_answers_or_ends_is_due_to_end_by_itself() {
    use central::calls::expiry::{LONGEST, UNANSWERED};
    use central::store::{Answer, NewCall};
    use chrono::{Duration, Utc};

    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let station = Station::enrol(&central, "Rathaus");
    central.terminate();
    let mut store = crate::harness::open_store(dir.path());
    for (id, room) in [("call-waiting", 1), ("call-answered", 2)] {
        store
            .add_call(&NewCall {
                id,
                station_id: &station.enrolment.station_id,
                room,
                pin: "1234",
                secret: "geheim",
                phone_token: "token",
                lang: "de",
            })
            .unwrap();
    }
    assert_eq!(
        store
            .answer_call("call-answered", "s.sachbearbeitung")
            .unwrap(),
        Answer::Yours
    );
    let due = |store: &central::store::Store, after: Duration| {
        store
            .calls_to_end(Utc::now() + after, UNANSWERED, LONGEST)
            .unwrap()
            .into_iter()
            .map(|call| call.id)
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert!(
        due(&store, Duration::minutes(14)).is_empty(),
        "still waiting"
    );
    assert_eq!(
        due(&store, Duration::minutes(16)),
        ["call-waiting".into()].into()
    );
    assert_eq!(
        due(&store, LONGEST + Duration::minutes(1)),
        ["call-answered".into(), "call-waiting".into()].into(),
        "an answered call nobody ended, after the longest call"
    );
    // Ended only while still due: an answered call keeps running.
    let later = Utc::now() + Duration::minutes(16);
    assert!(!store
        .end_unattended_call("call-answered", later, UNANSWERED, LONGEST)
        .unwrap());
    assert!(store
        .end_unattended_call("call-waiting", later, UNANSWERED, LONGEST)
        .unwrap());
    assert!(!store
        .end_unattended_call("call-waiting", later, UNANSWERED, LONGEST)
        .unwrap());
    assert_eq!(
        due(&store, LONGEST + Duration::minutes(1)),
        ["call-answered".into()].into()
    );
}
