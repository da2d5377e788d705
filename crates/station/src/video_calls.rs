//! The video calls with a clerk opened at this station: when, in which language, and
//! how each stood when the station last asked the central. Staff see the day's calls;
//! nothing here lets anyone join one (the phone link's token is not kept).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;
use serde::Serialize;
use syncproto::calls::CallState;

use crate::clock::{day_start, from_stored, to_stored};
use crate::error::{Result, StationError};
use crate::store::Store;

/// A call as the station knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct VideoCall {
    /// The central's id of the call.
    pub id: String,
    /// When the station opened it.
    pub opened_at: DateTime<Utc>,
    /// The kiosk language it was opened in.
    pub lang: String,
    /// How it stood when the station last asked.
    pub state: CallStateView,
}

/// How a call stands, as the station shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum CallStateView {
    /// No clerk has answered yet.
    Waiting,
    /// A clerk answered.
    Answered,
    /// It ended.
    Ended,
}

impl From<CallState> for CallStateView {
    fn from(state: CallState) -> Self {
        match state {
            CallState::Waiting => CallStateView::Waiting,
            CallState::Answered => CallStateView::Answered,
            CallState::Ended => CallStateView::Ended,
        }
    }
}

impl CallStateView {
    fn code(self) -> &'static str {
        match self {
            CallStateView::Waiting => "waiting",
            CallStateView::Answered => "answered",
            CallStateView::Ended => "ended",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        [
            CallStateView::Waiting,
            CallStateView::Answered,
            CallStateView::Ended,
        ]
        .into_iter()
        .find(|state| state.code() == code)
    }
}

/// Records call `id`, opened at `now` in `lang`, waiting.
pub fn record(store: &Store, id: &str, lang: &str, now: DateTime<Utc>) -> Result<VideoCall> {
    store.conn().execute(
        "INSERT INTO video_calls (id, opened_at, lang, state, checked_at) VALUES (?1, ?2, ?3, ?4, ?2)",
        params![id, to_stored(now), lang, CallStateView::Waiting.code()],
    )?;
    Ok(VideoCall {
        id: id.to_owned(),
        opened_at: now,
        lang: lang.to_owned(),
        state: CallStateView::Waiting,
    })
}

/// Notes how call `id` stands at `now`; false when the station has no such call.
pub fn update(store: &Store, id: &str, state: CallStateView, now: DateTime<Utc>) -> Result<bool> {
    let changed = store.conn().execute(
        "UPDATE video_calls SET state = ?2, checked_at = ?3 WHERE id = ?1",
        params![id, state.code(), to_stored(now)],
    )?;
    Ok(changed == 1)
}

/// The calls opened on local day `day`, oldest first.
pub fn of_day(store: &Store, day: NaiveDate) -> Result<Vec<VideoCall>> {
    let mut statement = store.conn().prepare(
        "SELECT id, opened_at, lang, state FROM video_calls
         WHERE opened_at >= ?1 AND opened_at < ?2 ORDER BY opened_at, id",
    )?;
    let (from, until) = (day_start(day), day_start(day + chrono::Days::new(1)));
    let rows = statement.query_map(params![to_stored(from), to_stored(until)], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
        ))
    })?;
    rows.map(|row| {
        let (id, opened_at, lang, state) = row?;
        Ok(VideoCall {
            id,
            opened_at: from_stored(&opened_at).map_err(|_| StationError::corrupt("video_calls"))?,
            lang,
            state: CallStateView::from_code(&state)
                .ok_or_else(|| StationError::corrupt("video_calls"))?,
        })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_is_recorded_updated_and_listed_for_its_day() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("station.sqlite3")).unwrap();
        let morning = DateTime::parse_from_rfc3339("2026-12-04T09:00:00Z")
            .unwrap()
            .to_utc();
        record(&store, "call-1", "uk", morning).unwrap();
        record(&store, "call-2", "de", morning + chrono::Duration::hours(2)).unwrap();
        assert!(update(&store, "call-1", CallStateView::Ended, morning).unwrap());
        assert!(!update(&store, "unbekannt", CallStateView::Ended, morning).unwrap());
        record(&store, "call-3", "de", morning + chrono::Duration::days(1)).unwrap();
        let calls = of_day(&store, morning.date_naive()).unwrap();
        assert_eq!(calls.len(), 2, "the next day's call is not listed");
        assert_eq!(
            (calls[0].lang.as_str(), calls[0].state),
            ("uk", CallStateView::Ended)
        );
        assert_eq!(calls[1].state, CallStateView::Waiting);
    }
}
