//! A full disk at the station: the station's data directory is a small tmpfs
//! (mounted for this test; needs root). Recording requests until the space runs out
//! must end with the clear "Speicher … voll" error, keep every request recorded
//! before, and leave the database sound.

use std::path::Path;
use std::process::Command;

use chrono::Utc;
use station::requests;
use station::StationError;
use synctests::central::Central;
use synctests::fast_tempdir;
use synctests::station::{callback, text, Station};

/// A tmpfs of `size` mounted on `dir`, unmounted when dropped.
struct SmallDisk<'a>(&'a Path);

impl<'a> SmallDisk<'a> {
    fn mount(dir: &'a Path, size: &str) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .expect("mount runs");
        assert!(
            output.status.success(),
            "this test mounts a small tmpfs and needs root: {}",
            text(&output)
        );
        Self(dir)
    }
}

impl Drop for SmallDisk<'_> {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0).status();
    }
}

#[test]
fn a_full_disk_gives_a_clear_error_and_loses_nothing() {
    let dir = fast_tempdir();
    let central = Central::start(&dir.path().join("central"));
    let data = dir.path().join("station");
    let _disk = SmallDisk::mount(&data, "600k");
    let station = Station::new(&data);
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));

    let store = station.store();
    let big_message = "Bitte um Rückruf wegen der Ummeldung. ".repeat(13);
    let mut recorded = Vec::new();
    let error = loop {
        match requests::submit(&store, Utc::now(), &callback(recorded.len(), &big_message)) {
            Ok(submitted) => recorded.push(submitted.item_id),
            Err(error) => break error,
        }
        assert!(recorded.len() < 100_000, "the disk never filled up");
    };
    assert!(matches!(error, StationError::DiskFull { .. }), "{error:?}");
    assert_eq!(error.code(), "disk_full");
    assert!(
        error
            .to_string()
            .starts_with("Der Speicher der Station ist voll"),
        "{error}"
    );
    assert!(recorded.len() > 10, "only {} requests fit", recorded.len());

    // The command line says the same, with a non-zero exit.
    let output = station.run(&[
        "request",
        "add",
        "--topic",
        "rueckruf",
        "--consent",
        "--field",
        "name=Erika Mustermann",
        "--field",
        "phone=0331 123456",
        "--field",
        &format!("message={big_message}"),
    ]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("Der Speicher der Station ist voll"),
        "{}",
        text(&output)
    );
    drop(store);

    // Everything recorded before is there, and the file is sound.
    let reopened = station.store();
    assert!(reopened.integrity_check().unwrap().is_empty());
    let stored = station.item_ids();
    assert!(recorded.iter().all(|id| stored.contains(id)));
    assert_eq!(stored.len(), recorded.len());
    assert_eq!(station.status().pending, recorded.len() as u64);
}
