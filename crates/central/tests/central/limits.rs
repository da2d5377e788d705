//! The central against slow and greedy clients: a client that does not finish its
//! request headers, or sends nothing at all, is cut off after the header timeout,
//! connections beyond the limit are closed at once, and enrolment tries are limited
//! per client address.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use central::server::connections::{HEADER_TIMEOUT, MAX_CONNECTIONS};
use central::server::rate::MAX_TRIES;
use serde_json::json;

use crate::harness::{central_with_station, client, inside_one_rate_window};

fn connect(central: &crate::harness::Central) -> TcpStream {
    let address = central.base.trim_start_matches("http://");
    let stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(HEADER_TIMEOUT * 3)).unwrap();
    stream
}

/// Reads until the server closes the connection; what it sent.
fn read_to_close(stream: &mut TcpStream) -> Vec<u8> {
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    answer
}

#[test]
fn slow_clients_and_surplus_connections_are_cut_off() {
    let (_dir, central, _station) = central_with_station();
    let started = Instant::now();
    let mut slow = connect(&central);
    slow.write_all(b"GET /health HTTP/1.1\r\nHost: zentrale\r\n")
        .unwrap();

    // The slow client holds one connection; fill the rest up to the limit.
    let held: Vec<TcpStream> = (1..MAX_CONNECTIONS).map(|_| connect(&central)).collect();
    // The kernel completes a connection before the server accepts it: let the server
    // take them all up, so that the next one is the surplus.
    std::thread::sleep(Duration::from_millis(1000));
    let mut surplus = connect(&central);
    let surplus_started = Instant::now();
    let _ = surplus.write_all(b"GET /health HTTP/1.1\r\nHost: zentrale\r\n\r\n");
    let answer = read_to_close(&mut surplus);
    assert!(
        answer.is_empty(),
        "a connection beyond the limit gets no answer"
    );
    assert!(
        surplus_started.elapsed() < HEADER_TIMEOUT,
        "it is closed at once"
    );

    let answer = read_to_close(&mut slow);
    let waited = started.elapsed();
    assert!(
        waited >= HEADER_TIMEOUT && waited < HEADER_TIMEOUT * 3,
        "cut off after the header timeout, not before and not never: {waited:?}"
    );
    assert!(!String::from_utf8_lossy(&answer).contains("200 OK"));
    let mut silent = held.into_iter().next().unwrap();
    read_to_close(&mut silent);
    assert!(
        started.elapsed() < HEADER_TIMEOUT * 2,
        "a connection that sends nothing is cut off too: {:?}",
        started.elapsed()
    );

    let healthy = client().get(central.url("/health")).send().unwrap();
    assert_eq!(
        healthy.status(),
        200,
        "the server serves again once they are gone"
    );
}

#[test]
fn enrolment_tries_are_limited_per_address() {
    inside_one_rate_window();
    let (_dir, central, _station) = central_with_station();
    let try_code = || {
        client()
            .post(central.url("/v1/enroll"))
            .json(&json!({"code": "ABCD-EFGH-JKMN", "stationPublicKey": "AAAA"}))
            .send()
            .unwrap()
    };
    // The central_with_station enrolment counted as one try already.
    for _ in 1..MAX_TRIES {
        assert_ne!(try_code().status(), 429);
    }
    let refused = try_code();
    assert_eq!(refused.status(), 429);
    assert_eq!(refused.headers()["retry-after"], "60");
}
