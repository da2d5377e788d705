//! The station plan (`assets/stations.json`): where the mobile station stands on which
//! days and when it is open, plus the station selected on this laptop.
//!
//! The selection is kept in the store's settings; it survives restarts and is
//! independent of the day (staff choose the station when they set up in the morning).

use std::path::Path;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use texts::german;

use crate::assets::{parse_json, read_json, Problems};
use crate::clock::local_day;
use crate::error::{Result, StationError};
use crate::store::Store;

/// Settings key of the selected station's id.
const SELECTED_STATION_KEY: &str = "selected_station";

/// The only file format version this build reads.
const VERSION: u32 = 1;

/// The validated station plan.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Plan {
    version: u32,
    stations: Vec<Station>,
}

/// One place where the mobile station stands.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Station {
    /// Stable id, e.g. `stern-center`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Street address.
    pub address: String,
    /// Local days on which the station stands here.
    pub days: Vec<NaiveDate>,
    /// Opening hours on those days.
    pub hours: Hours,
    /// Assumed minutes per person before anyone has been served that day.
    pub default_service_minutes: u32,
}

/// Opening hours, local time, written `"HH:MM"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, specta::Type)]
pub struct Hours {
    /// Opening time.
    #[serde(with = "hh_mm")]
    #[specta(type = String)]
    pub open: NaiveTime,
    /// Closing time (exclusive).
    #[serde(with = "hh_mm")]
    #[specta(type = String)]
    pub close: NaiveTime,
}

impl Station {
    /// Whether the station is open on local `day` at local `time`.
    pub fn is_open(&self, day: NaiveDate, time: NaiveTime) -> bool {
        self.days.contains(&day) && self.hours.open <= time && time < self.hours.close
    }
}

impl Plan {
    /// Loads and validates `stations.json`.
    pub fn load(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        Self::validated(&path.display().to_string(), read_json(path)?)
    }

    /// Parses and validates the JSON text of a station plan.
    pub fn from_json(text: &str) -> Result<Self> {
        Self::validated("stations.json", parse_json("stations.json", text)?)
    }

    fn validated(what: &str, plan: Self) -> Result<Self> {
        let mut problems = Problems::default();
        problems.check(plan.version == VERSION, || {
            german(
                "error-detail-version-unsupported",
                &[("found", plan.version.into()), ("expected", VERSION.into())],
            )
        });
        problems.check_unique("station", plan.stations.iter().map(|s| s.id.as_str()));
        for station in &plan.stations {
            let id = station.id.as_str();
            let problem = |message: &str| german(message, &[("id", id.into())]);
            problems.check_slug("station", id);
            problems.check(!station.name.trim().is_empty(), || {
                problem("error-detail-station-name-missing")
            });
            problems.check(!station.days.is_empty(), || {
                problem("error-detail-station-days-missing")
            });
            problems.check(station.hours.open < station.hours.close, || {
                problem("error-detail-station-hours-invalid")
            });
            problems.check((1..=240).contains(&station.default_service_minutes), || {
                problem("error-detail-station-minutes-out-of-range")
            });
        }
        problems.into_result(what, plan)
    }

    /// All stations, in file order.
    pub fn stations(&self) -> &[Station] {
        &self.stations
    }

    /// The station with `id`.
    pub fn station(&self, id: &str) -> Result<&Station> {
        self.stations
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| StationError::UnknownStation(id.to_owned()))
    }

    /// The stations that stand somewhere on the local day of `now`.
    pub fn today(&self, now: DateTime<Utc>) -> Vec<&Station> {
        let day = local_day(now);
        self.stations
            .iter()
            .filter(|s| s.days.contains(&day))
            .collect()
    }
}

/// Selects the station this laptop serves (must be in `plan`); persisted in `store`.
pub fn select(store: &Store, plan: &Plan, id: &str) -> Result<()> {
    let station = plan.station(id)?;
    store.set_setting(SELECTED_STATION_KEY, &station.id)
}

/// Id of the selected station, if one was selected (it may since have left the plan).
pub fn selected_id(store: &Store) -> Result<Option<String>> {
    store.setting(SELECTED_STATION_KEY)
}

/// The selected station, or `None` when nothing is selected or the selected station
/// is no longer in `plan`.
pub fn selected<'p>(store: &Store, plan: &'p Plan) -> Result<Option<&'p Station>> {
    Ok(selected_id(store)?.and_then(|id| plan.stations.iter().find(|s| s.id == id)))
}

/// Serde format `"HH:MM"` for opening hours.
mod hh_mm {
    use chrono::NaiveTime;
    use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

    const FORMAT: &str = "%H:%M";

    pub(super) fn serialize<S: Serializer>(
        time: &NaiveTime,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&time.format(FORMAT))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        NaiveTime::parse_from_str(&text, FORMAT).map_err(|_| {
            D::Error::custom(texts::german(
                "error-detail-time-invalid",
                &[("text", text.as_str().into())],
            ))
        })
    }
}
