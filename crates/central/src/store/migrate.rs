//! Schema migrations, compiled into the binary and applied in order: SQLite's from
//! `migrations/central/` (`PRAGMA user_version` records the last one applied),
//! PostgreSQL's from `migrations/central-postgres/` (table `schema_version`; central
//! processes starting at once take turns on a session's advisory lock). The two lists have the
//! same versions: version N means the same schema on both.

use super::db::{args, Backend, Db, Isolation};
use super::StoreError;

/// One migration: version, file name, SQL.
type Migration = (i64, &'static str, &'static str);

/// SQLite's migrations, in order.
const SQLITE: &[Migration] = &[
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
    (
        4,
        "0004_rate_limits.sql",
        include_str!("../../../../migrations/central/0004_rate_limits.sql"),
    ),
    (
        5,
        "0005_payments.sql",
        include_str!("../../../../migrations/central/0005_payments.sql"),
    ),
    (
        6,
        "0006_appointments.sql",
        include_str!("../../../../migrations/central/0006_appointments.sql"),
    ),
    (
        7,
        "0007_documents.sql",
        include_str!("../../../../migrations/central/0007_documents.sql"),
    ),
    (
        8,
        "0008_online_payments.sql",
        include_str!("../../../../migrations/central/0008_online_payments.sql"),
    ),
    (
        9,
        "0009_calls.sql",
        include_str!("../../../../migrations/central/0009_calls.sql"),
    ),
    (
        10,
        "0010_booking_attempts.sql",
        include_str!("../../../../migrations/central/0010_booking_attempts.sql"),
    ),
];

/// PostgreSQL's migrations, in order (the same versions as SQLite's).
const POSTGRES: &[Migration] = &[
    (
        1,
        "0001_init.sql",
        include_str!("../../../../migrations/central-postgres/0001_init.sql"),
    ),
    (
        2,
        "0002_backoffice.sql",
        include_str!("../../../../migrations/central-postgres/0002_backoffice.sql"),
    ),
    (
        3,
        "0003_figures.sql",
        include_str!("../../../../migrations/central-postgres/0003_figures.sql"),
    ),
    (
        4,
        "0004_rate_limits.sql",
        include_str!("../../../../migrations/central-postgres/0004_rate_limits.sql"),
    ),
    (
        5,
        "0005_payments.sql",
        include_str!("../../../../migrations/central-postgres/0005_payments.sql"),
    ),
    (
        6,
        "0006_appointments.sql",
        include_str!("../../../../migrations/central-postgres/0006_appointments.sql"),
    ),
    (
        7,
        "0007_documents.sql",
        include_str!("../../../../migrations/central-postgres/0007_documents.sql"),
    ),
    (
        8,
        "0008_online_payments.sql",
        include_str!("../../../../migrations/central-postgres/0008_online_payments.sql"),
    ),
    (
        9,
        "0009_calls.sql",
        include_str!("../../../../migrations/central-postgres/0009_calls.sql"),
    ),
    (
        10,
        "0010_booking_attempts.sql",
        include_str!("../../../../migrations/central-postgres/0010_booking_attempts.sql"),
    ),
];

/// The key of the advisory lock PostgreSQL migrations run under.
const MIGRATION_LOCK: i64 = 0x626b_2d63_656e_7472; // "bk-centr"

/// Applies the migrations the database lacks, each in its own transaction. On
/// PostgreSQL the whole of it runs under a session's advisory lock: processes starting
/// at once on a new database take turns, from the table of versions on.
pub(super) fn apply(db: &mut Db) -> Result<(), StoreError> {
    if db.backend() == Backend::Sqlite {
        return apply_list(db, SQLITE);
    }
    db.execute("SELECT pg_advisory_lock($1)", args![MIGRATION_LOCK])?;
    let applied = db
        .batch(
            "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL);
             INSERT INTO schema_version (version)
                 SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)",
        )
        .and_then(|()| apply_list(db, POSTGRES));
    let unlocked = db.execute("SELECT pg_advisory_unlock($1)", args![MIGRATION_LOCK]);
    applied.and(unlocked.map(|_| ()))
}

fn apply_list(db: &mut Db, migrations: &[Migration]) -> Result<(), StoreError> {
    let supported = migrations.last().map_or(0, |(version, _, _)| *version);
    for (version, _, sql) in migrations {
        db.transaction(Isolation::ReadCommitted, |db| {
            let current = current_version(db)?;
            if current > supported {
                return Err(StoreError::SchemaTooNew {
                    found: current,
                    supported,
                });
            }
            if current < *version {
                db.batch(sql)?;
                set_version(db, *version)?;
            }
            Ok(())
        })?;
    }
    Ok(())
}

fn current_version(db: &mut Db) -> Result<i64, StoreError> {
    let sql = match db.backend() {
        Backend::Sqlite => "PRAGMA user_version",
        Backend::Postgres => "SELECT version FROM schema_version",
    };
    db.query_one(sql, args![])?.get(0)
}

fn set_version(db: &mut Db, version: i64) -> Result<(), StoreError> {
    match db.backend() {
        // PRAGMA takes no parameters; the version is a number of this program.
        Backend::Sqlite => db.batch(&format!("PRAGMA user_version = {version}")),
        Backend::Postgres => db
            .execute("UPDATE schema_version SET version = $1", args![version])
            .map(|_| ()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_listed_in_order_with_the_same_versions_on_both() {
        for (folder, migrations) in [("central", SQLITE), ("central-postgres", POSTGRES)] {
            let dir = format!("{}/../../migrations/{folder}", env!("CARGO_MANIFEST_DIR"));
            let mut files: Vec<String> = std::fs::read_dir(dir)
                .unwrap()
                .map(|entry| entry.unwrap().file_name().into_string().unwrap())
                .filter(|name| name.ends_with(".sql"))
                .collect();
            files.sort();
            let listed: Vec<&str> = migrations.iter().map(|(_, name, _)| *name).collect();
            assert_eq!(files, listed, "{folder}");
            for (index, (version, _, _)) in migrations.iter().enumerate() {
                assert_eq!(*version, index as i64 + 1);
            }
        }
        let names = |migrations: &[Migration]| -> Vec<&str> {
            migrations.iter().map(|(_, name, _)| *name).collect()
        };
        assert_eq!(names(SQLITE), names(POSTGRES));
    }

    #[test]
    fn applying_twice_changes_nothing_and_newer_schemas_are_refused() {
        let mut db = Db::Sqlite(rusqlite::Connection::open_in_memory().unwrap());
        apply(&mut db).unwrap();
        apply(&mut db).unwrap();
        assert_eq!(current_version(&mut db).unwrap(), SQLITE.len() as i64);
        set_version(&mut db, 99).unwrap();
        assert!(matches!(
            apply(&mut db),
            Err(StoreError::SchemaTooNew { found: 99, .. })
        ));
    }
}
