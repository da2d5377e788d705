//! Several central processes on one database behave as one: the same item pushed to
//! two processes at the same moment is stored once and answered `duplicate` once, and
//! what one process stored (a station, a session's limit) holds at the other. Runs on
//! both stores, like the whole suite.

use std::sync::{Arc, Barrier};

use serde_json::json;

use crate::harness::{client, inside_one_rate_window, Central, Station};

#[test]
fn the_same_item_pushed_to_two_processes_at_once_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let first = Central::start(dir.path());
    let second = Central::start(dir.path());
    let station = Arc::new(Station::enrol(&first, "Bürgerkoffer 1"));
    let bases = [first.base.clone(), second.base.clone()];
    for round in 0..20 {
        let item = station.item(&json!({"name": format!("Person {round}")}));
        let barrier = Arc::new(Barrier::new(2));
        let pushes: Vec<_> = bases
            .iter()
            .map(|base| {
                let (barrier, station, item, url) = (
                    Arc::clone(&barrier),
                    Arc::clone(&station),
                    item.clone(),
                    format!("{base}/v1/push"),
                );
                std::thread::spawn(move || {
                    let request = client()
                        .post(url)
                        .bearer_auth(station.token())
                        .json(&json!({ "items": [item] }));
                    barrier.wait();
                    let answer: serde_json::Value = request.send().unwrap().json().unwrap();
                    answer["results"][0]["status"].as_str().unwrap().to_owned()
                })
            })
            .collect();
        let mut statuses: Vec<String> = pushes
            .into_iter()
            .map(|push| push.join().unwrap())
            .collect();
        statuses.sort();
        assert_eq!(statuses, ["duplicate", "stored"], "round {round}");
    }
    assert_eq!(first.stored_count(), 20);
}

#[test]
fn enrolment_tries_are_limited_across_processes() {
    let dir = tempfile::tempdir().unwrap();
    let processes = [Central::start(dir.path()), Central::start(dir.path())];
    inside_one_rate_window();
    let mut refused = 0;
    for attempt in 0..30 {
        let central = &processes[attempt % 2];
        let answer = client()
            .post(central.url("/v1/enroll"))
            .json(&json!({"code": "AAAA-AAAA-AAAA", "stationPublicKey": "x"}))
            .send()
            .unwrap();
        if answer.status() == 429 {
            refused += 1;
        }
    }
    // 20 tries per minute for this address, whichever process counts them.
    assert_eq!(refused, 10);
}
