//! Finding and opening the store file safely.
//!
//! Order matters: nothing that could write to the file (journal mode, migrations)
//! happens before the file has shown itself to be a sound database of ours with a
//! schema this build knows. A refused file keeps every byte (a new one is created
//! empty, owner-only, see [`permissions`]).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode};
use texts::german;

use super::{migrate, permissions};
use crate::error::{Result, StationError};

/// Environment variable that overrides the directory of the store file.
pub const DATA_DIR_ENV: &str = "BK_DATA_DIR";

/// File name of the store inside the data directory.
pub const FILE_NAME: &str = "station.sqlite";

/// How long a writer waits for another process's write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// `$BK_DATA_DIR/station.sqlite`, else `<OS data dir>/buergerkoffer/station.sqlite`.
pub fn default_path() -> Result<PathBuf> {
    let dir = match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => directories::ProjectDirs::from("de", "Potsdam", "buergerkoffer")
            .ok_or(StationError::NoDataDir)?
            .data_dir()
            .to_path_buf(),
    };
    Ok(dir.join(FILE_NAME))
}

/// Opens `path` and checks it; see the module documentation for the order.
pub(super) fn open_checked(path: &Path) -> Result<Connection> {
    refuse_foreign_header(path)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        permissions::create_dir(parent).map_err(|e| StationError::io(parent, e))?;
    }
    permissions::create_file(path).map_err(|e| StationError::io(path, e))?;
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;

    let findings = check_findings(&conn, "quick_check").map_err(|e| classify(path, e))?;
    if !findings.is_empty() {
        return Err(StationError::Corrupt {
            path: path.to_path_buf(),
            detail: findings.join("; "),
        });
    }
    refuse_foreign_or_newer(&conn, path)?;
    let mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StationError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(german(
                "error-detail-wal-unavailable",
                &[("mode", mode.as_str().into())],
            )),
        });
    }
    permissions::restrict_all(path).map_err(|e| StationError::io(path, e))?;
    Ok(conn)
}

/// Runs `PRAGMA quick_check` or `integrity_check`; returns the findings, empty if "ok".
pub(super) fn check_findings(conn: &Connection, pragma: &str) -> Result<Vec<String>> {
    let mut statement = conn.prepare(&format!("PRAGMA {pragma}(20)"))?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    let findings = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(findings.into_iter().filter(|line| line != "ok").collect())
}

/// An existing non-empty file must start with the SQLite header. SQLite itself would
/// treat some short garbage files as empty databases and write over them.
fn refuse_foreign_header(path: &Path) -> Result<()> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StationError::io(path, e)),
    };
    let metadata = file.metadata().map_err(|e| StationError::io(path, e))?;
    if !metadata.is_file() {
        return Err(not_a_database(
            path,
            &german("error-detail-not-a-file", &[]),
        ));
    }
    if metadata.len() == 0 {
        return Ok(());
    }
    let mut header = [0u8; 16];
    match file.read_exact(&mut header) {
        Ok(()) if &header == SQLITE_MAGIC => Ok(()),
        Ok(()) => Err(not_a_database(
            path,
            &german("error-detail-foreign-header", &[]),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(not_a_database(
            path,
            &german("error-detail-file-too-short", &[]),
        )),
        Err(e) => Err(StationError::io(path, e)),
    }
}

/// A database with tables but without our application id belongs to someone else;
/// one with a newer schema belongs to a newer build.
fn refuse_foreign_or_newer(conn: &Connection, path: &Path) -> Result<()> {
    let version: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let application_id: i32 = conn.pragma_query_value(None, "application_id", |row| row.get(0))?;
    let objects: u32 =
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))?;
    let ours = application_id == migrate::APPLICATION_ID
        || (application_id == 0 && version == 0 && objects == 0);
    if !ours {
        return Err(not_a_database(
            path,
            &german("error-detail-foreign-database", &[]),
        ));
    }
    let known = migrate::latest_version();
    if version > known {
        return Err(StationError::SchemaTooNew {
            path: path.to_path_buf(),
            found: version,
            known,
        });
    }
    Ok(())
}

/// Turns SQLite's "not a database" and "corrupt" codes into the typed errors.
fn classify(path: &Path, error: StationError) -> StationError {
    let StationError::Database(rusqlite::Error::SqliteFailure(failure, message)) = &error else {
        return error;
    };
    let detail = message.clone().unwrap_or_else(|| failure.to_string());
    match failure.code {
        ErrorCode::NotADatabase => not_a_database(path, &detail),
        ErrorCode::DatabaseCorrupt => StationError::Corrupt {
            path: path.to_path_buf(),
            detail,
        },
        _ => error,
    }
}

fn not_a_database(path: &Path, detail: &str) -> StationError {
    StationError::NotADatabase {
        path: path.to_path_buf(),
        detail: detail.to_owned(),
    }
}
