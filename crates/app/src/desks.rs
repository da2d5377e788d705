//! The desks of this station laptop and the kinds of matter the kiosk offers.

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::desks::{self, Desk};
use station::kinds::Kind;

use crate::error::AppResult;
use crate::station::Station;

/// The desks, by number (one desk for every kind until staff set them up).
pub fn list(station: &Station) -> AppResult<Vec<Desk>> {
    Ok(desks::list(&station.store())?)
}

/// Replaces the desks (refused while a kind they drop has tickets waiting today).
pub fn set(station: &Station, set_up: &[Desk], now: DateTime<Utc>) -> AppResult<Vec<Desk>> {
    let store = station.store();
    desks::set(&store, set_up, now)?;
    Ok(desks::list(&store)?)
}

/// A kind of matter as the kiosk and the call display show it: with its letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct KindOffer {
    /// The kind.
    pub kind: Kind,
    /// The letter in front of its numbers, e.g. `A`.
    pub letter: String,
}

impl From<Kind> for KindOffer {
    fn from(kind: Kind) -> Self {
        KindOffer {
            kind,
            letter: kind.letter().to_string(),
        }
    }
}

/// The kinds some desk serves, in the order the kiosk offers them.
pub fn offered(station: &Station) -> AppResult<Vec<KindOffer>> {
    Ok(desks::offered(&desks::list(&station.store())?)
        .into_iter()
        .map(KindOffer::from)
        .collect())
}
