//! A poison item (its sealed blob damaged in the store) is rejected by the central and
//! goes to the dead letters, while every other item is acknowledged; once repaired,
//! `bk sync --retry-dead` sends it again.

use synctests::station::text;
use synctests::{enrolled_pair, fast_tempdir};

#[test]
fn a_poison_item_goes_to_dead_letter_and_the_rest_syncs() {
    let dir = fast_tempdir();
    let (central, station) = enrolled_pair(dir.path());
    let ids = station.add_requests(25);
    let poison = ids.iter().nth(12).unwrap().clone();
    let conn = rusqlite::Connection::open(station.dir().join("station.sqlite")).unwrap();
    // Format byte 0x7f is unknown to the central: `bad_sealed`.
    let mut sealed: Vec<u8> = conn
        .query_row(
            "SELECT sealed FROM outbox WHERE id = ?1",
            [&poison],
            |row| row.get(0),
        )
        .unwrap();
    let original = sealed.clone();
    sealed[0] = 0x7f;
    conn.execute(
        "UPDATE outbox SET sealed = ?2 WHERE id = ?1",
        rusqlite::params![poison, sealed],
    )
    .unwrap();

    let output = station.run(&["sync", "--batch", "10"]);
    assert!(output.status.success(), "{}", text(&output));
    let status = station.status();
    assert_eq!(
        (status.pending, status.dead_letter, status.acknowledged),
        (0, 1, 24)
    );
    let mut others = ids.clone();
    others.remove(&poison);
    assert_eq!(central.item_ids(), others);

    let listing = text(&station.run(&["sync", "--status"]));
    assert!(
        listing.contains(&poison) && listing.contains("bad_sealed"),
        "{listing}"
    );
    // The dead letter keeps its sealed blob (for IT); acknowledged items lost theirs.
    let blobs: (u32, u32) = conn
        .query_row(
            "SELECT count(sealed) FILTER (WHERE state = 'dead_letter'),
                    count(sealed) FILTER (WHERE state = 'acknowledged') FROM outbox",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(blobs, (1, 0));
    // Later rounds do not send it again and still succeed.
    assert!(station.run(&["sync"]).status.success());
    assert_eq!(station.status().dead_letter, 1);

    // Repaired (as IT would), it goes back with `--retry-dead` and arrives.
    conn.execute(
        "UPDATE outbox SET sealed = ?2 WHERE id = ?1",
        rusqlite::params![poison, original],
    )
    .unwrap();
    let output = station.run(&["sync", "--retry-dead"]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("1 abgewiesener Eintrag wird erneut gesendet"),
        "{}",
        text(&output)
    );
    let status = station.status();
    assert_eq!((status.dead_letter, status.acknowledged), (0, 25));
    assert_eq!(central.item_ids(), ids);
}
