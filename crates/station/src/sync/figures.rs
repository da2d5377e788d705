//! The figures' way to the central: with every sync round the station sends the
//! figures of every day from the day before the last upload the central answered (a
//! ticket of yesterday served after midnight changes yesterday) to today — the first
//! time, of every day it has — and keeps the central's counts of all stations that
//! come back. USB export files carry the same upload.
//!
//! Each upload takes a new revision, stored before it is sent: the central keeps per
//! station and day the figures of the highest revision, so a resend or an import of
//! an older file never counts twice and a later upload corrects a day.

use chrono::{DateTime, Days, NaiveDate, Utc};
use syncproto::figures::{FiguresUpload, MAX_DAYS};

use super::client::CentralClient;
use super::error::SyncError;
use crate::clock::local_day;
use crate::error::Result;
use crate::figures;
use crate::store::Store;

const REVISION_KEY: &str = "figures_revision";
const SENT_THROUGH_KEY: &str = "figures_sent_through";

/// The figures to send at `now`: every day from the day before the last day the
/// central confirmed (or from the first day counted) to today, at most the last
/// [`MAX_DAYS`], under a new revision taken after they were read.
pub fn upload_now(store: &Store, now: DateTime<Utc>) -> Result<FiguresUpload> {
    let today = local_day(now);
    let oldest = today
        .checked_sub_days(Days::new(MAX_DAYS as u64 - 1))
        .unwrap_or(today);
    let sent_through = store
        .setting(SENT_THROUGH_KEY)?
        .and_then(|day| day.parse::<NaiveDate>().ok());
    let from = match sent_through {
        Some(day) => day.checked_sub_days(Days::new(1)),
        None => figures::first_day(store)?,
    }
    .map_or(today, |day| day.clamp(oldest, today));
    let days = figures::days(store, from, today, None)?;
    Ok(FiguresUpload {
        revision: next_revision(store, now)?,
        days,
    })
}

/// Sends the figures since the last confirmed upload and stores the central's counts
/// of all stations. Informational like the station report: the caller decides
/// whether a failure matters.
pub async fn upload(
    store: &Store,
    client: &CentralClient,
    now: DateTime<Utc>,
) -> Result<(), SyncError> {
    let upload = upload_now(store, now)?;
    let answer = client.figures(&upload).await?;
    figures::set_central_service_counts(store, &answer.service_counts)?;
    store.set_setting(SENT_THROUGH_KEY, &local_day(now).to_string())?;
    Ok(())
}

/// The next revision: the time in milliseconds, or one more than the last when the
/// clock was set back. Taken and stored in one statement before it is used, so no two
/// uploads share one, whichever process (app, `bk`) takes it.
fn next_revision(store: &Store, now: DateTime<Utc>) -> Result<u64> {
    let millis = now.timestamp_millis().max(1);
    let next: String = store.conn().query_row(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET
             value = CAST(max(CAST(value AS INTEGER) + 1, CAST(excluded.value AS INTEGER)) AS TEXT)
         RETURNING value",
        rusqlite::params![REVISION_KEY, millis.to_string()],
        |row| row.get(0),
    )?;
    Ok(next.parse().unwrap_or(u64::try_from(millis).unwrap_or(1)))
}
