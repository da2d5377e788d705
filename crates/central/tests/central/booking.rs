//! A station books an appointment through the real `bk-central`, which books it in the
//! ZMS double on 127.0.0.1: free times of a catalogue service, a time held under the
//! central's handle, the booking with the citizen's sealed details, the same booking
//! sent again (no second appointment), a clerk cancelling it, each refusal with its
//! code, wishes booked at sync, and a booking whose record a killed central lost.

use serde_json::{json, Value};
use syncproto::appointments::{Booked, FreeTimes, Held, BOOKING_TOPIC};
use syncproto::PushItem;
use uuid::Uuid;
use zmsdouble::{ZmsDouble, OFFICE_NAME};

use crate::harness::{cli, client, stdout_of, Central, Station};
use crate::web::{Account, WebSession};
use central::appointments::desk::HOLDS_PER_STATION;
use central::store::{BookingAttempt, BOOKING_WISH, CLAIM_LEASE};

/// A service the built-in catalogue books at the Bürgerservicecenter.
pub const PIN_SERVICE: &str = "neue-pin-buergerservice";

fn setup() -> (tempfile::TempDir, ZmsDouble, Central, Station) {
    let dir = tempfile::tempdir().unwrap();
    let double = ZmsDouble::start();
    let central = Central::start_with(dir.path(), &["--appointments-url", double.base_url()]);
    let station = Station::enrol(&central, "Rathaus");
    (dir, double, central, station)
}

/// `(status, body)` of a call of the station API.
fn call(central: &Central, station: &Station, path: &str, body: Option<Value>) -> (u16, Value) {
    let request = match body {
        Some(body) => client().post(central.url(path)).json(&body),
        None => client().get(central.url(path)),
    };
    let response = request.bearer_auth(station.token()).send().unwrap();
    (response.status().as_u16(), response.json().unwrap())
}

fn free_times(central: &Central, station: &Station, service: &str) -> (u16, Value) {
    call(
        central,
        station,
        &format!("/v1/appointments/times?service={service}"),
        None,
    )
}

fn reserve(central: &Central, station: &Station, time: i64) -> (u16, Value) {
    call(
        central,
        station,
        "/v1/appointments/reserve",
        Some(json!({"service": PIN_SERVICE, "time": time})),
    )
}

fn book(central: &Central, station: &Station, reservation: &str, item: &PushItem) -> (u16, Value) {
    call(
        central,
        station,
        "/v1/appointments/book",
        Some(json!({"reservation": reservation, "item": item})),
    )
}

/// The request item a station seals for a booking, with `email`.
pub fn booking_item(station: &Station, service: &str, email: &str) -> PushItem {
    let content = json!({
        "reference": "BK-TERM-IN01", "topic": "terminbuchung", "lang": "de",
        "station": "potsdam-nord", "createdAt": "2026-12-03T10:00:00.000Z", "consent": true,
        "fields": {"name": "Erika Mustermann", "email": email, "phone": "0331 1234567"},
    });
    station.item_of_topic(Uuid::now_v7(), service, BOOKING_TOPIC, &content)
}

fn first_free(central: &Central, station: &Station) -> i64 {
    let (status, body) = free_times(central, station, PIN_SERVICE);
    assert_eq!(status, 200, "{body}");
    let times: FreeTimes = serde_json::from_value(body).unwrap();
    assert_eq!(times.office, OFFICE_NAME);
    times.times[0]
}

