//! systemd's notification socket as a test stands it up: a datagram socket the app is
//! given as `NOTIFY_SOCKET`, and what arrived on it (`READY=1`, `WATCHDOG=1`).

use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

/// The notifications that arrive on `socket` within `span`, each with when it came.
pub fn notifications(socket: &UnixDatagram, span: Duration) -> Vec<(Instant, String)> {
    let end = Instant::now() + span;
    let mut received = Vec::new();
    let mut buffer = [0u8; 1024];
    while let Some(left) = end.checked_duration_since(Instant::now()) {
        socket
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .unwrap();
        match socket.recv(&mut buffer) {
            Ok(length) => received.push((
                Instant::now(),
                String::from_utf8_lossy(&buffer[..length]).into_owned(),
            )),
            Err(error)
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(error) => panic!("notify socket: {error}"),
        }
    }
    received
}

/// Waits up to `limit` for `READY=1`; panics when it does not come or anything but a
/// watchdog ping comes before it. (The page's heartbeat starts with the page, `READY=1`
/// follows its first painted frame, which in cage's software rendering may come later.)
pub fn await_ready(socket: &UnixDatagram, limit: Duration) {
    let start = Instant::now();
    loop {
        for (_, text) in notifications(socket, Duration::from_secs(1)) {
            match text.trim() {
                "READY=1" => return,
                "WATCHDOG=1" => {}
                other => panic!("{other:?} before READY=1"),
            }
        }
        assert!(start.elapsed() < limit, "no READY=1 within {limit:?}");
    }
}

/// When the watchdog pings (`WATCHDOG=1`) among `received` came.
pub fn pings(received: &[(Instant, String)]) -> Vec<Instant> {
    received
        .iter()
        .filter(|(_, text)| text.lines().any(|line| line == "WATCHDOG=1"))
        .map(|(at, _)| *at)
        .collect()
}

/// Asserts the page beats steadily for `span`: at least one ping per second on average
/// and never `watchdog` without one.
pub fn assert_beating(socket: &UnixDatagram, span: Duration, watchdog: Duration) {
    let beating = pings(&notifications(socket, span));
    let expected = (span.as_secs() as usize).saturating_sub(2);
    assert!(
        beating.len() >= expected,
        "{} pings in {span:?}",
        beating.len()
    );
    for pair in beating.windows(2) {
        assert!(
            pair[1] - pair[0] < watchdog,
            "a gap of {:?}",
            pair[1] - pair[0]
        );
    }
}
