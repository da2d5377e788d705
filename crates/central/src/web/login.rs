//! Signing in and out. The sign-in form is protected against cross-site posts by a
//! double-submit token (cookie `bk_login` and hidden field); a wrong password or
//! code counts towards the account's lock ([`crate::accounts::lockout`]); admins
//! need their TOTP code. Every sign-in, refusal and sign-out is in the audit log.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, State};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::page::{html, PageFailure};
use super::session::{
    cookie_value, new_secret, same_token, set_cookie, with_store, NoFields, Posted, SESSION_COOKIE,
};
use super::WebState;
use crate::accounts::{password, totp, Role};
use crate::secrets::hash_secret;
use crate::server::rate::{self, Scope, RETRY_AFTER_SECONDS};
use crate::store::{AuditAction, Store, StoreError};

/// The sign-in form's double-submit cookie.
const LOGIN_COOKIE: &str = "bk_login";

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    csrf: String,
    name: String,
    error: Option<String>,
}

/// Renders the sign-in form with a fresh double-submit token.
fn login_page(
    state: &WebState,
    status: StatusCode,
    name: String,
    error: Option<String>,
) -> Result<Response, PageFailure> {
    let csrf = new_secret()?;
    let cookie = set_cookie(LOGIN_COOKIE, csrf.clone(), state.secure_cookies, None);
    let page = html(&LoginPage { csrf, name, error })?;
    Ok((status, [cookie], page).into_response())
}

/// `GET /anmelden`.
pub async fn form(State(state): State<WebState>) -> Result<Response, PageFailure> {
    login_page(&state, StatusCode::OK, String::new(), None)
}

/// The sign-in form's fields. `Debug` is left out: it holds a password.
#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: Zeroizing<String>,
    #[serde(default)]
    code: String,
}

/// Why a sign-in was refused, as the form says it.
enum Refusal {
    /// Wrong name or password, or a disabled account (not told apart).
    Credentials,
    /// Wrong or missing TOTP code.
    Code,
    /// Locked until the given time.
    Locked(DateTime<Utc>),
}

impl Refusal {
    fn message(&self) -> String {
        match self {
            Refusal::Credentials | Refusal::Code => {
                "Anmeldename, Passwort oder Einmalcode ist falsch. Die Administration braucht den aktuellen Code aus ihrer Authenticator-App; jeder Code gilt nur einmal.".into()
            }
            Refusal::Locked(until) => format!(
                "Zu viele Fehlversuche. Das Konto ist bis {} Uhr gesperrt; bitte versuchen Sie es danach noch einmal.",
                until
                    .with_timezone(&chrono_tz::Europe::Berlin)
                    .format("%H:%M:%S")
            ),
        }
    }
}

/// The account that signed in, and its new session's secrets.
struct Session {
    cookie: String,
}

