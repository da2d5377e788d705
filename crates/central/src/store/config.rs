//! Published configuration versions (service catalogue and station plan), each signed
//! with the central's Ed25519 key when it is published.

use ed25519_dalek::SigningKey;
use rusqlite::{params, OptionalExtension, TransactionBehavior};

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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let latest: u64 = tx.query_row(
            "SELECT coalesce(max(version), 0) FROM config_versions",
            [],
            |row| row.get(0),
        )?;
        let version = latest + 1;
        let published = ConfigVersion {
            version,
            published_at: timestamp(),
            services: services_json.to_owned(),
            stations: stations_json.to_owned(),
            signature: syncproto::config::sign(signing_key, version, services_json, stations_json),
        };
        tx.execute(
            "INSERT INTO config_versions (version, published_at, services, stations, signature)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                published.version,
                published.published_at,
                published.services,
                published.stations,
                published.signature
            ],
        )?;
        tx.commit()?;
        Ok(published)
    }

    /// The newest published version, if any.
    pub fn latest_config(&self) -> Result<Option<ConfigVersion>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT version, published_at, services, stations, signature
                 FROM config_versions ORDER BY version DESC LIMIT 1",
                [],
                |row| {
                    Ok(ConfigVersion {
                        version: row.get(0)?,
                        published_at: row.get(1)?,
                        services: row.get(2)?,
                        stations: row.get(3)?,
                        signature: row.get(4)?,
                    })
                },
            )
            .optional()?)
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
        let mut statement = self.conn.prepare(
            "SELECT version, published_at, coalesce(json_array_length(services, '$.services'), 0)
             FROM config_versions ORDER BY version DESC",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(ConfigListing {
                version: row.get(0)?,
                published_at: row.get(1)?,
                services: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
