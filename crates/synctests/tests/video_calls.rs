//! Video calls opened at a station through the real `bk-central` on Janus (127.0.0.1):
//! `bk call open` prints the call page's link and the call is in the day's list; `bk
//! call status` follows it; without the platform, or with it down, nothing is opened
//! and the message says so.

use serde_json::Value;
use synctests::central::Central;
use synctests::fast_tempdir;
use synctests::station::{text, Station};

#[test]
fn bk_opens_a_call_follows_it_and_says_when_none_can_be_opened() {
    let dir = fast_tempdir();
    let janus = janusrun::Janus::start();
    let central = Central::start_configured(
        &dir.path().join("central"),
        &["--video-url", &janus.url],
        &[("BK_CENTRAL_VIDEO_ADMIN_KEY", janusrun::ADMIN_KEY)],
    );
    let station = Station::new(&dir.path().join("station"));
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));

    let output = station.run(&["call", "open", "--lang", "uk", "--json"]);
    assert!(output.status.success(), "{}", text(&output));
    let opened: Value = serde_json::from_slice(&output.stdout).unwrap();
    let url = opened["url"].as_str().unwrap();
    assert!(
        url.starts_with(&format!("{}/gespraech/", central.url())) && url.ends_with("?sprache=uk"),
        "{url}"
    );
    assert!(opened["qrSvg"].as_str().unwrap().starts_with("<svg"));
    let id = opened["id"].as_str().unwrap();

    let status = station.run(&["call", "status", id]);
    assert!(status.status.success(), "{}", text(&status));
    assert!(
        text(&status).contains("wartet auf den Bürgerservice"),
        "{}",
        text(&status)
    );
    let day: Value = serde_json::from_slice(&station.run(&["day", "--json"]).stdout).unwrap();
    assert_eq!(day["calls"][0]["id"], id);
    assert_eq!(day["calls"][0]["state"], "waiting");
    let listed = text(&station.run(&["day"]));
    assert!(
        listed.contains("Videogespräche, begonnen am") && listed.contains(id),
        "{listed}"
    );

    drop(janus);
    let refused = station.run(&["call", "open"]);
    assert!(!refused.status.success());
    let said = text(&refused);
    assert!(
        said.contains("Videogespräche sind gerade nicht möglich")
            && said.contains("[video_unavailable]"),
        "{said}"
    );

    let plain = Central::start(&dir.path().join("plain"));
    let lone = Station::new(&dir.path().join("lone"));
    lone.enrol(&plain.url(), &plain.add_station("Bürgerkoffer 2"));
    let refused = lone.run(&["call", "open"]);
    assert!(
        text(&refused).contains("[video_unavailable]"),
        "{}",
        text(&refused)
    );
}
