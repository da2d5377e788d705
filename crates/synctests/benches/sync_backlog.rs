//! Sync figures (`cargo bench -p synctests --bench sync_backlog`, or `scripts/bench-sync`
//! with a PostgreSQL cluster of its own), printed as text:
//!
//! 1. durable enqueue latency of one request (seal + one `synchronous=FULL`
//!    transaction), median and p99, on the disk of the temp directory;
//! 2. for the central on SQLite, and on PostgreSQL when `BK_TEST_POSTGRES` names a
//!    cluster: a backlog of `BK_BENCH_ITEMS` (default 100 000) requests from 10
//!    stations, synced by 10 `bk sync` processes at once to one `bk-central` process,
//!    all files on disk: items/s, and the peak resident memory (VmHWM) of the central
//!    and of the largest `bk sync`;
//! 3. the raw insert rate of the same database for the same number of rows of the
//!    same size (one multi-row INSERT per 500, `central::baseline`), measured in the
//!    same run, and the ratio of 2 to 3;
//! 4. where the time goes: what the central spends per item on checking that the
//!    pushing station sealed it, on one core: the station's tag (every item sent
//!    since tags), and opening the seal (an item without a good tag).

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use central::store::Database;
use chrono::Utc;
use station::requests;
use synctests::central::Central;
use synctests::station::{callback, Station};
use synctests::{fast_tempdir, postgres_database};

const STATIONS: usize = 10;

