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
//! the answer to the following push is looked at. Results are matched to the batch's
//! items by id: a result for an id not in the batch changes nothing, an item without
//! a result (or with two) stays pending.
//!
//! A batch refused as a whole goes by the central's documented code
//! ([`syncproto::BATCH_REFUSALS`]): "too large" sends it again in halves (a single item
//! still too large is a dead letter), "invalid" moves its items to the dead letters.
//! Any other refusal — other codes, 5xx, an answer without the central's `ApiError`
//! (a proxy's error page) — and lost connections end the push after recording every
//! answer that came; the next round resends the rest and the central answers
//! `duplicate` for what it already holds.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use syncproto::limits::MAX_BODY_BYTES;
use syncproto::{BatchRefusal, ItemOutcome, ItemResult, PushResponse};
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
                let outcomes = match_results(&flight.ids, response.results);
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
            }) if BatchRefusal::of(status, &code).is_some() => {
                // Nothing else is in flight: send this batch's first half, or go on
                // behind its dead letters, instead of the batch read ahead.
                let (after_seq, batch_size) = match BatchRefusal::of(status, &code) {
                    Some(BatchRefusal::TooLarge) if flight.ids.len() > 1 => {
                        (flight.after_seq, flight.ids.len() / 2)
                    }
                    _ => {
                        report.rejected +=
                            outbox::dead_letter(store, &flight.ids, &code, &message)?;
                        (flight.last_seq, max_items)
                    }
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

/// The central's results matched to the batch's `ids` by item id, in batch order.
/// Results for other ids are ignored; an id without a result or with more than one
/// gets none (it stays pending and is sent again).
fn match_results(ids: &[String], results: Vec<ItemResult>) -> Vec<(String, ItemOutcome)> {
    let mut answers: HashMap<&str, Vec<ItemOutcome>> =
        ids.iter().map(|id| (id.as_str(), Vec::new())).collect();
    for result in results {
        if let Some(outcomes) = result.id.as_deref().and_then(|id| answers.get_mut(id)) {
            outcomes.push(result.outcome);
        }
    }
    ids.iter()
        .filter_map(|id| {
            let mut outcomes = answers.remove(id.as_str())?;
            let outcome = outcomes.pop().filter(|_| outcomes.is_empty())?;
            Some((id.clone(), outcome))
        })
        .collect()
}

/// One push on its way, in a task of its own that owns the batch; aborted when
/// dropped unanswered (the round ended early, e.g. the store failed).
struct InFlight {
    /// A position just before the batch's first item (to read its halves from).
    after_seq: i64,
    /// The position of the batch's last item.
    last_seq: i64,
    /// The ids of the batch, in order.
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

#[cfg(test)]
mod tests {
    use super::*;
    use syncproto::RejectReason;

    fn result(id: Option<&str>, outcome: ItemOutcome) -> ItemResult {
        ItemResult {
            id: id.map(str::to_owned),
            outcome,
        }
    }

    #[test]
    fn results_are_matched_by_id_not_by_position() {
        let ids: Vec<String> = ["a", "b", "c", "d"].map(str::to_owned).to_vec();
        let rejected = ItemOutcome::Rejected {
            reason: RejectReason::BadSealed,
            message: "m".into(),
        };
        let results = vec![
            result(Some("d"), ItemOutcome::Duplicate),
            result(Some("x"), rejected.clone()),
            result(None, rejected.clone()),
            result(Some("b"), rejected.clone()),
            result(Some("a"), ItemOutcome::Stored),
            result(Some("d"), ItemOutcome::Stored),
        ];
        assert_eq!(
            match_results(&ids, results),
            vec![
                ("a".to_owned(), ItemOutcome::Stored),
                ("b".to_owned(), rejected)
            ]
        );
    }
}
