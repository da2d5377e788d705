//! A certificate of registration by post with its fee, in the real WebKit window of a
//! station enrolled at a real `bk-central` on 127.0.0.1: the service's page shows the
//! fee and the order button, the form says what it costs, the done page shows the
//! transfer and the GiroCode of exactly that transfer (the code's content is checked
//! against EPC069-12 in `station/tests/qr.rs`); then the request syncs and the central
//! knows which service — and so which fee — it is about. Each page is checked by
//! axe-core and the UI's page checks. The app sees no pcscd, so this test runs beside
//! the card tests.

use std::time::Duration;

use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::walk::{assert_accessible, button, heading, qr_modules, Walk};
use e2e::webdriver::{By, Session};
use station::catalogue::Catalogue;
use station::girocode::Transfer;

#[test]
fn a_certificate_ordered_at_the_kiosk_shows_its_giro_code_and_reaches_the_central() {
    let tools = paths::Tools::find();
    let dir = tempfile::tempdir().unwrap();
    let (central, station) = synctests::enrolled_pair(dir.path());
    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let mut tauri_driver = TauriDriver::start_cardless(&tools, &xvfb, station.dir(), &[])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::start(tauri_driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut walk = Walk::new(&session, &tools, "fee");

    walk.click(By::XPath(&button("Deutsch")));
    walk.click(By::XPath(&button("Online-Dienste der Stadt")));
    walk.fill("Dienst suchen", "Meldebescheinigung");
    // Once the search's answer is in, its best hit heads the list.
    walk.click(By::XPath(
        "(//main//li//button)[1][starts-with(normalize-space(.), 'Meldebescheinigung beantragen')]",
    ));
    // The amount is written with a no-break space before the euro sign.
    walk.wait(By::XPath("//p[normalize-space(.)='Gebühr: 10,00\u{a0}€']"));
    walk.visit("service-detail-fee");
    walk.click(By::XPath(&button("Meldebescheinigung per Post")));
    walk.wait(By::XPath(&heading("Meldebescheinigung per Post")));
    walk.wait(By::XPath(
        "//p[starts-with(normalize-space(.), 'Das kostet 10,00\u{a0}€.')]",
    ));
    walk.visit("request-fee-form");
    walk.fill("Ihr Name", "Erika Mustermann");
    walk.fill("Ihr Geburtsdatum", "24.12.1950");
    walk.fill("Ihre Adresse in Potsdam", "Am Kanal 5");
    walk.fill("E-Mail-Adresse", "erika@example.org");
    walk.click(By::XPath(&button("Weiter")));
    walk.wait(By::XPath(&heading(
        "Datenschutz: Was passiert mit Ihren Angaben?",
    )));
    walk.click(By::Css("input[type='checkbox']"));
    walk.click(By::XPath(&button("Anliegen absenden")));
    walk.wait(By::XPath(&heading("Danke, Ihr Anliegen ist gespeichert")));
    walk.visit("request-done-fee");

    // The code on the screen is the GiroCode of this request's transfer.
    let reference = session
        .text(&walk.wait(By::Css(".bk-reference")))
        .expect("the reference");
    let catalogue = Catalogue::built_in().expect("the catalogue built in");
    let fee = catalogue
        .service("meldebescheinigung")
        .unwrap()
        .fee
        .clone()
        .unwrap();
    let transfer = Transfer::new(
        catalogue.payee().unwrap(),
        fee.cents,
        fee.remittance_for(&reference),
    );
    let shown = session
        .execute(
            "return document.querySelector('.bk-pay .bk-qr svg').outerHTML;",
            serde_json::json!([]),
        )
        .expect("the code's SVG");
    let expected = qr_modules(&transfer.qr_svg().unwrap());
    assert!(expected.as_ref().is_some_and(|d| d.len() > 1000));
    assert_eq!(qr_modules(shown.as_str().unwrap_or_default()), expected);
    walk.wait(By::XPath(&format!(
        "//dd[normalize-space(.)='Meldebescheinigung {reference}']"
    )));
    walk.click(By::XPath(&button("Fertig")));
    walk.wait(By::XPath(&heading("Wie können wir Ihnen helfen?")));

    let (visited, problems) = walk.finish();
    session.delete().expect("delete the WebDriver session");
    tauri_driver.stop();
    drop(xvfb);
    assert_eq!(visited, 3);
    assert_accessible(&problems);

    // At the central the request names its service, so the back office knows the fee.
    assert_eq!(station.sync_until_done(3).pending, 0);
    let listed = central.cli(&["requests", "list", "--all", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed[0]["service"], "meldebescheinigung");
    assert_eq!(listed[0]["topic"], "meldebescheinigung");
}
