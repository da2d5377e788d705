//! Every answer of the central is read only up to `MAX_RESPONSE_BYTES`.

use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::StatusCode;
use station::sync::SyncError;

use crate::fake_central::{
    add_requests, answer, counts, enrolled_station, sync_round, FakeCentral,
};

#[test]
fn an_endless_configuration_answer_is_cut_at_the_cap() {
    let central = FakeCentral::start();
    let (_dir, store) = enrolled_station(&central);
    add_requests(&store, 2);
    let sent = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&sent);
    central.on_config(move || {
        let counter = Arc::clone(&counter);
        // Chunked, no length given: only reading can find out how big it is.
        let chunks = futures_util::stream::repeat_with(move || {
            counter.fetch_add(64 * 1024, Ordering::Relaxed);
            Ok::<_, Infallible>(Bytes::from_static(&[b' '; 64 * 1024]))
        });
        answer(
            StatusCode::OK,
            "application/json",
            Body::from_stream(chunks),
        )
    });

    let started = Instant::now();
    let refused = sync_round(&store, 10).unwrap_err();
    assert!(
        matches!(&refused, SyncError::BadResponse(detail) if detail.contains("größer als 4 MiB")),
        "{refused:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(30));
    // The socket buffers hold a few MiB more than was read; never the whole stream.
    let sent = sent.load(Ordering::Relaxed);
    assert!(sent < 64 * 1024 * 1024, "{sent} bytes sent");
    // The pushes before it went through.
    assert_eq!(counts(&store).acknowledged, 2);
}
