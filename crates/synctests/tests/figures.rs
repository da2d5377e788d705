//! The station's figures travel to the real central with the sync and on a USB
//! stick: the central keeps per day the figures of the newest revision, so a resend
//! or an import never counts twice and an older file never undoes a newer upload;
//! the counts of all stations come back and order the kiosk's online services.

use app::{services, Station as Kiosk, StationPaths};
use central::store::Store as CentralStore;
use chrono::Utc;
use station::clock::local_day;
use station::figures;
use station::lang::Lang;
use synctests::station::{assets_dir, text, Station};
use synctests::{enrolled_pair, fast_tempdir};

/// Today's visitors and QR codes shown as the central holds them for every station.
fn at_central(central_dir: &std::path::Path) -> Vec<(u32, u32)> {
    let store = CentralStore::open(&central_dir.join("central.sqlite3")).unwrap();
    let today = local_day(Utc::now());
    store
        .figures(today, today, None)
        .unwrap()
        .into_iter()
        .map(|day| (day.figures.visitors, day.figures.qr.values().sum()))
        .collect()
}

fn draw(station: &Station) {
    let output = station.run(&["tickets", "draw"]);
    assert!(output.status.success(), "{}", text(&output));
}

fn run_ok(station: &Station, args: &[&str]) {
    let output = station.run(args);
    assert!(output.status.success(), "{}", text(&output));
}

#[test]
fn figures_reach_the_central_once_and_newer_revisions_win() {
    let dir = fast_tempdir();
    let (central, station) = enrolled_pair(dir.path());
    let central_dir = dir.path().join("central");
    run_ok(&station, &["station", "select", "stern-center"]);
    let kiosk = Kiosk::open(&StationPaths {
        data_dir: Some(station.dir().to_owned()),
        assets_dir: Some(assets_dir()),
    })
    .unwrap();
    let service = services::search(&kiosk, Lang::De, "", None, Utc::now()).unwrap()[1]
        .id
        .clone();
    for _ in 0..services::MIN_SHOWN {
        services::qr_code(&kiosk, &service, Utc::now()).unwrap();
    }
    // Today's showings here do not reorder the kiosk: the next citizen must not see
    // what the last one looked up.
    let unordered = services::search(&kiosk, Lang::De, "", None, Utc::now()).unwrap();
    assert_eq!(unordered[1].id, service);
    assert!(services::most_asked(&kiosk, Lang::De, Utc::now())
        .unwrap()
        .is_empty());
    draw(&station);
    draw(&station);

    let shown = services::MIN_SHOWN as u32;
    run_ok(&station, &["sync"]);
    assert_eq!(at_central(&central_dir), vec![(2, shown)]);
    // Sending again changes nothing.
    run_ok(&station, &["sync"]);
    assert_eq!(at_central(&central_dir), vec![(2, shown)]);

    // The counts of all stations came back: the service shown leads the list now.
    assert_eq!(
        figures::central_service_counts(&station.store()).unwrap()[&service],
        services::MIN_SHOWN
    );
    let ordered = services::search(&kiosk, Lang::De, "", None, Utc::now()).unwrap();
    assert_eq!(ordered[0].id, service);
    let most_asked = services::most_asked(&kiosk, Lang::De, Utc::now()).unwrap();
    assert_eq!(
        most_asked.iter().map(|s| s.id.clone()).collect::<Vec<_>>(),
        vec![service.clone()]
    );

    // A third visitor goes by USB stick; importing the file twice counts once.
    draw(&station);
    let older = dir.path().join("older.bkx");
    run_ok(&station, &["export", older.to_str().unwrap()]);
    for _ in 0..2 {
        let output = central.cli(&["import", older.to_str().unwrap()]);
        assert!(output.status.success(), "{}", text(&output));
    }
    assert_eq!(at_central(&central_dir), vec![(3, shown)]);

    // A fourth by sync; the older file imported once more does not undo it.
    draw(&station);
    run_ok(&station, &["sync"]);
    assert_eq!(at_central(&central_dir), vec![(4, shown)]);
    let output = central.cli(&["import", older.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("Kennzahlen von 0 Tagen"),
        "{}",
        text(&output)
    );
    assert_eq!(at_central(&central_dir), vec![(4, shown)]);
}
