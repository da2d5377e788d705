//! Enrolment, push, duplicates, poison items, malformed requests, config, ack-query.

use serde_json::json;
use syncproto::encoding::{to_base64, verifying_key_from_base64};
use syncproto::limits::{MAX_BATCH_ITEMS, MAX_BODY_BYTES, MAX_SEALED_BYTES};
use syncproto::{ConfigBundle, PushItem};

use crate::harness::{
    add_station, central_with_station, cli, client, rand_seed, shipped_asset, try_enrol, Central,
    Station,
};

fn error_code(response: reqwest::blocking::Response) -> String {
    let body: serde_json::Value = response.json().expect("JSON error body");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    body["error"].as_str().unwrap().to_owned()
}

#[test]
fn an_enrolment_code_works_once_only() {
    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let code = add_station(dir.path(), "Bürgerkoffer 1");
    let key = ed25519_dalek::SigningKey::from_bytes(&rand_seed());

    let first = try_enrol(&central, &code.to_lowercase(), &key);
    assert_eq!(first.status(), 200);
    let enrolment: syncproto::EnrollResponse = first.json().unwrap();
    assert_eq!(enrolment.station_name, "Bürgerkoffer 1");
    assert!(syncproto::SealPublicKey::from_base64(&enrolment.hpke_public_key).is_ok());
    assert!(verifying_key_from_base64("k", &enrolment.central_signing_key).is_ok());

    let again = try_enrol(&central, &code, &key);
    assert_eq!(again.status(), 403);
    assert_eq!(error_code(again), "enrolment_code_invalid");
    let wrong = try_enrol(&central, "ABCD-EFGH-JKMN", &key);
    assert_eq!(wrong.status(), 403);

    let other_code = add_station(dir.path(), "Bürgerkoffer 2");
    let bad_key = client()
        .post(central.url("/v1/enroll"))
        .json(&json!({"code": other_code, "stationPublicKey": to_base64(&[1u8; 5])}))
        .send()
        .unwrap();
    assert_eq!(bad_key.status(), 400);
    assert_eq!(error_code(bad_key), "bad_station_key");
    // The refused attempt did not use up the code.
    assert_eq!(try_enrol(&central, &other_code, &key).status(), 200);
}

#[test]
fn push_stores_and_a_resend_reports_duplicates() {
    let (_dir, central, station) = central_with_station();
    let items = station.items(5);
    assert_eq!(station.push(&central, &items), vec!["stored"; 5]);
    assert_eq!(station.push(&central, &items), vec!["duplicate"; 5]);
    let mut mixed = station.items(2);
    mixed.push(items[0].clone());
    assert_eq!(
        station.push(&central, &mixed),
        vec!["stored", "stored", "duplicate"]
    );
    assert_eq!(central.stored_count(), 7);
}

