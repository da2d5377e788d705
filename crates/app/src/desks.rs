//! The desks of this station laptop and the kinds of matter the kiosk offers.

use station::desks::{self, Desk};
use station::kinds::Kind;

use crate::error::AppResult;
use crate::station::Station;

/// The desks, by number (one desk for every kind until staff set them up).
pub fn list(station: &Station) -> AppResult<Vec<Desk>> {
    Ok(desks::list(&station.store())?)
}

/// Replaces the desks.
pub fn set(station: &Station, set_up: &[Desk]) -> AppResult<Vec<Desk>> {
    let store = station.store();
    desks::set(&store, set_up)?;
    Ok(desks::list(&store)?)
}

/// The kinds some desk serves, in the order the kiosk offers them.
pub fn offered(station: &Station) -> AppResult<Vec<Kind>> {
    Ok(desks::offered(&desks::list(&station.store())?))
}
