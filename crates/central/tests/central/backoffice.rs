//! Back office: list, show (decrypted), mark done, stations' last sync; CLI and HTTP.

use serde_json::json;

use crate::harness::{admin_get, central_with_station, cli, client, stderr_of, stdout_of};

#[test]
fn the_back_office_opens_what_a_station_sealed_and_marks_it_done() {
    let (dir, central, station) = central_with_station();
    let content = json!({"name": "Erika Mustermann", "telefon": "0331 123456", "anliegen": "Bitte um Rückruf"});
    let item = station.item(&content);
    station.push(&central, std::slice::from_ref(&item));
    let admin = central.admin_token();

    let detail: serde_json::Value =
        admin_get(&central, &format!("/v1/backoffice/requests/{}", item.id))
            .json()
            .unwrap();
    assert_eq!(detail["content"], content);
    assert!(detail["contentError"].is_null());
    assert_eq!(detail["stationName"], "Bürgerkoffer 1");
    assert_eq!(detail["topic"], "Rückruf");
    assert_eq!(detail["source"], "push");

    let shown = cli(dir.path(), &["requests", "show", &item.id]);
    assert!(shown.status.success(), "{}", stderr_of(&shown));
    let shown: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(shown["content"], content);

    let listed = cli(dir.path(), &["requests", "list"]);
    assert!(stdout_of(&listed).contains(&item.id));
    assert!(stdout_of(&listed).contains("offen"));

    let done = client()
        .post(central.url(&format!("/v1/backoffice/requests/{}/done", item.id)))
        .bearer_auth(&admin)
        .send()
        .unwrap();
    assert_eq!(done.status(), 200);
    let done: serde_json::Value = done.json().unwrap();
    assert!(done["doneAt"].is_string());

    let open: serde_json::Value = admin_get(&central, "/v1/backoffice/requests?status=open")
        .json()
        .unwrap();
    assert_eq!(open["requests"], json!([]));
    let listed_json = cli(dir.path(), &["requests", "list", "--all", "--json"]);
    let listed_json: serde_json::Value = serde_json::from_slice(&listed_json.stdout).unwrap();
    assert_eq!(listed_json[0]["id"], item.id.as_str());
    assert!(listed_json[0]["doneAt"].is_string());

    let missing = admin_get(
        &central,
        "/v1/backoffice/requests/0190aaaa-0000-7000-8000-000000000000",
    );
    assert_eq!(missing.status(), 404);
    let bad_status = admin_get(&central, "/v1/backoffice/requests?status=bald");
    assert_eq!(bad_status.status(), 400);
    let no_token = client()
        .get(central.url("/v1/backoffice/stations"))
        .send()
        .unwrap();
    assert_eq!(no_token.status(), 401);

    let stations: serde_json::Value = admin_get(&central, "/v1/backoffice/stations")
        .json()
        .unwrap();
    let first = &stations["stations"][0];
    assert_eq!(first["name"], "Bürgerkoffer 1");
    assert!(first["lastPushAt"].is_string());
    assert_eq!(first["itemCount"], 1);

    let cli_done = cli(
        dir.path(),
        &["requests", "done", "0190aaaa-0000-7000-8000-000000000000"],
    );
    assert!(!cli_done.status.success());
    assert!(stderr_of(&cli_done).contains("gibt es nicht"));
}
