//! The back office in a real browser: `ui/tests/backoffice/walk.mjs` drives Debian's
//! Chromium (Playwright) through every page against the real `bk-central`, and the
//! upload page a citizen's phone opens, with axe-core on each. This test prepares the
//! central (a station that pushed a sealed request with a fee and its figures, the
//! request's upload link, three accounts) and fails when the walk does.

use std::path::Path;
use std::process::Command;

use data_encoding::BASE32_NOPAD;
use serde_json::json;
use syncproto::upload::{UploadKey, UploadLink};

use crate::harness::{client, Central, Station};
use crate::web::{Account, PASSWORD};

#[test]
fn the_back_office_works_in_chromium_without_accessibility_violations() {
    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let station = Station::enrol(&central, "Bürgerkoffer Stern-Center");
    // A certificate by post: its page has the fee and the payment form too.
    let item = station.item_for_service(
        uuid::Uuid::now_v7(),
        "meldebescheinigung",
        &json!({"reference": "BK-7KQM-F3XT", "name": "Erika Mustermann", "phone": "0331 123456"}),
    );
    let upload = UploadLink::for_request(
        &station.enrolment.station_id,
        uuid::Uuid::parse_str(&item.id).unwrap(),
        chrono::Utc::now(),
    )
    .path(&UploadKey::for_token(station.token()));
    station.push(&central, &[item]);
    let today = chrono::Utc::now().date_naive().to_string();
    let figures = json!({"revision": 1, "days": [{"day": today, "figures": {
        "visitors": 12, "wait": {"4": 6, "18": 6}, "service": {"9": 11}, "gone": 1,
        "pin": {"transport_pin": {"changed": 5, "failed": 1}, "puk": {"referred": 1}},
        "requests": {"rueckruf": 1}, "qr": {"wohnsitz-anmelden": 4}, "places": ["stern-center"]
    }}]});
    assert_eq!(station.send_figures(&central, &figures).status(), 200);
    Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    Account::add(dir.path(), "l.gesperrt", "clerk");
    let admin = Account::add(dir.path(), "a.admin", "admin");

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = Command::new("node")
        .arg("tests/backoffice/walk.mjs")
        .current_dir(root.join("ui"))
        .env("BK_WEB", &central.web)
        .env("BK_UPLOAD", central.url(&upload))
        .env("BK_PASSWORD", PASSWORD)
        .env(
            "BK_ADMIN_TOTP",
            BASE32_NOPAD.encode(&admin.totp_secret.unwrap()),
        )
        .env("BK_ASSETS", root.join("assets"))
        .output()
        .expect("node runs (scripts/test installs it)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("backoffice: 18 page checks, 0 failures"),
        "{stdout}"
    );

    let revoked = client()
        .post(central.url("/v1/push"))
        .bearer_auth(station.token())
        .json(&json!({"items": []}))
        .send()
        .unwrap();
    assert_eq!(revoked.status(), 403, "the walk revoked the station");
}
