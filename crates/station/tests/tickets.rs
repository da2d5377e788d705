//! Waiting tickets: numbering per station and day, restarts, concurrent writers,
//! status changes and the expected waiting time.

mod common;

use common::{at, plan, temp_store};
use station::tickets::{self, Outcome, Status};
use station::wait::expected_wait_minutes;
use station::Store;

#[test]
fn numbers_count_up_with_labels() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    let now = at("2026-02-25T09:15:00Z");
    let first = tickets::draw(&store, station, now).unwrap();
    let second = tickets::draw(&store, station, now).unwrap();
    assert_eq!((first.number, first.label.as_str()), (1, "A-001"));
    assert_eq!((second.number, second.label.as_str()), (2, "A-002"));
    assert_eq!(first.day.to_string(), "2026-02-25");
    assert_eq!(first.status, Status::Waiting);
    assert_eq!(tickets::label(1234), "A-1234");
}

#[test]
fn a_restart_keeps_counting() {
    let (dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    let now = at("2026-02-25T09:15:00Z");
    for _ in 0..3 {
        tickets::draw(&store, station, now).unwrap();
    }
    drop(store);
    let reopened = Store::open(dir.path().join("station.sqlite")).unwrap();
    assert_eq!(tickets::draw(&reopened, station, now).unwrap().number, 4);
}

#[test]
fn each_station_and_local_day_has_its_own_numbers() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let stern = plan.station("stern-center").unwrap();
    let bornstedt = plan.station("bornstedt").unwrap();
    // 22:59 UTC on 25 Feb is 23:59 in Potsdam; 23:00 UTC is already 26 Feb there.
    assert_eq!(
        tickets::draw(&store, stern, at("2026-02-25T22:59:00Z"))
            .unwrap()
            .number,
        1
    );
    assert_eq!(
        tickets::draw(&store, stern, at("2026-02-25T22:59:30Z"))
            .unwrap()
            .number,
        2
    );
    let next_day = tickets::draw(&store, stern, at("2026-02-25T23:00:00Z")).unwrap();
    assert_eq!(
        (next_day.number, next_day.day.to_string().as_str()),
        (1, "2026-02-26")
    );
    assert_eq!(
        tickets::draw(&store, bornstedt, at("2026-02-25T23:00:00Z"))
            .unwrap()
            .number,
        1
    );
    assert_eq!(
        tickets::today(&store, "stern-center", at("2026-02-25T12:00:00Z"))
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        tickets::today(&store, "stern-center", at("2026-02-26T12:00:00Z"))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn concurrent_connections_never_share_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("station.sqlite");
    drop(Store::open(&path).unwrap());
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || {
                let store = Store::open(&path).unwrap();
                let plan = plan();
                let station = plan.station("stern-center").unwrap();
                (0..50)
                    .map(|_| {
                        tickets::draw(&store, station, at("2026-02-25T10:00:00Z"))
                            .unwrap()
                            .number
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut numbers: Vec<u32> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=200).collect::<Vec<_>>());
}

#[test]
fn calling_takes_the_oldest_waiting_and_marking_follows_the_rules() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    let now = at("2026-02-25T10:00:00Z");
    let first = tickets::draw(&store, station, now).unwrap();
    let second = tickets::draw(&store, station, now).unwrap();
    let third = tickets::draw(&store, station, now).unwrap();

    let gone = tickets::mark(&store, first.id, Outcome::Gone, now).unwrap();
    assert_eq!(gone.status, Status::Gone);
    assert!(gone.finished_at.is_some());

    let called = tickets::call_next(&store, "stern-center", at("2026-02-25T10:01:00Z"))
        .unwrap()
        .unwrap();
    assert_eq!((called.id, called.status), (second.id, Status::Called));
    assert_eq!(called.called_at, Some(at("2026-02-25T10:01:00Z")));

    let error = tickets::mark(&store, third.id, Outcome::Served, now).unwrap_err();
    assert_eq!(error.code(), "ticket_transition");
    assert!(error.to_string().contains("A-003"), "{error}");
    let error = tickets::mark(&store, first.id, Outcome::Served, now).unwrap_err();
    assert_eq!(error.code(), "ticket_transition");
    assert_eq!(
        tickets::mark(&store, 999, Outcome::Gone, now)
            .unwrap_err()
            .code(),
        "ticket_not_found"
    );

    let served = tickets::mark(
        &store,
        second.id,
        Outcome::Served,
        at("2026-02-25T10:05:00Z"),
    )
    .unwrap();
    assert_eq!(served.status, Status::Served);
    assert_eq!(
        tickets::call_next(&store, "stern-center", now)
            .unwrap()
            .unwrap()
            .id,
        third.id
    );
    assert_eq!(
        tickets::call_next(&store, "stern-center", now).unwrap(),
        None
    );

    let statuses: Vec<Status> = tickets::today(&store, "stern-center", now)
        .unwrap()
        .iter()
        .map(|t| t.status)
        .collect();
    assert_eq!(statuses, [Status::Gone, Status::Served, Status::Called]);
}

#[test]
fn the_wait_uses_the_default_until_someone_was_served_then_the_median() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap(); // 6 minutes by default
    let morning = at("2026-02-25T09:30:00Z"); // 10:30 in Potsdam
    let first = tickets::draw(&store, station, morning).unwrap();
    assert_eq!(
        expected_wait_minutes(&store, station, &first, morning).unwrap(),
        Some(0)
    );
    let drawn: Vec<_> = (0..4)
        .map(|_| tickets::draw(&store, station, morning).unwrap())
        .collect();
    assert_eq!(
        expected_wait_minutes(&store, station, &drawn[3], morning).unwrap(),
        Some(4 * 6)
    );

    // Serve three people in 2, 4 and 9 minutes: median 4 minutes.
    for minutes in [2, 4, 9] {
        let called = tickets::call_next(&store, "stern-center", morning)
            .unwrap()
            .unwrap();
        tickets::mark(
            &store,
            called.id,
            Outcome::Served,
            morning + chrono::Duration::minutes(minutes),
        )
        .unwrap();
    }
    let later = at("2026-02-25T10:00:00Z");
    let new = tickets::draw(&store, station, later).unwrap();
    // Ahead: tickets 4 and 5 still waiting.
    assert_eq!(
        expected_wait_minutes(&store, station, &new, later).unwrap(),
        Some(2 * 4)
    );
}

