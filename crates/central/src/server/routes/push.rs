//! `POST /v1/push`: stores a batch of items in one transaction and answers per item.
//! Each item is checked on its own: a malformed or rejected item never blocks the
//! others, and nothing malformed is stored. Items are kept as their JSON text and
//! parsed straight into the wire type; only an item of the wrong shape is parsed a
//! second time (as a `serde_json::Value`) to find its id and say what is wrong. An
//! item whose seal names its station (format 2) must carry the pushing station's tag
//! or open for it ([`crate::sealing::sealed_by`]), else it is `foreign_seal`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::value::RawValue;
use syncproto::binding::BindingKey;
use syncproto::item::validate_json_item;
use syncproto::{
    ItemOutcome, ItemResult, PushItem, PushResponse, RejectReason, Rejection, ValidItem,
};

use crate::keys::CentralKeys;
use crate::sealing::sealed_by;
use crate::server::auth::{StationAuth, StationBinding};
use crate::server::error::ApiFailure;
use crate::server::limits::{ApiJson, MAX_BATCH_ITEMS};
use crate::server::AppState;
use crate::store::InsertOutcome;

/// The push body, with items kept as JSON text so each can be judged alone.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PushBody {
    #[serde(default)]
    station_id: Option<String>,
    items: Vec<Box<RawValue>>,
}

pub async fn push(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    StationBinding(binding): StationBinding,
    ApiJson(body): ApiJson<PushBody>,
) -> Result<Json<PushResponse>, ApiFailure> {
    if body.station_id.as_ref().is_some_and(|id| *id != station.id) {
        return Err(ApiFailure::new(
            StatusCode::FORBIDDEN,
            "station_mismatch",
            "stationId passt nicht zum Token dieser Station",
        ));
    }
    if body.items.len() > MAX_BATCH_ITEMS {
        return Err(ApiFailure::bad_request(
            "batch_too_large",
            format!("Höchstens {MAX_BATCH_ITEMS} Einträge je Sendung"),
        ));
    }
    // Per item its id and its rejection, if any; the valid items go to the store.
    // Checking the seals is CPU work (opening one, where an item has no good tag):
    // it runs on the blocking pool.
    let keys = state.keys.clone();
    let sealer = station.id.clone();
    let (verdicts, valid) = tokio::task::spawn_blocking(move || {
        let mut verdicts: Vec<(Option<String>, Option<Rejection>)> =
            Vec::with_capacity(body.items.len());
        let mut valid: Vec<ValidItem> = Vec::with_capacity(body.items.len());
        for (id, verdict) in judge_all(&body.items, &keys, &binding, &sealer) {
            match verdict {
                Ok(item) => {
                    valid.push(item);
                    verdicts.push((id, None));
                }
                Err(rejection) => verdicts.push((id, Some(rejection))),
            }
        }
        (verdicts, valid)
    })
    .await
    .map_err(|error| {
        tracing::error!(%error, "Prüfung der Einträge abgebrochen");
        ApiFailure::internal()
    })?;
    let wishes = valid
        .iter()
        .any(|item| item.meta.topic == syncproto::appointments::BOOKING_TOPIC);
    let station_id = station.id.clone();
    let mut outcomes = state
        .with_store(move |store| Ok(store.store_push(&station_id, &valid)?))
        .await?
        .into_iter();
    if let Some(desk) = state.appointments.as_ref().filter(|_| wishes) {
        desk.wake();
    }
    let results = verdicts
        .into_iter()
        .map(|(id, verdict)| {
            let outcome = match verdict {
                Some(rejection) => rejected(rejection),
                None => match outcomes.next() {
                    Some(InsertOutcome::Stored) => ItemOutcome::Stored,
                    Some(InsertOutcome::Duplicate) => ItemOutcome::Duplicate,
                    Some(InsertOutcome::Conflict) | None => rejected(Rejection {
                        reason: RejectReason::IdConflict,
                        message:
                            "Ein Eintrag mit dieser Kennung, aber anderem Inhalt, liegt schon vor"
                                .into(),
                    }),
                },
            };
            if let ItemOutcome::Rejected { reason, .. } = &outcome {
                tracing::warn!(station = %station.id, id = ?id, ?reason, "Eintrag abgewiesen");
            }
            ItemResult { id, outcome }
        })
        .collect();
    Ok(Json(PushResponse { results }))
}

/// The id and verdict of every item, in order. Opening a seal (one HPKE open, for an
/// item without a good tag) is the expensive part, so the batch is spread over the
/// machine's cores.
fn judge_all(
    items: &[Box<RawValue>],
    keys: &CentralKeys,
    binding: &BindingKey,
    sealer: &str,
) -> Vec<(Option<String>, Result<ValidItem, Rejection>)> {
    let threads = std::thread::available_parallelism().map_or(1, |cores| cores.get());
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|raw| {
                            let (id, verdict) = judge(raw);
                            let verdict = verdict.and_then(|item| {
                                sealed_by(keys, binding, &item, sealer).map(|()| item)
                            });
                            (id, verdict)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// The id (when one can be read) and the verdict on one item.
fn judge(raw: &RawValue) -> (Option<String>, Result<ValidItem, Rejection>) {
    match serde_json::from_str::<PushItem>(raw.get()) {
        Ok(item) => (Some(item.id.clone()), item.validate()),
        // `raw` is valid JSON, so it parses as a `Value`; `Null` only as a fallback.
        Err(_) => validate_json_item(serde_json::from_str(raw.get()).unwrap_or_default()),
    }
}

fn rejected(rejection: Rejection) -> ItemOutcome {
    ItemOutcome::Rejected {
        reason: rejection.reason,
        message: rejection.message,
    }
}
