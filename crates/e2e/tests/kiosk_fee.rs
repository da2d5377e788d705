//! A certificate of registration by post with its fee, in the real WebKit window of a
//! station enrolled at a real `bk-central` on 127.0.0.1: the service's page shows the
//! fee and the order button, the form says what it costs, the done page shows the
//! transfer and the GiroCode of exactly that transfer (the code's content is checked
//! against EPC069-12 in `station/tests/qr.rs`), and on request the code of the
//! request's upload page, through which the test hands in a PDF as the citizen's phone
//! would, before the request left the station, and the code of its payment page, which
//! without a payment platform at the central names the transfer; then the request syncs, the central
//! knows which service — and so which fee — it is about and holds the document for it.
//! Each page is checked by axe-core and the UI's page checks. The app sees no pcscd,
//! so this test runs beside the card tests.

use std::time::Duration;

use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::walk::{assert_accessible, button, heading, qr_modules, Walk};
use e2e::webdriver::{By, Session};
use station::catalogue::Catalogue;
use station::girocode::Transfer;
use station::requests::links::{self, PhoneLink};

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

    // The upload page's code takes the payment's place until the citizen goes back.
    walk.click(By::XPath(&button("Unterlagen mit dem Handy nachreichen")));
    walk.wait(By::XPath(
        "//h2[normalize-space(.)='Unterlagen mit dem Handy nachreichen']",
    ));
    walk.visit("request-done-upload");
    let upload = upload_offer(&station, &reference);
    assert_code_of(&session, ".bk-upload", &upload.url);
    walk.click(By::XPath(&button("Zurück zur Zahlung")));
    walk.wait(By::Css(".bk-pay .bk-qr svg"));

    // So does the code of the central's payment page, where the phone pays online.
    walk.click(By::XPath(&button("Mit dem Handy online bezahlen")));
    walk.wait(By::XPath(
        "//h2[normalize-space(.)='Online bezahlen: 10,00\u{a0}€']",
    ));
    walk.visit("request-done-pay-online");
    let recorded = links::recorded(&station.store(), &reference)
        .expect("the station's store")
        .expect("the request");
    let pay_online = links::payment(&station.store(), &recorded, "meldebescheinigung", "de")
        .expect("the payment link");
    assert_code_of(&session, ".bk-pay-online", &pay_online.url);
    walk.click(By::XPath(&button("Zurück zur Überweisung")));
    walk.wait(By::Css(".bk-pay .bk-qr svg"));
    walk.click(By::XPath(&button("Fertig")));
    walk.wait(By::XPath(&heading("Wie können wir Ihnen helfen?")));

    let (visited, problems) = walk.finish();
    session.delete().expect("delete the WebDriver session");
    tauri_driver.stop();
    drop(xvfb);
    assert_eq!(visited, 5);
    assert_accessible(&problems);

    // This central has no payment platform: the phone is told to pay by transfer.
    let refused = ureq::get(&pay_online.url).call();
    let Err(ureq::Error::Status(503, page)) = refused else {
        panic!("the payment page without a platform: {refused:?}");
    };
    let page = page.into_string().expect("a page");
    assert!(page.contains("nicht erreichbar"), "{page}");
    assert!(
        page.contains(&format!("Meldebescheinigung {reference}")),
        "{page}"
    );

    // The citizen's phone hands in a PDF before the request has left the station.
    let page = hand_in(&upload.url, "Mietvertrag.pdf", PDF);
    assert!(page.contains("Mietvertrag.pdf (1 KB)"), "{page}");

    // At the central the request names its service, so the back office knows the fee.
    assert_eq!(station.sync_until_done(3).pending, 0);
    assert_eq!(central.document_request_ids(), central.item_ids());
    let listed = central.cli(&["requests", "list", "--all", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed[0]["service"], "meldebescheinigung");
    assert_eq!(listed[0]["topic"], "meldebescheinigung");
}

/// Asserts that the QR code in the section `section` draws exactly the code of `url`.
fn assert_code_of(session: &Session, section: &str, url: &str) {
    let script = format!("return document.querySelector('{section} .bk-qr svg').outerHTML;");
    let shown = session
        .execute(&script, serde_json::json!([]))
        .expect("the code's SVG");
    assert_eq!(
        qr_modules(shown.as_str().unwrap_or_default()),
        qr_modules(&station::qr::qr_svg(url).unwrap()),
        "the code in {section}"
    );
}

/// A small PDF, as a scanner app writes one.
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

/// The upload link the station made for the request with `reference`.
fn upload_offer(station: &synctests::station::Station, reference: &str) -> PhoneLink {
    links::upload_for(&station.store(), reference, "de")
        .expect("the station's store")
        .expect("the request")
}

/// Posts `content` as file `name` to the upload page at `url`, as a phone's browser
/// sends the form; the page that answers.
fn hand_in(url: &str, name: &str, content: &[u8]) -> String {
    let boundary = "bk-e2e-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"{name}\"\r\n\
         Content-Type: application/pdf\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    ureq::post(url)
        .set(
            "Content-Type",
            &format!("multipart/form-data; boundary={boundary}"),
        )
        .send_bytes(&body)
        .expect("the upload page answers")
        .into_string()
        .expect("a page")
}
