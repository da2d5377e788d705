//! `POST /v1/ack-query`: which of these ids does the central already hold from this
//! station? Lets a station mark items that reached the central by USB import.

use axum::extract::State;
use axum::Json;
use syncproto::item::parse_item_id;
use syncproto::{AckQueryRequest, AckQueryResponse};

use crate::server::auth::StationAuth;
use crate::server::error::ApiFailure;
use crate::server::limits::{ApiJson, MAX_ACK_QUERY_IDS};
use crate::server::AppState;

pub async fn ack_query(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    ApiJson(request): ApiJson<AckQueryRequest>,
) -> Result<Json<AckQueryResponse>, ApiFailure> {
    if request.ids.len() > MAX_ACK_QUERY_IDS {
        return Err(ApiFailure::bad_request(
            "too_many_ids",
            format!("Höchstens {MAX_ACK_QUERY_IDS} Kennungen je Anfrage"),
        ));
    }
    let ids = request
        .ids
        .iter()
        .map(|text| {
            parse_item_id(text)
                .map(|id| id.hyphenated().to_string())
                .ok_or_else(|| {
                    ApiFailure::bad_request("bad_id", "Eine Kennung ist keine UUID der Version 7")
                })
        })
        .collect::<Result<Vec<String>, ApiFailure>>()?;
    let present = state
        .with_store(move |store| {
            store.touch_station(&station.id)?;
            Ok(store.present_ids(&station.id, &ids)?)
        })
        .await?;
    Ok(Json(AckQueryResponse { present }))
}
