//! Videogespräche (every clerk): the calls stations asked for today and those still
//! open, the list keeping itself up to date (`templates/calls_list.js`); a clerk answers a waiting call (one clerk per
//! call), talks on the call page — where the documents the citizen hands in during the
//! call appear and are downloaded like a request's — and ends the call, which closes
//! its room on the video platform for the citizen too. Answering and ending are in the
//! audit log.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_SECURITY_POLICY;
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Redirect, Response};

use super::documents::{documents_shown, DocumentShown};
use super::page::{html, Nav, PageFailure};
use super::session::{with_store, NoFields, Posted, SignedIn};
use super::time::{day_bound, local, today};
use super::WebState;
use crate::calls::view::{csp, CallView};
use crate::store::{Answer, CallRecord};

/// How a call is listed.
struct Listed {
    id: String,
    station: String,
    asked: String,
    lang: &'static str,
    state: String,
    waiting: bool,
    mine: bool,
}

/// The kiosk language's German name.
fn language(tag: &str) -> &'static str {
    match tag {
        "de" => "Deutsch",
        "de-x-ls" => "Leichte Sprache",
        "en" => "Englisch",
        "uk" => "Ukrainisch",
        "ru" => "Russisch",
        "ar" => "Arabisch",
        "tr" => "Türkisch",
        _ => "unbekannt",
    }
}

fn listed(call: CallRecord, clerk: &str) -> Listed {
    let (state, waiting) = match (&call.answered_by, &call.ended_at) {
        (Some(by), Some(ended)) => (format!("geführt von {by}, beendet {}", local(ended)), false),
        (None, Some(ended)) => (format!("beendet {}, nicht angenommen", local(ended)), false),
        (Some(by), None) => (format!("angenommen von {by}"), false),
        (None, None) => (String::new(), true),
    };
    Listed {
        mine: call.ended_at.is_none() && call.answered_by.as_deref() == Some(clerk),
        asked: local(&call.created_at),
        lang: language(&call.lang),
        station: call.station_name,
        id: call.id,
        state,
        waiting,
    }
}

#[derive(Template)]
#[template(path = "calls.html")]
struct CallsPage {
    nav: Nav,
    video: bool,
    calls: Vec<Listed>,
}

/// `GET /gespraeche`.
pub async fn list(State(state): State<WebState>, clerk: SignedIn) -> Result<Response, PageFailure> {
    let since = day_bound(&today().to_string(), false).ok_or(PageFailure::Internal)?;
    let calls = with_store(&state, move |store| Ok(store.calls_since(&since)?)).await?;
    html(&CallsPage {
        video: state.app.video.is_some(),
        calls: calls
            .into_iter()
            .map(|call| listed(call, &clerk.name))
            .collect(),
        nav: Nav::new(&clerk, "gespraeche"),
    })
}

/// `POST /gespraeche/{id}/annehmen`: this clerk takes the call, unless another did.
pub async fn answer(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, NoFields {}): Posted<NoFields>,
) -> Result<Redirect, PageFailure> {
    let (call, name) = (id.clone(), clerk.name.clone());
    match with_store(&state, move |store| Ok(store.answer_call(&call, &name)?)).await? {
        Answer::Yours => Ok(Redirect::to(&format!("/gespraeche/{id}"))),
        Answer::Taken => Err(PageFailure::BadInput(
            "Dieses Gespräch hat bereits eine Kollegin oder ein Kollege angenommen.".into(),
        )),
        Answer::Ended => Err(PageFailure::BadInput(
            "Dieses Gespräch ist bereits beendet.".into(),
        )),
        Answer::Missing => Err(PageFailure::NotFound("Dieses Gespräch gibt es nicht.")),
    }
}

#[derive(Template)]
#[template(path = "call_clerk.html")]
struct CallPage {
    nav: Nav,
    id: String,
    station: String,
    asked: String,
    lang: &'static str,
    call: CallView,
    documents: Vec<DocumentShown>,
}

