//! The station's figures (Kennzahlen) for staff and IT: a period's figures per day
//! and in total, with the names of services and places, ready to show (medians and
//! 90th percentiles computed, PIN workflows as a table); and the same as CSV. The
//! staff window's "Kennzahlen" page and `bk report` both read them here.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use station::figures as station_figures;
use station::figures_csv::{self, Row};
use station::lang::Lang;
use station::sync::enrolment;
use station::StationError;
use syncproto::figures::{DayFigures, Figures, PinFlow, PinResult};

use crate::error::{AppError, AppResult};
use crate::messages::german;
use crate::station::Station;

/// Longest period one report covers (a bit more than a year).
pub const MAX_DAYS: i64 = 400;

/// A count with the id it counts and a name to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct NamedCount {
    /// Topic, service or place id.
    pub id: String,
    /// The service's or place's name; for topics the id (the UI has their texts).
    pub name: String,
    /// How many.
    pub count: u32,
}

/// The PIN workflows of one flow by result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct PinRow {
    /// `transport_pin`, `pin_change`, `can` or `puk`.
    pub flow: String,
    /// Ended with a new PIN.
    pub changed: u32,
    /// Ended without a result.
    pub failed: u32,
    /// Referred to the Bürgerservicecenter.
    pub referred: u32,
}

/// Figures as the staff window shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FiguresView {
    /// Tickets drawn.
    pub visitors: u32,
    /// Tickets called.
    pub called: u32,
    /// Median wait drawn → called, minutes.
    pub wait_median: Option<u32>,
    /// 90th percentile of that wait, minutes.
    pub wait_p90: Option<u32>,
    /// Tickets served.
    pub served: u32,
    /// Median service time called → done, minutes.
    pub service_median: Option<u32>,
    /// 90th percentile of the service time, minutes.
    pub service_p90: Option<u32>,
    /// Tickets whose holder had gone.
    pub gone: u32,
    /// PIN workflows, one row per flow, in the order Transport PIN, PIN change, CAN, PUK.
    pub pin: Vec<PinRow>,
    /// Requests by topic, most first.
    pub requests: Vec<NamedCount>,
    /// QR codes shown by service, most first.
    pub qr: Vec<NamedCount>,
    /// The names of the places, in alphabetical order.
    pub places: Vec<String>,
}

/// One day's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct DayView {
    /// The local day.
    pub day: NaiveDate,
    /// What was counted.
    pub figures: FiguresView,
}

/// A period's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct FiguresReport {
    /// First day.
    pub from: NaiveDate,
    /// Last day (included).
    pub to: NaiveDate,
    /// The whole period.
    pub total: FiguresView,
    /// Each day on which anything was counted, oldest first.
    pub days: Vec<DayView>,
}

/// The figures from `from` to `to` (both included), of place `place` when given,
/// with the services' names in `lang`.
pub fn report(
    station: &Station,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<&str>,
    lang: Lang,
) -> AppResult<FiguresReport> {
    let days = days(station, from, to, place)?;
    let total = station_figures::total(&days);
    Ok(FiguresReport {
        from,
        to,
        total: view(station, &total, lang),
        days: days
            .iter()
            .map(|day| DayView {
                day: day.day,
                figures: view(station, &day.figures, lang),
            })
            .collect(),
    })
}

/// The same figures as CSV, with column names in `lang`.
pub fn csv(
    station: &Station,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<&str>,
    lang: &str,
) -> AppResult<String> {
    let days = days(station, from, to, place)?;
    let name = enrolment::load(&station.store())?
        .map(|enrolment| enrolment.station_name)
        .unwrap_or_else(|| german("figures-station-not-enrolled", &[]));
    let rows: Vec<Row<'_>> = days
        .iter()
        .map(|day| Row {
            station: &name,
            day,
        })
        .collect();
    Ok(figures_csv::csv(&rows, lang))
}

/// The raw figures per day, after checking the period.
fn days(
    station: &Station,
    from: NaiveDate,
    to: NaiveDate,
    place: Option<&str>,
) -> AppResult<Vec<DayFigures>> {
    let span = (to - from).num_days();
    if !(0..MAX_DAYS).contains(&span) {
        return Err(AppError::invalid_input(german(
            "error-app-figures-period",
            &[("days", MAX_DAYS.into())],
        )));
    }
    if let Some(id) = place {
        station.plan().station(id)?;
    }
    Ok(station_figures::days(&station.store(), from, to, place)?)
}