#[test]
fn a_station_books_a_time_and_the_same_booking_sent_again_is_not_a_second_one() {
    let (dir, double, central, station) = setup();
    let time = first_free(&central, &station);
    let (status, body) = reserve(&central, &station, time);
    assert_eq!(status, 200, "{body}");
    let held: Held = serde_json::from_value(body).unwrap();
    assert_eq!((held.time, held.office.as_str()), (time, OFFICE_NAME));
    assert!(held.expires_at > chrono::Utc::now().timestamp() + 10 * 60);
    assert_ne!(
        first_free(&central, &station),
        time,
        "a held time is not offered"
    );

    let item = booking_item(&station, PIN_SERVICE, "erika@example.org");
    let (status, body) = book(&central, &station, &held.reservation, &item);
    assert_eq!(status, 200, "{body}");
    let booked: Booked = serde_json::from_value(body).unwrap();
    assert_eq!((booked.time, booked.office.as_str()), (time, OFFICE_NAME));
    assert!(!booked.number.is_empty());

    // The answer was lost: the station sends the same booking again, and pushes it.
    let (status, again) = book(&central, &station, &held.reservation, &item);
    assert_eq!(status, 200, "{again}");
    assert_eq!(serde_json::from_value::<Booked>(again).unwrap(), booked);
    assert_eq!(
        station.push(&central, std::slice::from_ref(&item)),
        ["duplicate"]
    );
    let mails: Vec<_> = double.mails().iter().map(|mail| mail.kind).collect();
    assert_eq!(mails, ["activation", "confirmation"], "one booking, once");

    // The back office's list has the request with its appointment.
    let listed: Value = serde_json::from_str(&stdout_of(&cli(
        dir.path(),
        &["requests", "list", "--json"],
    )))
    .unwrap();
    let request = &listed.as_array().unwrap()[0];
    assert_eq!(request["id"], item.id);
    assert_eq!(
        request["appointment"],
        json!({"at": time, "office": OFFICE_NAME, "number": booked.number})
    );

    // The citizen calls to cancel: a clerk cancels in the back office, ZMS frees the
    // time and mails the cancellation, the audit log says who.
    let clerk = Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    let mut web = WebSession::sign_in(&central, &clerk);
    let page = format!("/anliegen/{}", item.id);
    let cancel = format!("{page}/termin-absagen");
    assert!(web.get(&page).text().unwrap().contains("Termin absagen"));
    assert_eq!(web.post(&page, &cancel, &[]).status(), 303);
    let after = web.get(&page).text().unwrap();
    assert!(after.contains("abgesagt am"), "{after}");
    assert!(!after.contains("Termin absagen"), "once");
    assert_eq!(double.mails().last().unwrap().kind, "cancellation");
    assert_eq!(first_free(&central, &station), time, "free again");
    let again = web.post(&page, &cancel, &[]);
    assert_eq!(again.status(), 400);
    assert!(again.text().unwrap().contains("kein Termin (mehr) gebucht"));
    let admin = Account::add(dir.path(), "a.admin", "admin");
    let log = WebSession::sign_in(&central, &admin)
        .get("/protokoll?aktion=appointment_cancel")
        .text()
        .unwrap();
    assert!(
        log.contains("Termin abgesagt") && log.contains("s.sachbearbeitung"),
        "{log}"
    );
    let listed: Value = serde_json::from_str(&stdout_of(&cli(
        dir.path(),
        &["requests", "list", "--json"],
    )))
    .unwrap();
    assert!(listed[0]["appointment"]["cancelledAt"].is_string());
}

