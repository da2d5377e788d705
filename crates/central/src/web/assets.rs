//! The style sheets of the back office and the citizen's phone pages, and the video
//! call's script, compiled into the binary: KERN UX (the German administration's design system, from the UI's npm
//! dependency `@kern-ux/native`) and a few rules of our own for each.

use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;

/// KERN UX, the same version the kiosk uses (`ui/package.json`).
const KERN_CSS: &str =
    include_str!("../../../../ui/node_modules/@kern-ux/native/dist/kern.min.css");
/// Layout of the back office.
const BACKOFFICE_CSS: &str = include_str!("../../templates/backoffice.css");
/// Layout of the upload page on a phone.
const UPLOAD_CSS: &str = include_str!("../../templates/upload.css");
/// Layout of a video call, on a phone and in the back office.
const CALL_CSS: &str = include_str!("../../templates/call.css");
/// The video call's script, on a phone and in the back office.
const CALL_JS: &str = include_str!("../../templates/call.js");
/// The script that keeps parts of back-office pages up to date.
const REFRESH_JS: &str = include_str!("../../templates/refresh.js");

fn css(text: &'static str) -> impl IntoResponse {
    ([(CONTENT_TYPE, "text/css; charset=utf-8")], text)
}

/// `GET /static/kern.css` (and `/unterlagen/static/kern.css`).
pub async fn kern_css() -> impl IntoResponse {
    css(KERN_CSS)
}

/// `GET /static/backoffice.css`.
pub async fn backoffice_css() -> impl IntoResponse {
    css(BACKOFFICE_CSS)
}

/// `GET /unterlagen/static/upload.css`.
pub async fn upload_css() -> impl IntoResponse {
    css(UPLOAD_CSS)
}

/// `GET /static/call.css` (and `/gespraech/static/call.css`).
pub async fn call_css() -> impl IntoResponse {
    css(CALL_CSS)
}

fn script(text: &'static str) -> impl IntoResponse {
    ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], text)
}

/// `GET /static/call.js` (and `/gespraech/static/call.js`).
pub async fn call_js() -> impl IntoResponse {
    script(CALL_JS)
}

/// `GET /static/refresh.js`.
pub async fn refresh_js() -> impl IntoResponse {
    script(REFRESH_JS)
}
