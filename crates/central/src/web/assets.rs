//! The style sheets of the back office and the citizen's upload page, compiled into
//! the binary: KERN UX (the German administration's design system, from the UI's npm
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
