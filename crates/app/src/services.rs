//! The city's online services: categories, typo-tolerant search, a service's QR code
//! (each showing counted in the figures), and the order of what citizens ask for
//! most: this station's counts of the last 90 days first, then the central's counts
//! of all stations, then the catalogue's order.
//!
//! The order must not tell the next citizen what the last one looked up: today's
//! showings at this station do not count, and a service counts only once it was
//! shown at least [`MIN_SHOWN`] times.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use chrono::{DateTime, Days, Utc};
use serde::Serialize;
use station::catalogue::{CategoryView, ServiceView};
use station::lang::Lang;
use station::{clock, figures, qr};
use syncproto::figures::SERVICE_COUNT_DAYS;
use texts::FluentValue;

use crate::error::AppResult;
use crate::messages::german;
use crate::station::Station;

/// How many services the "most asked" row holds.
pub const MOST_ASKED: usize = 3;
/// How often a service must have been shown before its count orders anything.
pub const MIN_SHOWN: u64 = 5;

/// A service's address and its QR code.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ServiceQr {
    /// The address the QR code holds.
    pub url: String,
    /// The QR code as SVG.
    pub svg: String,
}

/// The catalogue's categories in `lang`.
pub fn categories(station: &Station, lang: Lang) -> Vec<CategoryView> {
    station.catalogue().categories(lang)
}

/// Services matching `query` (typo-tolerant), best first, optionally in one category;
/// without a query, all of them (of the category), most asked first.
pub fn search(
    station: &Station,
    lang: Lang,
    query: &str,
    category: Option<&str>,
    now: DateTime<Utc>,
) -> AppResult<Vec<ServiceView>> {
    let mut found = station.catalogue().search(lang, query, category)?;
    if query.trim().is_empty() {
        let counts = Popularity::read(station, now)?;
        // A stable sort keeps the catalogue's order among equals.
        found.sort_by_key(|service| Reverse(counts.of(&service.id)));
    }
    Ok(found)
}

/// The services whose QR code was shown most (at most [`MOST_ASKED`]; none that was
/// never shown).
pub fn most_asked(
    station: &Station,
    lang: Lang,
    now: DateTime<Utc>,
) -> AppResult<Vec<ServiceView>> {
    let counts = Popularity::read(station, now)?;
    let mut services = station.catalogue().search(lang, "", None)?;
    services.retain(|service| counts.of(&service.id) > (0, 0));
    services.sort_by_key(|service| Reverse(counts.of(&service.id)));
    services.truncate(MOST_ASKED);
    Ok(services)
}

/// The QR code of service `id`'s address; the showing is counted in the figures (a
/// count that cannot be stored is reported on stderr, the code is shown all the same).
pub fn qr_code(station: &Station, id: &str, now: DateTime<Utc>) -> AppResult<ServiceQr> {
    let catalogue = station.catalogue();
    let service = catalogue.service(id)?;
    let shown = ServiceQr {
        svg: qr::qr_svg(&service.url)?,
        url: service.url.clone(),
    };
    if let Err(error) = figures::record_qr(&station.store(), id, now) {
        eprintln!(
            "{}",
            german(
                "figures-not-counted",
                &[("detail", FluentValue::from(error.to_string()))]
            )
        );
    }
    Ok(shown)
}

/// How often each service was shown here and at all stations.
struct Popularity {
    here: BTreeMap<String, u64>,
    everywhere: BTreeMap<String, u64>,
}

impl Popularity {
    fn read(station: &Station, now: DateTime<Utc>) -> AppResult<Popularity> {
        let today = clock::local_day(now);
        let back = |days: u64| today.checked_sub_days(Days::new(days)).unwrap_or(today);
        let store = station.store();
        Ok(Popularity {
            here: figures::service_counts(&store, back(SERVICE_COUNT_DAYS as u64), back(1))?,
            everywhere: figures::central_service_counts(&store)?,
        })
    }

    /// The sort key of service `id`: this station's count, then all stations' (each
    /// 0 below [`MIN_SHOWN`]).
    fn of(&self, id: &str) -> (u64, u64) {
        let count = |counts: &BTreeMap<String, u64>| {
            Some(counts.get(id).copied().unwrap_or(0)).filter(|count| *count >= MIN_SHOWN)
        };
        (
            count(&self.here).unwrap_or(0),
            count(&self.everywhere).unwrap_or(0),
        )
    }
}
