//! One sync round: clear what the central already holds (USB import), push every
//! pending item in batches, pull the configuration.
//!
//! The store is the only state: a round started after a crash finds the pending
//! items where the last one left them. A batch the central answered is recorded in
//! one transaction; a batch without an answer is simply sent again (the central
//! answers `duplicate` for what it has). An item the central rejects becomes a dead
//! letter; a batch the central refuses as a whole is split until the refused item
//! stands alone and goes to the dead letters, so no item holds up the others.

use chrono::{DateTime, Utc};
use syncproto::limits::{MAX_ACK_QUERY_IDS, MAX_BATCH_ITEMS, MAX_BODY_BYTES};
use syncproto::ItemOutcome;

use super::config;
use super::enrolment::Enrolment;
use super::error::SyncError;
use super::state;
use crate::outbox::{self, PendingItem};
use crate::store::Store;

/// Room left in a push body for the JSON around the items.
const BODY_MARGIN_BYTES: usize = 64 * 1024;

/// Settings of a round.
#[derive(Debug, Clone, Copy)]
pub struct RoundOptions {
    /// Most items per push (at most the protocol's 500).
    pub batch_size: usize,
}

impl Default for RoundOptions {
    fn default() -> Self {
        Self {
            batch_size: MAX_BATCH_ITEMS,
        }
    }
}

/// Progress of a running round, after every batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Items acknowledged so far in this round (push or ack-query).
    pub acknowledged: u64,
    /// Items rejected so far in this round.
    pub rejected: u64,
    /// Items still pending in the store.
    pub pending: u64,
}

/// What a round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoundReport {
    /// Items acknowledged (pushed or found by ack-query).
    pub acknowledged: u64,
    /// Items that went to the dead letters.
    pub rejected: u64,
    /// Configuration version applied, if a newer one came.
    pub config_version: Option<u64>,
}

/// Runs one round and records its outcome (last success or last error) in the store.
pub async fn run(
    store: &Store,
    enrolment: &Enrolment,
    options: RoundOptions,
    now: impl Fn() -> DateTime<Utc>,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<RoundReport, SyncError> {
    let result = round(store, enrolment, options, &now, on_progress).await;
    match &result {
        Ok(_) => state::record_success(store, now())?,
        Err(error) => state::record_error(store, now(), &error.to_string())?,
    }
    result
}

async fn round(
    store: &Store,
    enrolment: &Enrolment,
    options: RoundOptions,
    now: &impl Fn() -> DateTime<Utc>,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<RoundReport, SyncError> {
    let client = enrolment.client()?;
    let mut report = RoundReport::default();
    let mut progress = |report: &RoundReport| -> Result<(), SyncError> {
        on_progress(Progress {
            acknowledged: report.acknowledged,
            rejected: report.rejected,
            pending: outbox::counts(store)?.pending,
        });
        Ok(())
    };

    // Items that went by USB: the central may hold them already.
    let mut after_seq = 0;
    loop {
        let exported = outbox::exported_pending(store, after_seq, MAX_ACK_QUERY_IDS)?;
        let Some(&(last_seq, _)) = exported.last() else {
            break;
        };
        let ids: Vec<String> = exported.into_iter().map(|(_, id)| id).collect();
        let present = client.ack_query(&ids).await?;
        report.acknowledged += outbox::acknowledge(store, now(), &present)?;
        after_seq = last_seq;
        progress(&report)?;
    }

    // Push everything pending, oldest first.
    let max_items = options.batch_size.clamp(1, MAX_BATCH_ITEMS);
    let mut batch_size = max_items;
    let mut after_seq = 0;
    loop {
        let batch = outbox::pending_batch(
            store,
            after_seq,
            batch_size,
            MAX_BODY_BYTES - BODY_MARGIN_BYTES,
        )?;
        let Some(last) = batch.last() else { break };
        let last_seq = last.seq;
        let items: Vec<_> = batch.iter().map(|pending| pending.item.clone()).collect();
        match client.push(&items).await {
            Ok(response) => {
                let outcomes: Vec<(String, ItemOutcome)> = batch
                    .iter()
                    .zip(response.results)
                    .map(|(pending, result)| (pending.item.id.clone(), result.outcome))
                    .collect();
                let recorded = outbox::record_outcomes(store, now(), &outcomes)?;
                report.acknowledged += recorded.acknowledged;
                report.rejected += recorded.rejected;
                after_seq = last_seq;
                batch_size = max_items;
            }
            Err(SyncError::Refused {
                status,
                code,
                message,
            }) if refused_for_content(status) => {
                if let [single] = batch.as_slice() {
                    report.rejected += dead_letter(store, single, &code, &message)?;
                    after_seq = last_seq;
                    batch_size = max_items;
                } else {
                    batch_size = (batch.len() / 2).max(1);
                }
            }
            Err(error) => return Err(error),
        }
        progress(&report)?;
    }

    report.config_version =
        config::pull(store, &client, &enrolment.central_signing_key, now()).await?;
    Ok(report)
}

/// A whole batch refused for what it holds (bad body, too large, wrong type), not for
/// who sent it: splitting the batch can find the item that causes it.
fn refused_for_content(status: u16) -> bool {
    matches!(status, 400 | 413 | 415 | 422)
}

fn dead_letter(
    store: &Store,
    pending: &PendingItem,
    code: &str,
    message: &str,
) -> Result<u64, SyncError> {
    Ok(u64::from(outbox::dead_letter(
        store,
        &pending.item.id,
        code,
        message,
    )?))
}
