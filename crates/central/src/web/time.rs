//! Times as the back office shows them (Potsdam's local time, `02.12.2026, 14:03`)
//! and the date filter's bounds (a local day, as stored UTC times).

use chrono::{DateTime, NaiveDate, SecondsFormat, TimeZone, Utc};
use chrono_tz::Europe::Berlin;

/// A stored RFC 3339 time in local time; the text itself when it does not parse.
pub fn local(stored: &str) -> String {
    DateTime::parse_from_rfc3339(stored)
        .map(|time| {
            time.with_timezone(&Berlin)
                .format("%d.%m.%Y, %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| stored.to_owned())
}

/// An optional stored time in local time, `–` when absent.
pub fn local_or_dash(stored: Option<&str>) -> String {
    stored.map_or_else(|| "–".to_owned(), local)
}

/// The start of a local day (`JJJJ-MM-TT` as date fields send it, or `TT.MM.JJJJ` as
/// people type it) as a stored UTC time; with `next`, the start of the day after.
/// `None` when the text is not a date.
pub fn day_bound(date: &str, next: bool) -> Option<String> {
    let day = parse_day(date)?;
    let day = if next { day.succ_opt()? } else { day };
    let start = Berlin
        .from_local_datetime(&day.and_hms_opt(0, 0, 0)?)
        .earliest()?;
    Some(
        start
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Millis, true),
    )
}

/// A local day as date fields send it (`JJJJ-MM-TT`) or as people type it
/// (`TT.MM.JJJJ`).
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
}

/// Today in Potsdam.
pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&Berlin).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_time_follows_summer_and_winter() {
        assert_eq!(local("2026-12-02T13:03:00.000Z"), "02.12.2026, 14:03");
        assert_eq!(local("2026-07-01T13:03:00.000Z"), "01.07.2026, 15:03");
        assert_eq!(local("kaputt"), "kaputt");
    }

    #[test]
    fn a_day_is_bounded_in_local_time() {
        assert_eq!(
            day_bound("2026-12-02", false).as_deref(),
            Some("2026-12-01T23:00:00.000Z")
        );
        assert_eq!(
            day_bound("2026-12-02", true).as_deref(),
            Some("2026-12-02T23:00:00.000Z")
        );
        assert_eq!(
            day_bound("02.12.2026", false).as_deref(),
            Some("2026-12-01T23:00:00.000Z")
        );
        assert_eq!(day_bound("gestern", false), None);
    }
}
