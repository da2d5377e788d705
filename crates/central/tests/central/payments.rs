//! Fees paid online, on the real `bk-central` with the payment platform's double on
//! 127.0.0.1: a citizen opens the request's payment link before the request arrived,
//! pays on the paypage, comes back to „bezahlt“, and the request arrives paid; one who
//! cancels can try again; one who never comes back is found paid by the central's
//! watch; two taps at once make one transaction; a forged, cheaper or run-out link creates nothing, and a platform that is
//! down leaves the transfer to pay by.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use chrono::Utc;
use paydouble::{PaymentDouble, Status, END_POINT, ORIGINATOR, PASSWORD, USER};
use reqwest::blocking::Client;
use reqwest::header::LOCATION;
use serde_json::{json, Value};
use syncproto::payment::{PaymentKey, PaymentLink};
use syncproto::PushItem;
use uuid::Uuid;

use crate::harness::{cli, Central, Station};
use crate::web::{Account, WebSession};

/// The built-in catalogue's service with a fee (10,00 €).
const SERVICE: &str = "meldebescheinigung";

struct Setup {
    dir: tempfile::TempDir,
    double: PaymentDouble,
    central: Central,
    station: Station,
}

/// A central that takes fees on the double, asking for open payments every
/// `check_seconds`, with one station.
fn setup(check_seconds: &str) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let double = PaymentDouble::start();
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let public = format!("http://{listen}");
    let args = [
        "--listen",
        &listen,
        "--payments-url",
        double.base_url(),
        "--payments-originator",
        ORIGINATOR,
        "--payments-end-point",
        END_POINT,
        "--payments-user",
        USER,
        "--public-url",
        &public,
        "--payments-check-seconds",
        check_seconds,
    ];
    let env = [("BK_CENTRAL_PAYMENTS_PASSWORD", PASSWORD)];
    let central = Central::start_configured(dir.path(), &args, &env);
    let station = Station::enrol(&central, "Stern-Center");
    Setup {
        dir,
        double,
        central,
        station,
    }
}

