//! The station plan: loading, validation, today's stations, the persisted selection.

mod common;

use common::{at, fixture, plan, temp_store};
use station::plan::{self, Plan};
use station::Store;

#[test]
fn the_fixture_plan_loads() {
    let plan = plan();
    assert_eq!(plan.stations().len(), 2);
    let stern = plan.station("stern-center").unwrap();
    assert_eq!(stern.default_service_minutes, 6);
    assert_eq!(stern.hours.open.to_string(), "10:00:00");
    assert_eq!(plan.station("mars").unwrap_err().code(), "unknown_station");
}

#[test]
fn the_real_plan_in_assets_loads() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/stations.json");
    let plan = Plan::load(path).unwrap();
    assert!(!plan.stations().is_empty());
}

#[test]
fn today_follows_the_local_day() {
    let plan = plan();
    let ids = |now| {
        plan.today(now)
            .iter()
            .map(|s| s.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(at("2026-02-25T12:00:00Z")), ["stern-center"]);
    assert_eq!(
        ids(at("2026-02-25T23:30:00Z")),
        ["stern-center", "bornstedt"]
    ); // 26 Feb locally
    assert!(ids(at("2026-03-01T12:00:00Z")).is_empty());
}

#[test]
fn the_selection_persists_and_must_be_in_the_plan() {
    let (dir, store) = temp_store();
    let plan = plan();
    assert_eq!(plan::selected(&store, &plan).unwrap(), None);
    assert_eq!(
        plan::select(&store, &plan, "mars").unwrap_err().code(),
        "unknown_station"
    );
    plan::select(&store, &plan, "bornstedt").unwrap();
    drop(store);
    let store = Store::open(dir.path().join("station.sqlite")).unwrap();
    assert_eq!(
        plan::selected(&store, &plan).unwrap().unwrap().id,
        "bornstedt"
    );
    plan::select(&store, &plan, "stern-center").unwrap();
    assert_eq!(
        plan::selected(&store, &plan).unwrap().unwrap().id,
        "stern-center"
    );
}

#[test]
fn invalid_plans_name_every_problem() {
    let text = r#"{ "version": 1, "stations": [
        { "id": "a", "name": "A", "address": "x", "days": ["2026-02-25"],
          "hours": { "open": "18:00", "close": "10:00" }, "defaultServiceMinutes": 0 },
        { "id": "a", "name": " ", "address": "x", "days": [],
          "hours": { "open": "10:00", "close": "18:00" }, "defaultServiceMinutes": 5 } ] }"#;
    let error = Plan::from_json(text).unwrap_err();
    assert_eq!(error.code(), "asset_invalid");
    let message = error.to_string();
    for part in [
        "mehrfach",
        "schließt nicht nach dem Öffnen",
        "defaultServiceMinutes",
        "keinen Namen",
        "keine Tage",
    ] {
        assert!(message.contains(part), "missing „{part}“ in: {message}");
    }
}

#[test]
fn malformed_times_and_dates_are_typed_errors() {
    let bad_time = r#"{ "version": 1, "stations": [ { "id": "a", "name": "A", "address": "x",
        "days": ["2026-02-25"], "hours": { "open": "10 Uhr", "close": "18:00" }, "defaultServiceMinutes": 5 } ] }"#;
    assert!(Plan::from_json(bad_time)
        .unwrap_err()
        .to_string()
        .contains("HH:MM"));
    let bad_day = bad_time
        .replace("10 Uhr", "10:00")
        .replace("2026-02-25", "2026-02-30");
    assert_eq!(
        Plan::from_json(&bad_day).unwrap_err().code(),
        "asset_invalid"
    );
    assert_eq!(
        Plan::load(fixture("missing.json")).unwrap_err().code(),
        "io"
    );
}
