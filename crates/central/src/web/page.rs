//! Rendering: the navigation every signed-in page shows, turning a template into an
//! HTML answer, and [`PageFailure`], the HTML answer of everything that goes wrong
//! (sign-in needed, not allowed, stale form, not found, bad input, internal error).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::session::SignedIn;
use crate::server::error::ApiFailure;
use crate::store::StoreError;

/// The header and navigation of a signed-in page.
pub struct Nav {
    /// The clerk's account name.
    pub name: String,
    /// The clerk's role, as shown.
    pub role: &'static str,
    /// Whether the admin pages are offered.
    pub admin: bool,
    /// The session's CSRF token (the sign-out form).
    pub csrf: String,
    /// Which page is open: `anliegen`, `kennzahlen`, `stationen`, `konfiguration`,
    /// `protokoll`.
    pub current: &'static str,
}

impl Nav {
    /// The navigation of `clerk` on page `current`.
    pub fn new(clerk: &SignedIn, current: &'static str) -> Nav {
        Nav {
            name: clerk.name.clone(),
            role: clerk.role.label(),
            admin: clerk.is_admin(),
            csrf: clerk.csrf.clone(),
            current,
        }
    }

    /// `aria-current="page"` for the open page's link.
    pub fn aria_current(&self, page: &str) -> &'static str {
        if self.current == page {
            "page"
        } else {
            "false"
        }
    }
}

/// A rendered template as an HTML answer.
pub fn html(template: &impl Template) -> Result<Response, PageFailure> {
    template
        .render()
        .map(|text| Html(text).into_response())
        .map_err(|error| {
            tracing::error!(%error, "Vorlage ließ sich nicht darstellen");
            PageFailure::Internal
        })
}

/// What went wrong, as a page.
#[derive(Debug)]
pub enum PageFailure {
    /// No live session: to the sign-in page.
    SignIn,
    /// The page is for admins only.
    AdminOnly,
    /// A form came without this session's CSRF token.
    StaleForm,
    /// No such thing; the text says what.
    NotFound(&'static str),
    /// The input cannot be used; the text says why.
    BadInput(String),
    /// Something failed inside; details are in the log.
    Internal,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: &'a str,
}

impl IntoResponse for PageFailure {
    fn into_response(self) -> Response {
        let (status, title, message) = match &self {
            PageFailure::SignIn => return Redirect::to("/anmelden").into_response(),
            PageFailure::AdminOnly => (
                StatusCode::FORBIDDEN,
                "Kein Zugriff",
                "Diese Seite ist der Administration vorbehalten.",
            ),
            PageFailure::StaleForm => (
                StatusCode::FORBIDDEN,
                "Formular abgelaufen",
                "Das Formular ist abgelaufen oder stammt nicht von dieser Seite. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
            ),
            PageFailure::NotFound(message) => (StatusCode::NOT_FOUND, "Nicht gefunden", *message),
            PageFailure::BadInput(message) => {
                (StatusCode::BAD_REQUEST, "Eingabe nicht möglich", message.as_str())
            }
            PageFailure::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Interner Fehler",
                "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal; die IT findet die Einzelheiten im Protokoll des Servers.",
            ),
        };
        let page = ErrorPage { title, message };
        match page.render() {
            Ok(text) => (status, Html(text)).into_response(),
            Err(_) => (status, message.to_owned()).into_response(),
        }
    }
}

impl From<ApiFailure> for PageFailure {
    fn from(_: ApiFailure) -> Self {
        PageFailure::Internal
    }
}

impl From<StoreError> for PageFailure {
    fn from(error: StoreError) -> Self {
        tracing::error!(%error, "Datenbankfehler");
        PageFailure::Internal
    }
}
