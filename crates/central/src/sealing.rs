//! The binding of a sealed item to the station that sealed it (seal format 2: the
//! station id is in the authenticated data). The central opens such an item with the
//! id of the station that pushed or exported it; when it does not open, another
//! station sealed it (or it is damaged) and it is refused. Format 1 items carry no
//! station and are taken as before.

use syncproto::binding::BindingKey;
use syncproto::{seal, RejectReason, Rejection, ValidItem};

use crate::keys::CentralKeys;

/// `Ok` when `item` may come from station `station_id`.
pub fn opens_for(keys: &CentralKeys, item: &ValidItem, station_id: &str) -> Result<(), Rejection> {
    if !seal::binds_station(&item.sealed) {
        return Ok(());
    }
    seal::open(&keys.seal_key, &item.id, item.kind, station_id, &item.sealed)
        .map(|_| ())
        .map_err(|_| Rejection {
            reason: RejectReason::ForeignSeal,
            message: "Der versiegelte Inhalt lässt sich für diese Station nicht öffnen: er stammt von einer anderen Station oder ist beschädigt".into(),
        })
}

/// `Ok` when `item`, pushed by station `station_id` whose binding key is `binding`,
/// carries that station's tag, or else opens for it ([`opens_for`]).
pub fn sealed_by(
    keys: &CentralKeys,
    binding: &BindingKey,
    item: &ValidItem,
    station_id: &str,
) -> Result<(), Rejection> {
    let tagged = item
        .binding
        .as_ref()
        .is_some_and(|tag| binding.verifies(&item.id, item.kind, station_id, &item.sealed, tag));
    if tagged {
        return Ok(());
    }
    opens_for(keys, item, station_id)
}
