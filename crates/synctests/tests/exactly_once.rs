//! Exactly once under `kill -9`: 100 random kills of the station during `bk sync`
//! and 100 of the central, then a final sync; the central must hold every item of
//! the station once (its primary key makes a second copy impossible, so "once" is
//! checked as: the sets of ids are equal and the station counts each as acknowledged).

use std::process::Stdio;
use std::time::Duration;

use synctests::central::Central;
use synctests::fast_tempdir;
use synctests::random::between;
use synctests::station::Station;

const KILLS: usize = 100;

fn enrolled(items: usize) -> (tempfile::TempDir, Central, Station) {
    let dir = fast_tempdir();
    let central = Central::start(&dir.path().join("central"));
    let station = Station::new(&dir.path().join("station"));
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));
    station.add_requests(items);
    (dir, central, station)
}

fn assert_all_arrived_once(central: &Central, station: &Station, items: usize) {
    let status = station.sync_until_done(20);
    let at_central = central.item_ids();
    assert_eq!(at_central.len(), items, "items at the central");
    assert_eq!(at_central, station.item_ids(), "same ids on both sides");
    assert_eq!(status.acknowledged, items as u64);
    assert_eq!((status.pending, status.dead_letter), (0, 0));
    assert!(station.store().integrity_check().unwrap().is_empty());
}

#[test]
fn station_killed_during_sync_100_times() {
    let items = 3000;
    let (_dir, central, station) = enrolled(items);
    let mut killed_while_running = 0;
    while killed_while_running < KILLS {
        let mut sync = station
            .bk(&["sync", "--batch", "7"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(between(5, 60)));
        if sync.try_wait().unwrap().is_none() {
            killed_while_running += 1;
        }
        sync.kill().unwrap();
        sync.wait().unwrap();
        assert!(
            station.status().pending > 0 || killed_while_running >= KILLS,
            "the backlog ran out after {killed_while_running} kills; more items needed"
        );
    }
    assert_all_arrived_once(&central, &station, items);
}

#[test]
fn central_killed_during_sync_100_times() {
    let items = 8000;
    let (_dir, mut central, station) = enrolled(items);
    let mut kills = 0;
    while kills < KILLS {
        let mut sync = station
            .bk(&["sync", "--batch", "7"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(between(5, 40)));
        let station_was_syncing = sync.try_wait().unwrap().is_none();
        central.kill();
        kills += usize::from(station_was_syncing);
        let outcome = sync.wait().unwrap();
        assert!(
            station_was_syncing || outcome.success(),
            "a sync that ended before the kill must have succeeded"
        );
        central.restart();
        assert!(
            station.status().pending > 0 || kills >= KILLS,
            "the backlog ran out after {kills} kills; more items needed"
        );
    }
    assert_all_arrived_once(&central, &station, items);
}
