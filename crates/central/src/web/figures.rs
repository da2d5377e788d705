//! Kennzahlen: the dashboard of all stations (clerks and admins; figures hold no
//! personal data). Visitors and waits per station and day, PIN workflows, requests by
//! topic and the online services asked for most, over a period and for one station
//! or all; the same as a CSV file for spreadsheets.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use chrono::{Days, NaiveDate};
use serde::Deserialize;
use station::figures_csv::{self, Row as CsvRow};
use syncproto::figures::{DayFigures, Figures, Minutes, PinFlow, PinResult};

use super::labels;
use super::page::{html, Nav, PageFailure};
use super::requests::{choices, Choice};
use super::session::{with_store, SignedIn};
use super::time::{parse_day, today};
use super::WebState;
use crate::published::Published;
use crate::store::StationDay;

/// Longest period one view covers (a bit more than a year).
const MAX_DAYS: u64 = 400;
/// The period shown when none is chosen: the last 30 days.
const DEFAULT_DAYS: u64 = 30;
/// Services in the list of the most asked.
const TOP_SERVICES: usize = 20;

/// The filter as the form sends it (all optional).
#[derive(Debug, Default, Deserialize)]
pub struct FiguresQuery {
    #[serde(default)]
    von: String,
    #[serde(default)]
    bis: String,
    #[serde(default)]
    station: String,
}

/// The period and station the filter asks for.
struct Filter {
    from: NaiveDate,
    to: NaiveDate,
    station: Option<String>,
}

impl Filter {
    /// The filter of a request's query string.
    fn from_query(
        query: Result<Query<FiguresQuery>, QueryRejection>,
    ) -> Result<Filter, PageFailure> {
        let Query(query) =
            query.map_err(|_| PageFailure::BadInput("Der Filter ist ungültig.".into()))?;
        Filter::of(&query)
    }

    fn of(query: &FiguresQuery) -> Result<Filter, PageFailure> {
        let day = |text: &str, default: NaiveDate| -> Result<NaiveDate, PageFailure> {
            if text.trim().is_empty() {
                return Ok(default);
            }
            parse_day(text).ok_or_else(|| {
                PageFailure::BadInput("Bitte geben Sie das Datum als TT.MM.JJJJ ein.".into())
            })
        };
        let to = day(&query.bis, today())?;
        let from = day(
            &query.von,
            to.checked_sub_days(Days::new(DEFAULT_DAYS - 1))
                .unwrap_or(to),
        )?;
        let span = (to - from).num_days();
        if span < 0 || span >= MAX_DAYS as i64 {
            return Err(PageFailure::BadInput(format!(
                "Der Zeitraum muss mit dem Von-Tag beginnen und darf höchstens {MAX_DAYS} Tage umfassen."
            )));
        }
        Ok(Filter {
            from,
            to,
            station: Some(query.station.trim().to_owned()).filter(|id| !id.is_empty()),
        })
    }
}

/// One station's day.
struct DayRow {
    day: String,
    station: String,
    places: String,
    visitors: u32,
    wait_median: String,
    wait_p90: String,
    service_median: String,
    gone: u32,
}

/// One kind of PIN workflow.
struct PinRow {
    flow: String,
    changed: u32,
    failed: u32,
    referred: u32,
}

/// A count with a bar.
struct CountRow {
    label: String,
    count: u32,
    max: u32,
}

#[derive(Template)]
#[template(path = "figures.html")]
struct FiguresPage {
    nav: Nav,
    from: String,
    to: String,
    stations: Vec<Choice>,
    csv_query: String,
    visitors: u32,
    wait: String,
    service: String,
    gone: u32,
    days: Vec<DayRow>,
    pin: Vec<PinRow>,
    topics: Vec<CountRow>,
    services: Vec<CountRow>,
}

