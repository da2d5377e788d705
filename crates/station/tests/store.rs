//! The store file: migration from empty, reopening, and refusal of damaged, foreign
//! or newer files without changing a byte of them.

mod common;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use station::{StationError, Store};

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("file readable")
}

/// Opening must fail with an error whose code is `code`, leaving the file unchanged.
fn assert_refused_unchanged(path: &Path, code: &str) -> StationError {
    let before = bytes(path);
    let error = Store::open(path).expect_err("the file must be refused");
    assert_eq!(error.code(), code, "unexpected error: {error}");
    assert_eq!(bytes(path), before, "a refused file must keep every byte");
    let message = error.to_string();
    assert!(
        message.contains(&path.display().to_string()),
        "message names the file: {message}"
    );
    assert!(
        message.contains("nicht verändert"),
        "message says the file was left alone: {message}"
    );
    error
}

#[test]
fn empty_directory_gets_a_migrated_store_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/deeper/station.sqlite");
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        Store::latest_schema_version()
    );
    assert!(Store::latest_schema_version() >= 3);
    assert!(store.integrity_check().unwrap().is_empty());
    assert_eq!(store.path(), path);
    drop(store);

    let raw = Connection::open(&path).unwrap();
    let mode: String = raw
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let tables: Vec<String> = raw
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        tables,
        [
            "booked_appointments",
            "central_config",
            "central_qr_counts",
            "desks",
            "eid_help_requests",
            "enrolment",
            "outbox",
            "pin_counts",
            "qr_counts",
            "requests",
            "settings",
            "staff_pin",
            "sync_state",
            "tickets",
            "video_calls",
        ]
    );
}

#[test]
fn reopening_keeps_version_and_data() {
    let (dir, store) = common::temp_store();
    let version = store.schema_version().unwrap();
    drop(store);
    let again = Store::open(dir.path().join("station.sqlite")).unwrap();
    assert_eq!(again.schema_version().unwrap(), version);
}

#[test]
fn a_text_file_is_refused_and_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("station.sqlite");
    std::fs::write(
        &path,
        "Dies ist keine Datenbank, sondern eine Einkaufsliste.\n".repeat(200),
    )
    .unwrap();
    assert_refused_unchanged(&path, "not_a_database");
}

#[test]
fn a_tiny_garbage_file_is_refused_and_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("station.sqlite");
    std::fs::write(&path, b"x").unwrap();
    assert_refused_unchanged(&path, "not_a_database");
}

#[test]
fn a_database_with_a_damaged_page_is_refused_and_unchanged() {
    let (dir, store) = common::temp_store();
    let path = dir.path().join("station.sqlite");
    let plan = common::plan();
    let station = plan.station("stern-center").unwrap();
    for _ in 0..300 {
        station::tickets::draw(
            &store,
            station,
            station::kinds::Kind::Eid,
            common::at("2026-02-25T10:00:00Z"),
        )
        .unwrap();
    }
    drop(store); // checkpoints the WAL into the main file

    let page_size = {
        let raw = Connection::open(&path).unwrap();
        usize::try_from(
            raw.pragma_query_value(None, "page_size", |r| r.get::<_, i64>(0))
                .unwrap(),
        )
        .unwrap()
    };
    let mut data = bytes(&path);
    assert!(data.len() > 4 * page_size, "the table spans several pages");
    // Overwrite the inside of the last page (a b-tree page of the tickets table)
    // with a pattern that cannot be a valid page.
    let last_page = data.len() - page_size;
    for byte in &mut data[last_page..last_page + page_size / 2] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &data).unwrap();
    for leftover in ["station.sqlite-wal", "station.sqlite-shm"] {
        assert!(
            !dir.path().join(leftover).exists(),
            "{leftover} was removed on close"
        );
    }
    assert_refused_unchanged(&path, "database_corrupt");
}

#[test]
fn a_newer_schema_is_refused_and_unchanged() {
    let (dir, store) = common::temp_store();
    let path = dir.path().join("station.sqlite");
    drop(store);
    let newer = Store::latest_schema_version() + 1;
    {
        let raw = Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", newer).unwrap();
    }
    let error = assert_refused_unchanged(&path, "schema_too_new");
    assert!(matches!(error, StationError::SchemaTooNew { found, .. } if found == newer));
    assert!(error.to_string().contains("aktualisieren"));
}

#[test]
fn another_programs_database_is_refused_and_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("station.sqlite");
    {
        let raw = Connection::open(&path).unwrap();
        raw.execute_batch(
            "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('Plinse');",
        )
        .unwrap();
    }
    assert_refused_unchanged(&path, "not_a_database");
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_the_sqlite_files_are_owner_only_whatever_the_umask() {
    use rustix::fs::Mode;
    use std::os::unix::fs::PermissionsExt;

    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("neu").join("buergerkoffer");
    let path = data.join("station.sqlite");
    // Process-wide, but it only makes other tests' files more open, never less.
    let previous = rustix::process::umask(Mode::empty());
    let opened = Store::open(&path);
    rustix::process::umask(previous);
    let store = opened.unwrap();
    assert_eq!(mode(&data), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    drop(store);

    // Files of an older build that were readable by all are closed on the next open.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _store = Store::open(&path).unwrap();
    assert_eq!(mode(&path), 0o600);
}
