//! Exactly once under `kill -9`: 100 random kills of the station during `bk sync`
//! and 100 of the central, then a final sync; the central must hold every item of
//! the station once (its primary key makes a second copy impossible, so "once" is
//! checked as: the sets of ids are equal and the station counts each as acknowledged).
//!
//! The backlog — callbacks, certificates ordered with their fee and appointment wishes,
//! in turn — is topped up whenever it runs low, so every kill hits a sync with work
//! left however fast this machine syncs.

use std::collections::BTreeSet;
use std::process::{Child, Stdio};
use std::time::Duration;

use synctests::central::Central;
use synctests::random::between;
use synctests::station::Station;
use synctests::{enrolled_pair, fast_tempdir};

const KILLS: usize = 100;
/// Items added whenever fewer than [`LOW_WATER`] are pending.
const TOP_UP: usize = 400;
const LOW_WATER: u64 = 150;

/// The station's items so far, and more when few are left to sync.
struct Backlog {
    ids: BTreeSet<String>,
}

impl Backlog {
    fn top_up(&mut self, station: &Station) {
        if station.status().pending < LOW_WATER {
            self.ids.extend(station.add_mixed_requests(TOP_UP));
        }
    }
}

fn enrolled() -> (tempfile::TempDir, Central, Station, Backlog) {
    let dir = fast_tempdir();
    let (central, station) = enrolled_pair(dir.path());
    let mut backlog = Backlog {
        ids: BTreeSet::new(),
    };
    backlog.top_up(&station);
    (dir, central, station, backlog)
}

/// `bk sync` in small batches, in the background.
fn spawn_sync(station: &Station) -> Child {
    station
        .bk(&["sync", "--batch", "7"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn assert_all_arrived_once(central: &Central, station: &Station, backlog: &Backlog) {
    let status = station.sync_until_done(20);
    let at_central = central.item_ids();
    assert_eq!(
        at_central, backlog.ids,
        "every item at the central, none extra"
    );
    assert_eq!(at_central, station.item_ids(), "same ids on both sides");
    assert_eq!(
        central.topics(),
        Station::MIXED_TOPICS.map(String::from).into()
    );
    assert_eq!(status.acknowledged, backlog.ids.len() as u64);
    assert_eq!((status.pending, status.dead_letter), (0, 0));
    assert!(station.store().integrity_check().unwrap().is_empty());
}

#[test]
fn station_killed_during_sync_100_times() {
    let (_dir, central, station, mut backlog) = enrolled();
    let mut killed_while_running = 0;
    while killed_while_running < KILLS {
        let mut sync = spawn_sync(&station);
        std::thread::sleep(Duration::from_millis(between(5, 60)));
        if sync.try_wait().unwrap().is_none() {
            killed_while_running += 1;
        }
        sync.kill().unwrap();
        sync.wait().unwrap();
        backlog.top_up(&station);
    }
    assert_all_arrived_once(&central, &station, &backlog);
}

#[test]
fn central_killed_during_sync_100_times() {
    let (_dir, mut central, station, mut backlog) = enrolled();
    let mut kills = 0;
    while kills < KILLS {
        let mut sync = spawn_sync(&station);
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
        backlog.top_up(&station);
    }
    assert_all_arrived_once(&central, &station, &backlog);
}
