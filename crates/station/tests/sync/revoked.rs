//! A revoked station (403 `station_revoked`): a clear message for staff, every item
//! stays pending.

use station::sync::{self, SyncError};

use crate::fake_central::{
    add_requests, api_error, counts, enrolled_station, sync_round, FakeCentral,
};

#[test]
fn a_revoked_station_keeps_its_items_and_says_so() {
    let central = FakeCentral::start();
    let (_dir, store) = enrolled_station(&central);
    add_requests(&store, 4);
    central.on_push(|_| api_error(403, syncproto::STATION_REVOKED));

    let refused = sync_round(&store, 2).unwrap_err();
    assert!(matches!(refused, SyncError::StationRevoked), "{refused:?}");
    assert_eq!(refused.code(), "station_revoked");
    let counts = counts(&store);
    assert_eq!((counts.pending, counts.dead_letter), (4, 0));
    let status = sync::status(&store, false).unwrap();
    assert_eq!(
        status.last_error.unwrap().message,
        "Die Zentrale hat diese Station gesperrt. Bitte wenden Sie sich an die IT; \
         bis dahin bleiben alle Anliegen sicher auf der Station."
    );
    assert_eq!(
        texts::text("en", "error-sync-station-revoked", &[]),
        "The central has blocked this station. Please contact IT; \
         until then all requests stay safely on the station."
    );
}
