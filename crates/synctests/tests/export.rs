//! USB export: `bk export` writes the pending items signed, `bk-central import`
//! takes them, and the station's next sync acknowledges them through `ack-query`.
//! A truncated, altered or foreign file is refused as a whole.

use synctests::central::Central;
use synctests::station::{text, Station};
use synctests::{enrolled_pair, fast_tempdir};

#[test]
fn exported_items_are_imported_and_then_acknowledged() {
    let dir = fast_tempdir();
    let (central, station) = enrolled_pair(dir.path());
    let exported = station.add_requests(10);
    let file = dir.path().join("station.bkx");
    let output = station.run(&["export", file.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("10 Einträge"));
    let bytes = std::fs::read(&file).unwrap();

    // Refused files change nothing at the central.
    let truncated = dir.path().join("truncated.bkx");
    std::fs::write(&truncated, &bytes[..bytes.len() - 20]).unwrap();
    let mut altered_bytes = bytes.clone();
    let middle = altered_bytes.len() / 2;
    altered_bytes[middle] ^= 0x01;
    let altered = dir.path().join("altered.bkx");
    std::fs::write(&altered, altered_bytes).unwrap();
    let foreign = foreign_export(&dir);
    for (bad, why) in [
        (&truncated, "unvollständig"),
        (&altered, "Signatur"),
        (&foreign, "unbekannten Station"),
    ] {
        let output = central.cli(&["import", bad.to_str().unwrap()]);
        assert!(!output.status.success());
        let message = text(&output);
        assert!(
            message.contains(why) && message.contains("nichts importiert"),
            "{message}"
        );
    }
    assert!(central.item_ids().is_empty());

    let output = central.cli(&["import", file.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(central.item_ids(), exported);

    // Two more items, not exported: the sync clears the ten by ack-query first.
    let later = station.add_requests(2);
    let output = station.run(&["sync"]);
    assert!(output.status.success(), "{}", text(&output));
    let first_progress = text(&output).lines().next().unwrap_or_default().to_owned();
    assert_eq!(
        first_progress,
        "… 10 übertragen, 0 abgewiesen, 2 warten noch"
    );
    let status = station.status();
    assert_eq!((status.pending, status.acknowledged), (0, 12));
    assert_eq!(
        central.item_ids(),
        exported.union(&later).cloned().collect()
    );
}

/// An export file of a station enrolled at another central.
fn foreign_export(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let other_central = Central::start(&dir.path().join("other-central"));
    let other = Station::new(&dir.path().join("other-station"));
    other.enrol(&other_central.url(), &other_central.add_station("Fremd"));
    other.add_requests(1);
    let file = dir.path().join("foreign.bkx");
    assert!(other
        .run(&["export", file.to_str().unwrap()])
        .status
        .success());
    file
}
