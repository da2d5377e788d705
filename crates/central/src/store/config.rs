//! Published configuration versions (service catalogue and station plan), each signed
//! with the central's Ed25519 key when it is published.

use ed25519_dalek::SigningKey;

use super::db::{args, Isolation, Row};
use super::{timestamp, Store, StoreError};

/// One published configuration version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigVersion {
    /// Version number: 1 for the first publication, then the previous one plus 1.
    pub version: u64,
    /// When it was published: RFC 3339, UTC, milliseconds.
    pub published_at: String,
    /// Compact JSON text, exactly as signed and served.
    pub services: String,
    /// Station plan as compact JSON text, exactly as signed and served.
    pub stations: String,
    /// Base64 Ed25519 signature over `syncproto::config::signed_bytes`.
    pub signature: String,
}

impl Store {
    /// Publishes a new version (the previous one plus 1) and returns it.
    pub fn publish_config(
        &mut self,
        services_json: &str,
        stations_json: &str,
        signing_key: &SigningKey,
    ) -> Result<ConfigVersion, StoreError> {
        // Serializable: two publications at once get different versions (one of them
        // runs again).
        self.db().transaction(Isolation::Serializable, |db| {
            let latest: u64 = db
                .query_one(
                    "SELECT coalesce(max(version), 0) FROM config_versions",
                    args![],
                )?
                .get(0)?;
            let version = latest + 1;
            let published = ConfigVersion {
                version,
                published_at: timestamp(),
                services: services_json.to_owned(),
                stations: stations_json.to_owned(),
                signature: syncproto::config::sign(
                    signing_key,
                    version,
                    services_json,
                    stations_json,
                ),
            };
            db.execute(
                "INSERT INTO config_versions (version, published_at, services, stations, signature)
                 VALUES ($1, $2, $3, $4, $5)",
                args![
                    published.version,
                    published.published_at,
                    published.services,
                    published.stations,
                    published.signature
                ],
            )?;
            Ok(published)
        })
    }

    /// The newest published version, if any.
    pub fn latest_config(&self) -> Result<Option<ConfigVersion>, StoreError> {
        self.db()
            .query_opt(
                "SELECT version, published_at, services, stations, signature
                 FROM config_versions ORDER BY version DESC LIMIT 1",
                args![],
            )?
            .map(|row: Row| {
                Ok(ConfigVersion {
                    version: row.get(0)?,
                    published_at: row.get(1)?,
                    services: row.get(2)?,
                    stations: row.get(3)?,
                    signature: row.get(4)?,
                })
            })
            .transpose()
    }
}

/// A published version without its documents, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigListing {
    /// Version number.
    pub version: u64,
    /// When it was published.
    pub published_at: String,
    /// Services in its catalogue.
    pub services: u64,
}

impl Store {
    /// Every published version, newest first.
    pub fn config_versions(&self) -> Result<Vec<ConfigListing>, StoreError> {
        // The catalogue's size is counted here, not in SQL: JSON functions differ
        // between SQLite and PostgreSQL, and the versions are few.
        self.db()
            .query(
                "SELECT version, published_at, services FROM config_versions
                 ORDER BY version DESC",
                args![],
            )?
            .iter()
            .map(|row| {
                let services: String = row.get(2)?;
                let count = serde_json::from_str::<serde_json::Value>(&services)
                    .ok()
                    .and_then(|catalogue| catalogue["services"].as_array().map(Vec::len))
                    .unwrap_or(0);
                Ok(ConfigListing {
                    version: row.get(0)?,
                    published_at: row.get(1)?,
                    services: count as u64,
                })
            })
            .collect()
    }
}
