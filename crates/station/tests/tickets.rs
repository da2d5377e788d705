//! Waiting tickets: numbering per station and day, restarts, concurrent writers,
//! status changes, kinds and desks, the expected waiting time and the time window.

mod common;

use chrono::{DateTime, Utc};
use common::{at, plan, temp_store};
use station::desks::{self, Desk};
use station::kinds::Kind;
use station::plan::Station;
use station::tickets::{self, Drawn, Outcome, Status, Ticket};
use station::Store;

/// Draws an eID ticket (the kind every desk serves by default).
fn draw(store: &Store, station: &Station, now: DateTime<Utc>) -> Ticket {
    tickets::draw(store, station, Kind::Eid, now)
        .unwrap()
        .ticket
}

/// Draws a ticket of `kind` and returns it with its wait.
fn draw_kind(store: &Store, station: &Station, kind: Kind, now: DateTime<Utc>) -> Drawn {
    tickets::draw(store, station, kind, now).unwrap()
}

/// Calls the next ticket to desk 1.
fn call(store: &Store, now: DateTime<Utc>) -> Option<Ticket> {
    tickets::call_next(store, "stern-center", 1, now).unwrap()
}

#[test]
fn numbers_count_up_with_labels() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    let now = at("2026-02-25T09:15:00Z");
    let first = draw(&store, station, now);
    let second = draw(&store, station, now);
    assert_eq!((first.number, first.label.as_str()), (1, "A-001"));
    assert_eq!((second.number, second.label.as_str()), (2, "A-002"));
    assert_eq!(first.day.to_string(), "2026-02-25");
    assert_eq!(first.status, Status::Waiting);
    assert_eq!(tickets::label(Kind::Eid, 1234), "A-1234");
    assert_eq!(tickets::label(Kind::Request, 7), "C-007");
}

#[test]
fn a_restart_keeps_counting() {
    let (dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    let now = at("2026-02-25T09:15:00Z");
    for _ in 0..3 {
        draw(&store, station, now);
    }
    drop(store);
    let reopened = Store::open(dir.path().join("station.sqlite")).unwrap();
    assert_eq!(draw(&reopened, station, now).number, 4);
}

#[test]
fn each_station_and_local_day_has_its_own_numbers() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let stern = plan.station("stern-center").unwrap();
    let bornstedt = plan.station("bornstedt").unwrap();
    // 22:59 UTC on 25 Feb is 23:59 in Potsdam; 23:00 UTC is already 26 Feb there.
    assert_eq!(draw(&store, stern, at("2026-02-25T22:59:00Z")).number, 1);
    assert_eq!(draw(&store, stern, at("2026-02-25T22:59:30Z")).number, 2);
    let next_day = draw(&store, stern, at("2026-02-25T23:00:00Z"));
    assert_eq!(
        (next_day.number, next_day.day.to_string().as_str()),
        (1, "2026-02-26")
    );
    assert_eq!(
        draw(&store, bornstedt, at("2026-02-25T23:00:00Z")).number,
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
                    .map(|_| draw(&store, station, at("2026-02-25T10:00:00Z")).number)
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
    let first = draw(&store, station, now);
    let second = draw(&store, station, now);
    let third = draw(&store, station, now);

    let gone = tickets::mark(&store, first.id, Outcome::Gone, now).unwrap();
    assert_eq!(gone.status, Status::Gone);
    assert!(gone.finished_at.is_some());

    let called = call(&store, at("2026-02-25T10:01:00Z")).unwrap();
    assert_eq!((called.id, called.status), (second.id, Status::Called));
    assert_eq!(called.called_at, Some(at("2026-02-25T10:01:00Z")));
    assert_eq!(called.desk, Some(1));

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
    assert_eq!(call(&store, now).unwrap().id, third.id);
    assert_eq!(call(&store, now), None);

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
    let wait = |now| draw_kind(&store, station, Kind::Eid, now).expected_wait_minutes;
    assert_eq!(wait(morning), Some(0));
    for ahead in 1..=4 {
        assert_eq!(wait(morning), Some(ahead * 6));
    }

    // Serve three people in 2, 4 and 9 minutes: median 4 minutes.
    for minutes in [2, 4, 9] {
        let called = call(&store, morning).unwrap();
        tickets::mark(
            &store,
            called.id,
            Outcome::Served,
            morning + chrono::Duration::minutes(minutes),
        )
        .unwrap();
    }
    // Ahead: tickets 4 and 5 still waiting.
    assert_eq!(wait(at("2026-02-25T10:00:00Z")), Some(2 * 4));
}

#[test]
fn a_person_at_the_desk_keeps_it_for_the_rest_of_a_median() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap(); // 6 minutes by default
    draw(&store, station, at("2026-02-25T09:30:00Z"));
    call(&store, at("2026-02-25T09:30:00Z")).unwrap();
    // Two minutes into a six-minute service, nobody waiting: four minutes left.
    let two_minutes_later = at("2026-02-25T09:32:00Z");
    assert_eq!(
        draw_kind(&store, station, Kind::Eid, two_minutes_later).expected_wait_minutes,
        Some(4)
    );
    // Long past the median: the desk is counted as about to be free.
    let much_later = at("2026-02-25T09:50:00Z");
    assert_eq!(
        draw_kind(&store, station, Kind::Advice, much_later).expected_wait_minutes,
        Some(6)
    );
}

