//! `kill -9` of the central in the middle of a stream of pushes: after a restart,
//! every item the central acknowledged is there.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::harness::{Central, Station};

#[test]
fn every_acknowledged_item_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let station = Arc::new(Station::enrol(&central, "Bürgerkoffer 1"));
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let push_url = central.url("/v1/push");

    let pushers: Vec<_> = (0..3)
        .map(|_| {
            let (station, acknowledged, stop, url) = (
                Arc::clone(&station),
                Arc::clone(&acknowledged),
                Arc::clone(&stop),
                push_url.clone(),
            );
            std::thread::spawn(move || {
                let client = crate::harness::client();
                while !stop.load(Ordering::Relaxed) {
                    let batch = station.items(8);
                    let Ok(response) = client
                        .post(&url)
                        .bearer_auth(station.token())
                        .json(&serde_json::json!({ "items": batch }))
                        .send()
                    else {
                        continue; // the central is gone: nothing acknowledged
                    };
                    let Ok(body) = response.json::<syncproto::PushResponse>() else {
                        continue;
                    };
                    let mut acked = acknowledged.lock().unwrap();
                    for result in body.results {
                        assert!(result.outcome.is_acknowledged(), "{result:?}");
                        acked.push(result.id.unwrap());
                    }
                }
            })
        })
        .collect();

    // Let the stream run, then kill without warning while requests are in flight.
    while acknowledged.lock().unwrap().len() < 200 {
        std::thread::sleep(Duration::from_millis(20));
    }
    central.kill_hard();
    std::thread::sleep(Duration::from_millis(200));
    stop.store(true, Ordering::Relaxed);
    for pusher in pushers {
        pusher.join().unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= 200);

    let restarted = Central::start(dir.path());
    let mut missing = Vec::new();
    for chunk in acknowledged.chunks(syncproto::limits::MAX_ACK_QUERY_IDS) {
        let present = station.ack_query(&restarted, chunk);
        missing.extend(chunk.iter().filter(|id| !present.contains(id)).cloned());
    }
    assert!(
        missing.is_empty(),
        "{} acknowledged items lost: {missing:?}",
        missing.len()
    );
}