/// A client that does not follow redirects: the test is the phone's browser.
fn phone() -> Client {
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A request ordering the certificate by post, as the station seals it.
fn certificate(station: &Station, reference: &str) -> PushItem {
    let content = json!({"reference": reference, "topic": SERVICE, "lang": "de",
                         "station": "stern-center", "consent": true,
                         "fields": {"name": "Erika Mustermann", "address": "Am Kanal 5"}});
    station.item_of_topic(Uuid::now_v7(), SERVICE, SERVICE, &content)
}

/// The payment link of `item` for `service`, as the station signs it.
fn link(station: &Station, item: &PushItem, service: &str, reference: &str) -> String {
    link_recorded(station, item, service, reference, Utc::now())
}

fn link_recorded(
    station: &Station,
    item: &PushItem,
    service: &str,
    reference: &str,
    recorded: chrono::DateTime<Utc>,
) -> String {
    let id = Uuid::parse_str(&item.id).unwrap();
    PaymentLink::for_request(
        &station.enrolment.station_id,
        id,
        recorded,
        service,
        reference,
    )
    .path(&PaymentKey::for_token(station.token()))
}

/// `(status, Location or body)` of a `GET` of `url`.
/// What `POST /v1/paid-query` answers `station` about request `id`.
fn paid_query(central: &Central, station: &Station, id: &str) -> Value {
    let answer: Value = crate::harness::client()
        .post(central.url("/v1/paid-query"))
        .bearer_auth(station.token())
        .json(&json!({"ids": [id]}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    answer["paid"].clone()
}

fn open(url: &str) -> (u16, String) {
    let response = phone().get(url).send().unwrap();
    let status = response.status().as_u16();
    match response.headers().get(LOCATION) {
        Some(location) => (status, location.to_str().unwrap().to_owned()),
        None => (status, response.text().unwrap()),
    }
}

/// Presses `action` (`pay`, `cancel`) on the paypage `paypage`; where it sends the
/// browser.
fn on_paypage(paypage: &str, action: &str) -> String {
    let response = phone().post(format!("{paypage}/{action}")).send().unwrap();
    assert_eq!(response.status(), 303);
    response.headers()[LOCATION].to_str().unwrap().to_owned()
}

/// The request `id` as `bk-central requests list` gives it.
fn listed(dir: &std::path::Path, id: &str) -> Value {
    let output = cli(dir, &["requests", "list", "--all", "--json"]);
    let list: Value = serde_json::from_slice(&output.stdout).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["id"] == id)
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn a_citizen_pays_before_the_request_arrives_and_it_arrives_paid() {
    let Setup {
        dir,
        double,
        central,
        station,
    } = setup("3600");
    let item = certificate(&station, "BK-7KQ2-M4XA");
    let path = link(&station, &item, SERVICE, "BK-7KQ2-M4XA");

    let (status, paypage) = open(&central.url(&format!("{path}?sprache=uk")));
    assert_eq!(status, 303, "{paypage}");
    let created = double.transactions();
    assert_eq!(created.len(), 1);
    let request = &created[0].request;
    assert_eq!(
        paypage,
        format!(
            "{}/paypage/{}",
            double.base_url().split("/xbezahldienste").next().unwrap(),
            created[0].id
        )
    );
    assert_eq!(
        request["grosAmount"],
        json!(10.0),
        "the catalogue's fee: {request}"
    );
    assert_eq!(request["currency"], "EUR");
    assert_eq!(request["purpose"], "BK-7KQ2-M4XA");
    assert_eq!(request["description"], "Meldebescheinigung BK-7KQ2-M4XA");
    assert_eq!(request["items"][0]["id"], SERVICE);
    let back = request["redirectUrl"].as_str().unwrap().to_owned();
    assert_eq!(back, central.url(&format!("{path}/zurueck?sprache=uk")));

    let (again, same) = open(&central.url(&path));
    assert_eq!(
        (again, same.as_str()),
        (303, paypage.as_str()),
        "the open one again"
    );
    assert_eq!(double.transactions().len(), 1);

    assert_eq!(on_paypage(&paypage, "pay"), back);
    let (status, shown) = open(&back);
    assert_eq!(status, 200);
    assert!(shown.contains("lang=\"uk\""), "{shown}");
    let (_, german) = open(&central.url(&format!("{path}/zurueck")));
    assert!(
        german.contains("Vielen Dank, die Gebühr ist bezahlt"),
        "{german}"
    );
    assert!(!german.contains("IBAN"), "no transfer once paid");
    let (status, paid_again) = open(&central.url(&path));
    assert_eq!(status, 200, "a paid fee is not paid twice");
    assert!(paid_again.contains("ist bezahlt"));
    assert_eq!(double.transactions().len(), 1);
    let told = paid_query(&central, &station, &item.id);
    assert_eq!(told.as_array().map(Vec::len), Some(1), "{told}");
    assert_eq!(
        (&told[0]["id"], &told[0]["online"]),
        (&json!(item.id), &json!(true)),
        "the station learns it before the request arrived"
    );
    assert!(told[0]["paidAt"].is_string());

    station.push(&central, std::slice::from_ref(&item));
    let arrived = listed(dir.path(), &item.id);
    assert!(arrived["paidAt"].is_string(), "{arrived}");
    assert_eq!(paid_query(&central, &station, &item.id)[0]["online"], true);
    let by = arrived["paidBy"].as_str().unwrap();
    assert!(
        by.starts_with("Bezahlplattform") && by.contains(&created[0].id),
        "{by}"
    );
    let admin = Account::add(dir.path(), "a.admin", "admin");
    let log = WebSession::sign_in(&central, &admin)
        .get("/protokoll?aktion=paid")
        .text()
        .unwrap();
    assert!(
        log.contains(&item.id) && log.contains("Bezahlplattform"),
        "{log}"
    );
}

#[test]
fn a_cancelled_payment_is_tried_again_and_bad_links_create_nothing() {
    let Setup {
        dir,
        double,
        central,
        station,
    } = setup("3600");
    let item = certificate(&station, "BK-AB3D-EF4H");
    let path = link(&station, &item, SERVICE, "BK-AB3D-EF4H");

    let (_, paypage) = open(&central.url(&path));
    let back = on_paypage(&paypage, "cancel");
    let (status, cancelled) = open(&back);
    assert_eq!(status, 200);
    for part in [
        "Die Zahlung wurde abgebrochen",
        "Jetzt online bezahlen",
        "DE47 1605 0000 0000 0000 00",
        "Meldebescheinigung BK-AB3D-EF4H",
        "10,00 €",
    ] {
        assert!(cancelled.contains(part), "{part}: {cancelled}");
    }
    assert!(cancelled.contains(&format!("href=\"{path}?sprache=de\"")));
    let (status, second) = open(&central.url(&path));
    assert_eq!(status, 303);
    assert_ne!(second, paypage, "a new transaction after a cancelled one");
    assert_eq!(double.transactions().len(), 2);
    station.push(&central, std::slice::from_ref(&item));
    let clerk = Account::add(dir.path(), "k.kasse", "clerk");
    let shown = WebSession::sign_in(&central, &clerk)
        .get(&format!("/anliegen/{}", item.id))
        .text()
        .unwrap();
    let latest = &double.transactions()[1].id;
    for part in [
        "Online-Zahlung",
        "begonnen, noch nicht bezahlt",
        latest.as_str(),
        "noch nicht erfasst",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }

    // A link for a service without a fee, a changed one, one run out.
    let changed = path.replace("/BK-AB3D-EF4H/", "/BK-AB3D-EF4J/");
    let (status, page) = open(&central.url(&changed));
    assert_eq!(status, 404);
    assert!(page.contains("Dieser Link ist ungültig"), "{page}");
    let free = link(&station, &item, "wohngeld", "BK-AB3D-EF4H");
    assert_eq!(open(&central.url(&free)).0, 404);
    let old = Utc::now() - chrono::Duration::days(15);
    let run_out = link_recorded(&station, &item, SERVICE, "BK-AB3D-EF4H", old);
    let (status, page) = open(&central.url(&run_out));
    assert_eq!(status, 410);
    assert!(
        page.contains("abgelaufen") && page.contains("DE47 1605"),
        "{page}"
    );
    assert_eq!(double.transactions().len(), 2, "none of them created one");

    // The platform is down: the transfer instead.
    double.set_unavailable(true);
    let other = certificate(&station, "BK-XY2Z-3456");
    let (status, page) = open(&central.url(&link(&station, &other, SERVICE, "BK-XY2Z-3456")));
    assert_eq!(status, 503);
    assert!(page.contains("nicht erreichbar") && page.contains("Meldebescheinigung BK-XY2Z-3456"));
}

#[test]
fn a_payment_whose_citizen_never_returns_is_found_by_the_watch() {
    let Setup {
        dir,
        double,
        central,
        station,
    } = setup("1");
    let item = certificate(&station, "BK-WA7C-H3D9");
    station.push(&central, std::slice::from_ref(&item));
    // Two taps on the link at once: one transaction, both to its paypage.
    let url = central.url(&link(&station, &item, SERVICE, "BK-WA7C-H3D9"));
    let tapping: Vec<_> = (0..2)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || open(&url))
        })
        .collect();
    let taps: Vec<_> = tapping.into_iter().map(|tap| tap.join().unwrap()).collect();
    assert_eq!(double.transactions().len(), 1);
    assert_eq!(taps[0], taps[1]);
    assert_eq!(taps[0].0, 303);
    assert!(listed(dir.path(), &item.id)["paidAt"].is_null());
    // Paid on the paypage, the browser closed before it came back.
    double.settle(&double.transactions()[0].id, Status::Payed);
    let deadline = Instant::now() + Duration::from_secs(30);
    while listed(dir.path(), &item.id)["paidAt"].is_null() {
        assert!(
            Instant::now() < deadline,
            "the watch did not find the payment"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}
