//! The central's SQLite store: one file, WAL, `synchronous=FULL` (a commit is on disk
//! before the answer leaves), `secure_delete` (deleted content is overwritten), foreign
//! keys on, migrations applied on open.

mod audit;
mod clerks;
mod config;
mod figures;
mod migrate;
mod requests;
mod retention;
mod sessions;
mod stations;

use std::path::Path;
use std::time::Duration;

use chrono::{SecondsFormat, Utc};
use rusqlite::Connection;
use thiserror::Error;

pub use audit::{AuditAction, AuditEntry};
pub use clerks::{ClerkCredentials, ClerkRow};
pub use config::{ConfigListing, ConfigVersion};
pub use figures::StationDay;
pub use requests::{InsertOutcome, RequestFilter, RequestSummary, StatusFilter, StoredRequest};
pub use retention::{RetentionCounts, PROGRAM_ACTOR};
pub use sessions::SessionClerk;
pub use stations::{AuthedStation, NewEnrolmentCode, StationKey, StationRow, StationStatus};

/// A storage failure. The messages are German, for IT.
#[derive(Debug, Error)]
pub enum StoreError {
    /// An SQLite error.
    #[error("Datenbankfehler: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database's schema is newer than the migrations this program knows.
    #[error("Die Datenbank hat Schema-Version {found}, dieses Programm kennt nur bis {supported}; bitte bk-central aktualisieren")]
    SchemaTooNew {
        /// Schema version in the database (`PRAGMA user_version`).
        found: i64,
        /// Newest schema version this program knows.
        supported: i64,
    },
    /// SQLite did not switch to WAL journal mode; holds the mode it reported.
    #[error("Die Datenbank lässt sich nicht in den WAL-Modus schalten (Modus: {0})")]
    NoWal(String),
    /// `PRAGMA quick_check` reported a problem; holds its verdict.
    #[error("Die Integritätsprüfung der Datenbank meldet: {0}")]
    Corrupt(String),
    /// The operating system's random number generator failed.
    #[error(transparent)]
    NoEntropy(#[from] crate::secrets::NoEntropy),
    /// An imported item (id given) is already stored with other content or from another
    /// station.
    #[error("Eintrag {0} existiert schon mit anderem Inhalt; die Datei wird nicht importiert")]
    ImportConflict(String),
}

/// An open central database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (or creates) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::NoWal(mode));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted personal data is overwritten, not only marked free (retention).
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate::apply(&mut conn)?;
        Ok(Store { conn })
    }

    /// `PRAGMA quick_check`: refuses a damaged file before the server starts.
    pub fn quick_check(&self) -> Result<(), StoreError> {
        let verdict: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |row| row.get(0))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt(verdict))
        }
    }
}

/// The current time as stored: RFC 3339, UTC, milliseconds.
pub fn timestamp() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}
