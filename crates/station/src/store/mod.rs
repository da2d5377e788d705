//! The station's SQLite store: one file per station laptop, opened with checks that
//! refuse damaged or foreign files without touching them, migrated at start.
//!
//! Location: `$BK_DATA_DIR/station.sqlite` when the environment variable is set, else
//! the OS data directory (`~/.local/share/buergerkoffer/station.sqlite` on Linux).
//! A data folder the station creates is 0700, the SQLite files are 0600.

mod migrate;
mod open;
mod permissions;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::error::Result;

pub use open::{default_path, DATA_DIR_ENV, FILE_NAME};

/// An open, checked and migrated station store.
///
/// Not `Sync`: share it behind a `Mutex`. Several processes may open the same file;
/// writes are serialised by SQLite (`BEGIN IMMEDIATE`, busy timeout).
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (or creates) the store at `path`: refuses a file that is not a database
    /// of ours, fails the quick integrity check or has a newer schema — such a file is
    /// left exactly as it was — then applies the pending migrations.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let conn = open::open_checked(&path)?;
        migrate::apply_pending(&conn)?;
        Ok(Self { conn, path })
    }

    /// Opens the store at [`default_path`].
    pub fn open_default() -> Result<Self> {
        Self::open(default_path()?)
    }

    /// Path of the store file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Schema version of the file (`PRAGMA user_version`): the number of the last
    /// migration applied.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    /// The newest schema version this build knows (its last embedded migration).
    pub fn latest_schema_version() -> u32 {
        migrate::latest_version()
    }

    /// Full `PRAGMA integrity_check` (slower than the quick check done on open).
    /// Returns the findings; an empty list means the file is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        open::check_findings(&self.conn, "integrity_check")
    }

    /// A write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so
    /// read-then-write sequences cannot interleave with other processes.
    pub(crate) fn write_transaction(&self) -> Result<Transaction<'_>> {
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        )?)
    }

    /// The connection, for reads.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Reads a setting.
    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    /// Writes a setting (durably, like every commit here).
    pub(crate) fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// Removes a setting (nothing happens when it is not set).
    pub(crate) fn delete_setting(&self, key: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }
}