#[test]
fn no_wait_and_no_window_are_given_outside_opening_hours_or_days() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap(); // 10:00–18:00 on 25/26 Feb
    for instant in [
        "2026-02-25T08:59:00Z",
        "2026-02-25T17:00:00Z",
        "2026-02-27T12:00:00Z",
    ] {
        let drawn = draw_kind(&store, station, Kind::Eid, at(instant));
        assert_eq!(drawn.expected_wait_minutes, None, "{instant}");
        assert_eq!(drawn.ticket.window, None, "{instant}");
    }
    let open = at("2026-02-25T09:00:00Z"); // 10:00 in Potsdam: opening time
    let drawn = draw_kind(&store, station, Kind::Eid, open);
    assert!(drawn.expected_wait_minutes.is_some());
    assert!(drawn.ticket.window.is_some());
}

/// Desk 1 serves eID only, desk 2 advice and requests.
fn two_desks(store: &Store) {
    desks::set(
        store,
        &[
            Desk::new(1, &[Kind::Eid]),
            Desk::new(2, &[Kind::Advice, Kind::Request]),
        ],
        at("2026-02-25T08:00:00Z"),
    )
    .unwrap();
}

#[test]
fn each_desk_calls_only_the_kinds_it_serves_and_labels_say_the_kind() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    two_desks(&store);
    let now = at("2026-02-25T10:00:00Z");
    let advice = draw_kind(&store, station, Kind::Advice, now).ticket;
    let eid = draw_kind(&store, station, Kind::Eid, now).ticket;
    let request = draw_kind(&store, station, Kind::Request, now).ticket;
    assert_eq!(
        [&advice, &eid, &request].map(|t| t.label.as_str()),
        ["B-001", "A-002", "C-003"]
    );

    let at_one = tickets::call_next(&store, "stern-center", 1, now)
        .unwrap()
        .unwrap();
    assert_eq!((at_one.id, at_one.desk), (eid.id, Some(1)));
    assert_eq!(
        tickets::call_next(&store, "stern-center", 1, now).unwrap(),
        None
    );
    let a_minute_later = at("2026-02-25T10:01:00Z");
    let at_two = tickets::call_next(&store, "stern-center", 2, a_minute_later)
        .unwrap()
        .unwrap();
    assert_eq!((at_two.id, at_two.desk), (advice.id, Some(2)));
    assert_eq!(
        tickets::call_next(&store, "stern-center", 3, now)
            .unwrap_err()
            .code(),
        "unknown_desk"
    );

    // The request still waits: no set-up may leave it without a desk today.
    let stranded =
        desks::set(&store, &[Desk::new(1, &[Kind::Eid, Kind::Advice])], now).unwrap_err();
    assert_eq!(stranded.code(), "desks_invalid");
    assert!(
        stranded.to_string().contains("Anliegen abgeben"),
        "{stranded}"
    );

    let latest = tickets::latest_calls(&store, "stern-center", now, 5).unwrap();
    assert_eq!(latest.len(), 2);
    assert_eq!(
        tickets::latest_calls(&store, "stern-center", at("2026-02-25T11:00:00Z"), 1).unwrap()[0]
            .desk,
        Some(2),
        "the latest call comes first"
    );
}

