//! What every command needs: where the station's files are, and the time.
//!
//! The time is the system clock, unless `BK_NOW` holds an RFC 3339 instant (for
//! tests and training: e.g. `BK_NOW=2026-02-25T10:00:00+01:00`).

use std::path::PathBuf;

use app::messages::german;
use app::{Station, StationPaths};
use chrono::{DateTime, Utc};
use station::Store;

use crate::output::Failure;

/// Environment variable that fixes the current instant.
const NOW_ENV: &str = "BK_NOW";

/// Resolved settings of one `bk` run.
#[derive(Debug)]
pub struct Context {
    paths: StationPaths,
    pub now: DateTime<Utc>,
}

impl Context {
    /// Resolves the station's folders (`--data-dir`, `--assets`) and the current instant.
    pub fn new(data_dir: Option<PathBuf>, assets_dir: Option<PathBuf>) -> Result<Self, Failure> {
        let now = match std::env::var(NOW_ENV) {
            Ok(text) => DateTime::parse_from_rfc3339(&text)
                .map_err(|_| {
                    Failure::Usage(german(
                        "bk-now-invalid",
                        &[
                            ("variable", NOW_ENV.into()),
                            ("value", text.as_str().into()),
                        ],
                    ))
                })?
                .with_timezone(&Utc),
            Err(_) => Utc::now(),
        };
        Ok(Self {
            paths: StationPaths {
                data_dir,
                assets_dir,
            },
            now,
        })
    }

    /// The open station (store, catalogue, plan), as the kiosk opens it.
    pub fn station(&self) -> Result<Station, Failure> {
        Ok(Station::open(&self.paths)?)
    }

    /// Only the store (creating and migrating it), for commands that need no assets.
    pub fn store(&self) -> Result<Store, Failure> {
        Ok(Store::open(self.paths.store_path()?)?)
    }
}
