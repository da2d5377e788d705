//! A video call asked for in the real WebKit window of a station enrolled at a real
//! `bk-central` on Janus (127.0.0.1): the home screen's „Videogespräch“, what the call
//! is, „Gespräch beginnen“, and the QR code of the call page, which — read as a phone's
//! camera reads it — opens the central's call page for that call in the kiosk's
//! language, while the kiosk says the Bürgerservice is told; the station lists the call.
//! Picture and sound between a phone and a clerk through Janus are
//! `central/tests/central/calls.rs`'s part. Each page is checked by axe-core and the
//! UI's page checks. The app sees no pcscd, so this test runs beside the card tests.

use std::time::Duration;

use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::walk::{assert_accessible, button, heading, qr_text, Walk};
use e2e::webdriver::{By, Session};
use synctests::central::Central;
use synctests::station::Station;

#[test]
fn the_kiosk_opens_a_call_whose_code_takes_the_phone_to_the_call_page() {
    let tools = paths::Tools::find();
    let dir = tempfile::tempdir().unwrap();
    let janus = janusrun::Janus::start();
    let central = Central::start_configured(
        &dir.path().join("central"),
        &["--video-url", &janus.url],
        &[("BK_CENTRAL_VIDEO_ADMIN_KEY", janusrun::ADMIN_KEY)],
    );
    let station = Station::new(&dir.path().join("station"));
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));
    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let mut tauri_driver = TauriDriver::start_cardless(&tools, &xvfb, station.dir(), &[])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::start(tauri_driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut walk = Walk::new(&session, &tools, "video");

    walk.click(By::XPath(&button("English")));
    walk.click(By::XPath(&button("Video call")));
    walk.wait(By::XPath(&heading("Video call with the citizen service")));
    walk.visit("video-intro");
    walk.click(By::XPath(&button("Start call")));
    walk.wait(By::XPath(&heading("Scan the QR code with your phone")));
    walk.wait(By::Css(".bk-video-qr .bk-qr svg"));
    walk.visit("video-open");
    let svg = session
        .execute(
            "return document.querySelector('.bk-video-qr .bk-qr svg').outerHTML;",
            serde_json::json!([]),
        )
        .expect("the code's SVG");
    let link = qr_text(svg.as_str().unwrap_or_default());
    walk.click(By::XPath(&button("Done")));
    walk.wait(By::XPath(&heading("How can we help you?")));

    let (visited, problems) = walk.finish();
    session.delete().expect("delete the WebDriver session");
    tauri_driver.stop();
    drop(xvfb);
    assert_eq!(visited, 2);
    assert_accessible(&problems);

    assert!(
        link.starts_with(&format!("{}/gespraech/", central.url())) && link.ends_with("?sprache=en"),
        "{link}"
    );
    let page = ureq::get(&link)
        .call()
        .expect("the call page answers")
        .into_string()
        .expect("a page");
    assert!(page.contains("lang=\"en\""), "{page}");
    assert!(
        page.contains(&format!("data-janus=\"{}\"", janus.url)),
        "{page}"
    );
    let day: serde_json::Value =
        serde_json::from_slice(&station.run(&["day", "--json"]).stdout).unwrap();
    assert_eq!(day["calls"].as_array().map(Vec::len), Some(1), "{day}");
    assert_eq!(day["calls"][0]["lang"], "en");
}
