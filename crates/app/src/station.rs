//! The open station: its store and the catalogue and plan the use cases need, opened
//! from a data folder and an assets folder (or the built-in assets) — the same way
//! for the kiosk and for `bk`.
//!
//! Catalogue and plan in force are the ones the station last pulled from the
//! central ([`station::sync::config`]); the shipped ones (assets folder or built in)
//! apply only until the first pull. A newly pulled version takes effect at the next
//! use, without a restart.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use station::catalogue::Catalogue;
use station::plan::Plan;
use station::{StationError, Store};

use crate::error::AppError;
use crate::messages::german;
use texts::FluentValue;

const BUILT_IN_STATIONS: &str = include_str!("../../../assets/stations.json");

/// File names inside an assets folder.
pub const SERVICES_FILE: &str = "services.json";
/// The station plan's file name inside an assets folder.
pub const STATIONS_FILE: &str = "stations.json";

/// Where a station's files are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StationPaths {
    /// `BK_DATA_DIR`: the folder of `station.sqlite`; `None` = the OS's data folder.
    pub data_dir: Option<PathBuf>,
    /// `BK_ASSETS_DIR`: catalogue and plan that replace the built-in ones.
    pub assets_dir: Option<PathBuf>,
}

impl StationPaths {
    /// The store file.
    pub fn store_path(&self) -> station::Result<PathBuf> {
        match &self.data_dir {
            Some(dir) => Ok(dir.join(station::store::FILE_NAME)),
            None => station::store::default_path(),
        }
    }
}

/// The part of the station that could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailedPart {
    /// The service catalogue or the station plan.
    Assets,
    /// The station's database.
    Store,
}

/// Why the station could not be opened (shown on the kiosk's start-up error page and
/// by `bk`).
#[derive(Debug)]
pub struct OpenFailure {
    /// What failed.
    pub part: FailedPart,
    /// The database file concerned, if the failure is about it.
    pub path: Option<PathBuf>,
    /// The station crate's error.
    pub error: StationError,
}

impl OpenFailure {
    /// What failed, in German, for the headline of the details.
    pub fn what(&self) -> String {
        german(
            match self.part {
                FailedPart::Assets => "startup-part-assets",
                FailedPart::Store => "startup-part-store",
            },
            &[],
        )
    }

    /// The error's German message and its code.
    pub fn detail(&self) -> String {
        format!("{} [{}]", self.error, self.error.code())
    }
}

impl fmt::Display for OpenFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = FluentValue::from(self.what());
        let detail = FluentValue::from(self.detail());
        f.write_str(&german(
            "startup-failed",
            &[("what", what), ("detail", detail)],
        ))
    }
}

/// Catalogue and plan in force, and the pulled version they come from (0: shipped).
#[derive(Clone)]
struct InForce {
    version: u64,
    catalogue: Arc<Catalogue>,
    plan: Arc<Plan>,
}

/// The open station.
pub struct Station {
    store: Mutex<Store>,
    shipped: InForce,
    in_force: RwLock<InForce>,
}

impl Station {
    /// Loads the assets and opens (creates, migrates) the store. A damaged, foreign or
    /// too new store file is refused and left exactly as it was.
    pub fn open(paths: &StationPaths) -> Result<Station, OpenFailure> {
        let (catalogue, plan) =
            load_assets(paths.assets_dir.as_deref()).map_err(|error| OpenFailure {
                part: FailedPart::Assets,
                path: None,
                error,
            })?;
        let store_failure = |path, error| OpenFailure {
            part: FailedPart::Store,
            path,
            error,
        };
        let path = paths
            .store_path()
            .map_err(|error| store_failure(None, error))?;
        let store = Store::open(&path).map_err(|error| store_failure(Some(path), error))?;
        let shipped = InForce {
            version: 0,
            catalogue: Arc::new(catalogue),
            plan: Arc::new(plan),
        };
        Ok(Station {
            store: Mutex::new(store),
            in_force: RwLock::new(shipped.clone()),
            shipped,
        })
    }

    /// The store, for one use case. A panic in an earlier one cannot leave it half
    /// written (every write is one SQLite transaction), so a poisoned lock is taken over.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The service catalogue in force.
    pub fn catalogue(&self) -> Arc<Catalogue> {
        self.in_force().catalogue
    }

    /// The station plan in force.
    pub fn plan(&self) -> Arc<Plan> {
        self.in_force().plan
    }

    /// Catalogue and plan in force, taking up a newly pulled version first. When the
    /// store is busy (also when the caller itself holds it), the ones already in
    /// force are used and the next call looks again.
    fn in_force(&self) -> InForce {
        let current = self
            .in_force
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let Ok(store) = self.store.try_lock() else {
            return current;
        };
        let pulled_version = station::sync::config::version(&store).unwrap_or(current.version);
        if pulled_version == current.version {
            return current;
        }
        let next = match station::sync::config::current(&store) {
            Ok(Some(pulled)) => InForce {
                version: pulled.version,
                catalogue: Arc::new(pulled.catalogue),
                plan: Arc::new(pulled.plan),
            },
            Ok(None) => self.shipped.clone(),
            // Pulled configurations are checked before they are stored; should one
            // not load now, the one in force stays.
            Err(_) => return current,
        };
        *self
            .in_force
            .write()
            .unwrap_or_else(PoisonError::into_inner) = next.clone();
        next
    }
}

impl From<OpenFailure> for AppError {
    fn from(failure: OpenFailure) -> Self {
        AppError::new("store_unavailable", failure.to_string())
    }
}

/// Catalogue and plan from `assets_dir`, else the ones compiled in from `assets/`.
fn load_assets(assets_dir: Option<&Path>) -> station::Result<(Catalogue, Plan)> {
    match assets_dir {
        Some(dir) => Ok((
            Catalogue::load(dir.join(SERVICES_FILE))?,
            Plan::load(dir.join(STATIONS_FILE))?,
        )),
        None => Ok((Catalogue::built_in()?, Plan::from_json(BUILT_IN_STATIONS)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_assets_are_valid() {
        let (catalogue, plan) = load_assets(None).expect("assets/ compiled in");
        assert!(!catalogue.services().is_empty());
        assert!(!plan.stations().is_empty());
    }

    #[test]
    fn assets_dir_replaces_the_built_in_files() {
        let dir = tempfile::tempdir().unwrap();
        let services =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/services.json");
        std::fs::copy(services, dir.path().join(SERVICES_FILE)).unwrap();
        let one_station = r#"{"version":1,"stations":[{"id":"probe","name":"Probe","address":"Am Markt 1, 14467 Potsdam","days":["2026-03-01"],"hours":{"open":"09:00","close":"12:00"},"defaultServiceMinutes":7}]}"#;
        std::fs::write(dir.path().join(STATIONS_FILE), one_station).unwrap();
        let (_, plan) = load_assets(Some(dir.path())).unwrap();
        assert_eq!(plan.stations().len(), 1);
        assert_eq!(plan.stations()[0].id, "probe");
    }

    #[test]
    fn a_missing_assets_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = load_assets(Some(dir.path())).unwrap_err();
        assert_eq!(error.code(), "io");
    }

    #[test]
    fn a_damaged_store_is_an_open_failure_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(station::store::FILE_NAME);
        std::fs::write(&path, b"kein SQLite".repeat(100)).unwrap();
        let paths = StationPaths {
            data_dir: Some(dir.path().to_path_buf()),
            assets_dir: None,
        };
        let failure = Station::open(&paths).err().expect("refused");
        assert_eq!(failure.path.as_deref(), Some(path.as_path()));
        assert_eq!(AppError::from(failure).code, "store_unavailable");
    }
}