#[test]
fn each_refusal_has_its_code_and_a_corrected_try_books() {
    let (_dir, double, central, station) = setup();
    let (status, body) = free_times(&central, &station, "wohngeld");
    assert_eq!(
        (status, body["error"].as_str()),
        (404, Some("appointments_not_offered"))
    );

    let time = first_free(&central, &station);
    double.take_slot(time);
    let (status, body) = reserve(&central, &station, time);
    assert_eq!((status, body["error"].as_str()), (409, Some("slot_taken")));

    let time = first_free(&central, &station);
    let (_, body) = reserve(&central, &station, time);
    let held: Held = serde_json::from_value(body).unwrap();
    let wrong_topic = station.item_for_service(Uuid::now_v7(), PIN_SERVICE, &json!({}));
    let (status, body) = book(&central, &station, &held.reservation, &wrong_topic);
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("item_mismatch"))
    );
    let other = Station::enrol(&central, "Bibliothek");
    let (status, body) = book(
        &central,
        &other,
        &held.reservation,
        &booking_item(&other, PIN_SERVICE, "erika@example.org"),
    );
    assert_eq!(
        (status, body["error"].as_str()),
        (410, Some("reservation_expired")),
        "another station's reservation is not found"
    );
    let (status, body) = book(
        &central,
        &station,
        &held.reservation,
        &booking_item(&station, PIN_SERVICE, "erika+termin@example.org"),
    );
    assert_eq!(
        (status, body["error"].as_str()),
        (422, Some("email_refused"))
    );
    let (status, body) = book(
        &central,
        &station,
        &held.reservation,
        &booking_item(&station, PIN_SERVICE, "erika@example.org"),
    );
    assert_eq!(
        status, 200,
        "the reservation stayed for the corrected try: {body}"
    );

    // A station holds two times at most: a third gives the oldest back.
    let holding = double.held();
    let times: Vec<i64> = (0..3)
        .map(|_| {
            let time = first_free(&central, &station);
            assert_eq!(reserve(&central, &station, time).0, 200);
            time
        })
        .collect();
    assert_eq!(double.held(), holding + HOLDS_PER_STATION);
    assert_eq!(
        first_free(&central, &station),
        times[0],
        "the oldest is free again"
    );

    let time = first_free(&central, &station);
    let (_, body) = reserve(&central, &station, time);
    let held: Held = serde_json::from_value(body).unwrap();
    double.advance(zmsdouble::RESERVATION_MINUTES + 1);
    let (status, body) = book(
        &central,
        &station,
        &held.reservation,
        &booking_item(&station, PIN_SERVICE, "max@example.org"),
    );
    assert_eq!(
        (status, body["error"].as_str()),
        (410, Some("reservation_expired"))
    );
}

#[test]
fn without_an_appointment_system_or_with_one_that_is_down_nothing_is_booked() {
    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let station = Station::enrol(&central, "Rathaus");
    let (status, body) = free_times(&central, &station, PIN_SERVICE);
    assert_eq!(
        (status, body["error"].as_str()),
        (404, Some("appointments_not_offered"))
    );
    drop(central);

    let dir = tempfile::tempdir().unwrap();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/api", closed.local_addr().unwrap());
    drop(closed);
    let central = Central::start_with(dir.path(), &["--appointments-url", &url]);
    let station = Station::enrol(&central, "Rathaus");
    let (status, body) = free_times(&central, &station, PIN_SERVICE);
    assert_eq!(
        (status, body["error"].as_str()),
        (503, Some("appointments_unreachable"))
    );
}

/// A wish as a station seals it when it could not reach the central: the booking's
/// content with the wished service and time.
fn wish(station: &Station, time: i64, email: &str) -> PushItem {
    let at = chrono::DateTime::from_timestamp(time, 0)
        .unwrap()
        .to_rfc3339();
    let content = json!({
        "reference": "BK-WUNS-CH01", "topic": "terminbuchung", "lang": "de",
        "station": "potsdam-nord", "createdAt": "2026-12-03T10:00:00.000Z", "consent": true,
        "fields": {"name": "Erika Mustermann", "email": email},
        "appointment": {"service": PIN_SERVICE, "time": at},
    });
    station.item_of_topic(Uuid::now_v7(), PIN_SERVICE, BOOKING_TOPIC, &content)
}

