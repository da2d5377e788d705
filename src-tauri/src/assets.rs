//! The service catalogue and the station plan: the files in `BK_ASSETS_DIR` when it is
//! set (an update without a new build), else the ones compiled in from `assets/`.

use station::catalogue::Catalogue;
use station::plan::Plan;
use std::path::Path;

const BUILT_IN_SERVICES: &str = include_str!("../../assets/services.json");
const BUILT_IN_STATIONS: &str = include_str!("../../assets/stations.json");

/// File names inside an assets directory.
pub const SERVICES_FILE: &str = "services.json";
pub const STATIONS_FILE: &str = "stations.json";

/// Catalogue and plan, validated by the station crate.
pub fn load(assets_dir: Option<&Path>) -> station::Result<(Catalogue, Plan)> {
    match assets_dir {
        Some(dir) => Ok((
            Catalogue::load(dir.join(SERVICES_FILE))?,
            Plan::load(dir.join(STATIONS_FILE))?,
        )),
        None => Ok((
            Catalogue::from_json(BUILT_IN_SERVICES)?,
            Plan::from_json(BUILT_IN_STATIONS)?,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_assets_are_valid() {
        let (catalogue, plan) = load(None).expect("assets/ compiled in");
        assert!(!catalogue.services().is_empty());
        assert!(!plan.stations().is_empty());
    }

    #[test]
    fn assets_dir_replaces_the_built_in_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SERVICES_FILE), BUILT_IN_SERVICES).unwrap();
        let one_station = r#"{"version":1,"stations":[{"id":"probe","name":"Probe","address":"Am Markt 1, 14467 Potsdam","days":["2026-03-01"],"hours":{"open":"09:00","close":"12:00"},"defaultServiceMinutes":7}]}"#;
        std::fs::write(dir.path().join(STATIONS_FILE), one_station).unwrap();
        let (_, plan) = load(Some(dir.path())).unwrap();
        assert_eq!(plan.stations().len(), 1);
        assert_eq!(plan.stations()[0].id, "probe");
    }

    #[test]
    fn a_missing_assets_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = load(Some(dir.path())).unwrap_err();
        assert_eq!(error.code(), "io");
    }
}
