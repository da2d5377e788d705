//! Requests and sync through the real commands: refused before enrolment, validated
//! per field with the reason codes of docs/ipc.md, recorded with a reference code and
//! QR code, visible in the staff window's sync status.

mod common;

use common::{error_code, invoke, TestApp};
use serde_json::json;

/// Enrols the test app's station at a central that is not running (a closed
/// loopback port): requests can be sealed, every sync round fails.
fn enrol_offline(app: &TestApp) {
    let conn = rusqlite::Connection::open(app.database_path()).unwrap();
    conn.execute(
        "INSERT INTO enrolment (id, central_url, station_id, station_name, token,
             hpke_public_key, central_signing_key, station_signing_key, enrolled_at)
         VALUES (1, 'http://127.0.0.1:9', 'station-1', 'Testkoffer', 'token',
             ?1, ?2, ?3, '2026-02-25T09:00:00.000Z')",
        rusqlite::params![
            // X25519 public key (RFC 9180 A.2.1 pkR) and Ed25519 keys (RFC 8032 test 1).
            hex::decode("4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a")
                .unwrap(),
            hex::decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                .unwrap(),
            hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                .unwrap(),
        ],
    )
    .unwrap();
}

#[test]
fn requests_wait_for_enrolment_then_are_validated_and_recorded() {
    let app = TestApp::start();
    let staff = app.select_station("stern-center");
    let kiosk = app.kiosk();

    let refused = invoke(&kiosk, "request_topics", json!({})).unwrap_err();
    assert_eq!(error_code(&refused), "not_enrolled");
    let status = invoke(&staff, "sync_status", json!({})).unwrap();
    assert_eq!(status["enrolled"], false);

    enrol_offline(&app);
    let topics = invoke(&kiosk, "request_topics", json!({})).unwrap();
    // Every topic in the station's order, with the fee of the service it orders.
    let offered: Vec<_> = topics
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["id"].clone(),
                t["feeCents"].clone(),
                t["feeOnline"].clone(),
            )
        })
        .collect();
    let expected: Vec<_> = station::requests::topics()
        .iter()
        .map(|t| {
            let paid = t.id == "meldebescheinigung";
            let fee = if paid { json!(1000) } else { json!(null) };
            (json!(t.id), fee, json!(paid))
        })
        .collect();
    assert_eq!(offered, expected);

    let invalid = invoke(
        &kiosk,
        "request_submit",
        json!({"lang": "de", "topic": "termin", "consent": true,
               "fields": {"name": "Erika", "email": "erika@", "preferred_date": "2026-02-30"}}),
    )
    .unwrap_err();
    assert_eq!(error_code(&invalid), "request_invalid");
    assert_eq!(
        invalid["fields"],
        json!({"email": "email_invalid", "preferred_date": "date_invalid"})
    );
    let no_consent = invoke(
        &kiosk,
        "request_submit",
        json!({"lang": "de", "topic": "rueckruf", "consent": false,
               "fields": {"name": "Erika", "phone": "0331 1234"}}),
    )
    .unwrap_err();
    assert_eq!(error_code(&no_consent), "consent_required");

    let submitted = invoke(
        &kiosk,
        "request_submit",
        json!({"lang": "de", "topic": "rueckruf", "consent": true,
               "fields": {"name": "Erika", "phone": "0331 1234"}}),
    )
    .unwrap();
    let reference = submitted["reference"].as_str().unwrap();
    assert!(
        reference.starts_with("BK-") && reference.len() == 12,
        "{reference}"
    );
    assert!(submitted["qrSvg"].as_str().unwrap().starts_with("<svg"));
    assert_eq!(
        submitted["payment"],
        json!(null),
        "a call back costs nothing"
    );

    // A certificate by post has a fee: the answer says how to pay it, with the
    // request's reference in the remittance text.
    let certificate = invoke(
        &kiosk,
        "request_submit",
        json!({"lang": "de", "topic": "meldebescheinigung", "consent": true,
               "fields": {"name": "Erika", "birth_date": "1950-12-24",
                          "address": "Friedrich-Ebert-Str. 79", "email": "erika@example.org"}}),
    )
    .unwrap();
    let reference = certificate["reference"].as_str().unwrap();
    assert_eq!(
        certificate["payment"]["transfer"],
        json!({"recipient": "Landeshauptstadt Potsdam", "iban": "DE47 1605 0000 0000 0000 00",
               "bic": "WELADED1PMB", "cents": 1000,
               "remittance": format!("Meldebescheinigung {reference}")})
    );
    assert!(certificate["payment"]["qrSvg"]
        .as_str()
        .unwrap()
        .starts_with("<svg"));
    // The city takes fees online too: the link to the central's payment page.
    let online = &certificate["payment"]["online"];
    let url = online["url"].as_str().unwrap();
    assert!(
        url.starts_with("http://127.0.0.1:9/zahlung/")
            && url.contains(&format!("/meldebescheinigung/{reference}/"))
            && url.ends_with("?sprache=de"),
        "{online}"
    );
    assert!(online["qrSvg"].as_str().unwrap().starts_with("<svg"));

    let status = invoke(&staff, "sync_now", json!({})).unwrap();
    assert_eq!(status["enrolled"], true);
    assert_eq!(status["pending"], 2);
    assert_eq!(status["centralUrl"], "http://127.0.0.1:9");
    assert!(
        status["lastError"]["message"]
            .as_str()
            .unwrap()
            .contains("nicht erreichbar"),
        "{status}"
    );
}
