//! What every command needs: where the store and the assets are, and the time.
//!
//! The time is the system clock, unless `BK_NOW` holds an RFC 3339 instant (for
//! tests and training: e.g. `BK_NOW=2026-02-25T10:00:00+01:00`).

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use station::plan::{self, Plan};
use station::store::{default_path, FILE_NAME};
use station::{StationError, Store};

use crate::args::Args;
use crate::output::Failure;

/// Environment variable that fixes the current instant.
const NOW_ENV: &str = "BK_NOW";

/// Resolved settings of one `bk` run.
#[derive(Debug)]
pub struct Context {
    store_path: PathBuf,
    assets: PathBuf,
    pub now: DateTime<Utc>,
}

impl Context {
    /// Resolves paths and the current instant.
    pub fn from_args(args: &Args) -> Result<Self, Failure> {
        let store_path = match &args.data_dir {
            Some(dir) => dir.join(FILE_NAME),
            None => default_path()?,
        };
        let now = match std::env::var(NOW_ENV) {
            Ok(text) => DateTime::parse_from_rfc3339(&text)
                .map_err(|_| {
                    Failure::Usage(format!(
                        "{NOW_ENV}=„{text}“ ist kein Zeitpunkt nach RFC 3339."
                    ))
                })?
                .with_timezone(&Utc),
            Err(_) => Utc::now(),
        };
        Ok(Self {
            store_path,
            assets: args.assets.clone(),
            now,
        })
    }

    /// Opens (and if need be creates and migrates) the store.
    pub fn store(&self) -> Result<Store, Failure> {
        Ok(Store::open(&self.store_path)?)
    }

    /// Loads the station plan from the assets directory.
    pub fn plan(&self) -> Result<Plan, Failure> {
        Ok(Plan::load(self.assets.join("stations.json"))?)
    }

    /// `--station` if given, else the station selected in the store.
    pub fn station_id(&self, store: &Store, given: Option<String>) -> Result<String, Failure> {
        match given {
            Some(id) => Ok(id),
            None => {
                plan::selected_id(store)?.ok_or(Failure::Station(StationError::NoStationSelected))
            }
        }
    }
}
