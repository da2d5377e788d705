//! Helpers shared by the integration tests: fixture paths, instants, temp stores.

#![allow(dead_code)] // each test binary uses a different subset

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use station::plan::Plan;
use station::Store;

/// Path of a file under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The fixture station plan (Stern-Center open 10:00–18:00 on 2026-02-25/26).
pub fn plan() -> Plan {
    Plan::load(fixture("stations.json")).expect("fixture plan loads")
}

/// An instant written in RFC 3339.
pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("valid test instant")
        .with_timezone(&Utc)
}

/// A fresh store in a new temporary directory (kept alive by the returned guard).
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("station.sqlite")).expect("fresh store opens");
    (dir, store)
}
