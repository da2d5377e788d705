//! Station figures (Kennzahlen): the non-personal counts of one station laptop for
//! one local day (Europe/Berlin), as the station computes them, sends them to the
//! central with the sync (`POST /v1/figures`) or on a USB stick, and the central adds
//! them up over days and stations.
//!
//! Waiting and service times travel as minute histograms, not as medians: a median of
//! medians is not a median, but the sum of histograms is the histogram of the union,
//! so the median and 90th percentile of any period and any set of stations come out
//! exact to the minute. Nothing here names a person, a card or a ticket.
//!
//! A day's figures replace the ones the central holds for that station and day when
//! their `revision` is higher: a resend or a USB import of the same figures never
//! counts twice, and a later upload corrects a day.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Longest time a histogram keeps apart (10 h); longer times count as this.
pub const MAX_MINUTES: u32 = 600;
/// Most days in one upload or export file.
pub const MAX_DAYS: usize = 400;
/// Most distinct topics, services or places in one day's figures.
pub const MAX_KEYS: usize = 500;
/// Longest topic, service or place id.
pub const MAX_KEY_LEN: usize = 100;

/// Durations of one kind (waiting or service time), counted per whole minute.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Minutes(BTreeMap<u32, u32>);

impl Minutes {
    /// Counts one duration of `seconds` (negative times, from a clock set back,
    /// count as 0).
    pub fn add_seconds(&mut self, seconds: i64) {
        let minute = u32::try_from(seconds.max(0) / 60).unwrap_or(MAX_MINUTES);
        let count = self.0.entry(minute.min(MAX_MINUTES)).or_default();
        *count = count.saturating_add(1);
    }

    /// How many durations were counted. Counts come from stations: sums saturate
    /// rather than wrap.
    pub fn count(&self) -> u32 {
        self.0
            .values()
            .fold(0u32, |sum, count| sum.saturating_add(*count))
    }

    /// The nearest-rank `q`-quantile in whole minutes (`q` in 0..=1); `None` when
    /// nothing was counted.
    pub fn quantile(&self, q: f64) -> Option<u32> {
        let total = self.count();
        if total == 0 {
            return None;
        }
        // Nearest rank: the smallest value with at least q·n values at or below it.
        let rank = ((q * f64::from(total)).ceil() as u32).clamp(1, total);
        let mut seen = 0u32;
        self.0.iter().find_map(|(&minute, &count)| {
            seen = seen.saturating_add(count);
            (seen >= rank).then_some(minute)
        })
    }

    /// The median in minutes.
    pub fn median(&self) -> Option<u32> {
        self.quantile(0.5)
    }

    /// The 90th percentile in minutes.
    pub fn p90(&self) -> Option<u32> {
        self.quantile(0.9)
    }

    /// Adds `other`'s durations to these.
    pub fn merge(&mut self, other: &Minutes) {
        for (&minute, &count) in &other.0 {
            let mine = self.0.entry(minute).or_default();
            *mine = mine.saturating_add(count);
        }
    }

    fn is_valid(&self) -> bool {
        self.0.len() <= MAX_MINUTES as usize + 1 && self.0.keys().all(|&m| m <= MAX_MINUTES)
    }
}

/// The PIN workflows the kiosk and `bk eid` offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PinFlow {
    /// A new card: the Transport PIN becomes the citizen's own PIN.
    TransportPin,
    /// A PIN the citizen knows is changed.
    PinChange,
    /// A suspended PIN is made usable again with the CAN.
    Can,
    /// A blocked PIN is unblocked with the PUK.
    Puk,
    /// Counted by an older station that did not record the flow.
    Unrecorded,
}

impl PinFlow {
    /// Every flow, in the order figures list them.
    pub const ALL: [PinFlow; 5] = [
        PinFlow::TransportPin,
        PinFlow::PinChange,
        PinFlow::Can,
        PinFlow::Puk,
        PinFlow::Unrecorded,
    ];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            PinFlow::TransportPin => "transport_pin",
            PinFlow::PinChange => "pin_change",
            PinFlow::Can => "can",
            PinFlow::Puk => "puk",
            PinFlow::Unrecorded => "unrecorded",
        }
    }

    /// Parses a stored name.
    pub fn parse(text: &str) -> Option<PinFlow> {
        PinFlow::ALL.into_iter().find(|flow| flow.as_str() == text)
    }
}

