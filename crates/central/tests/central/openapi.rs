//! `docs/sync-api.openapi.yaml` is current: every endpoint is exercised against the
//! real `bk-central`, with good and bad requests, and each exchange is checked against
//! the document by `ui/tests/openapi/conform.mjs` (status documented, answer and
//! accepted request valid against their schemas).

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

use crate::booking::{booking_item, PIN_SERVICE};
use crate::harness::{
    add_station, cli, client, publish_shipped_config, rand_seed, Central, Station,
};
use janusrun::{Janus, ADMIN_KEY};

/// Records exchanges with the central.
struct Recorder<'c> {
    central: &'c Central,
    exchanges: Vec<Value>,
}

impl Recorder<'_> {
    /// Sends a request; `body` as JSON (or raw text when it is a string starting with
    /// `RAW:`); records path template, status and answer.
    fn send(
        &mut self,
        method: &str,
        path: &str,
        query: &str,
        token: Option<&str>,
        body: Option<Value>,
        valid: bool,
    ) -> u16 {
        let url = self.central.url(&format!("{path}{query}"));
        let mut request = match method {
            "get" => client().get(url),
            _ => client().post(url),
        };
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = &body {
            request = match body.as_str().and_then(|text| text.strip_prefix("RAW:")) {
                Some(raw) => request
                    .header("content-type", "text/plain")
                    .body(raw.to_owned()),
                None => request.json(body),
            };
        }
        let response = request.send().unwrap();
        let status = response.status().as_u16();
        let text = response.text().unwrap();
        let mut exchange =
            json!({"method": method, "path": path, "status": status, "body": text, "valid": valid});
        if let Some(body) = body {
            exchange["request"] = body;
        }
        self.exchanges.push(exchange);
        status
    }
}