#[test]
fn only_kinds_a_desk_serves_can_be_drawn_and_desk_setups_are_checked() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    assert_eq!(
        desks::list(&store).unwrap().len(),
        1,
        "one desk for all by default"
    );
    assert_eq!(desks::offered(&desks::list(&store).unwrap()), Kind::ALL);
    let now = at("2026-02-25T10:00:00Z");
    desks::set(&store, &[Desk::new(1, &[Kind::Eid])], now).unwrap();
    let error =
        tickets::draw(&store, station, Kind::Advice, at("2026-02-25T10:00:00Z")).unwrap_err();
    assert_eq!(error.code(), "kind_not_served");
    assert!(
        error.to_string().contains("Beratung Online-Dienste"),
        "{error}"
    );

    let refused = |desks: &[Desk]| desks::set(&store, desks, now).unwrap_err().code();
    assert_eq!(refused(&[]), "desks_invalid");
    assert_eq!(refused(&[Desk::new(2, &[Kind::Eid])]), "desks_invalid");
    assert_eq!(
        refused(&[Desk::new(1, &[Kind::Eid]), Desk::new(2, &[])]),
        "desks_invalid"
    );
    let five: Vec<Desk> = (1..=5).map(|n| Desk::new(n, &[Kind::Eid])).collect();
    assert_eq!(refused(&five), "desks_invalid");
    assert_eq!(
        desks::list(&store).unwrap(),
        vec![Desk::new(1, &[Kind::Eid])]
    );
}

#[test]
fn the_wait_counts_only_tickets_the_same_desks_take_and_divides_by_them() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap(); // 6 minutes by default
    two_desks(&store);
    let now = at("2026-02-25T10:00:00Z");
    for _ in 0..4 {
        draw_kind(&store, station, Kind::Advice, now);
    }
    // Four advice tickets wait at desk 2; none of them keeps desk 1 busy.
    assert_eq!(
        draw_kind(&store, station, Kind::Eid, now).expected_wait_minutes,
        Some(0)
    );
    // Requests queue behind the advice tickets at desk 2.
    assert_eq!(
        draw_kind(&store, station, Kind::Request, now).expected_wait_minutes,
        Some(4 * 6)
    );

    // Two desks for eID: six eID tickets ahead take three rounds of 6 minutes.
    // Allowed on the next day: today's waiting requests are yesterday's then.
    let later = at("2026-02-26T10:00:00Z");
    desks::set(
        &store,
        &[
            Desk::new(1, &[Kind::Eid]),
            Desk::new(2, &[Kind::Eid, Kind::Advice]),
        ],
        later,
    )
    .unwrap();
    for _ in 0..6 {
        draw_kind(&store, station, Kind::Eid, later);
    }
    assert_eq!(
        draw_kind(&store, station, Kind::Eid, later).expected_wait_minutes,
        Some(6 * 6 / 2)
    );
}

#[test]
fn time_windows_follow_the_wait_and_never_go_back_within_a_kind() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap(); // 6 minutes by default
    let morning = at("2026-02-25T09:31:00Z"); // 10:31 in Potsdam
    let windows: Vec<_> = (0..3)
        .map(|_| {
            draw_kind(&store, station, Kind::Eid, morning)
                .ticket
                .window
                .unwrap()
        })
        .collect();
    // Waits 0, 6 and 12 minutes: 10:31, 10:37, 10:43 rounded down to five minutes.
    assert_eq!(
        windows.iter().map(|w| w.from).collect::<Vec<_>>(),
        [
            at("2026-02-25T09:30:00Z"),
            at("2026-02-25T09:35:00Z"),
            at("2026-02-25T09:40:00Z")
        ]
    );
    assert_eq!(windows[0].to, at("2026-02-25T09:45:00Z"));

    // Everyone ahead leaves: the wait drops to zero, but the next window does not
    // move before the last one given.
    while let Some(called) = call(&store, morning) {
        tickets::mark(&store, called.id, Outcome::Gone, morning).unwrap();
    }
    let next = draw_kind(&store, station, Kind::Eid, at("2026-02-25T09:32:00Z"));
    assert_eq!(next.expected_wait_minutes, Some(0));
    assert_eq!(next.ticket.window.unwrap().from, at("2026-02-25T09:40:00Z"));
}

#[test]
fn tickets_serialize_for_the_ui_in_camel_case() {
    let (_dir, store) = temp_store();
    let plan = plan();
    let station = plan.station("stern-center").unwrap();
    let ticket = draw(&store, station, at("2026-02-25T09:15:00Z"));
    let json = serde_json::to_value(&ticket).unwrap();
    assert_eq!(json["kind"], "eid");
    assert_eq!(json["desk"], serde_json::Value::Null);
    assert!(json["window"]["from"].is_string());
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
