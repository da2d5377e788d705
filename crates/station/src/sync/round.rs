//! One sync round: clear what the central already holds (USB import), push every
//! pending item in batches, pull the configuration, report and send the figures, ask
//! which fees are paid.
//!
//! The store is the only state: a round started after a crash finds the pending
//! items where the last one left them. A batch the central answered is recorded in
//! one transaction; a batch without an answer is simply sent again (the central
//! answers `duplicate` for what it has). An item the central rejects becomes a dead
//! letter; a batch the central refuses as a whole is split until the refused item
//! stands alone and goes to the dead letters, so no item holds up the others.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use syncproto::limits::{MAX_ACK_QUERY_IDS, MAX_BATCH_ITEMS};
use syncproto::StationReport;

use super::config;
use super::enrolment::Enrolment;
use super::error::SyncError;
use super::{figures, paid, push, state};

pub use super::report::{Progress, RoundReport};
use crate::outbox;
use crate::store::Store;

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
    let client = Arc::new(enrolment.client()?);
    let mut report = RoundReport::default();
    // Counted once: a count per batch would scan the pending index again and again.
    // Requests recorded during the round are not in the progress figure.
    let pending_at_start = outbox::pending_count(store)?;
    let mut progress = |report: &RoundReport| {
        on_progress(Progress {
            acknowledged: report.acknowledged,
            rejected: report.rejected,
            pending: pending_at_start.saturating_sub(report.acknowledged + report.rejected),
        });
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
        progress(&report);
    }

    // Push everything pending, oldest first.
    let max_items = options.batch_size.clamp(1, MAX_BATCH_ITEMS);
    push::push_pending(store, &client, max_items, now, &mut report, &mut progress).await?;

    report.config_version =
        config::pull(store, &client, &enrolment.central_signing_key, now()).await?;

    // For the back office's station list and figures. Only informational: a round that
    // delivered everything does not fail over them, and the next round sends again
    // (the figures of every day since the last upload the central answered).
    let counts = outbox::counts(store)?;
    let status = StationReport {
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        config_version: config::version(store)?,
        pending: counts.pending,
        dead_letters: counts.dead_letter,
    };
    let _ = client.report(&status).await;
    let _ = figures::upload(store, &client, now()).await;
    let _ = paid::pull(store, &client, now()).await;
    Ok(report)
}
