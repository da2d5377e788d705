//! Configuration from the central (service catalogue, station plan), pulled by
//! version and applied all or nothing.
//!
//! A bundle is applied only when its signature holds under the central's pinned key,
//! its version is newer than the one the station has, and both documents pass the
//! same loaders as the shipped assets ([`Catalogue::from_json`], [`Plan::from_json`]).
//! Then version and both texts replace the previous ones in one transaction.

use chrono::{DateTime, Utc};
use ed25519_dalek::VerifyingKey;
use rusqlite::{params, OptionalExtension};

use super::client::CentralClient;
use super::error::SyncError;
use crate::catalogue::Catalogue;
use crate::clock::to_stored;
use crate::error::Result;
use crate::plan::Plan;
use crate::store::Store;

/// The configuration the station pulled last.
#[derive(Debug, Clone)]
pub struct PulledConfig {
    /// Version at the central.
    pub version: u64,
    /// The service catalogue.
    pub catalogue: Catalogue,
    /// The station plan.
    pub plan: Plan,
}

/// Version of the pulled configuration, 0 when there is none.
pub fn version(store: &Store) -> Result<u64> {
    Ok(store
        .conn()
        .query_row(
            "SELECT version FROM central_config WHERE id = 1",
            [],
            |row| row.get(0),
        )
        .optional()?
        .unwrap_or(0))
}

/// The pulled configuration, if any (the shipped assets apply until then).
pub fn current(store: &Store) -> Result<Option<PulledConfig>> {
    let row: Option<(u64, String, String)> = store
        .conn()
        .query_row(
            "SELECT version, services, stations FROM central_config WHERE id = 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    row.map(|(version, services, stations)| {
        Ok(PulledConfig {
            version,
            catalogue: Catalogue::from_json(&services)?,
            plan: Plan::from_json(&stations)?,
        })
    })
    .transpose()
}

/// Asks the central for a newer version and applies it. Returns the version applied,
/// `None` when the station was up to date.
pub async fn pull(
    store: &Store,
    client: &CentralClient,
    central_key: &VerifyingKey,
    now: DateTime<Utc>,
) -> Result<Option<u64>, SyncError> {
    let since = version(store)?;
    let Some(bundle) = client.config(since).await? else {
        return Ok(None);
    };
    bundle.verify(central_key)?;
    if bundle.version <= since {
        return Ok(None);
    }
    let (services, stations) = (bundle.services.get(), bundle.stations.get());
    Catalogue::from_json(services).map_err(SyncError::ConfigInvalid)?;
    Plan::from_json(stations).map_err(SyncError::ConfigInvalid)?;
    store
        .conn()
        .execute(
            "INSERT INTO central_config (id, version, services, stations, applied_at)
         VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version,
             services = excluded.services, stations = excluded.stations,
             applied_at = excluded.applied_at",
            params![bundle.version, services, stations, to_stored(now)],
        )
        .map_err(crate::StationError::from)?;
    Ok(Some(bundle.version))
}
