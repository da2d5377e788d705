//! Serving: TLS with a given certificate, refusal of plain HTTP off loopback,
//! graceful stop on SIGTERM, data survives a restart.

use crate::harness::{central_with_station, cli, client, stderr_of, Central};

#[test]
fn tls_is_served_when_a_certificate_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    let cert_path = dir.path().join("cert.pem");
    let key_path = dir.path().join("key.pem");
    std::fs::write(&cert_path, certified.cert.pem()).unwrap();
    std::fs::write(&key_path, certified.signing_key.serialize_pem()).unwrap();
    let central = Central::start_with(
        dir.path(),
        &[
            "--tls-cert",
            cert_path.to_str().unwrap(),
            "--tls-key",
            key_path.to_str().unwrap(),
        ],
    );
    assert!(
        central.base.starts_with("https://127.0.0.1:"),
        "{}",
        central.base
    );
    client(); // installs the crypto provider
    let trusting = reqwest::blocking::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(certified.cert.pem().as_bytes()).unwrap()])
        .build()
        .unwrap();
    let health: syncproto::HealthResponse = trusting
        .get(central.url("/health"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(health.status, "ok");
    let untrusting = client().get(central.url("/health")).send();
    assert!(
        untrusting.is_err(),
        "an unknown certificate must not be accepted"
    );
}

#[test]
fn plain_http_is_refused_off_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let output = cli(dir.path(), &["serve", "--listen", "0.0.0.0:0"]);
    assert!(!output.status.success());
    assert!(
        stderr_of(&output).contains("Ohne TLS"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn sigterm_stops_gracefully_and_data_survives_a_restart() {
    let (dir, central, station) = central_with_station();
    let items = station.items(3);
    station.push(&central, &items);
    let status = central.terminate();
    assert!(status.success(), "{status:?}");

    let restarted = Central::start(dir.path());
    assert_eq!(station.push(&restarted, &items), vec!["duplicate"; 3]);
    assert_eq!(restarted.stored_count(), 3);
}
