//! Publishing a configuration version (service catalogue and station plan), for the
//! back office's upload and `bk-central config publish` alike: both documents must
//! pass the very loaders the stations apply them with ([`station::catalogue`],
//! [`station::plan`]), else a station would refuse what the central signed.

use ed25519_dalek::SigningKey;
use thiserror::Error;

use crate::store::{AuditAction, ConfigVersion, Store, StoreError};

/// Why a configuration cannot be published; German, for IT and admins.
#[derive(Debug, Error)]
pub enum PublishError {
    /// The service catalogue is not one the stations can load.
    #[error("Der Leistungskatalog ist ungültig: {0}")]
    Services(String),
    /// The station plan is not one the stations can load.
    #[error("Der Stationsplan ist ungültig: {0}")]
    Plan(String),
    /// Storing failed.
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Checks both documents, publishes them as the next version (compact JSON, signed)
/// and records it in the audit log under `actor`.
pub fn publish(
    store: &mut Store,
    signing_key: &SigningKey,
    services: &str,
    stations: &str,
    actor: &str,
) -> Result<ConfigVersion, PublishError> {
    station::catalogue::Catalogue::from_json(services)
        .map_err(|error| PublishError::Services(error.to_string()))?;
    station::plan::Plan::from_json(stations)
        .map_err(|error| PublishError::Plan(error.to_string()))?;
    let services = compact(services).map_err(PublishError::Services)?;
    let stations = compact(stations).map_err(PublishError::Plan)?;
    let published = store.publish_config(&services, &stations, signing_key)?;
    store.audit(
        actor,
        AuditAction::ConfigPublish,
        Some(&published.version.to_string()),
        None,
    )?;
    Ok(published)
}

/// A JSON document without its whitespace.
fn compact(text: &str) -> Result<String, String> {
    serde_json::from_str::<serde_json::Value>(text)
        .and_then(|value| serde_json::to_string(&value))
        .map_err(|error| error.to_string())
}
