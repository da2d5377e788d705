//! The central's store, on SQLite or PostgreSQL ([`db`]): the same SQL, schema
//! migrations for each, and one [`Store`] whose methods the server, the back office
//! and the command line share.
//!
//! SQLite (the default, no set-up): one file, WAL, `synchronous=FULL` (a commit is on
//! disk before the answer leaves), `secure_delete` (deleted content is overwritten),
//! foreign keys on. PostgreSQL (`--database postgres://…`): several central processes
//! may share one database; nothing of the central's state lives in a process only.

mod appointments;
mod audit;
mod calls;
mod clerks;
mod config;
pub mod db;
mod documents;
mod figures;
mod migrate;
mod payments;
mod rate_limits;
mod requests;
mod retention;
mod sessions;
mod stations;

use std::cell::{RefCell, RefMut};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{SecondsFormat, Utc};
use rusqlite::Connection;
use thiserror::Error;

use db::{Backend, Db};

pub use appointments::{BookedAppointment, BookingAttempt, BOOKING_WISH, CLAIM_LEASE};
pub use audit::{AuditAction, AuditEntry};
pub use calls::{Answer, CallRecord, NewCall};
pub use clerks::{ClerkCredentials, ClerkRow};
pub use config::{ConfigListing, ConfigVersion};
pub use documents::{Added, DocumentRow, NewDocument, SealedDocument};
pub use figures::StationDay;
pub use payments::{OnlinePayment, OnlineStatus, PLATFORM_ACTOR};
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
    /// A PostgreSQL error.
    #[error("Datenbankfehler (PostgreSQL): {}", postgres_detail(.0))]
    Postgres(#[from] postgres::Error),
    /// A column did not hold what the program expects.
    #[error("Datenbankfehler: Spalte {index} enthält {found}")]
    Column {
        /// Which column (from 0).
        index: usize,
        /// What it held.
        found: String,
    },
    /// `--database` names a PostgreSQL server that is not on this machine.
    #[error("Ohne TLS verbindet sich bk-central nur mit einer PostgreSQL-Datenbank auf 127.0.0.1, ::1 oder über einen Unix-Socket (angegeben: {0})")]
    RemoteDatabase(String),
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

impl StoreError {
    /// Whether running the transaction again may succeed (PostgreSQL: a
    /// serialization failure or a deadlock).
    pub fn is_retryable(&self) -> bool {
        use postgres::error::SqlState;
        match self {
            StoreError::Postgres(error) => matches!(
                error.code(),
                Some(&SqlState::T_R_SERIALIZATION_FAILURE | &SqlState::T_R_DEADLOCK_DETECTED)
            ),
            _ => false,
        }
    }
}

/// The server's own message of a PostgreSQL error, else the client's.
fn postgres_detail(error: &postgres::Error) -> String {
    error
        .as_db_error()
        .map_or_else(|| error.to_string(), |db| db.message().to_owned())
}

/// Where the central keeps its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// An SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL (`postgres://…` or `postgresql://…`).
    Postgres(String),
}

impl Database {
    /// A `postgres://` or `postgresql://` URL, else the path of an SQLite file.
    pub fn parse(text: &str) -> Database {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Database::Postgres(text.to_owned())
        } else {
            Database::Sqlite(PathBuf::from(text))
        }
    }

    /// For people: the file's path, or the URL without its password.
    pub fn shown(&self) -> String {
        match self {
            Database::Sqlite(path) => path.display().to_string(),
            Database::Postgres(url) => match url::Url::parse(url) {
                Ok(mut parsed) => {
                    let _ = parsed.set_password(None);
                    parsed.to_string()
                }
                Err(_) => "postgres://…".to_owned(),
            },
        }
    }
}

/// An open central database. Its connection sits in a `RefCell`: the store is used by
/// one thread at a time (the server holds it under a mutex), and its reading methods
/// take `&self` on both databases.
pub struct Store {
    db: RefCell<Db>,
}

impl Store {
    /// Opens (or creates) the SQLite file at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::NoWal(mode));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted personal data is overwritten, not only marked free (retention).
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Store::migrated(Db::Sqlite(conn))
    }

    /// Opens `database` and brings its schema up to date.
    pub fn connect(database: &Database) -> Result<Store, StoreError> {
        match database {
            Database::Sqlite(path) => Store::open(path),
            Database::Postgres(url) => {
                let config: postgres::Config = url.parse()?;
                let local_hosts = config.get_hosts().iter().all(|host| match host {
                    postgres::config::Host::Tcp(name) => {
                        name == "localhost"
                            || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
                    }
                    postgres::config::Host::Unix(_) => true,
                });
                // `hostaddr=` overrides where a host name connects to.
                let local_addresses = config.get_hostaddrs().iter().all(IpAddr::is_loopback);
                if !(local_hosts && local_addresses) {
                    return Err(StoreError::RemoteDatabase(database.shown()));
                }
                Store::migrated(Db::connect_postgres(config)?)
            }
        }
    }

    fn migrated(mut db: Db) -> Result<Store, StoreError> {
        migrate::apply(&mut db)?;
        Ok(Store {
            db: RefCell::new(db),
        })
    }

    /// The connection, for one statement or transaction at a time.
    fn db(&self) -> RefMut<'_, Db> {
        self.db.borrow_mut()
    }

    /// Which database the store runs on.
    pub fn backend(&self) -> Backend {
        self.db().backend()
    }

    /// Refuses a damaged database before the server starts: SQLite's
    /// `PRAGMA quick_check`; PostgreSQL checks its pages itself, so there a query
    /// that answers is enough.
    pub fn quick_check(&self) -> Result<(), StoreError> {
        let mut db = self.db();
        let verdict: String = match db.backend() {
            Backend::Sqlite => db.query_one("PRAGMA quick_check", db::args![])?.get(0)?,
            Backend::Postgres => db.query_one("SELECT 'ok'", db::args![])?.get(0)?,
        };
        if verdict == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt(verdict))
        }
    }
}

/// The current time as stored: RFC 3339, UTC, milliseconds.
pub fn timestamp() -> String {
    timestamp_of(Utc::now())
}

/// `time` as stored: RFC 3339, UTC, milliseconds.
pub fn timestamp_of(time: chrono::DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Millis, true)
}
