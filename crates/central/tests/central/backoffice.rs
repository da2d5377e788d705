//! The back office on its own listener: sign-in with lockout and TOTP, sessions and
//! CSRF, the inbox (open, note, print, done) with its audit entries, roles, station
//! revoke and rotate, the station report, and the command line's audit entries.

use reqwest::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, LOCATION};
use serde_json::json;

use crate::harness::{central_with_station, cli, client, stderr_of, stdout_of, try_enrol, Station};
use crate::web::{Account, WebSession, PASSWORD};

#[test]
fn a_clerk_opens_what_a_station_sealed_notes_prints_and_marks_it_done() {
    let (dir, central, station) = central_with_station();
    let content =
        json!({"name": "Erika Mustermann", "phone": "0331 123456", "preferred_time": "morning"});
    let item = station.item(&content);
    station.push(&central, std::slice::from_ref(&item));
    let clerk = Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    let mut web = WebSession::sign_in(&central, &clerk);

    let inbox = web.get("/anliegen");
    assert_eq!(inbox.status(), 200);
    assert_eq!(inbox.headers()[CACHE_CONTROL], "no-store");
    assert!(inbox.headers()[CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));
    let inbox = inbox.text().unwrap();
    assert!(inbox.contains("Bürgerkoffer 1"));
    assert!(inbox.contains(&format!("/anliegen/{}", item.id)));
    assert!(!inbox.contains("Erika"), "the list shows no personal data");
    assert!(
        !inbox.contains("/stationen"),
        "clerks are not offered admin pages"
    );

    let page = format!("/anliegen/{}", item.id);
    let opened = web.get(&page);
    assert_eq!(opened.headers()[CACHE_CONTROL], "no-store");
    let opened = opened.text().unwrap();
    assert!(opened.contains("Erika Mustermann"), "{opened}");
    assert!(opened.contains("0331 123456"));
    assert!(opened.contains("vormittags"));

    let noted = web.post(
        &page,
        &format!("{page}/notiz"),
        &[("note", "Rückruf am Dienstag")],
    );
    assert_eq!(noted.status(), 303);
    assert!(web
        .get(&page)
        .text()
        .unwrap()
        .contains("Rückruf am Dienstag"));
    let printed = web.get(&format!("{page}/druck")).text().unwrap();
    assert!(
        printed.contains("Erika Mustermann") && printed.contains("Gedruckt von s.sachbearbeitung")
    );

    let done = web.post(&page, &format!("{page}/erledigt"), &[]);
    assert_eq!(done.status(), 303);
    assert!(web
        .get(&page)
        .text()
        .unwrap()
        .contains("von s.sachbearbeitung"));
    assert!(
        !web.get("/anliegen").text().unwrap().contains(&item.id),
        "done leaves the open list"
    );
    assert!(web
        .get("/anliegen?status=erledigt")
        .text()
        .unwrap()
        .contains(&item.id));
    assert_eq!(web.get("/anliegen?von=gestern").status(), 400);
    assert_eq!(
        web.get("/anliegen/0190aaaa-0000-7000-8000-000000000000")
            .status(),
        404
    );

    let admin = Account::add(dir.path(), "a.admin", "admin");
    let mut admin_web = WebSession::sign_in(&central, &admin);
    let log = admin_web
        .get("/protokoll?konto=s.sachbearbeitung")
        .text()
        .unwrap();
    for action in [
        "Angemeldet",
        "Anliegen geöffnet",
        "Notiz geändert",
        "Anliegen gedruckt",
        "Anliegen erledigt",
    ] {
        assert!(log.contains(action), "{action} missing in the audit log");
    }
    assert!(log.contains(&item.id));
    let stations = admin_web.get("/stationen").text().unwrap();
    assert!(stations.contains("Bürgerkoffer 1"));

    let listed = cli(dir.path(), &["requests", "list", "--all", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed[0]["doneBy"], "s.sachbearbeitung");
    let shown = cli(dir.path(), &["requests", "show", &item.id]);
    assert!(shown.status.success(), "{}", stderr_of(&shown));
    let log = admin_web.get("/protokoll?aktion=open").text().unwrap();
    assert!(
        log.contains("Kommandozeile"),
        "the command line's reads are recorded too"
    );
}

#[test]
fn the_cash_office_records_the_fee_of_a_certificate_by_post_as_paid() {
    let (dir, central, station) = central_with_station();
    // As a station seals it: the form's fields apart from reference and language.
    let content = json!({"reference": "BK-7KQM-F3XT", "topic": "meldebescheinigung",
                         "lang": "de", "station": "stern-center", "consent": true,
                         "fields": {"name": "Erika Mustermann", "birth_date": "1950-12-24",
                                    "address": "Am Kanal 5"}});
    let certificate =
        station.item_for_service(uuid::Uuid::now_v7(), "meldebescheinigung", &content);
    let call_back = station.item(&json!({"reference": "BK-2346-7899", "name": "Max"}));
    station.push(&central, &[certificate.clone(), call_back.clone()]);
    let clerk = Account::add(dir.path(), "k.kasse", "clerk");
    let mut web = WebSession::sign_in(&central, &clerk);

    // Before any publication the catalogue built in (the stations' own) names the fee.
    let page = format!("/anliegen/{}", certificate.id);
    let opened = web.get(&page).text().unwrap();
    assert!(
        !opened.contains("{&quot;") && !opened.contains("{\""),
        "no raw JSON: {opened}"
    );
    for part in [
        "<dd class=\"kern-description-list-item__value\">Erika Mustermann</dd>",
        "Geburtsdatum",
        "Vorgangsnummer",
        "10,00 €",
        "Landeshauptstadt Potsdam, IBAN DE47 1605 0000 0000 0000 00",
        "Meldebescheinigung BK-7KQM-F3XT",
        "noch nicht erfasst",
        "Zahlungseingang erfassen",
    ] {
        assert!(opened.contains(part), "{part} missing");
    }
    let unpaid = web.get("/anliegen?status=gebuehr-offen").text().unwrap();
    assert!(unpaid.contains(&certificate.id), "{unpaid}");
    assert!(
        !unpaid.contains(&call_back.id),
        "a request without a fee is not listed"
    );
    let printed = web.get(&format!("{page}/druck")).text().unwrap();
    assert!(
        printed.contains("Meldebescheinigung BK-7KQM-F3XT")
            && printed.contains("noch nicht erfasst")
    );

    let paid = web.post(&page, &format!("{page}/bezahlt"), &[]);
    assert_eq!(paid.status(), 303);
    assert!(!web
        .get("/anliegen?status=gebuehr-offen")
        .text()
        .unwrap()
        .contains(&certificate.id));
    let after = web.get(&page).text().unwrap();
    assert!(after.contains("erfasst von k.kasse"), "{after}");
    assert!(!after.contains("Zahlungseingang erfassen"));
    let again = web.post(&page, &format!("{page}/bezahlt"), &[]);
    assert_eq!(again.status(), 303, "a second record keeps the first");

    // A request without a fee has no fee section and takes no payment.
    let free = format!("/anliegen/{}", call_back.id);
    assert!(!web.get(&free).text().unwrap().contains("Gebühr"));
    assert_eq!(
        web.post(&free, &format!("{free}/bezahlt"), &[]).status(),
        400
    );

    let admin = Account::add(dir.path(), "a.admin", "admin");
    let log = WebSession::sign_in(&central, &admin)
        .get("/protokoll?aktion=paid")
        .text()
        .unwrap();
    assert!(log.contains(&certificate.id), "{log}");
    assert!(!log.contains(&call_back.id), "{log}");
    let listed = cli(dir.path(), &["requests", "list", "--all", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["id"] == certificate.id)
        .unwrap();
    assert_eq!(entry["paidBy"], "k.kasse");
}

#[test]
fn pages_need_a_session_roles_and_the_forms_csrf_token() {
    let (dir, central, _station) = central_with_station();
    let mut anonymous = WebSession::new(&central);
    for page in [
        "/anliegen",
        "/stationen",
        "/protokoll",
        "/konfiguration",
        "/",
    ] {
        let response = anonymous.get(page);
        assert_eq!(response.status(), 303, "{page}");
        let target = response.headers()[LOCATION].to_str().unwrap().to_owned();
        assert!(
            target == "/anmelden" || target == "/anliegen",
            "{page} → {target}"
        );
    }
    let station_api = client().get(central.url("/anmelden")).send().unwrap();
    assert_eq!(
        station_api.status(),
        404,
        "the station listener has no back office"
    );

    let clerk = Account::add(dir.path(), "k.klein", "clerk");
    let mut web = WebSession::sign_in(&central, &clerk);
    for page in ["/stationen", "/protokoll", "/konfiguration"] {
        assert_eq!(web.get(page).status(), 403, "{page}");
    }
    assert_eq!(
        web.post("/anliegen", "/stationen", &[("name", "Fremd")])
            .status(),
        403
    );

    let csrf = crate::web::csrf_of(&web.get("/anliegen").text().unwrap());
    assert_eq!(web.post_raw("/abmelden", &[]).status(), 403, "no token");
    assert_eq!(
        web.post_raw("/abmelden", &[("csrf", "gefälscht")]).status(),
        403
    );
    let mut other = WebSession::new(&central);
    assert_eq!(
        other.post_raw("/abmelden", &[("csrf", &csrf)]).status(),
        303,
        "no session → sign-in"
    );
    assert_eq!(web.post_raw("/abmelden", &[("csrf", &csrf)]).status(), 303);
    assert_eq!(web.get("/anliegen").status(), 303, "signed out");

    let mut login = WebSession::new(&central);
    let forged = login.post_raw("/anmelden", &[("name", "k.klein"), ("password", PASSWORD)]);
    assert_eq!(forged.status(), 403, "sign-in without the form's token");
}

#[test]
fn wrong_passwords_lock_an_account_and_admins_need_their_code_once() {
    let (dir, central, _station) = central_with_station();
    let clerk = Account::add(dir.path(), "l.lang", "clerk");
    let mut web = WebSession::new(&central);
    for _ in 0..2 {
        let refused = web.sign_in_with("l.lang", "falsch-falsch-falsch", "");
        assert_eq!(refused.status(), 401);
        assert!(refused
            .text()
            .unwrap()
            .contains("Anmeldename, Passwort oder Einmalcode ist falsch"));
    }
    let third = web.sign_in_with("l.lang", "falsch-falsch-falsch", "");
    assert!(third.text().unwrap().contains("Zu viele Fehlversuche"));
    let locked = web.sign_in_with("l.lang", PASSWORD, "");
    assert_eq!(locked.status(), 401);
    assert!(
        locked.text().unwrap().contains("gesperrt"),
        "even the right password waits"
    );
    let unknown = web.sign_in_with("Geheim-Passwort-im-Namensfeld", PASSWORD, "");
    assert!(unknown
        .text()
        .unwrap()
        .contains("Anmeldename, Passwort oder Einmalcode ist falsch"));

    let reset = crate::harness::cli_with_input(
        dir.path(),
        &["clerk", "reset", "l.lang"],
        &format!("{PASSWORD}\n"),
    );
    assert!(reset.status.success(), "{}", stderr_of(&reset));
    WebSession::sign_in(&central, &clerk);

    let admin = Account::add(dir.path(), "a.admin", "admin");
    assert!(admin.totp_secret.is_some());
    let without_code = WebSession::new(&central).sign_in_with("a.admin", PASSWORD, "");
    assert_eq!(without_code.status(), 401);
    assert!(without_code
        .text()
        .unwrap()
        .contains("Einmalcode ist falsch"));
    let code = admin.code();
    let mut first = WebSession::new(&central);
    assert_eq!(first.sign_in_with("a.admin", PASSWORD, &code).status(), 303);
    let replayed = WebSession::new(&central).sign_in_with("a.admin", PASSWORD, &code);
    assert_eq!(replayed.status(), 401, "a code is good once");

    let disabled = cli(dir.path(), &["clerk", "disable", "l.lang"]);
    assert!(disabled.status.success());
    let refused = WebSession::new(&central).sign_in_with("l.lang", PASSWORD, "");
    assert_eq!(refused.status(), 401);
    let listed = stdout_of(&cli(dir.path(), &["clerk", "list"]));
    assert!(listed.contains("deaktiviert") && listed.contains("Administration"));
    let log = first.get("/protokoll?aktion=login_refused").text().unwrap();
    assert!(log.contains("falsches Passwort") && log.contains("falscher Einmalcode"));
    assert!(log.contains("(unbekanntes Konto)"));
    assert!(
        !log.contains("Geheim-Passwort-im-Namensfeld"),
        "what was typed as an unknown name is not recorded"
    );

    let short = crate::harness::cli_with_input(dir.path(), &["clerk", "add", "kurz"], "zu kurz\n");
    assert!(!short.status.success());
    assert!(stderr_of(&short).contains("zwischen 12 und"));
}

#[test]
fn a_revoked_station_is_refused_and_a_rotated_token_needs_a_new_enrolment() {
    let (dir, central, station) = central_with_station();
    let other = Station::enrol(&central, "Bürgerkoffer 2");
    let report = client()
        .post(central.url("/v1/report"))
        .bearer_auth(station.token())
        .json(&json!({"appVersion": "0.1.0", "configVersion": 0, "pending": 4, "deadLetters": 1}))
        .send()
        .unwrap();
    assert_eq!(report.status(), 204);
    let admin = Account::add(dir.path(), "a.admin", "admin");
    let mut web = WebSession::sign_in(&central, &admin);
    let stations = web.get("/stationen").text().unwrap();
    assert!(stations.contains("0.1.0") && stations.contains("mitgeliefert"));

    let revoke = format!("/stationen/{}/sperren", station.enrolment.station_id);
    assert_eq!(web.post("/stationen", &revoke, &[]).status(), 303);
    let refused = station.push_json(&central, json!([]));
    assert_eq!(refused.status(), 403);
    let body: serde_json::Value = refused.json().unwrap();
    assert_eq!(body["error"], "station_revoked");
    assert!(web.get("/stationen").text().unwrap().contains("gesperrt"));

    let rotate = format!("/stationen/{}/token", other.enrolment.station_id);
    let page = web.post("/stationen", &rotate, &[]);
    assert_eq!(page.status(), 200);
    let page = page.text().unwrap();
    let code_start = page.find(r#"id="anmeldecode">"#).unwrap() + 17;
    let code = page[code_start..].split('<').next().unwrap().to_owned();
    assert_eq!(
        other.push_json(&central, json!([])).status(),
        401,
        "the old token is void"
    );
    let again = try_enrol(&central, &code, &other.signing_key);
    assert_eq!(again.status(), 200);

    let added = web.post(
        "/stationen",
        "/stationen",
        &[("name", "Weihnachtsmarkt"), ("hours", "24")],
    );
    assert_eq!(added.status(), 200);
    assert!(added.text().unwrap().contains("<svg"));
    let too_long = web.post(
        "/stationen",
        "/stationen",
        &[("name", "Lange"), ("hours", "999")],
    );
    assert_eq!(too_long.status(), 400);
    let log = web.get("/protokoll").text().unwrap();
    for action in [
        "Station gesperrt",
        "Stations-Token erneuert",
        "Station angelegt",
    ] {
        assert!(log.contains(action), "{action}");
    }
}

#[test]
fn retention_deletes_personal_data_of_done_requests_and_keeps_them_countable() {
    let (dir, central, station) = central_with_station();
    let items = station.items(2);
    station.push(&central, &items);
    let done = cli(dir.path(), &["requests", "done", &items[0].id]);
    assert!(done.status.success());
    let now = cli(dir.path(), &["purge"]);
    assert!(
        stdout_of(&now).contains("von 0 erledigten"),
        "{}",
        stdout_of(&now)
    );

    let mut store = crate::harness::open_store(dir.path());
    let policy = central::retention::RetentionPolicy::default();
    let later = chrono::Utc::now() + chrono::Duration::days(91);
    assert_eq!(
        policy.apply(&mut store, later).unwrap(),
        vec![items[0].id.clone()]
    );
    assert!(policy.apply(&mut store, later).unwrap().is_empty(), "once");

    assert_eq!(central.stored_count(), 2, "the rows stay countable");
    let shown = stdout_of(&cli(dir.path(), &["requests", "show", &items[0].id]));
    assert!(!shown.contains("Erika"), "{shown}");
    assert_eq!(
        station.push(&central, &items[..1]),
        ["duplicate"],
        "a resend is no conflict"
    );

    let admin = Account::add(dir.path(), "a.admin", "admin");
    let mut web = WebSession::sign_in(&central, &admin);
    let page = web
        .get(&format!("/anliegen/{}", items[0].id))
        .text()
        .unwrap();
    assert!(page.contains("nach Ablauf der Aufbewahrungsfrist gelöscht"));
    let log = web.get("/protokoll?aktion=delete").text().unwrap();
    assert!(log.contains(&items[0].id) && log.contains("90 Tage"));
}

#[test]
fn a_session_ends_after_the_idle_time_and_overdue_requests_are_counted() {
    let (dir, central, station) = central_with_station();
    station.push(&central, &station.items(1));
    let mut store = crate::harness::open_store(dir.path());
    let phc = central::accounts::password::hash(&zeroize::Zeroizing::new(PASSWORD.into())).unwrap();
    assert!(store
        .add_clerk("i.idle", central::accounts::Role::Clerk, &phc, None)
        .unwrap());
    let clerk = store.clerk_credentials("i.idle").unwrap().unwrap();
    store.create_session(&[7; 32], clerk.id, "csrf").unwrap();
    let idle = central::web::IDLE;
    assert!(store.live_session(&[7; 32], idle).unwrap().is_some());
    assert!(
        store
            .live_session(&[7; 32], chrono::Duration::zero())
            .unwrap()
            .is_none(),
        "idle for longer than allowed"
    );
    assert!(
        store.live_session(&[7; 32], idle).unwrap().is_none(),
        "and it is gone for good"
    );

    let policy = central::retention::RetentionPolicy::default();
    let later = chrono::Utc::now() + chrono::Duration::days(31);
    let counts = store
        .retention_counts(&policy.overdue_cutoff(later))
        .unwrap();
    assert_eq!(counts.overdue, 1, "open for more than 30 days");
    let counts = store
        .retention_counts(&policy.overdue_cutoff(chrono::Utc::now()))
        .unwrap();
    assert_eq!(counts.overdue, 0);
}

#[test]
fn an_opened_request_names_its_place_from_the_published_plan() {
    let (dir, central, station) = central_with_station();
    crate::harness::publish_shipped_config(dir.path());
    let mut item = station.item(&json!({"name": "Erika Mustermann"}));
    item.meta.station = "stern-center".into();
    station.push(&central, std::slice::from_ref(&item));
    let clerk = Account::add(dir.path(), "p.platz", "clerk");
    let page = WebSession::sign_in(&central, &clerk)
        .get(&format!("/anliegen/{}", item.id))
        .text()
        .unwrap();
    assert!(page.contains("Bürgerkoffer 1 (Stern-Center)"), "{page}");
}
