//! Three `bk-central` processes on one PostgreSQL database behave as one central: 20
//! stations sync at once through the fault proxy, which spreads their connections over
//! the three, while central processes are killed with `kill -9` at random, 100 times,
//! and started again. Afterwards every item ever added at a station is at the central
//! exactly once and every station's outbox is empty.

use std::collections::BTreeSet;
use std::process::{Child, Stdio};
use std::time::Duration;

use synctests::central::Central;
use synctests::proxy::FaultProxy;
use synctests::random::{below, between};
use synctests::station::Station;
use synctests::{fast_tempdir, postgres_database};

const PROCESSES: usize = 3;
const STATIONS: usize = 20;
const KILLS: usize = 100;
/// Items each station starts with, and adds whenever fewer are pending.
const BATCH_OF_REQUESTS: usize = 25;
const LOW_WATER: u64 = 5;

/// A station, its running `bk sync` and every item it ever added.
struct Syncing {
    station: Station,
    sync: Option<Child>,
    ids: BTreeSet<String>,
}

impl Syncing {
    /// Starts `bk sync` again when the last one ended, with more items when few are left.
    fn keep_syncing(&mut self) {
        if let Some(sync) = &mut self.sync {
            if sync.try_wait().expect("sync state").is_none() {
                return;
            }
        }
        if self.station.status().pending < LOW_WATER {
            self.ids
                .extend(self.station.add_requests(BATCH_OF_REQUESTS));
        }
        let sync = self
            .station
            .bk(&["sync", "--batch", "7"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("bk sync starts");
        self.sync = Some(sync);
    }

    fn stop(&mut self) {
        if let Some(mut sync) = self.sync.take() {
            let _ = sync.kill();
            let _ = sync.wait();
        }
    }
}

#[test]
fn three_central_processes_on_one_database_lose_nothing_under_kill_9() {
    let dir = fast_tempdir();
    let database = postgres_database();
    let central_dir = dir.path().join("central");
    let mut centrals: Vec<Central> = (0..PROCESSES)
        .map(|_| Central::start_on(&central_dir, Some(database.clone())))
        .collect();
    let proxy = FaultProxy::spread(centrals.iter().map(Central::port).collect());

    let mut stations: Vec<Syncing> = (0..STATIONS)
        .map(|n| {
            let station = Station::new(&dir.path().join(format!("station-{n}")));
            // Enrolment goes straight to a central; everything after it through the proxy.
            let central = &centrals[n % PROCESSES];
            station.enrol(
                &central.url(),
                &central.add_station(&format!("Bürgerkoffer {n}")),
            );
            station.repoint(&proxy.url());
            let ids = station.add_requests(BATCH_OF_REQUESTS);
            Syncing {
                station,
                sync: None,
                ids,
            }
        })
        .collect();

    for _ in 0..KILLS {
        for syncing in &mut stations {
            syncing.keep_syncing();
        }
        std::thread::sleep(Duration::from_millis(between(20, 120)));
        let victim = &mut centrals[below(PROCESSES as u64) as usize];
        victim.kill();
        victim.restart();
    }
    for syncing in &mut stations {
        syncing.stop();
    }

    // The network heals: each station syncs straight to one of the processes.
    let mut everything = BTreeSet::new();
    for (n, syncing) in stations.iter().enumerate() {
        syncing.station.repoint(&centrals[n % PROCESSES].url());
        let status = syncing.station.sync_until_done(20);
        assert_eq!(
            (status.pending, status.dead_letter),
            (0, 0),
            "station {n}: {status:?}"
        );
        assert_eq!(status.acknowledged, syncing.ids.len() as u64, "station {n}");
        everything.extend(syncing.ids.iter().cloned());
    }
    assert_eq!(
        centrals[0].item_ids(),
        everything,
        "every item at the central, none extra"
    );
    assert!(
        proxy.counts().values().sum::<u64>() > 200,
        "the stations synced through the proxy: {:?}",
        proxy.counts()
    );
}