/// `figures` with medians computed and names looked up.
fn view(station: &Station, figures: &Figures, lang: Lang) -> FiguresView {
    let catalogue = station.catalogue();
    let plan = station.plan();
    let named = |counts: Vec<(String, String, u32)>| {
        let mut named: Vec<NamedCount> = counts
            .into_iter()
            .map(|(id, name, count)| NamedCount { id, name, count })
            .collect();
        named.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        named
    };
    FiguresView {
        visitors: figures.visitors,
        called: figures.wait.count(),
        wait_median: figures.wait.median(),
        wait_p90: figures.wait.p90(),
        served: figures.service.count(),
        service_median: figures.service.median(),
        service_p90: figures.service.p90(),
        gone: figures.gone,
        pin: PinFlow::ALL
            .into_iter()
            .map(|flow| PinRow {
                flow: flow.as_str().to_owned(),
                changed: figures.pin_count(flow, PinResult::Changed),
                failed: figures.pin_count(flow, PinResult::Failed),
                referred: figures.pin_count(flow, PinResult::Referred),
            })
            .collect(),
        requests: named(
            figures
                .requests
                .iter()
                .map(|(id, count)| (id.clone(), id.clone(), *count))
                .collect(),
        ),
        qr: named(
            figures
                .qr
                .iter()
                .map(|(id, count)| {
                    let name = catalogue
                        .service(id)
                        .map_or_else(|_| id.clone(), |service| service.name.get(lang).clone());
                    (id.clone(), name, *count)
                })
                .collect(),
        ),
        places: {
            let mut names: Vec<String> = figures
                .places
                .iter()
                .map(|id| {
                    plan.station(id)
                        .map_or_else(|_| id.clone(), |place| place.name.clone())
                })
                .collect();
            names.sort();
            names
        },
    }
}

/// Writes the CSV of the period into `folder` (by default the first USB stick that
/// is mounted, else the station's data folder) as `Kennzahlen_FROM_TO.csv`; returns
/// the file's path. The file appears whole or not at all.
pub fn save_csv(
    station: &Station,
    span: (NaiveDate, NaiveDate),
    place: Option<&str>,
    lang: &str,
    folder: Option<&Path>,
) -> AppResult<PathBuf> {
    let (from, to) = span;
    let text = csv(station, from, to, place, lang)?;
    let folder = match folder {
        Some(folder) => folder.to_owned(),
        None => default_folder(station)?,
    };
    let path = folder.join(format!("Kennzahlen_{from}_{to}.csv"));
    let partial = folder.join(format!(".Kennzahlen_{from}_{to}.csv.part"));
    let io = |error| StationError::io(&path, error);
    std::fs::create_dir_all(&folder).map_err(io)?;
    std::fs::write(&partial, text.as_bytes())
        .and_then(|()| std::fs::File::open(&partial)?.sync_all())
        .and_then(|()| std::fs::rename(&partial, &path))
        .map_err(|error| {
            let _ = std::fs::remove_file(&partial);
            io(error)
        })?;
    Ok(path)
}

/// The first mounted USB stick (`/media/USER/NAME` or `/run/media/USER/NAME`), else
/// the folder of the station's database.
fn default_folder(station: &Station) -> AppResult<PathBuf> {
    let mounted = ["/media", "/run/media"]
        .into_iter()
        .flat_map(|root| subfolders(Path::new(root)))
        .flat_map(|user| subfolders(&user))
        .find(|folder| is_mount_point(folder));
    match mounted {
        Some(folder) => Ok(folder),
        None => {
            let store = station.store();
            Ok(store
                .path()
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf))
        }
    }
}

fn subfolders(folder: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    found.sort();
    found
}

/// Whether `folder` is on another file system than its parent.
fn is_mount_point(folder: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let device = |path: &Path| std::fs::metadata(path).map(|meta| meta.dev()).ok();
    match (device(folder), folder.parent().and_then(device)) {
        (Some(own), Some(parent)) => own != parent,
        _ => false,
    }
}
