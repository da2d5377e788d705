//! Test harness for the sync between a station and the central, with real processes:
//! `bk-central serve` on a loopback port, `bk` with its own data directory, and a
//! fault-injecting TCP proxy between them.
//!
//! - [`binaries`]: builds and finds `bk` and `bk-central`.
//! - [`central`]: a central process that can be killed and restarted on its port.
//! - [`station`]: a station data directory, driven by `bk` and the station crate.
//! - [`proxy`]: the fault proxy.
//! - [`random`]: small random numbers for delays and choices.

pub mod binaries;
pub mod central;
pub mod proxy;
pub mod random;
pub mod station;

use std::collections::BTreeSet;
use std::path::Path;

use central::Central;
use station::Station;

/// A temporary directory in memory (`/dev/shm`) when there is one: the crash tests
/// kill processes, not the machine, so the page cache is as durable as a disk for
/// them, and items are written much faster.
pub fn fast_tempdir() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        tempfile::tempdir_in(shm).expect("temp dir in /dev/shm")
    } else {
        tempfile::tempdir().expect("temp dir")
    }
}

/// A central in `dir/central` and a station in `dir/station` enrolled there.
pub fn enrolled_pair(dir: &Path) -> (Central, Station) {
    let central = Central::start(&dir.join("central"));
    let station = Station::new(&dir.join("station"));
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));
    (central, station)
}

/// A new, empty database in the PostgreSQL test cluster (`BK_TEST_POSTGRES`, which
/// the scripts start), as a URL for `bk-central --database`.
pub fn postgres_database() -> String {
    let cluster = std::env::var("BK_TEST_POSTGRES")
        .expect("BK_TEST_POSTGRES: the PostgreSQL test cluster (scripts/test starts one)");
    let name = format!("bk_sync_{:016x}", random::below(u64::MAX));
    let mut admin = postgres::Client::connect(&cluster, postgres::NoTls).expect("test cluster");
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("database created");
    let mut url = url::Url::parse(&cluster).expect("cluster URL");
    url.set_path(&name);
    url.to_string()
}

/// The first column of `query` (ids) over the SQLite file `db`, read-only.
pub fn ids_in(db: &Path, query: &str) -> BTreeSet<String> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("database");
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .expect("busy timeout");
    let mut statement = conn.prepare(query).expect("query");
    let ids = statement
        .query_map([], |row| row.get::<_, String>(0))
        .expect("rows")
        .collect::<rusqlite::Result<BTreeSet<_>>>()
        .expect("ids");
    ids
}
