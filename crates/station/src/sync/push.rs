//! Pushing every pending item, oldest first, in batches, with one batch on its way
//! while the answer to the previous one is written to the store.
//!
//! A push runs in a task of its own ([`InFlight`]), so on a multi-thread runtime the
//! request travels and the central stores it while this thread records the previous
//! batch's outcomes (one `synchronous=FULL` transaction) and reads the next batch.
//! At most one push is in flight; besides it the next batch waits in memory, so the
//! memory used is bounded by two batches whatever the backlog.
//!
//! Nothing is marked before the central answered: an answered batch is recorded in
//! one transaction (stored/duplicate → acknowledged, rejected → dead letter) before
//! the answer to the following push is looked at. A batch refused as a whole for its
//! content (400/413/415/422) is sent again in halves until the item that causes it
//! stands alone and goes to the dead letters. 401/403, 5xx and lost connections end
//! the push after recording every answer that came; the next round resends the rest
//! and the central answers `duplicate` for what it already holds.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use syncproto::limits::MAX_BODY_BYTES;
use syncproto::{ItemOutcome, PushResponse};
use tokio::task::JoinHandle;

use super::client::CentralClient;
use super::error::SyncError;
use super::report::RoundReport;
use crate::outbox::{self, PendingItem};
use crate::store::Store;

/// Room left in a push body for the JSON around the items.
const BODY_MARGIN_BYTES: usize = 64 * 1024;

/// Pushes everything pending with batches of at most `max_items`, adding what was
/// acknowledged and rejected to `report` and calling `progress` after each batch.
pub(super) async fn push_pending(
    store: &Store,
    client: &Arc<CentralClient>,
    max_items: usize,
    now: &impl Fn() -> DateTime<Utc>,
    report: &mut RoundReport,
    progress: &mut dyn FnMut(&RoundReport),
) -> Result<(), SyncError> {
    let mut in_flight = InFlight::start(client, read(store, 0, max_items)?);
    while let Some(mut flight) = in_flight.take() {
        // Read while the push travels: after a recorded answer the next batch is a
        // full one right behind this one.
        let next = read(store, flight.last_seq, max_items)?;
        match flight.answer().await {
            Ok(response) => {
                in_flight = InFlight::start(client, next);
                let outcomes: Vec<(String, ItemOutcome)> = std::mem::take(&mut flight.ids)
                    .into_iter()
                    .zip(response.results)
                    .map(|(id, result)| (id, result.outcome))
                    .collect();
                let recorded = outbox::record_outcomes(store, now(), &outcomes)?;
                report.acknowledged += recorded.acknowledged;
                report.rejected += recorded.rejected;
                if in_flight.is_none() {
                    // Nothing was left behind this batch: look again for requests
                    // recorded meanwhile.
                    in_flight = InFlight::start(client, read(store, flight.last_seq, max_items)?);
                }
            }
            Err(SyncError::Refused {
                status,
                code,
                message,
            }) if refused_for_content(status) => {
                // Nothing else is in flight: send this batch's first half (or, for the
                // single culprit, go on behind it) instead of the batch read ahead.
                let (after_seq, batch_size) = match flight.ids.as_slice() {
                    [single] => {
                        report.rejected +=
                            u64::from(outbox::dead_letter(store, single, &code, &message)?);
                        (flight.last_seq, max_items)
                    }
                    ids => (flight.after_seq, ids.len() / 2),
                };
                in_flight = InFlight::start(client, read(store, after_seq, batch_size)?);
            }
            Err(error) => return Err(error),
        }
        progress(report);
    }
    Ok(())
}

/// The pending items after position `after_seq`, at most `max_items` and within the
/// body limit.
fn read(store: &Store, after_seq: i64, max_items: usize) -> Result<Vec<PendingItem>, SyncError> {
    Ok(outbox::pending_batch(
        store,
        after_seq,
        max_items,
        MAX_BODY_BYTES - BODY_MARGIN_BYTES,
    )?)
}

/// A whole batch refused for what it holds (bad body, too large, wrong type), not for
/// who sent it: splitting the batch can find the item that causes it.
fn refused_for_content(status: u16) -> bool {
    matches!(status, 400 | 413 | 415 | 422)
}

/// One push on its way, in a task of its own that owns the batch; aborted when
/// dropped unanswered (the round ended early, e.g. the store failed).
struct InFlight {
    /// A position just before the batch's first item (to read its halves from).
    after_seq: i64,
    /// The position of the batch's last item.
    last_seq: i64,
    /// The ids of the batch, in order: the answers come in the same order.
    ids: Vec<String>,
    task: JoinHandle<Result<PushResponse, SyncError>>,
}

impl InFlight {
    /// Sends `batch`, or nothing when it is empty.
    fn start(client: &Arc<CentralClient>, batch: Vec<PendingItem>) -> Option<Self> {
        let first = batch.first()?;
        let after_seq = first.seq - 1;
        let last_seq = batch.last()?.seq;
        let ids = batch
            .iter()
            .map(|pending| pending.item.id.clone())
            .collect();
        let client = Arc::clone(client);
        let task = tokio::spawn(async move {
            let items: Vec<_> = batch.iter().map(|pending| &pending.item).collect();
            client.push(&items).await
        });
        Some(Self {
            after_seq,
            last_seq,
            ids,
            task,
        })
    }

    /// The central's answer (or why there is none).
    async fn answer(&mut self) -> Result<PushResponse, SyncError> {
        match (&mut self.task).await {
            Ok(answer) => answer,
            Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
            Err(error) => Err(SyncError::Unreachable(error.to_string())),
        }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        // Nothing once the task finished; otherwise no request outlives its round.
        self.task.abort();
    }
}
