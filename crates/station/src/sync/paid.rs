//! Paid fees back to the station: with every sync round the station asks the central
//! which of its requests of the last [`LOOKBACK_DAYS`] days with a fee are paid
//! (recorded by the cash office, or paid online) and records them, so staff see the
//! day's payments. Informational like the figures: a failure does not fail the round,
//! the next round asks again.

use chrono::{DateTime, Days, Utc};
use syncproto::limits::MAX_ACK_QUERY_IDS;

use super::client::CentralClient;
use super::error::SyncError;
use crate::requests::paid;
use crate::store::Store;

/// How far back the station asks: a transfer takes days, a payment link runs 14.
pub const LOOKBACK_DAYS: u64 = 45;

/// Asks about the unpaid requests since [`LOOKBACK_DAYS`] before `now` and records
/// what was paid; how many payments were new.
pub async fn pull(
    store: &Store,
    client: &CentralClient,
    now: DateTime<Utc>,
) -> Result<usize, SyncError> {
    let since = now
        .checked_sub_days(Days::new(LOOKBACK_DAYS))
        .unwrap_or(now);
    let ids = paid::unpaid_since(store, since)?;
    let mut recorded = 0;
    for batch in ids.chunks(MAX_ACK_QUERY_IDS) {
        let answer = client.paid_query(batch).await?;
        recorded += paid::record(store, &answer.paid)?;
    }
    Ok(recorded)
}
