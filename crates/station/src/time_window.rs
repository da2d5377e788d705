//! The time window printed on a ticket: when to be back at the station.
//!
//! The window starts at the expected call time, rounded down to five minutes, and
//! lasts [`WINDOW_MINUTES`]. It is kept honest as the day goes on: a ticket never gets
//! an earlier window than an earlier ticket of the same kind (a person who drew later
//! is not told to come back sooner than one who drew before).

use chrono::{DateTime, Duration, DurationRound, Utc};
use serde::Serialize;

/// How long a window lasts.
pub const WINDOW_MINUTES: i64 = 15;

/// Windows start on these minute steps (14:20, 14:25 …).
const STEP_MINUTES: i64 = 5;

/// From when to when the citizen should be back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct TimeWindow {
    /// Start of the window.
    pub from: DateTime<Utc>,
    /// End of the window.
    pub to: DateTime<Utc>,
}

impl TimeWindow {
    /// The window for a ticket expected to be called in `wait_minutes`, starting no
    /// earlier than `not_before` (the window start of the previous ticket of its kind).
    pub fn for_wait(
        now: DateTime<Utc>,
        wait_minutes: u32,
        not_before: Option<DateTime<Utc>>,
    ) -> Self {
        let expected = now + Duration::minutes(i64::from(wait_minutes));
        let rounded = expected
            .duration_trunc(Duration::minutes(STEP_MINUTES))
            .unwrap_or(expected);
        let from = not_before.map_or(rounded, |earlier| rounded.max(earlier));
        TimeWindow {
            from,
            to: from + Duration::minutes(WINDOW_MINUTES),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn window_starts_at_the_expected_time_rounded_down_to_five_minutes() {
        let window = TimeWindow::for_wait(at("2026-12-02T13:13:40Z"), 9, None);
        assert_eq!(window.from, at("2026-12-02T13:20:00Z"));
        assert_eq!(window.to, at("2026-12-02T13:35:00Z"));
    }

    #[test]
    fn a_later_ticket_never_gets_an_earlier_window() {
        let earlier = at("2026-12-02T13:40:00Z");
        let window = TimeWindow::for_wait(at("2026-12-02T13:13:40Z"), 0, Some(earlier));
        assert_eq!(window.from, earlier);
        assert_eq!(window.to, at("2026-12-02T13:55:00Z"));
    }
}
