//! The call page the citizen's phone opens from the kiosk's QR code:
//! `/gespraech/{call}/{token}?sprache=…`, in the kiosk's language. The token is the
//! call's own random secret the central handed the station; the page joins the call's
//! room (`templates/call.js`). A wrong token or an unknown call: 404; a call that
//! ended: 410; no video platform: 503. During the call the citizen hands in documents
//! on the same page: `/gespraech/{call}/{token}/unterlagen` is the upload page of
//! [`crate::upload`] for the call, while it runs.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::handler::Handler;
use axum::http::header::CONTENT_SECURITY_POLICY;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use station::lang::Lang;

use super::view::{csp, CallView};
use crate::phone::{render, text, Frame, LangQuery};
use crate::secrets::hash_secret;
use crate::server::AppState;
use crate::store::CallRecord;
use crate::upload::{self, LinkProblem, Target, MAX_UPLOAD_BODY};
use crate::web::assets;
use crate::web::secure_page;

/// The policy of the page without a call (an error): no scripts, no connections.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The phone's page of call `id` opened with `token`, in `lang`.
pub fn phone_path(id: &str, token: &str, lang: Lang) -> String {
    format!("/gespraech/{id}/{token}?sprache={}", lang.code())
}

/// The call page and its script and style.
pub fn router() -> Router<AppState> {
    let page = Router::new()
        .route("/gespraech/{id}/{token}", get(show))
        .route(
            "/gespraech/{id}/{token}/unterlagen",
            get(show_documents).post(take_documents.layer(DefaultBodyLimit::max(MAX_UPLOAD_BODY))),
        )
        .route("/gespraech/static/call.js", get(assets::call_js))
        .route("/gespraech/static/call.css", get(assets::call_css));
    secure_page(page, CSP)
}

#[derive(Template)]
#[template(path = "call_phone.html")]
struct CallTemplate<'a> {
    page: &'a CallPage,
}

/// What the page shows, in its language.
struct CallPage {
    frame: Frame,
    privacy: String,
    call: Option<CallView>,
    documents: Option<Documents>,
    problem: String,
}

/// The form that hands in documents during the call (`templates/call.js` sends it and
/// shows what the upload page answered).
struct Documents {
    title: String,
    intro: String,
    choose: String,
    rules: String,
    send: String,
    /// The call's upload page.
    action: String,
}

fn problem(lang: Lang, status: StatusCode, message: &str) -> Response {
    let page = CallPage {
        frame: Frame::new(lang, "call-title"),
        privacy: String::new(),
        call: None,
        documents: None,
        problem: text(lang, message, &[]),
    };
    render(&CallTemplate { page: &page }, status)
}

async fn show(
    State(state): State<AppState>,
    Path((id, token)): Path<(String, String)>,
    query: Result<Query<LangQuery>, QueryRejection>,
) -> Response {
    let lang = LangQuery::lang(query);
    let Some(video) = state.video.clone() else {
        return problem(lang, StatusCode::SERVICE_UNAVAILABLE, "call-error-internal");
    };
    let call = match running_call(&state, id, &token).await {
        Ok(call) => call,
        Err(LinkProblem::CallEnded) => return problem(lang, StatusCode::GONE, "call-error-ended"),
        Err(LinkProblem::Internal) => {
            return problem(
                lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                "call-error-internal",
            )
        }
        Err(_) => return problem(lang, StatusCode::NOT_FOUND, "call-error-link"),
    };
    let say = |id: &str| text(lang, id, &[]);
    let mut view = CallView::new(video.public_url(), &call, &say("call-you"), say);
    view.peer = text(lang, "call-clerk", &[]);
    view.hang_up = Some(text(lang, "call-hang-up", &[]));
    let page = CallPage {
        frame: Frame::new(lang, "call-title"),
        privacy: text(lang, "call-privacy", &[]),
        documents: Some(Documents {
            title: text(lang, "call-documents-title", &[]),
            intro: text(lang, "call-documents-intro", &[]),
            choose: text(lang, "upload-choose", &[]),
            rules: text(lang, "upload-rules", &[]),
            send: text(lang, "upload-send", &[]),
            action: format!(
                "/gespraech/{}/{token}/unterlagen?sprache={}",
                call.id,
                lang.code()
            ),
        }),
        call: Some(view),
        problem: String::new(),
    };
    let mut response = render(&CallTemplate { page: &page }, StatusCode::OK);
    if let Ok(policy) = HeaderValue::from_str(&csp(video.public_url())) {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, policy);
    }
    response.into_response()
}

/// The call `id` when `token` is its phone token and it has not ended.
async fn running_call(
    state: &AppState,
    id: String,
    token: &str,
) -> Result<CallRecord, LinkProblem> {
    let found = state
        .with_store(move |store| Ok(store.call(&id)?))
        .await
        .map_err(|_| LinkProblem::Internal)?;
    let call = found
        .filter(|call| hash_secret(&call.phone_token) == hash_secret(token))
        .ok_or(LinkProblem::Invalid)?;
    if call.ended_at.is_some() {
        return Err(LinkProblem::CallEnded);
    }
    Ok(call)
}

/// How long after a call was asked for its link takes documents (while it runs).
const DOCUMENTS_HOURS: i64 = 24;

/// Where the documents of the running call `id` go.
async fn call_target(state: &AppState, id: String, token: &str) -> Result<Target, LinkProblem> {
    let call = running_call(state, id, token).await?;
    let asked = chrono::DateTime::parse_from_rfc3339(&call.created_at)
        .map_err(|_| LinkProblem::Internal)?
        .to_utc();
    let until = asked + chrono::Duration::hours(DOCUMENTS_HOURS);
    if until <= chrono::Utc::now() {
        return Err(LinkProblem::Expired(until));
    }
    Ok(Target {
        item_id: call.id,
        station_id: call.station_id,
        until,
    })
}

/// `GET /gespraech/{id}/{token}/unterlagen`: the upload page for the call.
async fn show_documents(
    State(state): State<AppState>,
    Path((id, token)): Path<(String, String)>,
    query: Result<Query<LangQuery>, QueryRejection>,
) -> Response {
    let lang = LangQuery::lang(query);
    match call_target(&state, id, &token).await {
        Ok(target) => upload::show_for(&state, lang, &target).await,
        Err(problem) => upload::problem_page(lang, problem),
    }
}

/// `POST /gespraech/{id}/{token}/unterlagen`: takes documents for the call.
async fn take_documents(
    State(state): State<AppState>,
    Path((id, token)): Path<(String, String)>,
    query: Result<Query<LangQuery>, QueryRejection>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let lang = LangQuery::lang(query);
    match call_target(&state, id, &token).await {
        Ok(target) => upload::take_for(&state, lang, target, multipart).await,
        Err(problem) => upload::problem_page(lang, problem),
    }
}