/// Checks name, password and code against the store and starts a session.
fn sign_in(
    store: &mut Store,
    form: &SignInForm,
    now: DateTime<Utc>,
) -> Result<Result<Session, Refusal>, StoreError> {
    // The typed name is recorded only when it names an account: a password typed
    // into the name field must not end up in the audit log.
    let known = store.clerk_credentials(&form.name)?;
    let actor = known.as_ref().map_or_else(
        || "(unbekanntes Konto)".to_owned(),
        |clerk| clerk.name.clone(),
    );
    let refuse = |store: &Store,
                  refusal: Refusal,
                  detail: &str|
     -> Result<Result<Session, Refusal>, StoreError> {
        store.audit(&actor, AuditAction::LoginRefused, None, Some(detail))?;
        Ok(Err(refusal))
    };
    let Some(clerk) = known.clone() else {
        // The same work as for a real account, so timing does not tell names apart.
        password::verify(&form.password, password::DUMMY_PHC);
        return refuse(store, Refusal::Credentials, "unbekanntes Konto");
    };
    if let Some(until) = clerk.locked_until.filter(|until| *until > now) {
        return refuse(
            store,
            Refusal::Locked(until),
            "Konto vorübergehend gesperrt",
        );
    }
    let password_ok = password::verify(&form.password, &clerk.password);
    if clerk.disabled {
        return refuse(store, Refusal::Credentials, "Konto deaktiviert");
    }
    let step = match (&clerk.totp_secret, password_ok) {
        (_, false) => Err(Refusal::Credentials),
        (Some(secret), true) => totp::verify(
            secret,
            &form.code,
            totp::step_at(now.timestamp()),
            clerk.totp_last_step,
        )
        .map(Some)
        .ok_or(Refusal::Code),
        // An admin always needs the second factor, even one whose secret went missing.
        (None, true) if clerk.role == Role::Admin => Err(Refusal::Code),
        (None, true) => Ok(None),
    };
    // Recorded with the check that no other sign-in used the step meanwhile: the
    // same code typed at two central processes at once signs in once.
    let step = match step {
        Ok(step) if !store.record_login(clerk.id, step)? => Err(Refusal::Code),
        other => other,
    };
    match step {
        Ok(_) => {
            let cookie = new_token()?;
            let csrf = new_token()?;
            store.create_session(&hash_secret(&cookie), clerk.id, &csrf)?;
            store.audit(&clerk.name, AuditAction::Login, None, None)?;
            Ok(Ok(Session {
                cookie: cookie.as_str().to_owned(),
            }))
        }
        Err(refusal) => {
            let locked_until = store.record_failed_login(clerk.id, now)?;
            let detail = match refusal {
                Refusal::Code => "falscher Einmalcode",
                _ => "falsches Passwort",
            };
            let refusal = locked_until.map_or(refusal, Refusal::Locked);
            refuse(store, refusal, detail)
        }
    }
}

fn new_token() -> Result<Zeroizing<String>, StoreError> {
    Ok(crate::secrets::new_token()?)
}

/// `POST /anmelden`.
pub async fn submit(
    State(state): State<WebState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response, PageFailure> {
    if !rate::allow(&state.app, Scope::SignIn, client.ip()).await? {
        let message = "Zu viele Anmeldeversuche von diesem Rechner. Bitte warten Sie eine Minute.";
        let mut page = login_page(
            &state,
            StatusCode::TOO_MANY_REQUESTS,
            form.name.trim().to_owned(),
            Some(message.into()),
        )?;
        page.headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER_SECONDS));
        return Ok(page);
    }
    let expected = cookie_value(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !same_token(&expected, &form.csrf) {
        return Err(PageFailure::StaleForm);
    }
    let name = form.name.trim().to_owned();
    let outcome = with_store(&state, move |store| Ok(sign_in(store, &form, Utc::now())?)).await?;
    match outcome {
        Ok(session) => {
            let session = set_cookie(SESSION_COOKIE, session.cookie, state.secure_cookies, None);
            let login = set_cookie(
                LOGIN_COOKIE,
                String::new(),
                state.secure_cookies,
                Some(cookie::time::Duration::ZERO),
            );
            Ok((AppendHeaders([session, login]), Redirect::to("/anliegen")).into_response())
        }
        Err(refusal) => login_page(
            &state,
            StatusCode::UNAUTHORIZED,
            name,
            Some(refusal.message()),
        ),
    }
}

/// `POST /abmelden`.
pub async fn sign_out(
    State(state): State<WebState>,
    Posted(clerk, NoFields {}): Posted<NoFields>,
) -> Result<Response, PageFailure> {
    let clerk_for_store = clerk.clone();
    with_store(&state, move |store| {
        store.end_session(&clerk_for_store.token_hash())?;
        store.audit(&clerk_for_store.name, AuditAction::Logout, None, None)?;
        Ok(())
    })
    .await?;
    let cookie = set_cookie(
        SESSION_COOKIE,
        String::new(),
        state.secure_cookies,
        Some(cookie::time::Duration::ZERO),
    );
    Ok(([cookie], Redirect::to("/anmelden")).into_response())
}
