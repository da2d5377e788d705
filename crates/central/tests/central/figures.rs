//! Station figures at the central: `POST /v1/figures` keeps per station and day the
//! newest revision (a resend or an older one changes nothing), refuses figures out of
//! bounds, answers with the counts of all stations; the dashboard adds up stations
//! and days, filters by period and station and gives the same as CSV.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::{Central, Station};
use crate::web::{Account, WebSession};

/// An upload of one day with `visitors` visitors, waits of 5 and 25 minutes and
/// `shown` showings of service `wohnsitz-anmelden`.
fn upload(revision: u64, day: &str, visitors: u32, shown: u32) -> Value {
    json!({
        "revision": revision,
        "days": [{
            "day": day,
            "figures": {
                "visitors": visitors,
                "wait": {"5": 1, "25": 1},
                "service": {"7": 2},
                "gone": 1,
                "pin": {"transport_pin": {"changed": 3, "failed": 1}},
                "requests": {"termin": 2},
                "qr": {"wohnsitz-anmelden": shown},
                "places": ["stern-center"]
            }
        }]
    })
}

fn service_counts(response: reqwest::blocking::Response) -> Value {
    assert_eq!(response.status(), StatusCode::OK);
    response.json::<Value>().unwrap()["serviceCounts"].clone()
}

#[test]
fn the_newest_revision_of_a_day_counts_once_and_all_stations_add_up() {
    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let first = Station::enrol(&central, "Bürgerkoffer Stern-Center");
    let second = Station::enrol(&central, "Bürgerkoffer Campus");
    let today = chrono::Utc::now().date_naive().to_string();

    let counts = service_counts(first.send_figures(&central, &upload(10, &today, 4, 2)));
    assert_eq!(counts, json!({"wohnsitz-anmelden": 2}));
    // The same again, and an older revision: nothing changes.
    service_counts(first.send_figures(&central, &upload(10, &today, 4, 2)));
    let counts = service_counts(first.send_figures(&central, &upload(9, &today, 99, 99)));
    assert_eq!(counts, json!({"wohnsitz-anmelden": 2}));
    // A newer revision corrects the day; another station adds to it.
    service_counts(first.send_figures(&central, &upload(11, &today, 6, 3)));
    let counts = service_counts(second.send_figures(&central, &upload(1, &today, 1, 1)));
    assert_eq!(counts, json!({"wohnsitz-anmelden": 4}));

    // Out of bounds: refused as a whole.
    let mut twice = upload(12, &today, 1, 1);
    let day = twice["days"][0].clone();
    twice["days"].as_array_mut().unwrap().push(day);
    let mut long_key = upload(12, &today, 1, 1);
    long_key["days"][0]["figures"]["qr"] = json!({"x".repeat(101): 1});
    let mut bad_minute = upload(12, &today, 1, 1);
    bad_minute["days"][0]["figures"]["wait"] = json!({"601": 1});
    for bad in [twice, long_key, bad_minute, upload(0, &today, 1, 1)] {
        let response = first.send_figures(&central, &bad);
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(response.json::<Value>().unwrap()["error"], "bad_figures");
    }
    let unknown_field = json!({"revision": 13, "days": [], "names": ["Erika"]});
    assert_eq!(
        first.send_figures(&central, &unknown_field).status(),
        StatusCode::BAD_REQUEST
    );

    // The dashboard: both stations, then one; clerks may read it.
    let clerk = Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    let mut session = WebSession::sign_in(&central, &clerk);
    let page = session.get("/kennzahlen");
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().unwrap();
    for expected in [
        "Bürgerkoffer Stern-Center",
        "Bürgerkoffer Campus",
        // 6 + 1 visitors; waits 5, 25, 5, 25: median 5, 90th percentile 25.
        "<dd class=\"kern-description-list-item__value\">7</dd>",
        "Median 5 Min., 90. Perzentil 25 Min.",
        "Terminwunsch",
        // Named from the catalogue built in, which the stations use until a publication.
        "Wohnsitz anmelden",
    ] {
        assert!(html.contains(expected), "{expected} missing:\n{html}");
    }
    let csv = session.get(&format!(
        "/kennzahlen.csv?von={today}&bis={today}&station={}",
        second.enrolment.station_id
    ));
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(csv.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("Kennzahlen_"));
    let text = csv.text().unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("Tag;Station;Orte;Besucher"));
    assert!(lines[1].starts_with(&format!("{today};Bürgerkoffer Campus;stern-center;1;")));

    let wrong = session.get("/kennzahlen?von=gestern");
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    let backwards = session.get(&format!("/kennzahlen?von={today}&bis=2020-01-01"));
    assert_eq!(backwards.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        WebSession::new(&central).get("/kennzahlen.csv").status(),
        StatusCode::SEE_OTHER,
        "no figures without signing in"
    );
}
