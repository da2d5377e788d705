//! The call page the citizen's phone opens from the kiosk's QR code:
//! `/gespraech/{call}/{token}?sprache=…`, in the kiosk's language. The token is the
//! call's own random secret the central handed the station; the page joins the call's
//! room (`templates/call.js`). A wrong token or an unknown call: 404; a call that
//! ended: 410; no video platform: 503.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
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
    problem: String,
}

fn problem(lang: Lang, status: StatusCode, message: &str) -> Response {
    let page = CallPage {
        frame: Frame::new(lang, "call-title"),
        privacy: String::new(),
        call: None,
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
    let found = state.with_store(move |store| Ok(store.call(&id)?)).await;
    let call = match found {
        Ok(Some(call)) if hash_secret(&call.phone_token) == hash_secret(&token) => call,
        Ok(_) => return problem(lang, StatusCode::NOT_FOUND, "call-error-link"),
        Err(_) => {
            return problem(
                lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                "call-error-internal",
            )
        }
    };
    if call.ended_at.is_some() {
        return problem(lang, StatusCode::GONE, "call-error-ended");
    }
    let say = |id: &str| text(lang, id, &[]);
    let mut view = CallView::new(video.public_url(), &call, &say("call-you"), say);
    view.peer = text(lang, "call-clerk", &[]);
    view.hang_up = Some(text(lang, "call-hang-up", &[]));
    let page = CallPage {
        frame: Frame::new(lang, "call-title"),
        privacy: text(lang, "call-privacy", &[]),
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