#[test]
fn the_station_api_answers_as_its_openapi_document_says() {
    let dir = tempfile::tempdir().unwrap();
    let zms = zmsdouble::ZmsDouble::start();
    let janus = Janus::start();
    let central = Central::start_configured(
        dir.path(),
        &[
            "--appointments-url",
            zms.base_url(),
            "--video-url",
            &janus.url,
        ],
        &[("BK_CENTRAL_VIDEO_ADMIN_KEY", ADMIN_KEY)],
    );
    let station = Station::enrol(&central, "Bürgerkoffer 1");
    let token = station.token().to_owned();
    let mut api = Recorder {
        central: &central,
        exchanges: Vec::new(),
    };

    assert_eq!(api.send("get", "/health", "", None, None, false), 200);

    let code = add_station(dir.path(), "Bürgerkoffer 2");
    let key = ed25519_dalek::SigningKey::from_bytes(&rand_seed());
    let enrol = json!({"code": code, "stationPublicKey": syncproto::encoding::to_base64(key.verifying_key().as_bytes())});
    assert_eq!(
        api.send("post", "/v1/enroll", "", None, Some(enrol.clone()), true),
        200
    );
    assert_eq!(
        api.send("post", "/v1/enroll", "", None, Some(enrol), true),
        403
    );
    api.send(
        "post",
        "/v1/enroll",
        "",
        None,
        Some(json!({"code": "x", "stationPublicKey": "kurz"})),
        false,
    );
    api.send(
        "post",
        "/v1/enroll",
        "",
        None,
        Some(json!({"code": "x"})),
        false,
    );
    api.send(
        "post",
        "/v1/enroll",
        "",
        None,
        Some(json!("RAW:kein json")),
        false,
    );

    let items = station.items(2);
    let push = json!({"items": items});
    assert_eq!(
        api.send(
            "post",
            "/v1/push",
            "",
            Some(&token),
            Some(push.clone()),
            true
        ),
        200
    );
    api.send(
        "post",
        "/v1/push",
        "",
        Some(&token),
        Some(json!({"items": [{"id": "kaputt"}, 7]})),
        false,
    );
    api.send(
        "post",
        "/v1/push",
        "",
        Some(&token),
        Some(json!({"items": []})),
        true,
    );
    api.send(
        "post",
        "/v1/push",
        "",
        Some(&token),
        Some(json!({"stationId": "fremd", "items": []})),
        false,
    );
    api.send(
        "post",
        "/v1/push",
        "",
        Some(&token),
        Some(json!({"items": vec![json!({}); 501]})),
        false,
    );
    api.send(
        "post",
        "/v1/push",
        "",
        Some(&token),
        Some(json!({"posten": []})),
        false,
    );
    api.send("post", "/v1/push", "", None, Some(push.clone()), false);
    api.send("post", "/v1/push", "", Some("falsch"), Some(push), false);

    assert_eq!(
        api.send("get", "/v1/config", "?since=0", Some(&token), None, false),
        304
    );
    publish_shipped_config(dir.path());
    assert_eq!(
        api.send("get", "/v1/config", "?since=0", Some(&token), None, false),
        200
    );
    api.send("get", "/v1/config", "?since=-1", Some(&token), None, false);
    api.send("get", "/v1/config", "", None, None, false);

    let ids: Vec<&str> = items.iter().map(|item| item.id.as_str()).collect();
    let paid = cli(dir.path(), &["requests", "paid", ids[0]]);
    assert!(paid.status.success());
    let query = Some(json!({"ids": ids}));
    assert_eq!(
        api.send("post", "/v1/paid-query", "", Some(&token), query, true),
        200
    );
    let told: Value =
        serde_json::from_str(api.exchanges.last().unwrap()["body"].as_str().unwrap()).unwrap();
    assert_eq!(told["paid"].as_array().map(Vec::len), Some(1), "{told}");
    let bad = Some(json!({"ids": ["kein-uuid"]}));
    assert_eq!(
        api.send("post", "/v1/paid-query", "", Some(&token), bad, false),
        400
    );
    assert_eq!(
        api.send(
            "post",
            "/v1/ack-query",
            "",
            Some(&token),
            Some(json!({"ids": ids})),
            true
        ),
        200
    );
    api.send(
        "post",
        "/v1/ack-query",
        "",
        Some(&token),
        Some(json!({"ids": ["kein-uuid"]})),
        false,
    );
    api.send(
        "post",
        "/v1/ack-query",
        "",
        Some(&token),
        Some(json!({"ids": vec!["x"; 1001]})),
        false,
    );

    let report = json!({"appVersion": "0.1.0", "configVersion": 1, "pending": 0, "deadLetters": 0});
    assert_eq!(
        api.send(
            "post",
            "/v1/report",
            "",
            Some(&token),
            Some(report.clone()),
            true
        ),
        204
    );
    api.send(
        "post",
        "/v1/report",
        "",
        Some(&token),
        Some(json!({"appVersion": "", "configVersion": 0, "pending": 0, "deadLetters": 0})),
        false,
    );
    api.send(
        "post",
        "/v1/report",
        "",
        Some(&token),
        Some(json!({"appVersion": "1", "pending": -1})),
        false,
    );

    let today = chrono::Utc::now().date_naive().to_string();
    let figures = json!({"revision": 1, "days": [{"day": today, "figures": {
        "visitors": 3, "wait": {"4": 2, "600": 1}, "service": {}, "gone": 0,
        "pin": {"can": {"changed": 1}}, "requests": {}, "qr": {"hundesteuer": 2}, "places": []
    }}]});
    assert_eq!(
        api.send(
            "post",
            "/v1/figures",
            "",
            Some(&token),
            Some(figures.clone()),
            true
        ),
        200
    );
    let mut bad_minute = figures.clone();
    bad_minute["days"][0]["figures"]["wait"] = json!({"601": 1});
    assert_eq!(
        api.send(
            "post",
            "/v1/figures",
            "",
            Some(&token),
            Some(bad_minute),
            false
        ),
        400
    );
    api.send(
        "post",
        "/v1/figures",
        "",
        Some(&token),
        Some(json!({"revision": 2})),
        false,
    );

    let times = format!("?service={PIN_SERVICE}");
    assert_eq!(
        api.send(
            "get",
            "/v1/appointments/times",
            &times,
            Some(&token),
            None,
            true
        ),
        200
    );
    let free: Value = api.exchanges.last().unwrap()["body"]
        .as_str()
        .map(|body| serde_json::from_str(body).unwrap())
        .unwrap();
    let [first, second] = [0, 1].map(|n| free["times"][n].as_i64().unwrap());
    let reserve = |time: i64| Some(json!({"service": PIN_SERVICE, "time": time}));
    for (query, status) in [("?service=wohngeld", 404), ("", 400)] {
        let answered = api.send(
            "get",
            "/v1/appointments/times",
            query,
            Some(&token),
            None,
            false,
        );
        assert_eq!(answered, status, "{query}");
    }
    assert_eq!(
        api.send(
            "post",
            "/v1/appointments/reserve",
            "",
            Some(&token),
            reserve(first),
            true
        ),
        200
    );
    let held: Value =
        serde_json::from_str(api.exchanges.last().unwrap()["body"].as_str().unwrap()).unwrap();
    zms.take_slot(second);
    assert_eq!(
        api.send(
            "post",
            "/v1/appointments/reserve",
            "",
            Some(&token),
            reserve(second),
            true
        ),
        409
    );
    api.send(
        "post",
        "/v1/appointments/reserve",
        "",
        Some(&token),
        Some(json!({"service": PIN_SERVICE})),
        false,
    );
    let item = booking_item(&station, PIN_SERVICE, "erika@example.org");
    let book = |reservation: &Value| Some(json!({"reservation": reservation, "item": item}));
    assert_eq!(
        api.send(
            "post",
            "/v1/appointments/book",
            "",
            Some(&token),
            book(&json!("weg")),
            true
        ),
        410
    );
    assert_eq!(
        api.send(
            "post",
            "/v1/appointments/book",
            "",
            Some(&token),
            book(&held["reservation"]),
            true
        ),
        200
    );

    let call = |lang: &str| Some(json!({"lang": lang}));
    assert_eq!(
        api.send("post", "/v1/calls", "", Some(&token), call("de"), true),
        201
    );
    let opened: Value =
        serde_json::from_str(api.exchanges.last().unwrap()["body"].as_str().unwrap()).unwrap();
    assert_eq!(
        api.send("post", "/v1/calls", "", Some(&token), call("xx"), false),
        400
    );
    assert_eq!(
        api.send("post", "/v1/calls", "", None, call("de"), true),
        401
    );
    for (id, status) in [(opened["call"].as_str().unwrap(), 200), ("unbekannt", 404)] {
        assert_eq!(
            api.send(
                "get",
                &format!("/v1/calls/{id}"),
                "",
                Some(&token),
                None,
                true
            ),
            status
        );
        api.exchanges.last_mut().unwrap()["path"] = json!("/v1/calls/{id}");
    }
    drop(janus);
    assert_eq!(
        api.send("post", "/v1/calls", "", Some(&token), call("de"), true),
        503
    );

    let revoke = cli(
        dir.path(),
        &["station", "revoke", &station.enrolment.station_id],
    );
    assert!(revoke.status.success());
    for (method, path, body) in [
        ("post", "/v1/push", Some(json!({"items": []}))),
        ("get", "/v1/config", None),
        ("post", "/v1/ack-query", Some(json!({"ids": []}))),
        ("post", "/v1/report", Some(report.clone())),
        ("post", "/v1/figures", Some(figures.clone())),
        ("get", "/v1/appointments/times", None),
        ("post", "/v1/appointments/reserve", reserve(first)),
        ("post", "/v1/calls", call("de")),
    ] {
        assert_eq!(
            api.send(method, path, "", Some(&token), body, false),
            403,
            "{path}"
        );
    }

    let exchanges = dir.path().join("exchanges.json");
    std::fs::write(&exchanges, serde_json::to_vec(&api.exchanges).unwrap()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = Command::new("node")
        .arg("tests/openapi/conform.mjs")
        .arg(&exchanges)
        .arg(root.join("docs/sync-api.openapi.yaml"))
        .current_dir(root.join("ui"))
        .output()
        .expect("node runs (scripts/test installs it)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains(&format!(
            "openapi: {} exchanges checked, 0 failures",
            api.exchanges.len()
        )),
        "{stdout}"
    );
}
