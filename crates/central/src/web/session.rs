//! Sessions in the browser: the session cookie (HttpOnly, SameSite=Strict, Secure
//! under TLS, only its SHA-256 stored), the [`SignedIn`] extractor that every page
//! needs, the [`Posted`] extractor that also checks the form's CSRF token, and the
//! store access of the pages.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use chrono::Duration;
use cookie::{Cookie, SameSite};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::page::PageFailure;
use super::WebState;
use crate::accounts::Role;
use crate::secrets::{hash_secret, new_token};
use crate::store::Store;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "bk_session";
/// A session ends after this long without a page.
pub const IDLE: Duration = Duration::minutes(15);

/// The clerk of the request's live session.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Account name (the audit log's actor).
    pub name: String,
    /// What the account may do.
    pub role: Role,
    /// The token every form of this session must carry.
    pub csrf: String,
    token_hash: [u8; 32],
}

impl SignedIn {
    /// Whether the clerk is an admin.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// The clerk, when an admin; else the "admins only" page.
    pub fn admin(self) -> Result<SignedIn, PageFailure> {
        if self.is_admin() {
            Ok(self)
        } else {
            Err(PageFailure::AdminOnly)
        }
    }

    /// The stored hash of the session's cookie.
    pub fn token_hash(&self) -> [u8; 32] {
        self.token_hash
    }
}

/// The value of cookie `name` in the request, if any.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

/// A `Set-Cookie` header: HttpOnly, SameSite=Strict, path `/`, Secure under TLS;
/// `max_age` zero deletes the cookie.
pub fn set_cookie(
    name: &'static str,
    value: String,
    secure: bool,
    max_age: Option<cookie::time::Duration>,
) -> (axum::http::HeaderName, HeaderValue) {
    let mut cookie = Cookie::build((name, value))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .secure(secure);
    if let Some(max_age) = max_age {
        cookie = cookie.max_age(max_age);
    }
    let value =
        HeaderValue::from_str(&cookie.build().to_string()).expect("cookie values are base64url");
    (SET_COOKIE, value)
}

/// A new random value for a session cookie or CSRF token.
pub fn new_secret() -> Result<String, PageFailure> {
    new_token()
        .map(|token| token.as_str().to_owned())
        .map_err(|_| PageFailure::Internal)
}

/// Runs `work` with the store on the blocking pool.
pub async fn with_store<T, F>(state: &WebState, work: F) -> Result<T, PageFailure>
where
    T: Send + 'static,
    F: FnOnce(&mut Store) -> Result<T, PageFailure> + Send + 'static,
{
    state.app.with_store(move |store| Ok(work(store))).await?
}

impl FromRequestParts<WebState> for SignedIn {
    type Rejection = PageFailure;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, PageFailure> {
        let token = cookie_value(&parts.headers, SESSION_COOKIE).ok_or(PageFailure::SignIn)?;
        let token_hash = hash_secret(&token);
        let clerk = with_store(state, move |store| {
            Ok(store.live_session(&token_hash, IDLE)?)
        })
        .await?
        .ok_or(PageFailure::SignIn)?;
        Ok(SignedIn {
            name: clerk.name,
            role: clerk.role,
            csrf: clerk.csrf,
            token_hash,
        })
    }
}

/// A form post of a signed-in clerk whose CSRF token matches the session's.
pub struct Posted<T>(pub SignedIn, pub T);

/// A form with no fields but the CSRF token (a button that does one thing).
#[derive(Deserialize)]
pub struct NoFields {}

#[derive(Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// Compares two tokens in time independent of where they differ.
pub fn same_token(left: &str, right: &str) -> bool {
    hash_secret(left) == hash_secret(right)
}

impl<T: DeserializeOwned> FromRequest<WebState> for Posted<T> {
    type Rejection = PageFailure;

    async fn from_request(request: Request, state: &WebState) -> Result<Self, PageFailure> {
        let (mut parts, body) = request.into_parts();
        let clerk = SignedIn::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| PageFailure::BadInput("Das Formular ist zu groß.".into()))?;
        let field: CsrfField =
            serde_urlencoded::from_bytes(&body).map_err(|_| PageFailure::StaleForm)?;
        if field.csrf.is_empty() || !same_token(&field.csrf, &clerk.csrf) {
            tracing::warn!(clerk = %clerk.name, "Formular ohne gültiges CSRF-Token abgewiesen");
            return Err(PageFailure::StaleForm);
        }
        let form = serde_urlencoded::from_bytes(&body)
            .map_err(|_| PageFailure::BadInput("Das Formular ist unvollständig.".into()))?;
        Ok(Posted(clerk, form))
    }
}