#[test]
fn no_wait_is_given_outside_opening_hours_or_days() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap(); // 10:00–18:00 on 25/26 Feb
    for instant in [
        "2026-02-25T08:59:00Z",
        "2026-02-25T17:00:00Z",
        "2026-02-27T12:00:00Z",
    ] {
        let now = at(instant);
        let ticket = tickets::draw(&store, station, now).unwrap();
        assert_eq!(
            expected_wait_minutes(&store, station, &ticket, now).unwrap(),
            None,
            "{instant}"
        );
    }
    let open = at("2026-02-25T09:00:00Z"); // 10:00 in Potsdam: opening time
    let ticket = tickets::draw(&store, station, open).unwrap();
    assert!(expected_wait_minutes(&store, station, &ticket, open)
        .unwrap()
        .is_some());
}

#[test]
fn tickets_serialize_for_the_ui_in_camel_case() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    let ticket = tickets::draw(&store, station, at("2026-02-25T09:15:00Z")).unwrap();
    let json = serde_json::to_value(&ticket).unwrap();
    assert_eq!(json["label"], "A-001");
    assert_eq!(json["status"], "waiting");
    assert_eq!(json["day"], "2026-02-25");
    assert_eq!(json["stationId"], "stern-center");
    assert_eq!(json["calledAt"], serde_json::Value::Null);
    assert!(json["drawnAt"]
        .as_str()
        .unwrap()
        .starts_with("2026-02-25T09:15:00"));
}
