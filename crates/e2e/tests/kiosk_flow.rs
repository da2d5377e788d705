//! The kiosk end to end, through the real UI in the real WebKit window: choose German,
//! draw a waiting number for the online ID (and find that very number in the station's SQLite file),
//! search an online service with the on-screen keyboard and open its QR code. Every
//! screen is photographed into `artifacts/screenshots/` and checked with axe-core.
//!
//! Needs the built app (`./scripts/test` builds it first), tauri-driver, Xvfb and
//! WebKitWebDriver; starts and stops all of them itself.

use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::store::{self, STATION_ID};
use e2e::walk::{assert_accessible, button, heading, Walk};
use e2e::webdriver::{By, Session};
use std::ffi::OsStr;
use std::time::Duration;

fn keyboard_key(letter: char) -> String {
    let upper = letter.to_uppercase();
    format!(
        "//*[contains(@class,'bk-keyboard')]//button[normalize-space(.)='{letter}' or normalize-space(.)='{upper}']"
    )
}

/// The tickets stored today at the station, read from the SQLite file itself.
fn stored_labels(database: &std::path::Path) -> Vec<(u32, String)> {
    let store = station::Store::open(database).expect("open the app's store");
    station::tickets::today(&store, STATION_ID, chrono::Utc::now())
        .expect("read today's tickets")
        .into_iter()
        .map(|ticket| (ticket.number, ticket.label))
        .collect()
}

#[test]
fn citizen_draws_a_ticket_and_finds_a_service_qr_code() {
    let tools = paths::Tools::find();
    let data_dir = tempfile::tempdir().unwrap();
    let database = store::prepare(data_dir.path());

    // Dropped in reverse order: the session first (closing the app), then the driver,
    // then Xvfb — also when an assertion fails.
    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let mut tauri_driver = TauriDriver::start(
        &tools,
        &xvfb,
        data_dir.path(),
        &[("BK_IDLE_SECONDS", OsStr::new("600"))],
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::start(tauri_driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut walk = Walk::new(&session, &tools, "");

    // Start screen → German.
    walk.wait(By::XPath(&button("Deutsch")));
    walk.visit("start");
    walk.click(By::XPath(&button("Deutsch")));

    // Home → waiting number.
    walk.wait(By::XPath(&heading("Wie können wir Ihnen helfen?")));
    walk.visit("home");
    walk.click(By::XPath(&button("Wartenummer ziehen")));
    walk.wait(By::XPath(&heading("Wartenummer")));
    walk.visit("ticket");
    walk.click(By::XPath("//button[contains(., 'Online-Ausweis & PIN')]"));
    let number_element = walk.wait(By::Css(".bk-number"));
    let shown = session.text(&number_element).expect("ticket label");
    walk.visit("ticket-drawn");

    let stored = stored_labels(&database);
    let shown_number: u32 = shown
        .trim()
        .rsplit('-')
        .next()
        .and_then(|digits| digits.parse().ok())
        .unwrap_or_else(|| panic!("the kiosk shows no ticket number: {shown:?}"));
    assert_eq!(
        stored,
        vec![(shown_number, shown.trim().to_owned())],
        "the number on the screen is the one in {}",
        database.display()
    );

    // Home → online services: type "hund" on the on-screen keyboard, open the first hit.
    walk.click(By::XPath(&button("Fertig")));
    walk.wait(By::XPath(&heading("Wie können wir Ihnen helfen?")));
    walk.visit("home-after-ticket");
    walk.click(By::XPath(&button("Online-Dienste der Stadt")));
    walk.wait(By::Css("#service-query"));
    walk.visit("services");
    for letter in "hund".chars() {
        walk.click(By::XPath(&keyboard_key(letter)));
    }
    let typed = session
        .execute(
            "return document.getElementById('service-query').value;",
            serde_json::json!([]),
        )
        .expect("read the search field");
    assert_eq!(typed, "hund");
    walk.wait(By::Css(".bk-result"));
    walk.visit("services-results");
    walk.click(By::Css(".bk-result"));
    let svg = walk.wait(By::Css(".bk-qr svg"));
    let markup = session
        .execute(
            "return arguments[0].outerHTML;",
            serde_json::json!([svg.as_argument()]),
        )
        .expect("read the QR code");
    let markup = markup.as_str().unwrap_or_default();
    assert!(
        markup.starts_with("<svg") && markup.ends_with("</svg>"),
        "{markup}"
    );
    walk.visit("service-qr");

    let (visited, problems) = walk.finish();
    session.delete().expect("delete the WebDriver session");
    tauri_driver.stop();
    drop(xvfb);

    assert_eq!(visited, 8);
    assert_accessible(&problems);
}
