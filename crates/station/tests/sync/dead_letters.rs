//! Dead letters only by the central's word: a per-item rejection or a documented code
//! for an invalid batch (`syncproto::BATCH_REFUSALS`). Any other refusal leaves every
//! item pending for a later round. Dead letters can be requeued and exported.

use axum::body::Body;
use axum::http::StatusCode;
use station::outbox::{self, export};
use station::sync::{enrolment, SyncError};

use crate::fake_central::{
    add_requests, answer, api_error, counts, enrolled_station, stored, sync_round, FakeCentral,
};

#[test]
fn a_refusal_that_does_not_name_the_items_dead_letters_nothing() {
    let central = FakeCentral::start();
    let (_dir, store) = enrolled_station(&central);
    add_requests(&store, 6);
    let refusals: Vec<(u16, fn() -> axum::response::Response)> = vec![
        (413, || {
            answer(
                StatusCode::PAYLOAD_TOO_LARGE,
                "text/html",
                Body::from("<html><body><h1>413 Request Entity Too Large</h1>nginx</body></html>"),
            )
        }),
        (400, || {
            answer(
                StatusCode::BAD_REQUEST,
                "text/plain",
                Body::from("Bad Request"),
            )
        }),
        (400, || {
            answer(
                StatusCode::BAD_REQUEST,
                "application/json",
                Body::from(r#"{"detail":"no"}"#),
            )
        }),
        (422, || {
            answer(StatusCode::UNPROCESSABLE_ENTITY, "", Body::empty())
        }),
        (415, || api_error(415, "not_json")),
        (401, || api_error(401, "unauthorized")),
        (403, || api_error(403, "station_mismatch")),
    ];
    for (status, refusal) in refusals {
        central.on_push(move |_| refusal());
        let error = sync_round(&store, 2).unwrap_err();
        assert!(
            matches!(
                error,
                SyncError::UnexplainedRefusal { status: s, .. } | SyncError::Refused { status: s, .. }
                    if s == status
            ),
            "{error:?}"
        );
        let counts = counts(&store);
        assert_eq!((counts.pending, counts.dead_letter), (6, 0), "{status}");
    }
    // A later round sends them.
    central.on_push(stored);
    sync_round(&store, 2).unwrap();
    assert_eq!(counts(&store).acknowledged, 6);
}

#[test]
fn a_batch_the_central_calls_too_large_is_split() {
    let central = FakeCentral::start();
    let (_dir, store) = enrolled_station(&central);
    add_requests(&store, 7);
    central.on_push(|ids| match ids.len() {
        0..=2 => stored(ids),
        3 => api_error(413, "body_too_large"),
        _ => api_error(400, "batch_too_large"),
    });

    let report = sync_round(&store, 5).unwrap();
    assert_eq!((report.acknowledged, report.rejected), (7, 0));
    assert!(central.batches().iter().any(|batch| batch.len() == 5));
}

#[test]
fn an_invalid_batch_goes_to_the_dead_letters_and_can_be_requeued_or_exported() {
    let central = FakeCentral::start();
    let (dir, store) = enrolled_station(&central);
    let ids = add_requests(&store, 10);
    let poison = ids[7].clone();
    central.on_push(move |batch| {
        if batch.contains(&poison) {
            api_error(400, "invalid_body")
        } else {
            stored(batch)
        }
    });

    let report = sync_round(&store, 5).unwrap();
    assert_eq!((report.acknowledged, report.rejected), (5, 5));
    let letters = outbox::dead_letters(&store).unwrap();
    assert_eq!(
        letters.iter().map(|l| l.id.clone()).collect::<Vec<_>>(),
        ids[5..]
    );
    assert!(letters.iter().all(|l| l.reason == "invalid_body"));
    // Nothing dead is sent again by itself.
    sync_round(&store, 5).unwrap();
    assert_eq!(central.batches().len(), 2);

    // The USB export holds the dead letters only when asked to.
    let key = enrolment::require(&store)
        .unwrap()
        .station_signing_key()
        .verifying_key();
    let exported_ids = |include_dead: bool| {
        let file = dir.path().join(format!("station-{include_dead}.bkx"));
        export::export(&store, chrono::Utc::now(), &file, include_dead).unwrap();
        let bytes = std::fs::read(&file).unwrap();
        let items = syncproto::export_file::parse(&bytes)
            .unwrap()
            .verify(&key)
            .unwrap();
        items.iter().map(|item| item.id_text()).collect::<Vec<_>>()
    };
    assert!(exported_ids(false).is_empty());
    assert_eq!(exported_ids(true), ids[5..]);

    // Requeued by id, then all.
    let one = [ids[5].clone(), "no-such-id".to_owned()];
    assert_eq!(outbox::requeue_dead_letters(&store, Some(&one)).unwrap(), 1);
    let counts_now = counts(&store);
    assert_eq!((counts_now.pending, counts_now.dead_letter), (1, 4));
    assert_eq!(sync_round(&store, 5).unwrap().acknowledged, 1);
    assert_eq!(outbox::requeue_dead_letters(&store, None).unwrap(), 4);
    central.on_push(stored);
    assert_eq!(sync_round(&store, 5).unwrap().acknowledged, 4);
    let counts_now = counts(&store);
    assert_eq!((counts_now.acknowledged, counts_now.dead_letter), (10, 0));
}
