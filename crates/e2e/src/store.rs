//! The station's store as a test prepares it before the app starts and reads or
//! changes it beside the running app, as `bk` would.

use std::path::{Path, PathBuf};

use crate::paths;

/// The station of the built-in plan every end-to-end test selects.
pub const STATION_ID: &str = "stern-center";

/// Creates the store in `data_dir` with [`STATION_ID`] selected, as staff would in the
/// staff window; returns the database file.
pub fn prepare(data_dir: &Path) -> PathBuf {
    let database = data_dir.join(station::store::FILE_NAME);
    let store = station::Store::open(&database).expect("create the store");
    station::plan::select(&store, &plan(), STATION_ID).expect("select the station");
    database
}

/// The built-in station plan (`assets/stations.json`).
pub fn plan() -> station::plan::Plan {
    station::plan::Plan::load(paths::workspace_root().join("assets/stations.json"))
        .expect("assets/stations.json")
}