/// How a PIN workflow ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PinResult {
    /// It succeeded: the card holds a new PIN, or its PIN is usable again (after the
    /// CAN or the PUK).
    Changed,
    /// The workflow ended without a result.
    Failed,
    /// The card needs the Bürgerservicecenter (PUK used up, online function off).
    Referred,
}

impl PinResult {
    /// Every result, in the order figures list them.
    pub const ALL: [PinResult; 3] = [PinResult::Changed, PinResult::Failed, PinResult::Referred];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            PinResult::Changed => "changed",
            PinResult::Failed => "failed",
            PinResult::Referred => "referred",
        }
    }

    /// Parses a stored name.
    pub fn parse(text: &str) -> Option<PinResult> {
        PinResult::ALL
            .into_iter()
            .find(|result| result.as_str() == text)
    }
}

/// The figures of a span of time (one day, or the sum of days and stations).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Figures {
    /// Tickets drawn (people who came for a desk).
    pub visitors: u32,
    /// Drawn → called, for every called ticket.
    pub wait: Minutes,
    /// Called → done, for every ticket served.
    pub service: Minutes,
    /// Tickets whose holder had gone when called.
    pub gone: u32,
    /// Finished PIN workflows by flow and result.
    pub pin: BTreeMap<PinFlow, BTreeMap<PinResult, u32>>,
    /// Requests left, by topic.
    pub requests: BTreeMap<String, u32>,
    /// How often each online service's QR code was shown, by service id.
    pub qr: BTreeMap<String, u32>,
    /// The station plan ids of the places where this happened.
    pub places: Vec<String>,
}

impl Figures {
    /// Adds `other` to these figures.
    pub fn merge(&mut self, other: &Figures) {
        self.visitors = self.visitors.saturating_add(other.visitors);
        self.wait.merge(&other.wait);
        self.service.merge(&other.service);
        self.gone = self.gone.saturating_add(other.gone);
        for (flow, results) in &other.pin {
            let mine = self.pin.entry(*flow).or_default();
            for (result, count) in results {
                let sum = mine.entry(*result).or_default();
                *sum = sum.saturating_add(*count);
            }
        }
        add_counts(&mut self.requests, &other.requests);
        add_counts(&mut self.qr, &other.qr);
        for place in &other.places {
            if !self.places.contains(place) {
                self.places.push(place.clone());
            }
        }
        self.places.sort();
    }

    /// Whether nothing was counted.
    pub fn is_empty(&self) -> bool {
        *self == Figures::default()
    }

    /// The PIN workflows of `flow` that ended with `result`.
    pub fn pin_count(&self, flow: PinFlow, result: PinResult) -> u32 {
        self.pin
            .get(&flow)
            .and_then(|results| results.get(&result))
            .copied()
            .unwrap_or(0)
    }

    /// Whether every map and key keeps to the limits (the central's check).
    pub fn is_valid(&self) -> bool {
        let key_ok = |key: &String| !key.is_empty() && key.len() <= MAX_KEY_LEN;
        self.wait.is_valid()
            && self.service.is_valid()
            && [self.requests.len(), self.qr.len(), self.places.len()]
                .iter()
                .all(|&len| len <= MAX_KEYS)
            && self.requests.keys().all(key_ok)
            && self.qr.keys().all(key_ok)
            && self.places.iter().all(key_ok)
    }
}

fn add_counts(into: &mut BTreeMap<String, u32>, from: &BTreeMap<String, u32>) {
    for (key, count) in from {
        let sum = into.entry(key.clone()).or_default();
        *sum = sum.saturating_add(*count);
    }
}

/// One local day's figures of one station laptop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DayFigures {
    /// The local day (Europe/Berlin).
    pub day: NaiveDate,
    /// What was counted that day.
    pub figures: Figures,
}

/// `POST /v1/figures` and the figures part of an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FiguresUpload {
    /// Grows with every upload of this station; the central keeps, per day, the
    /// figures of the highest revision it has seen.
    pub revision: u64,
    /// At most [`MAX_DAYS`] days, each at most once.
    pub days: Vec<DayFigures>,
}

impl FiguresUpload {
    /// Whether the upload keeps to the limits: a revision from 1 to 2^63 − 1 (the
    /// databases' integers), at most [`MAX_DAYS`] distinct days, each within
    /// [`Figures::is_valid`].
    pub fn is_valid(&self) -> bool {
        let mut days: Vec<NaiveDate> = self.days.iter().map(|d| d.day).collect();
        days.sort();
        days.dedup();
        (1..=i64::MAX as u64).contains(&self.revision)
            && self.days.len() <= MAX_DAYS
            && days.len() == self.days.len()
            && self.days.iter().all(|d| d.figures.is_valid())
    }
}

