//! Time as the station sees it: Potsdam's local time zone (Europe/Berlin).
//!
//! The crate never reads the system clock inside its logic: every function that
//! depends on time takes `now: DateTime<Utc>` from the caller, so tests inject any
//! instant (including daylight-saving changes). This module turns such an instant
//! into the local day and local time of day, and formats instants for the store.

use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, TimeZone, Utc};
use chrono_tz::{Europe::Berlin, Tz};

/// `instant` in Potsdam's local time, for display.
pub fn local(instant: DateTime<Utc>) -> DateTime<Tz> {
    instant.with_timezone(&Berlin)
}

/// The local calendar day in Potsdam at `now`; ticket numbers restart each day.
pub fn local_day(now: DateTime<Utc>) -> NaiveDate {
    local(now).date_naive()
}

/// The local wall-clock time in Potsdam at `now`.
pub fn local_time(now: DateTime<Utc>) -> NaiveTime {
    local(now).time()
}

/// `14:20`: the local wall-clock time of `instant`, as tickets, the display and `bk`
/// show it.
pub fn hh_mm(instant: DateTime<Utc>) -> String {
    local(instant).format("%H:%M").to_string()
}

/// The instant a local day begins in Potsdam (midnight exists on every day there:
/// the clocks change at 02:00 and 03:00).
pub fn day_start(day: NaiveDate) -> DateTime<Utc> {
    Berlin
        .from_local_datetime(&day.and_time(NaiveTime::MIN))
        .earliest()
        .map_or_else(
            || day.and_time(NaiveTime::MIN).and_utc(),
            |start| start.with_timezone(&Utc),
        )
}

/// `2026-12-10 08:30`: the local day and time of `instant`, as `bk` shows and reads
/// appointment times.
pub fn day_and_time(instant: DateTime<Utc>) -> String {
    local(instant).format(DAY_AND_TIME).to_string()
}

/// Reads a local day and time written by [`day_and_time`]; `None` for other text and
/// for a time the clocks skip (the hour of the change to summer time).
pub fn parse_day_and_time(text: &str) -> Option<DateTime<Utc>> {
    let naive = chrono::NaiveDateTime::parse_from_str(text.trim(), DAY_AND_TIME).ok()?;
    Berlin
        .from_local_datetime(&naive)
        .earliest()
        .map(|local| local.with_timezone(&Utc))
}

const DAY_AND_TIME: &str = "%Y-%m-%d %H:%M";

/// The format in which the store keeps instants: RFC 3339, UTC, milliseconds.
/// Strings in this format sort in time order.
pub(crate) fn to_stored(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Reads an instant written by [`to_stored`] (any RFC 3339 string is accepted).
pub(crate) fn from_stored(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        from_stored(text).expect("valid test instant")
    }

    #[test]
    fn local_day_follows_berlin_not_utc() {
        // 23:30 UTC in winter is already 00:30 the next day in Potsdam.
        assert_eq!(
            local_day(utc("2026-02-25T23:30:00Z")).to_string(),
            "2026-02-26"
        );
        // 22:30 UTC in summer (UTC+2) is 00:30 the next day as well.
        assert_eq!(
            local_day(utc("2026-07-01T22:30:00Z")).to_string(),
            "2026-07-02"
        );
        assert_eq!(
            local_day(utc("2026-07-01T21:59:59Z")).to_string(),
            "2026-07-01"
        );
    }

    #[test]
    fn local_time_applies_daylight_saving() {
        assert_eq!(
            local_time(utc("2026-02-25T09:00:00Z")).to_string(),
            "10:00:00"
        );
        assert_eq!(
            local_time(utc("2026-07-01T09:00:00Z")).to_string(),
            "11:00:00"
        );
    }

    #[test]
    fn stored_form_round_trips_and_sorts() {
        let earlier = utc("2026-02-25T09:00:00.5Z");
        let later = utc("2026-02-25T10:00:00Z");
        assert_eq!(to_stored(earlier), "2026-02-25T09:00:00.500Z");
        let winter = Utc.with_ymd_and_hms(2026, 12, 10, 7, 30, 0).unwrap();
        assert_eq!(day_and_time(winter), "2026-12-10 08:30");
        assert_eq!(parse_day_and_time(" 2026-12-10 08:30 "), Some(winter));
        assert_eq!(parse_day_and_time("2026-03-29 02:30"), None, "skipped hour");
        assert_eq!(parse_day_and_time("10.12.2026 08:30"), None);
        assert_eq!(from_stored(&to_stored(earlier)).unwrap(), earlier);
        assert!(to_stored(earlier) < to_stored(later));
    }
}
