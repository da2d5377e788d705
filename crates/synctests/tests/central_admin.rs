//! What IT does at the central reaches the real station: a published catalogue is in
//! force after the next `bk sync` (the kiosk's search finds the new service, without
//! a restart) and the station reports the version it runs; a revoked station is
//! refused and says so while its requests wait; a replaced token needs the new code.

use std::fs;

use app::services;
use app::{Station as Kiosk, StationPaths};
use station::lang::Lang;
use synctests::station::{assets_dir, text};
use synctests::{enrolled_pair, fast_tempdir};

fn found(kiosk: &Kiosk, query: &str) -> Vec<String> {
    services::search(kiosk, Lang::De, query, None, chrono::Utc::now())
        .unwrap()
        .into_iter()
        .map(|service| service.id)
        .collect()
}

#[test]
fn a_published_catalogue_is_searched_after_the_next_sync() {
    let dir = fast_tempdir();
    let (central, station) = enrolled_pair(dir.path());
    let kiosk = Kiosk::open(&StationPaths {
        data_dir: Some(station.dir().to_owned()),
        assets_dir: Some(assets_dir()),
    })
    .unwrap();
    assert!(!found(&kiosk, "Weihnachtsmarktstand").contains(&"weihnachtsmarktstand".to_owned()));

    let shipped = fs::read_to_string(assets_dir().join("services.json")).unwrap();
    let mut catalogue: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let mut service = catalogue["services"][0].clone();
    service["id"] = "weihnachtsmarktstand".into();
    service["name"]["de"] = "Weihnachtsmarktstand anmelden".into();
    service["name"]["en"] = "Register a Christmas market stall".into();
    catalogue["services"].as_array_mut().unwrap().push(service);
    let services = dir.path().join("services.json");
    fs::write(&services, catalogue.to_string()).unwrap();
    let stations = assets_dir().join("stations.json");
    let published = central.cli(&[
        "config",
        "publish",
        services.to_str().unwrap(),
        stations.to_str().unwrap(),
    ]);
    assert!(published.status.success(), "{}", text(&published));

    let synced = station.run(&["sync"]);
    assert!(synced.status.success(), "{}", text(&synced));
    assert!(found(&kiosk, "Weihnachtsmarktstand").contains(&"weihnachtsmarktstand".to_owned()));

    let listed = central.cli(&["station", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(
        listed[0]["configVersion"], 1,
        "the station reports what it runs"
    );
    assert_eq!(listed[0]["reportedPending"], 0);
}

#[test]
fn a_revoked_station_keeps_its_requests_and_a_replaced_token_needs_the_new_code() {
    let dir = fast_tempdir();
    let (central, station) = enrolled_pair(dir.path());
    let listed = central.cli(&["station", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let station_id = listed[0]["id"].as_str().unwrap().to_owned();
    station.add_requests(2);

    let revoked = central.cli(&["station", "revoke", &station_id]);
    assert!(revoked.status.success(), "{}", text(&revoked));
    let refused = station.run(&["sync"]);
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("Die Zentrale hat diese Station gesperrt"),
        "{}",
        text(&refused)
    );
    let status = station.status();
    assert_eq!(status.pending, 2, "nothing is lost or dead-lettered");
    assert!(central.item_ids().is_empty());

    let (other_central, other) = enrolled_pair(&dir.path().join("zweite"));
    let listed = other_central.cli(&["station", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let other_id = listed[0]["id"].as_str().unwrap().to_owned();
    other.add_requests(1);
    let rotated = other_central.cli(&["station", "rotate", &other_id]);
    assert!(rotated.status.success(), "{}", text(&rotated));
    let code = String::from_utf8_lossy(&rotated.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Einmaliger Anmeldecode: "))
        .expect("new code printed")
        .to_owned();
    assert!(
        !other.run(&["sync"]).status.success(),
        "the old token is void"
    );
    other.enrol(&other_central.url(), &code);
    let synced = other.run(&["sync"]);
    assert!(synced.status.success(), "{}", text(&synced));
    assert_eq!(other_central.item_ids().len(), 1);
}
