//! Push results are matched to the items by id: another order, a missing result or a
//! foreign id never marks the wrong item. Items go out with the station's tag.

use station::outbox::export;
use station::sync::enrolment;
use syncproto::binding::BindingKey;
use syncproto::{ItemOutcome, RejectReason};

use crate::fake_central::{
    add_requests, enrolled_station, results, state_of, stored, sync_round, FakeCentral,
};

#[test]
fn results_are_matched_to_the_items_by_id() {
    let central = FakeCentral::start();
    let (_dir, store) = enrolled_station(&central);
    let ids = add_requests(&store, 5);
    let (a, b, c, d, e) = (&ids[0], &ids[1], &ids[2], &ids[3], &ids[4]);
    let first = ids[..4].to_vec();
    let (a2, b2, d2, e2) = (a.clone(), b.clone(), d.clone(), e.clone());
    central.on_push(move |batch| {
        if batch != first.as_slice() {
            // The later batch (only `e`): no answer for it.
            return results(Vec::new());
        }
        // As many results as items, but in another order, none for `c`, one for `e`
        // (pending, not in this batch) and one for an id the station never had.
        results(vec![
            (Some(d2.as_str()), ItemOutcome::Stored),
            (
                Some("0190a5b0-0000-7000-8000-00000000dead"),
                ItemOutcome::Stored,
            ),
            (Some(b2.as_str()), ItemOutcome::Duplicate),
            (
                Some(a2.as_str()),
                ItemOutcome::Rejected {
                    reason: RejectReason::BadSealed,
                    message: "kaputt".into(),
                },
            ),
            (Some(e2.as_str()), ItemOutcome::Stored),
        ])
    });

    let report = sync_round(&store, 4).unwrap();
    assert_eq!((report.acknowledged, report.rejected), (2, 1));
    assert_eq!(state_of(&store, a), "dead_letter");
    assert_eq!(state_of(&store, b), "acknowledged");
    assert_eq!(state_of(&store, c), "pending");
    assert_eq!(state_of(&store, d), "acknowledged");
    assert_eq!(state_of(&store, e), "pending");
    assert_eq!(central.batches().len(), 2);
}

#[test]
fn each_item_carries_the_tag_the_central_checks_and_loses_it_with_the_blob() {
    let central = FakeCentral::start();
    let (dir, store) = enrolled_station(&central);
    let ids = add_requests(&store, 3);
    let enrolment = enrolment::require(&store).unwrap();
    // The key of the token the fake central gave (syncproto's tests show that the
    // central derives the same from the token's SHA-256).
    let key = BindingKey::for_token("test-token");
    let file = dir.path().join("tagged.bkx");
    export::export(&store, chrono::Utc::now(), &file, false).unwrap();
    let items = syncproto::export_file::parse(&std::fs::read(&file).unwrap())
        .unwrap()
        .verify(&enrolment.station_signing_key().verifying_key())
        .unwrap();
    assert_eq!(items.len(), ids.len());
    for item in &items {
        let tag = item.binding.expect("every new item is tagged");
        assert!(key.verifies(
            &item.id,
            item.kind,
            &enrolment.station_id,
            &item.sealed,
            &tag
        ));
    }
    central.on_push(stored);
    assert_eq!(sync_round(&store, 10).unwrap().acknowledged, 3);
    let left: i64 = rusqlite::Connection::open(store.path())
        .unwrap()
        .query_row(
            "SELECT count(*) FROM outbox WHERE binding IS NOT NULL OR sealed IS NOT NULL",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "an acknowledged item keeps neither blob nor tag");
}
