//! Schema migrations from `migrations/central/`, compiled into the binary and applied
//! in order; `PRAGMA user_version` records the last one applied.

use rusqlite::{Connection, TransactionBehavior};

use super::StoreError;

/// Every migration, in order: (version, file name, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "0001_init.sql",
        include_str!("../../../../migrations/central/0001_init.sql"),
    ),
    (
        2,
        "0002_backoffice.sql",
        include_str!("../../../../migrations/central/0002_backoffice.sql"),
    ),
    (
        3,
        "0003_figures.sql",
        include_str!("../../../../migrations/central/0003_figures.sql"),
    ),
];

/// Applies the migrations the database lacks, each in its own transaction.
pub(super) fn apply(conn: &mut Connection) -> Result<(), StoreError> {
    let supported = MIGRATIONS.last().map_or(0, |(version, _, _)| *version);
    for (version, _, sql) in MIGRATIONS {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if current > supported {
            return Err(StoreError::SchemaTooNew {
                found: current,
                supported,
            });
        }
        if current < *version {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", version)?;
        }
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_listed_in_order() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations/central");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".sql"))
            .collect();
        files.sort();
        let listed: Vec<&str> = MIGRATIONS.iter().map(|(_, name, _)| *name).collect();
        assert_eq!(files, listed);
        for (index, (version, _, _)) in MIGRATIONS.iter().enumerate() {
            assert_eq!(*version, index as i64 + 1);
        }
    }

    #[test]
    fn applying_twice_changes_nothing_and_newer_schemas_are_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        apply(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(
            apply(&mut conn),
            Err(StoreError::SchemaTooNew { found: 99, .. })
        ));
    }
}