/// `GET /kennzahlen`.
pub async fn dashboard(
    State(state): State<WebState>,
    clerk: SignedIn,
    query: Result<Query<FiguresQuery>, QueryRejection>,
) -> Result<Response, PageFailure> {
    let filter = Filter::from_query(query)?;
    let (from, to, station) = (filter.from, filter.to, filter.station.clone());
    let (days, stations, published) = with_store(&state, move |store| {
        Ok((
            store.figures(from, to, station.as_deref())?,
            store.stations()?,
            Published::load(store)?,
        ))
    })
    .await?;
    let mut total = Figures::default();
    for day in &days {
        total.merge(&day.figures);
    }
    let mut station_options = vec![(String::new(), "Alle Stationen".to_owned())];
    station_options.extend(stations.into_iter().map(|row| (row.id, row.name)));
    let csv_query = format!(
        "von={}&bis={}&station={}",
        filter.from,
        filter.to,
        filter.station.as_deref().unwrap_or_default()
    );
    html(&FiguresPage {
        nav: Nav::new(&clerk, "kennzahlen"),
        from: filter.from.format("%d.%m.%Y").to_string(),
        to: filter.to.format("%d.%m.%Y").to_string(),
        stations: choices(
            station_options,
            filter.station.as_deref().unwrap_or_default(),
        ),
        csv_query,
        visitors: total.visitors,
        wait: median_and_p90(&total.wait),
        service: median_and_p90(&total.service),
        gone: total.gone,
        days: days
            .iter()
            .map(|day| DayRow {
                day: day.day.format("%d.%m.%Y").to_string(),
                station: day.station_name.clone(),
                places: place_names(&published, &day.figures),
                visitors: day.figures.visitors,
                wait_median: minutes(day.figures.wait.median()),
                wait_p90: minutes(day.figures.wait.p90()),
                service_median: minutes(day.figures.service.median()),
                gone: day.figures.gone,
            })
            .collect(),
        pin: PinFlow::ALL
            .into_iter()
            .map(|flow| PinRow {
                flow: flow_label(flow),
                changed: total.pin_count(flow, PinResult::Changed),
                failed: total.pin_count(flow, PinResult::Failed),
                referred: total.pin_count(flow, PinResult::Referred),
            })
            .collect(),
        topics: bars(
            total
                .requests
                .iter()
                .map(|(topic, count)| (labels::topic(topic), *count)),
            usize::MAX,
        ),
        services: bars(
            total
                .qr
                .iter()
                .map(|(service, count)| (published.service_name(service), *count)),
            TOP_SERVICES,
        ),
    })
}

/// `GET /kennzahlen.csv`: the same filter, one row per station and day.
pub async fn csv(
    State(state): State<WebState>,
    _clerk: SignedIn,
    query: Result<Query<FiguresQuery>, QueryRejection>,
) -> Result<Response, PageFailure> {
    let filter = Filter::from_query(query)?;
    let (from, to, station) = (filter.from, filter.to, filter.station.clone());
    let days: Vec<StationDay> = with_store(&state, move |store| {
        Ok(store.figures(from, to, station.as_deref())?)
    })
    .await?;
    let day_figures: Vec<DayFigures> = days
        .iter()
        .map(|day| DayFigures {
            day: day.day,
            figures: day.figures.clone(),
        })
        .collect();
    let rows: Vec<CsvRow<'_>> = days
        .iter()
        .zip(&day_figures)
        .map(|(station_day, day)| CsvRow {
            station: &station_day.station_name,
            day,
        })
        .collect();
    let text = figures_csv::csv(&rows, "de");
    let name = format!("attachment; filename=\"Kennzahlen_{from}_{to}.csv\"");
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (CONTENT_DISPOSITION, name),
        ],
        text,
    )
        .into_response())
}

/// `12 / 25 Min.`, or `–` when nothing was counted.
fn median_and_p90(minutes_counted: &Minutes) -> String {
    match (minutes_counted.median(), minutes_counted.p90()) {
        (Some(median), Some(p90)) => format!("Median {median} Min., 90. Perzentil {p90} Min."),
        _ => "–".to_owned(),
    }
}

fn minutes(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_owned(), |minutes| format!("{minutes} Min."))
}

fn place_names(published: &Published, figures: &Figures) -> String {
    let names: Vec<String> = figures
        .places
        .iter()
        .map(|id| published.place_name(id))
        .collect();
    names.join(", ")
}

/// The flow's German name, as the stations' texts have it.
fn flow_label(flow: PinFlow) -> String {
    texts::german(&format!("figures-flow-{}", flow.as_str()), &[])
}

/// Counts as bars, most first, at most `limit`; each bar's scale is the largest.
fn bars(counts: impl Iterator<Item = (String, u32)>, limit: usize) -> Vec<CountRow> {
    let mut rows: Vec<(String, u32)> = counts.collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(limit);
    let max = rows.first().map_or(1, |(_, count)| (*count).max(1));
    rows.into_iter()
        .map(|(label, count)| CountRow { label, count, max })
        .collect()
}
