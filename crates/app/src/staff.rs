//! The staff side of the station: the staff PIN (set once, then unlock with lockout),
//! the station plan and the station this laptop serves, the overview of the store.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use station::staff_pin::{self, StaffPin};
use station::{clock, plan};

use crate::error::AppResult;
use crate::station::Station;

/// A station as the kiosk and the staff header show it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct StationRef {
    /// The plan's id, e.g. `stern-center`.
    pub id: String,
    /// Its name.
    pub name: String,
}

impl From<&plan::Station> for StationRef {
    fn from(station: &plan::Station) -> Self {
        StationRef {
            id: station.id.clone(),
            name: station.name.clone(),
        }
    }
}

/// The selected station, schema version and path of the database, today's date.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StaffOverview {
    /// The station selected on this laptop.
    pub station: Option<StationRef>,
    /// The store's schema version.
    pub schema_version: u32,
    /// The store file.
    pub database_path: String,
    /// The local day.
    pub today: NaiveDate,
}

/// Sets the first staff PIN (refused once one is set): `bk staff set-pin`.
pub fn set_pin(station: &Station, pin: &StaffPin) -> AppResult<()> {
    Ok(staff_pin::setup(&station.store(), pin)?)
}

/// Sets a new staff PIN over the one that is set, its tries and lock afresh:
/// `bk staff set-pin --replace`.
pub fn replace_pin(station: &Station, pin: &StaffPin) -> AppResult<()> {
    Ok(staff_pin::replace(&station.store(), pin)?)
}

/// Checks the staff PIN, with the store's lockout after wrong tries.
pub fn unlock(station: &Station, pin: &StaffPin, now: DateTime<Utc>) -> AppResult<()> {
    Ok(staff_pin::verify(&station.store(), pin, now)?)
}

/// Whether a staff PIN has been set.
pub fn pin_is_set(station: &Station) -> AppResult<bool> {
    Ok(staff_pin::is_set(&station.store())?)
}

/// The station selected on this laptop, if any.
pub fn selected(station: &Station) -> AppResult<Option<StationRef>> {
    Ok(plan::selected(&station.store(), &station.plan())?.map(StationRef::from))
}

/// Selects the station this laptop serves.
pub fn select(station: &Station, id: &str) -> AppResult<plan::Station> {
    let plan = station.plan();
    plan::select(&station.store(), &plan, id)?;
    Ok(plan.station(id)?.clone())
}

/// Selected station, store facts and the local day.
pub fn overview(station: &Station, now: DateTime<Utc>) -> AppResult<StaffOverview> {
    let store = station.store();
    Ok(StaffOverview {
        station: plan::selected(&store, &station.plan())?.map(StationRef::from),
        schema_version: store.schema_version()?,
        database_path: store.path().display().to_string(),
        today: clock::local_day(now),
    })
}