/// The clerk's texts of the call (the back office speaks German).
fn clerk_text(id: &str) -> String {
    match id {
        "call-you" => "Sie",
        "call-start" => "Kamera und Mikrofon einschalten und beitreten",
        "call-mute" => "Mikrofon aus",
        "call-unmute" => "Mikrofon an",
        "call-camera-off" => "Kamera aus",
        "call-camera-on" => "Kamera an",
        "call-intro" => "Die Bürgerin oder der Bürger wartet. Schalten Sie Kamera und Mikrofon ein, um dem Gespräch beizutreten.",
        "call-state-connecting" => "Verbindung wird aufgebaut …",
        "call-state-waiting" => "Sie sind im Gespräch. Warten auf Bild und Ton der Bürgerin oder des Bürgers …",
        "call-state-talking" => "Sie sprechen mit der Bürgerin oder dem Bürger.",
        "call-state-left" => "Die Bürgerin oder der Bürger hat das Gespräch verlassen; sie oder er kann über denselben Link zurückkommen.",
        "call-state-ended" => "Das Gespräch ist beendet.",
        "call-state-no-camera" => "Ohne Kamera und Mikrofon geht es nicht: Bitte erlauben Sie den Zugriff im Browser und versuchen Sie es noch einmal.",
        "call-state-failed" => "Die Verbindung zur Videoplattform hat nicht geklappt. Bitte laden Sie die Seite neu.",
        _ => "Dieser Browser kann keine Videogespräche führen.",
    }
    .to_owned()
}

/// `GET /gespraeche/{id}`: the call page, for the clerk who answered it.
pub async fn show(
    State(state): State<WebState>,
    Path(id): Path<String>,
    clerk: SignedIn,
) -> Result<Response, PageFailure> {
    let video = state
        .app
        .video
        .clone()
        .ok_or(PageFailure::NotFound("Keine Videoplattform eingerichtet."))?;
    let keys = state.app.keys.clone();
    let (call, documents) = with_store(&state, move |store| {
        let Some(call) = store.call(&id)? else {
            return Err(PageFailure::NotFound("Dieses Gespräch gibt es nicht."));
        };
        let documents = documents_shown(store, &keys, &call.id, &call.station_id)?;
        Ok((call, documents))
    })
    .await?;
    if call.ended_at.is_some() || call.answered_by.as_deref() != Some(&clerk.name) {
        return Ok(Redirect::to("/gespraeche").into_response());
    }
    let view = CallView::new(video.public_url(), &call, "Bürgerservice", clerk_text);
    let mut response = html(&CallPage {
        nav: Nav::new(&clerk, "gespraeche"),
        call: CallView {
            peer: "Bürgerin oder Bürger".into(),
            ..view
        },
        asked: local(&call.created_at),
        lang: language(&call.lang),
        station: call.station_name,
        id: call.id,
        documents,
    })?;
    if let Ok(policy) = HeaderValue::from_str(&csp(video.public_url())) {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, policy);
    }
    Ok(response)
}

/// `POST /gespraeche/{id}/beenden`: closes the call's room (everyone in it is sent out)
/// and records the end.
pub async fn end(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, NoFields {}): Posted<NoFields>,
) -> Result<Redirect, PageFailure> {
    let call_id = id.clone();
    let call = with_store(&state, move |store| Ok(store.call(&call_id)?))
        .await?
        .ok_or(PageFailure::NotFound("Dieses Gespräch gibt es nicht."))?;
    if let Some(video) = &state.app.video {
        if let Err(error) = video.close_room(call.room, &call.secret).await {
            tracing::error!(%error, call = %call.id, "Raum eines Videogesprächs ließ sich nicht schließen");
            return Err(PageFailure::BadInput(
                "Die Videoplattform ist nicht erreichbar; das Gespräch läuft vielleicht noch. Bitte versuchen Sie es gleich noch einmal.".into(),
            ));
        }
    }
    with_store(&state, move |store| Ok(store.end_call(&id, &clerk.name)?)).await?;
    Ok(Redirect::to("/gespraeche"))
}
