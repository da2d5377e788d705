//! `POST /v1/calls` and `GET /v1/calls/{id}`: a station asks for a video call with a
//! clerk and learns how it stands. The central opens the call's room on the video
//! platform ([`crate::calls::janus`]) and answers the phone's link; without a platform
//! configured, or with it down, the answer is 503 `video_unavailable`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use station::lang::Lang;
use syncproto::calls::{CallOpened, CallRequest, CallState, CallStatus};

use crate::calls::phone::phone_path;
use crate::secrets::new_token;
use crate::server::auth::StationAuth;
use crate::server::error::ApiFailure;
use crate::server::limits::ApiJson;
use crate::server::AppState;
use crate::store::NewCall;

fn unavailable() -> ApiFailure {
    ApiFailure::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "video_unavailable",
        "Videogespräche sind gerade nicht möglich",
    )
}

pub async fn open(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    ApiJson(body): ApiJson<CallRequest>,
) -> Result<(StatusCode, Json<CallOpened>), ApiFailure> {
    let lang: Lang = body.lang.parse().map_err(|_| {
        ApiFailure::bad_request("bad_lang", "Diese Sprache bietet der Kiosk nicht an")
    })?;
    let video = state.video.clone().ok_or_else(unavailable)?;
    let room = video.create_room().await.map_err(|error| {
        tracing::error!(%error, "Raum für ein Videogespräch ließ sich nicht öffnen");
        unavailable()
    })?;
    let id = uuid::Uuid::now_v7().to_string();
    let token = new_token().map_err(|_| ApiFailure::internal())?.to_string();
    let path = phone_path(&id, &token, lang);
    let (station_id, call_id) = (station.id.clone(), id.clone());
    state
        .with_store(move |store| {
            Ok(store.add_call(&NewCall {
                id: &call_id,
                station_id: &station_id,
                room: room.id,
                pin: &room.pin,
                secret: &room.secret,
                phone_token: &token,
                lang: lang.code(),
            })?)
        })
        .await?;
    tracing::info!(call = %id, station = %station.id, "Videogespräch angefragt");
    Ok((StatusCode::CREATED, Json(CallOpened { call: id, path })))
}

pub async fn status(
    State(state): State<AppState>,
    StationAuth(station): StationAuth,
    Path(id): Path<String>,
) -> Result<Json<CallStatus>, ApiFailure> {
    let call = state
        .with_store(move |store| Ok(store.call(&id)?))
        .await?
        .filter(|call| call.station_id == station.id)
        .ok_or_else(|| {
            ApiFailure::new(
                StatusCode::NOT_FOUND,
                "not_found",
                "Dieses Gespräch gibt es nicht",
            )
        })?;
    let state = match (&call.answered_at, &call.ended_at) {
        (_, Some(_)) => CallState::Ended,
        (Some(_), None) => CallState::Answered,
        (None, None) => CallState::Waiting,
    };
    Ok(Json(CallStatus { state }))
}
