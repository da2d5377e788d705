//! Appointments booked at a station through the real `bk-central`, which books them in
//! the ZMS double: `bk appointment` books for a citizen and the booking's request
//! reaches the central once, with its appointment; a booking whose answer the central
//! cannot give (it died after the time was held) is kept as the citizen's wish,
//! arrives with the next sync once, and the central books it then: the held time is
//! still held by the lost reservation, so the next free one.

use std::collections::BTreeMap;

use app::appointments::{self, Booking};
use app::{Station as App, StationPaths};
use chrono::Utc;
use serde_json::Value;
use synctests::central::Central;
use synctests::fast_tempdir;
use synctests::station::{assets_dir, text, Station, ORDER_CERTIFICATE};
use zmsdouble::ZmsDouble;

/// A service the catalogue books at the Bürgerservicecenter.
const SERVICE: &str = "neue-pin-buergerservice";

/// The ZMS double, a central booking there and a station enrolled at it.
fn setup(dir: &std::path::Path) -> (ZmsDouble, Central, Station) {
    let zms = ZmsDouble::start();
    let central = Central::start_with(
        &dir.join("central"),
        &["--appointments-url", zms.base_url()],
    );
    let station = Station::new(&dir.join("station"));
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));
    (zms, central, station)
}

/// `bk-central requests list --json`.
fn central_requests(central: &Central) -> Vec<Value> {
    let output = central.cli(&["requests", "list", "--json"]);
    assert!(output.status.success(), "{}", text(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn bk_books_a_free_time_and_the_request_reaches_the_central_once_with_it() {
    let dir = fast_tempdir();
    let (zms, central, station) = setup(dir.path());
    let output = station.run(&["appointment", "times", "--service", SERVICE, "--json"]);
    assert!(output.status.success(), "{}", text(&output));
    let free: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(free["office"], zmsdouble::OFFICE_NAME);
    let first: chrono::DateTime<Utc> = serde_json::from_value(free["times"][0].clone()).unwrap();
    let listed = text(&station.run(&["appointment", "times", "--service", SERVICE]));
    let shown = station::clock::day_and_time(first);
    assert!(listed.contains(&shown), "{listed}");

    let output = station.run(&[
        "appointment",
        "book",
        "--service",
        SERVICE,
        "--time",
        &shown,
        "--field",
        "name=Erika Mustermann",
        "--field",
        "email=erika@example.org",
        "--field",
        "phone=0331 1234567",
        "--consent",
    ]);
    assert!(output.status.success(), "{}", text(&output));
    let said = text(&output);
    assert!(
        said.contains("Termin gebucht") && said.contains(&shown),
        "{said}"
    );
    assert_eq!(station.status().pending, 1, "recorded at the station too");
    let certificate = station.run(&ORDER_CERTIFICATE);
    assert!(certificate.status.success(), "{}", text(&certificate));

    // The day's list: the appointment with its number, the fee of the certificate.
    let day = station.run(&["day", "--json"]);
    assert!(day.status.success(), "{}", text(&day));
    let day: Value = serde_json::from_slice(&day.stdout).unwrap();
    assert_eq!(day["appointments"].as_array().unwrap().len(), 1, "{day}");
    assert_eq!(
        day["appointments"][0]["service"],
        "Neue PIN für den Online-Ausweis"
    );
    assert_eq!(day["appointments"][0]["time"], free["times"][0]);
    assert_eq!(day["appointments"][0]["office"], zmsdouble::OFFICE_NAME);
    assert_eq!(day["fees"][0]["cents"], 1000);
    let listed = text(&station.run(&["day"]));
    assert!(
        listed.contains(&format!("{shown}, {}", zmsdouble::OFFICE_NAME)),
        "{listed}"
    );
    assert!(listed.contains("10,00"), "{listed}");
    station.sync_until_done(3);

    let requests = central_requests(&central);
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_eq!(requests[0]["topic"], "terminbuchung");
    assert_eq!(requests[0]["service"], SERVICE);
    assert_eq!(requests[0]["appointment"]["at"], first.timestamp());
    let kinds: Vec<_> = zms.mails().iter().map(|mail| mail.kind).collect();
    assert_eq!(kinds, ["activation", "confirmation"]);

    // The cash office records the certificate's fee; the next round brings it to the
    // station's day list (the booking has no fee and is not asked about).
    let certificate = requests[1]["id"].as_str().unwrap();
    let paid = central.cli(&["requests", "paid", certificate]);
    assert!(paid.status.success(), "{}", text(&paid));
    let day: Value = serde_json::from_slice(&station.run(&["day", "--json"]).stdout).unwrap();
    assert_eq!(
        day["fees"][0]["paid"],
        Value::Null,
        "not known before the next round"
    );
    station.sync_until_done(3);
    let day: Value = serde_json::from_slice(&station.run(&["day", "--json"]).stdout).unwrap();
    assert_eq!(day["fees"][0]["paid"]["online"], false, "{day}");
    assert!(day["fees"][0]["paid"]["at"].is_string(), "{day}");
    assert!(text(&station.run(&["day"])).contains("bezahlt (Kasse)"));

    let refused = station.run(&[
        "appointment",
        "book",
        "--service",
        SERVICE,
        "--time",
        &shown,
        "--field",
        "name=Max Mustermann",
        "--field",
        "email=max@example.org",
        "--consent",
    ]);
    assert!(!refused.status.success());
    assert!(text(&refused).contains("vergeben"), "{}", text(&refused));
    let wrong = station.run(&["appointment", "times", "--service", "wohngeld"]);
    assert!(text(&wrong).contains("keine Termine"), "{}", text(&wrong));
}

#[test]
fn a_booking_the_central_cannot_answer_is_kept_as_a_wish_and_arrives_once() {
    let dir = fast_tempdir();
    let (zms, mut central, station) = setup(dir.path());
    let app = App::open(&StationPaths {
        data_dir: Some(station.dir().to_owned()),
        assets_dir: Some(assets_dir()),
    })
    .unwrap();
    let runtime = station::sync::runtime().unwrap();
    let free = runtime
        .block_on(appointments::free_times(&app, SERVICE))
        .unwrap();
    let time = free.times[0];
    let held = runtime
        .block_on(appointments::reserve(&app, SERVICE, time))
        .unwrap();

    central.kill();
    let booking = Booking {
        reservation: held.reservation,
        service: SERVICE.to_owned(),
        time,
        lang: "de".to_owned(),
        fields: BTreeMap::from([
            ("name".to_owned(), "Erika Mustermann".to_owned()),
            ("email".to_owned(), "erika@example.org".to_owned()),
        ]),
        consent: true,
    };
    let result = runtime
        .block_on(appointments::book(&app, None, &booking, Utc::now()))
        .unwrap();
    assert!(result.appointment.is_none(), "not booked: {result:?}");
    assert!(result.reference.starts_with("BK-"));
    assert_eq!(station.status().pending, 1, "kept as the wish");
    let day = app::day::day_list(
        &app,
        station::clock::local_day(Utc::now()),
        station::lang::Lang::De,
    )
    .unwrap();
    assert_eq!(day.appointments.len(), 1);
    assert!(
        day.appointments[0].time.is_none(),
        "a wish waits for its time"
    );

    central.restart();
    station.sync_until_done(3);
    station.sync_until_done(1);
    let mut requests = central_requests(&central);
    for _ in 0..100 {
        if !requests[0]["appointment"].is_null() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        requests = central_requests(&central);
    }
    assert_eq!(requests.len(), 1, "once: {requests:?}");
    assert_eq!(requests[0]["topic"], "terminbuchung");
    assert_eq!(requests[0]["service"], SERVICE);
    let booked = requests[0]["appointment"]["at"]
        .as_i64()
        .expect("booked at sync");
    assert!(
        booked > time.timestamp(),
        "the next free time after the one still held"
    );
    assert!(requests[0]["appointmentProblem"].is_null());
    station.sync_until_done(1);
    let confirmations: Vec<_> = zms
        .mails()
        .into_iter()
        .filter(|mail| mail.kind == "confirmation")
        .map(|mail| mail.to)
        .collect();
    assert_eq!(
        confirmations,
        ["erika@example.org"],
        "booked once, mailed to the citizen"
    );
}
