//! Back-office endpoints (admin token): list requests, open one (decrypted), mark one
//! done, and the stations with their last sync.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use crate::backoffice::{open_request, RequestDetail};
use crate::server::auth::AdminAuth;
use crate::server::error::ApiFailure;
use crate::server::limits::MAX_LIST_LIMIT;
use crate::server::AppState;
use crate::store::{RequestSummary, StationRow, StatusFilter};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    limit: Option<u32>,
}

#[derive(Serialize)]
pub struct RequestList {
    requests: Vec<RequestSummary>,
}

#[derive(Serialize)]
pub struct StationList {
    stations: Vec<StationRow>,
}

pub async fn list(
    State(state): State<AppState>,
    _admin: AdminAuth,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<RequestList>, ApiFailure> {
    let Query(query) =
        query.map_err(|_| ApiFailure::bad_request("bad_query", "Unbekannte Abfrageparameter"))?;
    let filter = match query.status.as_deref() {
        None | Some("open") => StatusFilter::Open,
        Some("done") => StatusFilter::Done,
        Some("all") => StatusFilter::All,
        Some(_) => {
            return Err(ApiFailure::bad_request(
                "bad_status",
                "status muss open, done oder all sein",
            ))
        }
    };
    let limit = query.limit.unwrap_or(100);
    if limit == 0 || limit > MAX_LIST_LIMIT {
        return Err(ApiFailure::bad_request(
            "bad_limit",
            format!("limit muss zwischen 1 und {MAX_LIST_LIMIT} liegen"),
        ));
    }
    let requests = state
        .with_store(move |store| Ok(store.list_requests(filter, limit)?))
        .await?;
    Ok(Json(RequestList { requests }))
}

pub async fn show(
    State(state): State<AppState>,
    _admin: AdminAuth,
    Path(id): Path<String>,
) -> Result<Json<RequestDetail>, ApiFailure> {
    let keys = state.keys.clone();
    state
        .with_store(move |store| {
            let request = store.request(&id)?.ok_or_else(request_not_found)?;
            Ok(open_request(&keys, request))
        })
        .await
        .map(Json)
}

pub async fn done(
    State(state): State<AppState>,
    _admin: AdminAuth,
    Path(id): Path<String>,
) -> Result<Json<RequestSummary>, ApiFailure> {
    state
        .with_store(move |store| store.mark_done(&id)?.ok_or_else(request_not_found))
        .await
        .map(Json)
}

pub async fn stations(
    State(state): State<AppState>,
    _admin: AdminAuth,
) -> Result<Json<StationList>, ApiFailure> {
    let stations = state.with_store(|store| Ok(store.stations()?)).await?;
    Ok(Json(StationList { stations }))
}

fn request_not_found() -> ApiFailure {
    ApiFailure::new(
        StatusCode::NOT_FOUND,
        "request_not_found",
        "Dieses Anliegen gibt es nicht",
    )
}
