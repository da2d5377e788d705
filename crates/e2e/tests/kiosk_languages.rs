//! Every citizen screen that needs no card, in the real WebKit window, in every kiosk
//! language and display mode: start (in each mode), home, the language menu, online
//! services and a service's QR code (its name in each language as the catalogue
//! writes it), the waiting ticket and a drawn one, the request
//! topics, the form with its errors, the privacy notice, and the eID page without a
//! card reader. Each screen is reached
//! once in German and then shown in all seven languages, the display modes rotating
//! (see `e2e::display`), and checked by axe-core and the UI's page checks (touch
//! targets, names, keyboard, layout). The eID pages are walked with the virtual card
//! in `eid_branches.rs`, in the same way. The station is enrolled at a real
//! `bk-central` on 127.0.0.1, as requests need. The app sees no pcscd, so this test
//! runs beside the card tests.

use e2e::display::{self, Display};
use e2e::paths;
use e2e::process::{TauriDriver, Xvfb};
use e2e::walk::{assert_accessible, button, heading, Height, Walk};
use e2e::webdriver::{By, Session};
use station::catalogue::Catalogue;
use station::lang::Lang;
use std::time::Duration;

/// The open service's name follows the language, as the city's catalogue writes it.
fn service_in_every_language(walk: &Walk<'_>) {
    let catalogue = Catalogue::load(paths::workspace_root().join("assets/services.json"))
        .expect("the shipped catalogue");
    let shown = || {
        let heading = walk.wait(By::Css("main h1"));
        walk.session.text(&heading).expect("the service's name")
    };
    let german = shown();
    let service = catalogue
        .services()
        .iter()
        .find(|service| service.name.de == german)
        .unwrap_or_else(|| panic!("no service named {german:?}"));
    for lang in Lang::ALL {
        display::show(walk, lang, Display::STANDARD);
        assert_eq!(shown(), *service.name.get(lang), "{}", lang.code());
    }
    display::show(walk, Lang::De, Display::STANDARD);
}

#[test]
fn every_screen_in_every_language_and_mode() {
    let tools = paths::Tools::find();
    // Requests need a station enrolled at a central: the real `bk-central` on loopback.
    let dir = tempfile::tempdir().unwrap();
    let (_central, station) = synctests::enrolled_pair(dir.path());
    let xvfb = Xvfb::start().unwrap_or_else(|e| panic!("{e}"));
    let mut tauri_driver = TauriDriver::start_cardless(&tools, &xvfb, station.dir(), &[])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::start(tauri_driver.port, &tools.app, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut walk = Walk::new(&session, &tools, "languages");
    let mut turn = 0;
    let mut every_language = |walk: &mut Walk<'_>, screen: &str, height: Height| {
        display::visit_in_every_language(walk, screen, height, turn);
        turn += 1;
    };

    // The start screen speaks every language at once: each display mode.
    walk.wait(By::XPath(&button("Deutsch")));
    for mode in Display::ALL {
        display::set_modes(&walk, mode);
        let height = if mode.large_text {
            Height::Scrolls
        } else {
            Height::Fixed
        };
        walk.visit_as(&format!("start-{}", mode.name()), height);
    }
    display::set_modes(&walk, Display::STANDARD);
    walk.click(By::XPath(&button("Deutsch")));

    walk.wait(By::XPath(&heading("Wie können wir Ihnen helfen?")));
    every_language(&mut walk, "home", Height::Fixed);
    display::visit_menu_in_every_language(&mut walk, 1);

    walk.click(By::XPath(&button("Online-Dienste der Stadt")));
    walk.wait(By::Css("#service-query"));
    walk.wait(By::Css("main li button"));
    every_language(&mut walk, "services", Height::Fixed);
    walk.click(By::Css("main li button"));
    walk.wait(By::Css(".bk-qr svg"));
    service_in_every_language(&walk);
    every_language(&mut walk, "service-detail", Height::Fixed);
    walk.click(By::XPath(&button("Zurück zur Liste")));
    walk.click(By::XPath(&button("Zurück")));

    walk.click(By::XPath(&button("Wartenummer ziehen")));
    walk.wait(By::XPath(&heading("Wartenummer")));
    every_language(&mut walk, "ticket", Height::Fixed);
    walk.click(By::XPath(
        "//button[contains(., 'Beratung Online-Dienste')]",
    ));
    walk.wait(By::Css(".bk-number"));
    every_language(&mut walk, "ticket-drawn", Height::Fixed);
    walk.click(By::XPath(&button("Fertig")));

    walk.click(By::XPath(&button("Anliegen hinterlassen")));
    walk.wait(By::XPath(&heading("Anliegen hinterlassen")));
    every_language(&mut walk, "request-topics", Height::Fixed);
    walk.click(By::XPath("//button[contains(., 'Rückruf')]"));
    walk.wait(By::Css(".bk-keyboard"));
    every_language(&mut walk, "request-form", Height::Fixed);
    walk.click(By::XPath(&button("Weiter")));
    walk.wait(By::XPath(
        "//*[normalize-space(.)='Bitte füllen Sie dieses Feld aus.']",
    ));
    every_language(&mut walk, "request-form-errors", Height::Fixed);
    walk.fill("Ihr Name", "Olena Test");
    walk.fill("Telefonnummer", "0331 123456");
    walk.click(By::XPath(&button("Weiter")));
    walk.wait(By::XPath(&heading(
        "Datenschutz: Was passiert mit Ihren Angaben?",
    )));
    every_language(&mut walk, "request-privacy", Height::Scrolls);
    walk.click(By::XPath(&button("Neu beginnen")));
    walk.click(By::Css(".bk-languages button[lang='de']"));

    // No PC/SC service: the eID page says that there is no card reader.
    walk.click(By::XPath("//button[contains(., 'Online-Ausweis & PIN')]"));
    walk.wait(By::XPath(
        "//*[normalize-space(.)='Kein Lesegerät gefunden – bitte Mitarbeitende ansprechen']",
    ));
    every_language(&mut walk, "eid-no-reader", Height::Fixed);

    let (visited, problems) = walk.finish();
    session.delete().expect("delete the WebDriver session");
    tauri_driver.stop();
    drop(xvfb);

    assert_eq!(
        visited,
        4 + 11 * 7,
        "start in 4 modes, 11 screens in 7 languages"
    );
    assert_accessible(&problems);
}
