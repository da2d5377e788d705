//! `bk-central import FILE`: a valid export file is imported idempotently; a truncated,
//! altered, foreign or unknown-station file is refused and nothing is stored.

use chrono::Utc;
use ed25519_dalek::SigningKey;
use syncproto::export_file::ExportWriter;
use syncproto::PushItem;

use crate::harness::{central_with_station, cli, rand_seed, stderr_of, stdout_of};

fn export(station_id: &str, key: &SigningKey, items: &[PushItem]) -> Vec<u8> {
    let mut writer =
        ExportWriter::new(Vec::new(), station_id, Utc::now(), items.len() as u64, None).unwrap();
    for item in items {
        writer.write_item(item).unwrap();
    }
    writer.finish(key).unwrap()
}

fn import(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::process::Output {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    cli(dir, &["import", path.to_str().unwrap()])
}

#[test]
fn a_valid_file_is_imported_once_and_bad_files_are_refused_whole() {
    let (dir, central, station) = central_with_station();
    let station_id = station.enrolment.station_id.clone();
    let items = station.items(4);
    station.push(&central, &items[..1]);
    let file = export(&station_id, &station.signing_key, &items);

    let refusals: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "abgeschnitten.bkx",
            file[..file.len() - 30].to_vec(),
            "unvollständig",
        ),
        ("halb.bkx", file[..file.len() / 2].to_vec(), "unvollständig"),
        (
            "veraendert.bkx",
            {
                let mut altered = file.clone();
                let position = altered.len() / 2;
                altered[position] ^= 0x01;
                altered
            },
            "verändert",
        ),
        (
            "fremder-schluessel.bkx",
            export(&station_id, &SigningKey::from_bytes(&rand_seed()), &items),
            "Signatur",
        ),
        (
            "unbekannte-station.bkx",
            export(
                "0190aaaa-0000-7000-8000-000000000000",
                &station.signing_key,
                &items,
            ),
            "unbekannten Station",
        ),
        (
            "kein-export.bkx",
            b"Hallo\n".to_vec(),
            "keine Bürgerkoffer-Exportdatei",
        ),
    ];
    for (name, bytes, expected) in refusals {
        let output = import(dir.path(), name, &bytes);
        assert!(!output.status.success(), "{name} was accepted");
        let message = stderr_of(&output);
        assert!(message.contains(expected), "{name}: {message}");
        assert!(message.contains("nichts importiert"), "{name}: {message}");
        assert_eq!(central.stored_count(), 1, "{name} stored something");
    }

    let imported = import(dir.path(), "gut.bkx", &file);
    assert!(imported.status.success(), "{}", stderr_of(&imported));
    assert!(
        stdout_of(&imported).contains("3 neu gespeichert, 1 schon vorhanden"),
        "{}",
        stdout_of(&imported)
    );
    let again = import(dir.path(), "gut.bkx", &file);
    assert!(stdout_of(&again).contains("0 neu gespeichert, 4 schon vorhanden"));
    assert_eq!(central.stored_count(), 4);

    let ids: Vec<String> = items.iter().map(|item| item.id.clone()).collect();
    assert_eq!(
        station.ack_query(&central, &ids),
        ids,
        "imported items are acknowledged"
    );
    let missing = cli(dir.path(), &["import", "/nicht/vorhanden.bkx"]);
    assert!(stderr_of(&missing).contains("lässt sich nicht lesen"));
}

#[test]
fn a_file_conflicting_with_stored_items_is_refused_whole() {
    let (dir, central, station) = central_with_station();
    let items = station.items(3);
    station.push(&central, &items[..1]);
    let mut changed = items.clone();
    changed[0].sealed = station
        .item_with_id(
            items[0].id.parse().unwrap(),
            &serde_json::json!({"anders": true}),
        )
        .sealed;
    let file = export(
        &station.enrolment.station_id,
        &station.signing_key,
        &changed,
    );
    let output = import(dir.path(), "konflikt.bkx", &file);
    assert!(!output.status.success());
    assert!(
        stderr_of(&output).contains("anderem Inhalt"),
        "{}",
        stderr_of(&output)
    );
    assert_eq!(central.stored_count(), 1);
}

#[test]
fn a_file_with_an_item_sealed_elsewhere_or_of_a_revoked_station_is_refused() {
    let (dir, central, station) = central_with_station();
    let other = crate::harness::Station::enrol(&central, "Bürgerkoffer 2");
    let station_id = station.enrolment.station_id.clone();
    let mut items = station.items(2);
    items.push(other.item(&serde_json::json!({"name": "Fremd"})));
    let mixed = import(
        dir.path(),
        "gemischt.bkx",
        &export(&station_id, &station.signing_key, &items),
    );
    assert!(!mixed.status.success());
    assert!(
        stderr_of(&mixed).contains("an einer anderen Station versiegelt"),
        "{}",
        stderr_of(&mixed)
    );
    assert_eq!(central.stored_count(), 0);

    let own = export(&station_id, &station.signing_key, &items[..2]);
    assert!(cli(dir.path(), &["station", "revoke", &station_id])
        .status
        .success());
    let revoked = import(dir.path(), "gesperrt.bkx", &own);
    assert!(!revoked.status.success());
    assert!(
        stderr_of(&revoked).contains("gesperrt"),
        "{}",
        stderr_of(&revoked)
    );
    assert_eq!(central.stored_count(), 0);
}
