//! The figures' way to the central: with every sync round the station sends the
//! figures of every day since the last upload the central answered (the first time,
//! of every day it has), and keeps the central's counts of all stations that come
//! back. USB export files carry the same upload.
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

/// The figures to send at `now`: every day from the last day the central confirmed
/// (or from the first day counted) to today, at most the last [`MAX_DAYS`], under a
/// new revision.
pub fn upload_now(store: &Store, now: DateTime<Utc>) -> Result<FiguresUpload> {
    let today = local_day(now);
    let oldest = today
        .checked_sub_days(Days::new(MAX_DAYS as u64 - 1))
        .unwrap_or(today);
    let sent_through = store
        .setting(SENT_THROUGH_KEY)?
        .and_then(|day| day.parse::<NaiveDate>().ok());
    let from = match sent_through {
        Some(day) => Some(day),
        None => figures::first_day(store)?,
    }
    .map_or(today, |day| day.clamp(oldest, today));
    Ok(FiguresUpload {
        revision: next_revision(store, now)?,
        days: figures::days(store, from, today, None)?,
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
/// clock was set back. Stored before it is used, so no two uploads share one.
fn next_revision(store: &Store, now: DateTime<Utc>) -> Result<u64> {
    let last = store
        .setting(REVISION_KEY)?
        .and_then(|text| text.parse::<u64>().ok())
        .unwrap_or(0);
    let next = u64::try_from(now.timestamp_millis())
        .unwrap_or(0)
        .max(last + 1);
    store.set_setting(REVISION_KEY, &next.to_string())?;
    Ok(next)
}
