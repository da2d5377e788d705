//! Schema migrations embedded from `migrations/station/NNNN_name.sql` (see `build.rs`).
//!
//! Each pending migration runs in its own `BEGIN IMMEDIATE` transaction together with
//! the new `PRAGMA user_version`, so a crash leaves the file at the previous version
//! and two processes starting at once apply each migration exactly once.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Result, StationError};

include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// `PRAGMA application_id` of a Bürgerkoffer station store ("BKST").
pub(super) const APPLICATION_ID: i32 = 0x424B_5354;

/// Number of the last embedded migration.
pub(super) fn latest_version() -> u32 {
    MIGRATIONS.last().map_or(0, |(number, _, _)| *number)
}

/// Applies every migration newer than the file's `user_version`, in order.
pub(super) fn apply_pending(conn: &Connection) -> Result<()> {
    for &(number, name, sql) in MIGRATIONS {
        let failed = |source| StationError::Migration {
            number,
            name,
            source,
        };
        let tx =
            Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(failed)?;
        let current: u32 = tx
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(failed)?;
        if current >= number {
            continue; // dropping `tx` ends the empty transaction
        }
        tx.execute_batch(sql).map_err(failed)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(failed)?;
        tx.pragma_update(None, "user_version", number)
            .map_err(failed)?;
        tx.commit().map_err(failed)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_ascending_and_in_this_crates_range() {
        assert!(!MIGRATIONS.is_empty());
        for pair in MIGRATIONS.windows(2) {
            assert!(pair[0].0 < pair[1].0);
        }
        assert_eq!(MIGRATIONS[0].0, 1);
    }

    #[test]
    fn applying_twice_changes_nothing() {
        let schema = |conn: &Connection| -> Vec<String> {
            let mut statement = conn
                .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
                .unwrap();
            let rows = statement.query_map([], |r| r.get(0)).unwrap();
            rows.collect::<Result<_, _>>().unwrap()
        };
        let conn = Connection::open_in_memory().unwrap();
        apply_pending(&conn).unwrap();
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, latest_version());
        let after_first = schema(&conn);
        assert!(!after_first.is_empty());
        apply_pending(&conn).unwrap();
        assert_eq!(schema(&conn), after_first);
    }
}
