//! `POST /v1/ack-query`: which of these ids does the central already hold from this
//! station? Lets a station mark items that reached the central by USB import. `POST
//! /v1/paid-query`: which of these requests' fees are paid? Lets staff at the station
//! see the day's payments.

use axum::extract::State;
use axum::Json;
use syncproto::item::parse_item_id;
use syncproto::{AckQueryRequest, AckQueryResponse, PaidQueryResponse};

use crate::server::auth::StationAuth;
use crate::server::error::ApiFailure;
use crate::server::limits::{ApiJson, MAX_ACK_QUERY_IDS};
use crate::server::AppState;

pub async fn ack_query(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    ApiJson(request): ApiJson<AckQueryRequest>,
) -> Result<Json<AckQueryResponse>, ApiFailure> {
    let ids = canonical_ids(&request)?;
    let present = state
        .with_store(move |store| {
            store.touch_station(&station.id)?;
            Ok(store.present_ids(&station.id, &ids)?)
        })
        .await?;
    Ok(Json(AckQueryResponse { present }))
}

pub async fn paid_query(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    ApiJson(request): ApiJson<AckQueryRequest>,
) -> Result<Json<PaidQueryResponse>, ApiFailure> {
    let ids = canonical_ids(&request)?;
    let paid = state
        .with_store(move |store| Ok(store.paid_ids(&station.id, &ids)?))
        .await?;
    Ok(Json(PaidQueryResponse { paid }))
}

/// The asked ids in canonical form; at most [`MAX_ACK_QUERY_IDS`], each a UUIDv7.
fn canonical_ids(request: &AckQueryRequest) -> Result<Vec<String>, ApiFailure> {
    if request.ids.len() > MAX_ACK_QUERY_IDS {
        return Err(ApiFailure::bad_request(
            "too_many_ids",
            format!("Höchstens {MAX_ACK_QUERY_IDS} Kennungen je Anfrage"),
        ));
    }
    request
        .ids
        .iter()
        .map(|text| {
            parse_item_id(text)
                .map(|id| id.hyphenated().to_string())
                .ok_or_else(|| {
                    ApiFailure::bad_request("bad_id", "Eine Kennung ist keine UUID der Version 7")
                })
        })
        .collect()
}
