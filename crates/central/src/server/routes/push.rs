//! `POST /v1/push`: stores a batch of items in one transaction and answers per item.
//! Each item is checked on its own: a malformed or rejected item never blocks the
//! others, and nothing malformed is stored.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use syncproto::item::validate_json_item;
use syncproto::{ItemOutcome, ItemResult, PushResponse, RejectReason, Rejection, ValidItem};

use crate::server::auth::StationAuth;
use crate::server::error::ApiFailure;
use crate::server::limits::{ApiJson, MAX_BATCH_ITEMS};
use crate::server::AppState;
use crate::store::InsertOutcome;

/// The push body, with items kept as raw JSON so each can be judged alone.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PushBody {
    #[serde(default)]
    station_id: Option<String>,
    items: Vec<serde_json::Value>,
}

pub async fn push(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
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
    let verdicts: Vec<(Option<String>, Result<ValidItem, Rejection>)> =
        body.items.into_iter().map(validate_json_item).collect();
    let valid: Vec<ValidItem> = verdicts
        .iter()
        .filter_map(|(_, verdict)| verdict.as_ref().ok().cloned())
        .collect();
    let station_id = station.id.clone();
    let mut outcomes = state
        .with_store(move |store| Ok(store.store_push(&station_id, &valid)?))
        .await?
        .into_iter();
    let results = verdicts
        .into_iter()
        .map(|(id, verdict)| {
            let outcome = match verdict {
                Err(rejection) => rejected(rejection),
                Ok(_) => match outcomes.next() {
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

fn rejected(rejection: Rejection) -> ItemOutcome {
    ItemOutcome::Rejected {
        reason: rejection.reason,
        message: rejection.message,
    }
}
