//! Sync figures (`cargo bench -p synctests --bench sync_backlog`), printed as text:
//!
//! 1. durable enqueue latency of one request (seal + one `synchronous=FULL`
//!    transaction), median and p99, on the disk of the temp directory;
//! 2. a backlog of `BK_BENCH_ITEMS` (default 100 000) requests synced by one
//!    `bk sync` process to a `bk-central` process, both with their files on disk:
//!    items/s and the peak resident memory (VmHWM) of both processes;
//! 3. the central's raw SQLite insert rate for the same number of rows of the same
//!    size in batches of 500 (`central::baseline`), and the ratio of 2 to 3.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use chrono::Utc;
use station::requests;
use synctests::central::Central;
use synctests::fast_tempdir;
use synctests::station::{callback, Station};

fn main() {
    let items: usize = std::env::var("BK_BENCH_ITEMS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(100_000);
    let disk = tempfile::tempdir().expect("temp dir on disk");
    println!(
        "Bürgerkoffer sync benchmark ({items} items), files in {}",
        disk.path().display()
    );

    let central = Central::start(&disk.path().join("central"));
    enqueue_latency(&disk.path().join("latency-station"), &central);

    let station = backlog(&disk.path().join("station"), &central, items);
    let sealed_len = average_sealed_len(&station);
    let started = Instant::now();
    let mut sync = station
        .bk(&["sync", "--json"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bk sync starts");
    let mut station_peak_kib = 0;
    while sync.try_wait().expect("wait").is_none() {
        station_peak_kib = station_peak_kib.max(peak_rss_kib(sync.id()));
        std::thread::sleep(Duration::from_millis(20));
    }
    let seconds = started.elapsed().as_secs_f64();
    assert!(sync.wait().expect("exit").success(), "bk sync failed");
    let central_peak_kib = peak_rss_kib(central.pid().expect("central runs"));
    assert_eq!(station.status().pending, 0);
    assert_eq!(central.item_ids().len(), items + LATENCY_SAMPLES);
    let sync_rate = items as f64 / seconds;
    println!("sync of {items} items: {seconds:.1} s, {sync_rate:.0} items/s");
    println!(
        "peak RSS (VmHWM): bk sync {} MiB, bk-central {} MiB",
        station_peak_kib / 1024,
        central_peak_kib / 1024
    );

    let baseline = central::baseline::measure_insert_rate(
        &disk.path().join("baseline.sqlite3"),
        items,
        500,
        sealed_len,
    )
    .expect("baseline");
    let raw_rate = baseline.items_per_second();
    println!(
        "central raw insert rate (batches of 500, {sealed_len}-byte blobs): {raw_rate:.0} items/s"
    );
    println!("ratio sync / raw insert: {:.2}", sync_rate / raw_rate);
}

const LATENCY_SAMPLES: usize = 1000;

/// Times single durable enqueues on an enrolled station on disk.
fn enqueue_latency(dir: &Path, central: &Central) {
    let station = Station::new(dir);
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
    assert!(station.run(&["sync"]).status.success());
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// A station with `items` pending requests: written in memory (fast), then the
/// database file is copied to `dir` on disk.
fn backlog(dir: &Path, central: &Central, items: usize) -> Station {
    let memory = fast_tempdir();
    let filled = Station::new(memory.path());
    filled.enrol(&central.url(), &central.add_station("Messung Rückstau"));
    let started = Instant::now();
    filled.add_requests(items);
    println!(
        "backlog of {items} written in {:.1} s (in memory)",
        started.elapsed().as_secs_f64()
    );
    drop(filled);
    std::fs::create_dir_all(dir).expect("station dir");
    std::fs::copy(
        memory.path().join("station.sqlite"),
        dir.join("station.sqlite"),
    )
    .expect("copy store");
    Station::new(dir)
}

fn average_sealed_len(station: &Station) -> usize {
    let conn = rusqlite::Connection::open(station.dir().join("station.sqlite")).expect("store");
    conn.query_row(
        "SELECT CAST(avg(length(sealed)) AS INTEGER) FROM outbox WHERE state = 'pending'",
        [],
        |row| row.get(0),
    )
    .expect("average blob length")
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