/// The central's requests once every pushed wish is booked or has its problem (not
/// while one is still being booked).
fn settled(dir: &std::path::Path) -> Vec<Value> {
    for _ in 0..100 {
        let listed: Value =
            serde_json::from_str(&stdout_of(&cli(dir, &["requests", "list", "--json"]))).unwrap();
        let requests = listed.as_array().unwrap().clone();
        let problem = |r: &Value| r["appointmentProblem"].as_str().map(str::to_owned);
        if requests.iter().all(|r| {
            !r["appointment"].is_null() || problem(r).is_some_and(|problem| problem != BOOKING_WISH)
        }) {
            return requests;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("wishes not settled");
}

#[test]
fn wishes_pushed_later_are_booked_once_and_a_refused_one_keeps_its_reason() {
    let (dir, double, central, station) = setup();
    let time = first_free(&central, &station);
    double.take_slot(time);
    let good = wish(&station, time, "erika@example.org");
    let refused = wish(&station, time, "erika+termin@example.org");
    let unreadable = station.item_of_topic(
        Uuid::now_v7(),
        PIN_SERVICE,
        BOOKING_TOPIC,
        &json!({"fields": {"name": "Max"}}),
    );
    let pushed = [good.clone(), refused.clone(), unreadable.clone()];
    assert_eq!(station.push(&central, &pushed), ["stored"; 3]);

    let requests = settled(dir.path());
    let of = |item: &PushItem| {
        requests
            .iter()
            .find(|r| r["id"] == item.id.as_str())
            .unwrap()
            .clone()
    };
    let booked = of(&good)["appointment"]["at"].as_i64().unwrap();
    assert!(booked > time, "taken meanwhile: the next free time");
    assert_eq!(
        of(&refused)["appointmentProblem"],
        "Das Terminsystem hat die E-Mail-Adresse abgelehnt."
    );
    assert!(of(&unreadable)["appointmentProblem"]
        .as_str()
        .unwrap()
        .starts_with("Der Terminwunsch nennt keine"));
    assert_eq!(double.held(), 1, "the refused wish gave its time back");

    // The back office shows the appointment booked, and why the other was not.
    let clerk = Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    let mut web = WebSession::sign_in(&central, &clerk);
    let page = web.get(&format!("/anliegen/{}", good.id)).text().unwrap();
    let number = of(&good)["appointment"]["number"]
        .as_str()
        .unwrap()
        .to_owned();
    for shown in [
        "Termin im Bürgerservicecenter",
        "Terminnummer",
        number.as_str(),
        OFFICE_NAME,
    ] {
        assert!(page.contains(shown), "{shown} missing:\n{page}");
    }
    let page = web
        .get(&format!("/anliegen/{}", refused.id))
        .text()
        .unwrap();
    assert!(
        page.contains("nicht gebucht: Das Terminsystem hat die E-Mail-Adresse abgelehnt.")
            && page.contains("Gewünschte Zeit"),
        "{page}"
    );

    // Pushed again: duplicates, nothing booked twice.
    assert_eq!(station.push(&central, &pushed), ["duplicate"; 3]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let confirmations = double
        .mails()
        .iter()
        .filter(|mail| mail.kind == "confirmation")
        .count();
    assert_eq!(confirmations, 1);
}

/// Waits until ZMS has sent a mail of `kind`.
fn mailed(double: &ZmsDouble, kind: &str) {
    for _ in 0..200 {
        if double.mails().iter().any(|mail| mail.kind == kind) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("no {kind} mail");
}

#[test]
fn a_booking_zms_confirmed_but_a_killed_central_did_not_record_is_adopted_once() {
    let (dir, double, central, station) = setup();
    let time = first_free(&central, &station);
    let (status, body) = reserve(&central, &station, time);
    assert_eq!(status, 200, "{body}");
    let held: Held = serde_json::from_value(body).unwrap();
    let item = wish(&station, time, "erika@example.org");

    // ZMS confirms and keeps its answer back; the central is killed before it hears it.
    double.hold_confirmation_answers(true);
    let sent = {
        let url = central.url("/v1/appointments/book");
        let token = station.token().to_owned();
        let body = json!({"reservation": held.reservation, "item": item});
        std::thread::spawn(move || client().post(url).bearer_auth(token).json(&body).send())
    };
    mailed(&double, "confirmation");
    central.kill_hard();
    double.hold_confirmation_answers(false);
    assert!(sent.join().unwrap().is_err(), "the station hears nothing");

    // The station keeps the booking as the citizen's wish and pushes it later: the
    // central finds the booking it began, and ZMS has it — adopted, not booked again.
    let central = Central::start_with(dir.path(), &["--appointments-url", double.base_url()]);
    assert_eq!(
        station.push(&central, std::slice::from_ref(&item)),
        ["stored"]
    );
    let requests = settled(dir.path());
    assert_eq!(requests.len(), 1);
    let appointment = &requests[0]["appointment"];
    assert_eq!(
        appointment["at"], time,
        "the time ZMS booked: {appointment}"
    );
    assert!(
        appointment["number"].as_str().unwrap().starts_with('T'),
        "ZMS's number: {appointment}"
    );
    let kinds: Vec<_> = double.mails().iter().map(|mail| mail.kind).collect();
    assert_eq!(kinds, ["activation", "confirmation"], "booked once");
    assert_eq!(double.held(), 1);
    assert_eq!(
        station.push(&central, std::slice::from_ref(&item)),
        ["duplicate"]
    );
}

#[test]
fn a_wish_claimed_by_a_process_that_died_is_booked_again_after_the_lease() {
    let dir = tempfile::tempdir().unwrap();
    // A central without appointment system: the wish stays unclaimed.
    let central = Central::start(dir.path());
    let station = Station::enrol(&central, "Rathaus");
    let time = chrono::Utc::now().timestamp() + 86_400;
    let item = wish(&station, time, "erika@example.org");
    assert_eq!(
        station.push(&central, std::slice::from_ref(&item)),
        ["stored"]
    );
    central.terminate();

    let mut store = crate::harness::open_store(dir.path());
    let now = chrono::Utc::now();
    let waiting = |store: &mut central::store::Store, at| {
        store
            .unbooked_wishes(at)
            .unwrap()
            .iter()
            .map(|request| request.summary.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(waiting(&mut store, now), std::slice::from_ref(&item.id));
    assert!(store.claim_wish(&item.id, now).unwrap());
    assert!(!store.claim_wish(&item.id, now).unwrap(), "claimed once");
    let later = now + CLAIM_LEASE - chrono::Duration::seconds(1);
    assert!(
        waiting(&mut store, later).is_empty(),
        "its process books it"
    );
    assert!(!store.claim_wish(&item.id, later).unwrap());
    // The process died: after the lease, the wish is taken over, once.
    let lapsed = now + CLAIM_LEASE + chrono::Duration::seconds(1);
    assert_eq!(waiting(&mut store, lapsed), std::slice::from_ref(&item.id));
    assert!(store.claim_wish(&item.id, lapsed).unwrap());
    assert!(!store.claim_wish(&item.id, lapsed).unwrap());
}

#[test]
fn a_booking_begun_is_recorded_once_and_found_only_for_its_station() {
    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let station = Station::enrol(&central, "Rathaus");
    let other = Station::enrol(&central, "Campus");
    central.terminate();
    let mut store = crate::harness::open_store(dir.path());
    let attempt = |process_id| BookingAttempt {
        item_id: "0190a0a0-0000-7000-8000-000000000001".into(),
        station_id: station.enrolment.station_id.clone(),
        process_id,
        auth_key: "abcd".into(),
        at: 1_800_000_000,
        office: OFFICE_NAME.into(),
    };
    assert!(store.record_attempt(&attempt(7)).unwrap());
    assert!(
        !store.record_attempt(&attempt(8)).unwrap(),
        "a second booking of the request waits for the first to be settled"
    );
    let id = attempt(7).item_id;
    assert_eq!(
        store
            .attempt_for(&id, &station.enrolment.station_id)
            .unwrap(),
        Some(attempt(7))
    );
    assert_eq!(
        store.attempt_for(&id, &other.enrolment.station_id).unwrap(),
        None,
        "another station's request id finds nothing"
    );
    store.drop_attempt(&id, 8).unwrap();
    assert!(
        store
            .attempt_for(&id, &station.enrolment.station_id)
            .unwrap()
            .is_some(),
        "only the attempt of that process is forgotten"
    );
    store.drop_attempt(&id, 7).unwrap();
    assert_eq!(
        store
            .attempt_for(&id, &station.enrolment.station_id)
            .unwrap(),
        None
    );
}