/// Answer to `POST /v1/figures`: how often each online service's QR code was shown
/// at all stations in the last [`SERVICE_COUNT_DAYS`] days, so that every kiosk can
/// order its online services by what citizens ask for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FiguresResponse {
    /// Service id → times shown at all stations.
    pub service_counts: BTreeMap<String, u64>,
}

/// How many days back the central's service counts reach.
pub const SERVICE_COUNT_DAYS: i64 = 90;

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(values: &[i64]) -> Minutes {
        let mut histogram = Minutes::default();
        for value in values {
            histogram.add_seconds(value * 60);
        }
        histogram
    }

    #[test]
    fn quantiles_are_nearest_rank_in_whole_minutes() {
        let histogram = minutes(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        assert_eq!(histogram.median(), Some(5));
        assert_eq!(histogram.p90(), Some(9));
        assert_eq!(minutes(&[7]).p90(), Some(7));
        assert_eq!(Minutes::default().median(), None);
        // 59 s is minute 0; a clock set back counts as 0; ten hours and more are capped.
        let mut odd = Minutes::default();
        odd.add_seconds(59);
        odd.add_seconds(-30);
        odd.add_seconds(20 * 3600);
        assert_eq!(odd.quantile(0.0), Some(0));
        assert_eq!(odd.quantile(1.0), Some(MAX_MINUTES));
    }

    #[test]
    fn merged_histograms_give_the_quantiles_of_the_union() {
        let mut left = minutes(&[1, 1, 30]);
        let right = minutes(&[2, 40, 50, 60]);
        left.merge(&right);
        assert_eq!(left, minutes(&[1, 1, 30, 2, 40, 50, 60]));
        assert_eq!(left.median(), Some(30));
    }

    #[test]
    fn figures_add_up_and_travel_as_plain_json() {
        let mut day = Figures {
            visitors: 3,
            wait: minutes(&[4, 12]),
            pin: BTreeMap::from([(
                PinFlow::TransportPin,
                BTreeMap::from([(PinResult::Changed, 2)]),
            )]),
            requests: BTreeMap::from([("meldewesen".to_owned(), 1)]),
            places: vec!["stern-center".to_owned()],
            ..Figures::default()
        };
        let other = day.clone();
        day.merge(&other);
        assert_eq!(day.visitors, 6);
        assert_eq!(day.pin_count(PinFlow::TransportPin, PinResult::Changed), 4);
        assert_eq!(day.pin_count(PinFlow::Puk, PinResult::Failed), 0);
        assert_eq!(day.places, vec!["stern-center"]);
        let json = serde_json::to_value(&day).unwrap();
        assert_eq!(json["wait"], serde_json::json!({"4": 2, "12": 2}));
        assert_eq!(json["pin"]["transport_pin"]["changed"], 4);
        let back: Figures = serde_json::from_value(json).unwrap();
        assert_eq!(back, day);
    }

    #[test]
    fn uploads_out_of_limits_are_refused() {
        let day = |text: &str| DayFigures {
            day: text.parse().unwrap(),
            figures: Figures::default(),
        };
        let twice = FiguresUpload {
            revision: 1,
            days: vec![day("2026-02-25"), day("2026-02-25")],
        };
        assert!(!twice.is_valid());
        for revision in [0, u64::MAX] {
            assert!(!FiguresUpload {
                revision,
                days: vec![]
            }
            .is_valid());
        }
        let mut long_key = day("2026-02-25");
        long_key.figures.qr.insert("x".repeat(MAX_KEY_LEN + 1), 1);
        assert!(!FiguresUpload {
            revision: 1,
            days: vec![long_key]
        }
        .is_valid());
        assert!(FiguresUpload {
            revision: 1,
            days: vec![day("2026-02-25"), day("2026-02-26")]
        }
        .is_valid());
        let bad_minute: Result<Minutes, _> = serde_json::from_str(r#"{"601": 1}"#);
        assert!(!bad_minute.unwrap().is_valid());
        // Counts a station sends saturate when added up.
        let mut huge = Figures {
            visitors: u32::MAX,
            ..Figures::default()
        };
        huge.merge(&huge.clone());
        assert_eq!(huge.visitors, u32::MAX);
    }
}
