//! Booking an appointment in the real WebKit window of a station enrolled at a real
//! `bk-central` on 127.0.0.1, which books in the ZMS double: the service's page offers
//! the booking; the free times come from the double; a time someone else takes after
//! the page showed it is refused with the times shown again without it; a free time is
//! held while the citizen types name and e-mail; the booked appointment shows the
//! double's number and a QR code of exactly its calendar entry; the double mailed the
//! citizen; then the request syncs and the central holds it once, with its
//! appointment. Each page is checked by axe-core and the UI's page checks. The app
//! sees no pcscd, so this test runs beside the card tests.

use std::time::Duration;

use chrono::DateTime;
use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::walk::{assert_accessible, button, heading, qr_modules, Walk};
use e2e::webdriver::{By, Session};
use station::appointments::calendar_entry;
use synctests::central::Central;
use synctests::station::Station;
use zmsdouble::{ZmsDouble, OFFICE_NAME};

/// The free times the page shows (`data-time` of the time buttons).
fn shown_times(session: &Session) -> Vec<String> {
    let times = session
        .execute(
            "return [...document.querySelectorAll('.bk-time')].map((b) => b.dataset.time);",
            serde_json::json!([]),
        )
        .expect("the times shown");
    serde_json::from_value(times).expect("a list of times")
}

#[test]
fn a_citizen_books_an_appointment_at_the_kiosk_and_the_central_holds_it_once() {
    let tools = paths::Tools::find();
    let dir = tempfile::tempdir().unwrap();
    let zms = ZmsDouble::start();
    let central = Central::start_with(
        &dir.path().join("central"),
        &["--appointments-url", zms.base_url()],
    );
    let station = Station::new(&dir.path().join("station"));
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));
    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let mut tauri_driver = TauriDriver::start_cardless(&tools, &xvfb, station.dir(), &[])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::start(tauri_driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut walk = Walk::new(&session, &tools, "appointment");

    walk.click(By::XPath(&button("Deutsch")));
    walk.click(By::XPath(&button("Online-Dienste der Stadt")));
    walk.fill("Dienst suchen", "neue PIN");
    walk.click(By::XPath(
        "(//main//li//button)[1][starts-with(normalize-space(.), 'Neue PIN für den Online-Ausweis')]",
    ));
    walk.click(By::XPath(&button("Termin im Bürgerservicecenter buchen")));
    walk.wait(By::XPath(&heading(
        "Termin buchen: Neue PIN für den Online-Ausweis",
    )));
    walk.wait(By::Css(".bk-time"));
    walk.visit("appointment-times");

    // Someone else books the first time shown before the citizen taps it.
    let before = shown_times(&session);
    let first = DateTime::parse_from_rfc3339(&before[0])
        .unwrap()
        .timestamp();
    zms.take_slot(first);
    walk.click(By::Css(".bk-time"));
    walk.wait(By::XPath(
        "//p[starts-with(normalize-space(.), 'Diesen Termin hat gerade jemand anderes gebucht.')]",
    ));
    walk.wait(By::Css(".bk-time"));
    let after = shown_times(&session);
    assert_eq!(after[0], before[1], "the taken time is gone");
    walk.visit("appointment-slot-taken");

    walk.click(By::Css(".bk-time"));
    walk.wait(By::XPath(&heading("Ihre Angaben für den Termin")));
    walk.wait(By::XPath(
        "//p[starts-with(normalize-space(.), 'Für Sie reserviert:')]",
    ));
    walk.visit("appointment-form");
    walk.fill("Ihr Name", "Erika Mustermann");
    walk.fill("E-Mail-Adresse", "erika@example.org");
    walk.click(By::XPath(&button("Weiter")));
    walk.wait(By::XPath(&heading(
        "Datenschutz: Was passiert mit Ihren Angaben?",
    )));
    walk.click(By::Css("input[type='checkbox']"));
    walk.click(By::XPath(&button("Termin verbindlich buchen")));
    walk.wait(By::XPath(&heading("Ihr Termin ist gebucht")));
    walk.visit("appointment-done");
    let number = session
        .text(&walk.wait(By::Css(".bk-number")))
        .expect("the appointment's number");
    let shown_qr = session
        .execute(
            "return document.querySelector('.bk-booked-qr .bk-qr svg').outerHTML;",
            serde_json::json!([]),
        )
        .expect("the code's SVG");
    walk.click(By::XPath(&button("Fertig")));
    walk.wait(By::XPath(&heading("Wie können wir Ihnen helfen?")));

    let (visited, problems) = walk.finish();
    session.delete().expect("delete the WebDriver session");
    tauri_driver.stop();
    drop(xvfb);
    assert_eq!(visited, 4);
    assert_accessible(&problems);

    // The double mailed the citizen; the request reaches the central once, booked.
    let mails: Vec<_> = zms.mails().iter().map(|m| (m.kind, m.to.clone())).collect();
    let to = "erika@example.org".to_owned();
    assert_eq!(mails, [("activation", to.clone()), ("confirmation", to)]);
    assert_eq!(station.sync_until_done(3).pending, 0);
    let listed = central.cli(&["requests", "list", "--all", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed[0]["topic"], "terminbuchung");
    let appointment = &listed[0]["appointment"];
    assert_eq!(appointment["number"], number.as_str());
    assert_eq!(appointment["office"], OFFICE_NAME);
    let at = appointment["at"].as_i64().unwrap();
    assert_eq!(
        at,
        DateTime::parse_from_rfc3339(&after[0]).unwrap().timestamp()
    );

    // The code on the screen is exactly the calendar entry of this appointment.
    let entry = calendar_entry(
        "Neue PIN für den Online-Ausweis",
        OFFICE_NAME,
        DateTime::from_timestamp(at, 0).unwrap(),
        &number,
    );
    let expected = qr_modules(&station::qr::qr_svg(&entry).unwrap());
    assert!(expected.is_some());
    assert_eq!(qr_modules(shown_qr.as_str().unwrap_or_default()), expected);
}
