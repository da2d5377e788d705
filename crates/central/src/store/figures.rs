//! Station figures: per station and day the figures of the highest revision received
//! (push or USB import alike), the figures of a period for the dashboard, and the
//! counts of the online services' QR codes of all stations that go back to them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use syncproto::figures::{Figures, FiguresUpload};

use super::db::{args, Isolation};
use super::{timestamp, Store, StoreError};

/// One station's figures of one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StationDay {
    /// The station's id.
    pub station_id: String,
    /// The name IT gave the station.
    pub station_name: String,
    /// The local day.
    pub day: NaiveDate,
    /// What the station counted.
    pub figures: Figures,
}

impl Store {
    /// Keeps each day of `upload` unless figures of the same or a higher revision
    /// from `station_id` are already held; returns how many days were taken.
    pub fn record_figures(
        &mut self,
        station_id: &str,
        upload: &FiguresUpload,
    ) -> Result<u64, StoreError> {
        let revision = i64::try_from(upload.revision).unwrap_or(i64::MAX);
        let received_at = timestamp();
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let mut taken = 0;
            for day in &upload.days {
                let figures = serde_json::to_string(&day.figures)
                    .map_err(|error| StoreError::Corrupt(error.to_string()))?;
                // One statement per day: with processes sharing a database, the newer
                // revision wins whichever arrives first.
                taken += db.execute(
                    "INSERT INTO station_figures (station_id, day, revision, figures, received_at)
                     VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (station_id, day) DO UPDATE SET
                         revision = excluded.revision, figures = excluded.figures,
                         received_at = excluded.received_at
                     WHERE excluded.revision > station_figures.revision",
                    args![
                        station_id,
                        day.day.to_string(),
                        revision,
                        figures,
                        received_at
                    ],
                )?;
            }
            Ok(taken)
        })
    }

    /// The figures of every station (or only `station`) and day from `from` to `to`
    /// (both included), by day, then station name.
    pub fn figures(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        station: Option<&str>,
    ) -> Result<Vec<StationDay>, StoreError> {
        self.db()
            .query(
                "SELECT f.station_id, s.name, f.day, f.figures
                 FROM station_figures f JOIN stations s ON s.id = f.station_id
                 WHERE f.day BETWEEN $1 AND $2
                   AND (CAST($3 AS TEXT) IS NULL OR f.station_id = $3)
                 ORDER BY f.day, s.name, f.station_id",
                args![from.to_string(), to.to_string(), station],
            )?
            .iter()
            .map(|row| {
                let day: String = row.get(2)?;
                let figures: String = row.get(3)?;
                Ok(StationDay {
                    station_id: row.get(0)?,
                    station_name: row.get(1)?,
                    day: day.parse().map_err(|_| corrupt_figures(&day))?,
                    figures: serde_json::from_str(&figures).map_err(|_| corrupt_figures(&day))?,
                })
            })
            .collect()
    }

    /// How often each online service's QR code was shown at all stations from
    /// `from` to `to`.
    pub fn service_counts(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<BTreeMap<String, u64>, StoreError> {
        let mut counts = BTreeMap::new();
        for day in self.figures(from, to, None)? {
            for (service, count) in day.figures.qr {
                *counts.entry(service).or_default() += u64::from(count);
            }
        }
        Ok(counts)
    }
}

fn corrupt_figures(day: &str) -> StoreError {
    StoreError::Corrupt(format!("Kennzahlen vom {day} sind unlesbar"))
}