fn main() {
    let items: usize = std::env::var("BK_BENCH_ITEMS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(100_000);
    let per_station = items / STATIONS;
    let disk = tempfile::tempdir().expect("temp dir on disk");
    println!(
        "Bürgerkoffer sync benchmark ({} items from {STATIONS} stations), files in {}",
        per_station * STATIONS,
        disk.path().display()
    );
    enqueue_latency(&disk.path().join("latency"));

    let mut stores = vec![("SQLite", false)];
    if std::env::var("BK_TEST_POSTGRES").is_ok() {
        stores.push(("PostgreSQL", true));
    } else {
        println!("PostgreSQL: skipped (BK_TEST_POSTGRES is not set; scripts/bench-sync sets it)");
    }
    for (name, on_postgres) in stores {
        let dir = disk.path().join(name);
        let database = on_postgres.then(postgres_database);
        let central = Central::start_on(&dir.join("central"), database);
        let stations = backlogs(&dir, &central, per_station);
        let sync_rate = sync_all(name, &central, &stations, per_station * STATIONS);
        if name == "SQLite" {
            seal_check(&dir.join("central"), &stations[0]);
        }
        let raw_database = if on_postgres {
            Database::Postgres(postgres_database())
        } else {
            Database::Sqlite(dir.join("baseline.sqlite3"))
        };
        let sealed_len = average_sealed_len(&stations[0]);
        let baseline = central::baseline::measure_insert_rate(
            &raw_database,
            per_station * STATIONS,
            500,
            sealed_len,
        )
        .expect("baseline");
        let raw_rate = baseline.items_per_second();
        println!(
            "{name}: raw insert rate (multi-row INSERT of 500, {sealed_len}-byte blobs): {raw_rate:.0} items/s"
        );
        println!(
            "{name}: ratio sync / raw insert: {:.2}",
            sync_rate / raw_rate
        );
    }
}

/// `STATIONS` stations enrolled at `central`, each with `per_station` pending
/// requests: written in memory (fast), then each store is copied to disk.
fn backlogs(dir: &Path, central: &Central, per_station: usize) -> Vec<Station> {
    let started = Instant::now();
    let stations = (0..STATIONS)
        .map(|n| {
            let memory = fast_tempdir();
            let filled = Station::new(memory.path());
            filled.enrol(
                &central.url(),
                &central.add_station(&format!("Messung {n}")),
            );
            filled.add_requests(per_station);
            drop(filled);
            let station_dir = dir.join(format!("station-{n}"));
            std::fs::create_dir_all(&station_dir).expect("station dir");
            std::fs::copy(
                memory.path().join("station.sqlite"),
                station_dir.join("station.sqlite"),
            )
            .expect("copy store");
            Station::new(&station_dir)
        })
        .collect();
    println!(
        "backlog of {STATIONS} × {per_station} written in {:.1} s (in memory)",
        started.elapsed().as_secs_f64()
    );
    stations
}

/// Syncs every station with a `bk sync` of its own, all at once; prints and returns
/// the rate.
fn sync_all(name: &str, central: &Central, stations: &[Station], items: usize) -> f64 {
    let started = Instant::now();
    let mut syncs: Vec<_> = stations
        .iter()
        .map(|station| {
            station
                .bk(&["sync", "--json"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("bk sync starts")
        })
        .collect();
    let mut station_peak_kib = 0;
    while syncs
        .iter_mut()
        .any(|sync| sync.try_wait().expect("wait").is_none())
    {
        for sync in &syncs {
            station_peak_kib = station_peak_kib.max(peak_rss_kib(sync.id()));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let seconds = started.elapsed().as_secs_f64();
    for sync in &mut syncs {
        assert!(sync.wait().expect("exit").success(), "bk sync failed");
    }
    let central_peak_kib = peak_rss_kib(central.pid().expect("central runs"));
    assert_eq!(central.item_ids().len(), items);
    let rate = items as f64 / seconds;
    println!(
        "{name}: sync of {items} items from {STATIONS} stations at once: {seconds:.1} s, {rate:.0} items/s"
    );
    println!(
        "{name}: peak RSS (VmHWM): largest bk sync {} MiB, bk-central {} MiB",
        station_peak_kib / 1024,
        central_peak_kib / 1024
    );
    rate
}

const LATENCY_SAMPLES: usize = 1000;

/// Times single durable enqueues on an enrolled station on disk.
fn enqueue_latency(dir: &Path) {
    let central = Central::start(&dir.join("central"));
    let station = Station::new(&dir.join("station"));
    station.enrol(&central.url(), &central.add_station("Messung Latenz"));
    let store = station.store();
    let mut times: Vec<Duration> = (0..LATENCY_SAMPLES)
        .map(|n| {
            let submission = callback(n, "Bitte zurückrufen.");
            let started = Instant::now();
            requests::submit(&store, Utc::now(), &submission).expect("recorded");
            started.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "durable enqueue of one request (validate, seal, one FULL-sync transaction): median {:.2} ms, p99 {:.2} ms",
        millis(times[times.len() / 2]),
        millis(times[times.len() * 99 / 100])
    );
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn average_sealed_len(station: &Station) -> usize {
    let conn = rusqlite::Connection::open(station.dir().join("station.sqlite")).expect("store");
    conn.query_row(
        "SELECT CAST(avg(length(sealed)) AS INTEGER) FROM outbox WHERE sealed IS NOT NULL
         UNION ALL SELECT 600 LIMIT 1",
        [],
        |row| row.get::<_, Option<usize>>(0),
    )
    .expect("average blob length")
    .unwrap_or(600)
}

/// What checking that the pushing station sealed an item costs the central on one
/// core (`central::sealing`): verifying the station's tag, as for every tagged item,
/// and opening the seal, as for an item without a good tag.
fn seal_check(central_dir: &Path, station: &Station) {
    let keys = central::keys::CentralKeys::load_or_create(central_dir).expect("central keys");
    let conn = rusqlite::Connection::open(station.dir().join("station.sqlite")).expect("store");
    let (station_id, token): (String, String) = conn
        .query_row("SELECT station_id, token FROM enrolment", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .expect("enrolment");
    let binding = syncproto::binding::BindingKey::for_token(&token);
    let kind = syncproto::ItemKind::Request;
    // The items are acknowledged by now (their blobs deleted): seal and tag fresh ones.
    struct Sample {
        id: uuid::Uuid,
        sealed: Vec<u8>,
        tag: [u8; 32],
    }
    let samples: Vec<Sample> = (0..1000)
        .map(|n| {
            let id = uuid::Uuid::now_v7();
            let sealed = syncproto::seal::seal(
                &keys.seal_key.public_key(),
                &id,
                kind,
                &station_id,
                format!("{{\"name\":\"Person {n}\"}}").as_bytes(),
            )
            .expect("sealed");
            let tag = binding.tag(&id, kind, &station_id, &sealed);
            Sample { id, sealed, tag }
        })
        .collect();
    let per_item = |check: &dyn Fn(&Sample)| {
        let started = Instant::now();
        samples.iter().for_each(check);
        started.elapsed().as_secs_f64() / samples.len() as f64
    };
    let tag_check = per_item(&|item| {
        assert!(binding.verifies(&item.id, kind, &station_id, &item.sealed, &item.tag));
    });
    let opening = per_item(&|item| {
        syncproto::seal::open(&keys.seal_key, &item.id, kind, &station_id, &item.sealed)
            .expect("opens");
    });
    println!(
        "where the time goes: the central checks each item's tag on receipt: {:.1} µs per item on one core; an item without a good tag has its seal opened instead (X25519 HPKE): {:.0} µs, at most {:.0} items/s per core",
        tag_check * 1e6,
        opening * 1e6,
        1.0 / opening
    );
}

/// `VmHWM` of a process in KiB (0 once it is gone).
fn peak_rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
