//! A fault proxy between station and central drops, delays and cuts connections and
//! answers 500/503; `bk sync` is run until nothing is pending. Every item must arrive
//! once — callbacks, certificates with their fee and appointment wishes alike — and
//! every kind of fault must have happened on the way.

use synctests::central::Central;
use synctests::fast_tempdir;
use synctests::proxy::{Fault, FaultProxy};
use synctests::station::{text, Station};

#[test]
fn every_item_arrives_once_through_a_faulty_network() {
    let items = 600;
    let dir = fast_tempdir();
    let central = Central::start(&dir.path().join("central"));
    let proxy = FaultProxy::start(central.port());
    let station = Station::new(&dir.path().join("station"));
    // Enrolment goes straight to the central; everything after it through the proxy.
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));
    let ids = station.add_mixed_requests(items);
    station.repoint(&proxy.url());

    let mut failed_rounds = 0;
    for _ in 0..400 {
        let output = station.run(&["sync", "--batch", "5"]);
        if output.status.success() && station.status().pending == 0 {
            break;
        }
        if !output.status.success() {
            failed_rounds += 1;
            let message = text(&output);
            assert!(
                message.contains("Zentrale"),
                "a failed round says what failed: {message}"
            );
        }
    }
    let status = station.status();
    assert_eq!((status.pending, status.dead_letter), (0, 0), "{status:?}");
    assert_eq!(status.acknowledged, items as u64);
    assert_eq!(central.item_ids(), ids);
    assert_eq!(
        central.topics(),
        Station::MIXED_TOPICS.map(String::from).into()
    );
    assert!(failed_rounds > 0);
    let counts = proxy.counts();
    for fault in [
        Fault::Pass,
        Fault::Drop,
        Fault::Delay,
        Fault::CutRequest,
        Fault::CutResponse,
        Fault::Status500,
        Fault::Status503,
    ] {
        assert!(
            counts.get(&fault).copied().unwrap_or(0) > 0,
            "{fault:?} never happened: {counts:?}"
        );
    }
}
