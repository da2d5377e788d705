//! The back office in the browser, served on its own listener (`--admin-listen`):
//! server-rendered German pages (askama templates in `templates/`, KERN UX CSS) for
//! clerks and admins. Every answer carries `Cache-Control: no-store` and a strict
//! content security policy; every form carries the session's CSRF token.
//!
//! Pages: [`login`] (sign in and out), [`requests`] (Anliegen; [`appointments`] cancels
//! one's appointment), [`calls`]
//! (Videogespräche), [`figures`]
//! (Kennzahlen), [`stations`] (Stationen), [`config`] (Konfiguration), [`audit`]
//! (Protokoll).

mod appointments;
pub(crate) mod assets;
mod audit;
mod calls;
mod config;
mod documents;
mod figures;
mod labels;
mod login;
mod page;
mod requests;
mod session;
mod stations;
pub(crate) mod time;

use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::HeaderValue;
use axum::response::Redirect;
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::retention::RetentionPolicy;
use crate::server::AppState;

pub use page::PageFailure;
pub use session::IDLE;

/// What the back-office pages share.
#[derive(Clone)]
pub struct WebState {
    /// Store and keys, shared with the station API.
    pub app: AppState,
    /// Whether the listener runs TLS (then cookies are `Secure`).
    pub secure_cookies: bool,
    /// Retention settings (the inbox flags overdue requests).
    pub retention: RetentionPolicy,
}

/// The content security policy: only this origin's styles and images, no scripts
/// (the pages of video calls allow their own, [`calls`]).
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Largest form body but the configuration upload (the sign-in form is read before
/// anyone is known).
const MAX_FORM_BYTES: usize = 16 * 1024;

/// All back-office routes.
pub fn router(state: WebState) -> Router {
    let pages = Router::new()
        .route("/", get(|| async { Redirect::to("/anliegen") }))
        .route("/anmelden", get(login::form).post(login::submit))
        .route("/abmelden", post(login::sign_out))
        .route("/anliegen", get(requests::inbox))
        .route("/anliegen/{id}", get(requests::detail))
        .route("/anliegen/{id}/druck", get(requests::print))
        .route("/anliegen/{id}/erledigt", post(requests::done))
        .route("/anliegen/{id}/bezahlt", post(requests::paid))
        .route("/anliegen/{id}/notiz", post(requests::note))
        .route("/anliegen/{id}/termin-absagen", post(appointments::cancel))
        .route(
            "/anliegen/{id}/unterlagen/{document}",
            get(documents::download),
        )
        .route("/gespraeche", get(calls::list))
        .route("/gespraeche/{id}", get(calls::show))
        .route("/gespraeche/{id}/annehmen", post(calls::answer))
        .route("/gespraeche/{id}/beenden", post(calls::end))
        .route(
            "/gespraeche/{id}/unterlagen/{document}",
            get(documents::download),
        )
        .route("/stationen", get(stations::list).post(stations::add))
        .route("/stationen/{id}/sperren", post(stations::revoke))
        .route("/stationen/{id}/token", post(stations::rotate))
        .route(
            "/konfiguration",
            get(config::overview).post(config::publish.layer(config::upload_limit())),
        )
        .route("/protokoll", get(audit::log))
        .route("/kennzahlen", get(figures::dashboard))
        .route("/kennzahlen.csv", get(figures::csv))
        .route("/static/kern.css", get(assets::kern_css))
        .route("/static/backoffice.css", get(assets::backoffice_css))
        .route("/static/call.css", get(assets::call_css))
        .route("/static/call.js", get(assets::call_js))
        .route("/static/refresh.js", get(assets::refresh_js))
        .fallback(|| async { PageFailure::NotFound("Diese Seite gibt es nicht.") })
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES));
    secure_page(pages, CSP).with_state(state)
}

/// `router` with the headers every page carries: not cached, content security policy
/// `csp` (unless the handler set a stricter one), no type sniffing, no frames, no
/// referrer.
pub(crate) fn secure_page<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    csp: &'static str,
) -> Router<S> {
    router
        .layer(header(CACHE_CONTROL, "no-store"))
        .layer(SetResponseHeaderLayer::if_not_present(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(header(X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(X_FRAME_OPTIONS, "DENY"))
        .layer(header(REFERRER_POLICY, "no-referrer"))
}

fn header(
    name: axum::http::HeaderName,
    value: &'static str,
) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
}
