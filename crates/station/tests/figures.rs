//! The station's figures per day, read back from a real SQLite file: tickets give
//! visitors, waits and service times; PIN workflows and QR codes count at the place
//! selected when they happened; requests count on their local day.

mod common;

use std::collections::BTreeMap;

use common::{at, plan, temp_store};
use station::figures;
use station::kinds::Kind;
use station::plan as station_plan;
use station::tickets::{self, Outcome};
use station::Store;
use syncproto::figures::{PinFlow, PinResult};

/// Draws a ticket at `place`, calls it after `wait` minutes and, when `served_after`
/// is given, marks it served that many minutes later; `None` marks it gone.
fn visit(store: &Store, place: &str, drawn: &str, wait: i64, served_after: Option<i64>) {
    let plan = plan();
    let station = plan.station(place).unwrap();
    let drawn = at(drawn);
    tickets::draw(store, station, Kind::Eid, drawn).unwrap();
    let called_at = drawn + chrono::Duration::minutes(wait);
    let ticket = tickets::call_next(store, place, 1, called_at)
        .unwrap()
        .expect("the ticket just drawn waits");
    match served_after {
        Some(minutes) => tickets::mark(
            store,
            ticket.id,
            Outcome::Served,
            called_at + chrono::Duration::minutes(minutes),
        ),
        None => tickets::mark(store, ticket.id, Outcome::Gone, called_at),
    }
    .unwrap();
}

#[test]
fn tickets_give_visitors_waits_and_service_times_per_local_day() {
    let (_dir, store) = temp_store();
    visit(&store, "stern-center", "2026-02-25T09:00:00Z", 4, Some(10));
    visit(&store, "stern-center", "2026-02-25T09:30:00Z", 12, Some(6));
    visit(&store, "stern-center", "2026-02-25T10:00:00Z", 30, None);
    visit(&store, "bornstedt", "2026-02-26T09:00:00Z", 2, Some(3));

    let days = figures::days(
        &store,
        "2026-02-25".parse().unwrap(),
        "2026-02-26".parse().unwrap(),
        None,
    )
    .unwrap();
    assert_eq!(days.len(), 2);
    let first = &days[0].figures;
    assert_eq!(days[0].day.to_string(), "2026-02-25");
    assert_eq!(first.visitors, 3);
    assert_eq!(first.wait.count(), 3);
    assert_eq!(first.wait.median(), Some(12));
    assert_eq!(first.wait.p90(), Some(30));
    assert_eq!(first.service.count(), 2);
    assert_eq!(first.service.median(), Some(6));
    assert_eq!(first.gone, 1);
    assert_eq!(first.places, vec!["stern-center"]);

    // The period's total is the union: the median of all four waits.
    let total = figures::total(&days);
    assert_eq!(total.visitors, 4);
    assert_eq!(total.wait.median(), Some(4));
    assert_eq!(total.places, vec!["bornstedt", "stern-center"]);

    // One place only.
    let bornstedt = figures::days(
        &store,
        "2026-02-25".parse().unwrap(),
        "2026-02-26".parse().unwrap(),
        Some("bornstedt"),
    )
    .unwrap();
    assert_eq!(bornstedt.len(), 1);
    assert_eq!(bornstedt[0].figures.visitors, 1);
}

#[test]
fn pin_workflows_and_qr_codes_count_at_the_selected_place_on_the_local_day() {
    let (dir, store) = temp_store();
    let noon = at("2026-02-25T11:00:00Z");
    // 23:30 UTC in winter is already the next day in Potsdam.
    let late = at("2026-02-25T23:30:00Z");
    figures::record_pin(&store, PinFlow::TransportPin, PinResult::Changed, noon).unwrap();
    station_plan::select(&store, &plan(), "stern-center").unwrap();
    figures::record_pin(&store, PinFlow::TransportPin, PinResult::Changed, noon).unwrap();
    figures::record_pin(&store, PinFlow::Puk, PinResult::Referred, noon).unwrap();
    figures::record_pin(&store, PinFlow::Can, PinResult::Failed, late).unwrap();
    figures::record_qr(&store, "wohnsitz-ummelden", noon).unwrap();
    figures::record_qr(&store, "wohnsitz-ummelden", late).unwrap();
    figures::record_qr(&store, "hundesteuer", late).unwrap();
    drop(store);

    let store = Store::open(dir.path().join("station.sqlite")).unwrap();
    let day = |text: &str| text.parse().unwrap();
    let all = figures::days(&store, day("2026-02-25"), day("2026-02-26"), None).unwrap();
    assert_eq!(all.len(), 2);
    let first = &all[0].figures;
    assert_eq!(
        first.pin_count(PinFlow::TransportPin, PinResult::Changed),
        2
    );
    assert_eq!(first.pin_count(PinFlow::Puk, PinResult::Referred), 1);
    assert_eq!(
        first.qr,
        BTreeMap::from([("wohnsitz-ummelden".to_owned(), 1)])
    );
    assert_eq!(all[1].figures.pin_count(PinFlow::Can, PinResult::Failed), 1);
    assert_eq!(all[1].figures.qr.len(), 2);

    // The count from before a place was selected belongs to no place.
    let stern = figures::days(
        &store,
        day("2026-02-25"),
        day("2026-02-25"),
        Some("stern-center"),
    )
    .unwrap();
    assert_eq!(
        stern[0]
            .figures
            .pin_count(PinFlow::TransportPin, PinResult::Changed),
        1
    );

    assert_eq!(
        figures::service_counts(&store, day("2026-02-26"), day("2026-02-26")).unwrap(),
        BTreeMap::from([
            ("hundesteuer".to_owned(), 1),
            ("wohnsitz-ummelden".to_owned(), 1)
        ])
    );
    assert_eq!(figures::first_day(&store).unwrap(), Some(day("2026-02-25")));
}

#[test]
fn the_centrals_counts_are_replaced_as_a_whole() {
    let (_dir, store) = temp_store();
    assert!(figures::central_service_counts(&store).unwrap().is_empty());
    let first = BTreeMap::from([("a".to_owned(), 3), ("b".to_owned(), 1)]);
    figures::set_central_service_counts(&store, &first).unwrap();
    assert_eq!(figures::central_service_counts(&store).unwrap(), first);
    let second = BTreeMap::from([("c".to_owned(), 7)]);
    figures::set_central_service_counts(&store, &second).unwrap();
    assert_eq!(figures::central_service_counts(&store).unwrap(), second);
}

#[test]
fn a_store_without_activity_has_no_days() {
    let (_dir, store) = temp_store();
    let day = "2026-02-25".parse().unwrap();
    assert!(figures::days(&store, day, day, None).unwrap().is_empty());
    assert_eq!(figures::first_day(&store).unwrap(), None);
}