#[test]
fn a_poison_item_is_rejected_and_the_others_are_stored() {
    let (_dir, central, station) = central_with_station();
    let good = station.items(4);
    let mut bad_kind = serde_json::to_value(station.item(&json!({}))).unwrap();
    bad_kind["kind"] = json!("raketenstart");
    let mut bad_base64 = serde_json::to_value(station.item(&json!({}))).unwrap();
    bad_base64["sealed"] = json!("%%%nicht-base64%%%");
    let mut too_big = serde_json::to_value(station.item(&json!({}))).unwrap();
    too_big["sealed"] = json!(to_base64(&vec![1u8; MAX_SEALED_BYTES + 1]));
    let mut bad_id = serde_json::to_value(station.item(&json!({}))).unwrap();
    bad_id["id"] = json!("9b2e4f6a-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
    let mut conflict = serde_json::to_value(&good[0]).unwrap();
    let same_id = good[0].id.parse().unwrap();
    conflict["sealed"] =
        serde_json::to_value(station.item_with_id(same_id, &json!({"x": 1})).sealed).unwrap();

    // The first good item goes first so that the conflicting copy comes after it.
    let batch = json!([
        good[0], bad_kind, good[1], bad_base64, 42, too_big, good[2], bad_id,
        {"id": "kaputt"}, conflict, good[3]
    ]);
    let response = station.push_json(&central, batch);
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().unwrap();
    let results = body["results"].as_array().unwrap();
    let verdicts: Vec<(&str, Option<&str>)> = results
        .iter()
        .map(|r| (r["status"].as_str().unwrap(), r["reason"].as_str()))
        .collect();
    assert_eq!(
        verdicts,
        vec![
            ("stored", None),
            ("rejected", Some("bad_kind")),
            ("stored", None),
            ("rejected", Some("bad_base64")),
            ("rejected", Some("malformed_item")),
            ("rejected", Some("blob_too_large")),
            ("stored", None),
            ("rejected", Some("bad_id")),
            ("rejected", Some("malformed_item")),
            ("rejected", Some("id_conflict")),
            ("stored", None),
        ]
    );
    assert_eq!(results[8]["id"], "kaputt");
    assert!(results[4]["id"].is_null());
    assert_eq!(central.stored_count(), 4);
}

#[test]
fn malformed_oversized_and_unauthenticated_requests_store_nothing() {
    let (_dir, central, station) = central_with_station();
    let items = serde_json::to_value(station.items(2)).unwrap();
    let push = || client().post(central.url("/v1/push"));

    let malformed = push()
        .bearer_auth(station.token())
        .header("content-type", "application/json")
        .body("{\"items\": [")
        .send()
        .unwrap();
    assert_eq!(malformed.status(), 400);
    assert_eq!(error_code(malformed), "malformed_json");

    let wrong_shape = push()
        .bearer_auth(station.token())
        .json(&json!({"items": items, "extra": true}))
        .send()
        .unwrap();
    assert_eq!(wrong_shape.status(), 400);
    assert_eq!(error_code(wrong_shape), "invalid_body");

    let not_json = push()
        .bearer_auth(station.token())
        .body(serde_json::to_string(&json!({"items": items})).unwrap())
        .send()
        .unwrap();
    assert_eq!(not_json.status(), 415);

    let oversized = push()
        .bearer_auth(station.token())
        .header("content-type", "application/json")
        .body(format!(
            "{{\"items\": [], \"padding\": \"{}\"}}",
            "x".repeat(MAX_BODY_BYTES)
        ))
        .send()
        .unwrap();
    assert_eq!(oversized.status(), 413);
    assert_eq!(error_code(oversized), "body_too_large");

    let one = station.item(&json!({}));
    let too_many = push()
        .bearer_auth(station.token())
        .json(&json!({"items": vec![one; MAX_BATCH_ITEMS + 1]}))
        .send()
        .unwrap();
    assert_eq!(too_many.status(), 400);
    assert_eq!(error_code(too_many), "batch_too_large");

    let unauthenticated = push().json(&json!({"items": items})).send().unwrap();
    assert_eq!(unauthenticated.status(), 401);
    assert_eq!(error_code(unauthenticated), "unauthorized");

    let wrong_token = push()
        .bearer_auth("falscher-token")
        .json(&json!({"items": items}))
        .send()
        .unwrap();
    assert_eq!(wrong_token.status(), 401);

    let other_station = push()
        .bearer_auth(station.token())
        .json(&json!({"stationId": "jemand-anderes", "items": items}))
        .send()
        .unwrap();
    assert_eq!(other_station.status(), 403);
    assert_eq!(error_code(other_station), "station_mismatch");

    let old_back_office = client()
        .get(central.url("/v1/backoffice/requests"))
        .bearer_auth(station.token())
        .send()
        .unwrap();
    assert_eq!(old_back_office.status(), 404);

    let unknown_path = client().get(central.url("/v2/nichts")).send().unwrap();
    assert_eq!(unknown_path.status(), 404);
    assert_eq!(error_code(unknown_path), "not_found");

    assert_eq!(central.stored_count(), 0);
}

#[test]
fn configuration_is_pulled_by_version_and_signed() {
    let (dir, central, station) = central_with_station();
    let central_key =
        verifying_key_from_base64("k", &station.enrolment.central_signing_key).unwrap();
    let pull = |since: &str| {
        client()
            .get(central.url(&format!("/v1/config?since={since}")))
            .bearer_auth(station.token())
            .send()
            .unwrap()
    };
    assert_eq!(pull("0").status(), 304, "nothing published yet");

    let services = dir.path().join("services.json");
    let stations = dir.path().join("stations.json");
    let catalogue = shipped_asset("services.json");
    std::fs::write(&services, &catalogue).unwrap();
    std::fs::write(&stations, shipped_asset("stations.json")).unwrap();
    let publish = |services: &std::path::Path| {
        cli(
            dir.path(),
            &[
                "config",
                "publish",
                services.to_str().unwrap(),
                stations.to_str().unwrap(),
            ],
        )
    };
    let published = publish(&services);
    assert!(published.status.success());
    assert!(String::from_utf8_lossy(&published.stdout).contains("Version 1"));

    let first = pull("0");
    assert_eq!(first.status(), 200);
    let bundle: ConfigBundle = first.json().unwrap();
    assert_eq!(bundle.version, 1);
    let compact: serde_json::Value = serde_json::from_str(&catalogue).unwrap();
    assert_eq!(
        bundle.services.get(),
        serde_json::to_string(&compact).unwrap()
    );
    assert_eq!(bundle.verify(&central_key), Ok(()));
    assert_eq!(pull("1").status(), 304);

    let mut fewer = compact.clone();
    fewer["services"].as_array_mut().unwrap().truncate(3);
    std::fs::write(&services, fewer.to_string()).unwrap();
    assert!(publish(&services).status.success());
    let second: ConfigBundle = pull("1").json().unwrap();
    assert_eq!(second.version, 2);
    assert_eq!(second.verify(&central_key), Ok(()));

    assert_eq!(pull("abc").status(), 400);
    let unauthenticated = client().get(central.url("/v1/config")).send().unwrap();
    assert_eq!(unauthenticated.status(), 401);

    std::fs::write(&services, "{ kaputt").unwrap();
    let refused = publish(&services);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("Leistungskatalog ist ungültig"));
    std::fs::write(&services, r#"{"version": 1, "services": "keine Liste"}"#).unwrap();
    assert!(
        !publish(&services).status.success(),
        "a catalogue the stations cannot load"
    );
    assert_eq!(pull("2").status(), 304, "a refused file publishes nothing");
}

#[test]
fn ack_query_names_what_the_central_holds_from_this_station() {
    let (_dir, central, station) = central_with_station();
    let other = Station::enrol(&central, "Bürgerkoffer 2");
    let items = station.items(3);
    station.push(&central, &items[..2]);
    let others = other.items(1);
    other.push(&central, &others);

    let ids: Vec<String> = items.iter().chain(&others).map(|i| i.id.clone()).collect();
    assert_eq!(station.ack_query(&central, &ids), ids[..2].to_vec());

    let bad = client()
        .post(central.url("/v1/ack-query"))
        .bearer_auth(station.token())
        .json(&json!({"ids": ["keine-uuid"]}))
        .send()
        .unwrap();
    assert_eq!(bad.status(), 400);
    assert_eq!(error_code(bad), "bad_id");
}

#[test]
fn an_item_sealed_at_another_station_is_refused_as_foreign() {
    let (_dir, central, station) = central_with_station();
    let other = Station::enrol(&central, "Bürgerkoffer 2");
    let theirs = other.item(&json!({"name": "Erika Mustermann"}));
    let response = station.push_json(&central, json!([theirs]));
    let body: serde_json::Value = response.json().unwrap();
    assert_eq!(body["results"][0]["status"], "rejected");
    assert_eq!(body["results"][0]["reason"], "foreign_seal");
    assert_eq!(
        other.push(&central, &[theirs]),
        ["stored"],
        "its own station may"
    );
}

#[test]
fn an_item_without_a_good_tag_is_taken_once_its_seal_opens_for_the_station() {
    let (_dir, central, station) = central_with_station();
    let other = Station::enrol(&central, "Bürgerkoffer 2");
    let untagged = PushItem {
        binding: None,
        ..station.item(&json!({"name": "Erika Mustermann"}))
    };
    // A tag under another token: made before the station got a new one.
    let old_tag = PushItem {
        binding: other.item(&json!({})).binding,
        ..station.item(&json!({"name": "Max Mustermann"}))
    };
    assert_eq!(
        station.push(&central, &[untagged.clone(), old_tag.clone()]),
        ["stored", "stored"]
    );
    // Neither opens for another station, tag or not.
    let foreign_untagged = PushItem {
        binding: None,
        ..station.item(&json!({"name": "Erika Mustermann"}))
    };
    assert_eq!(
        other.push(&central, &[foreign_untagged, old_tag]),
        ["rejected", "rejected"]
    );
}
