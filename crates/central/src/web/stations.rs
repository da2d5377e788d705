//! Stationen (admins only): every station with its last contact and what it last
//! reported (pending items, dead letters, app and configuration version); register a
//! station (one-time enrolment code with its QR code), revoke one, replace a
//! station's token.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::page::{html, Nav, PageFailure};
use super::session::{with_store, NoFields, Posted, SignedIn};
use super::time::{local, local_or_dash};
use super::WebState;
use crate::store::{AuditAction, NewEnrolmentCode, StationRow};

/// Longest validity of an enrolment code, in hours (one week).
pub const MAX_VALID_HOURS: u32 = 168;
/// Longest station name.
pub const MAX_NAME_CHARS: usize = 100;

/// A station as the page shows it.
struct Shown {
    id: String,
    name: String,
    state: &'static str,
    revoked: bool,
    last_contact: String,
    pending: String,
    dead: String,
    dead_warning: bool,
    app_version: String,
    config_version: String,
    items: u64,
}

fn count(value: Option<u64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| value.to_string())
}

fn shown(station: StationRow) -> Shown {
    let state = match (&station.revoked_at, &station.enrolled_at) {
        (Some(_), _) => "gesperrt",
        (None, Some(_)) => "aktiv",
        (None, None) => "wartet auf Anmeldung",
    };
    Shown {
        state,
        revoked: station.revoked_at.is_some(),
        last_contact: local_or_dash(station.last_seen_at.as_deref()),
        pending: count(station.reported_pending),
        dead: count(station.reported_dead),
        dead_warning: station.reported_dead.unwrap_or(0) > 0,
        app_version: station.app_version.unwrap_or_else(|| "–".into()),
        config_version: match station.config_version {
            None => "–".into(),
            Some(0) => "mitgeliefert".into(),
            Some(version) => format!("Version {version}"),
        },
        items: station.item_count,
        id: station.id,
        name: station.name,
    }
}

#[derive(Template)]
#[template(path = "stations.html")]
struct StationsPage {
    nav: Nav,
    stations: Vec<Shown>,
    max_valid_hours: u32,
}

/// `GET /stationen`.
pub async fn list(State(state): State<WebState>, clerk: SignedIn) -> Result<Response, PageFailure> {
    let clerk = clerk.admin()?;
    let stations = with_store(&state, |store| Ok(store.stations()?)).await?;
    html(&StationsPage {
        nav: Nav::new(&clerk, "stationen"),
        stations: stations.into_iter().map(shown).collect(),
        max_valid_hours: MAX_VALID_HOURS,
    })
}

#[derive(Template)]
#[template(path = "station_code.html")]
struct CodePage {
    nav: Nav,
    heading: &'static str,
    name: String,
    code: String,
    expires: String,
    qr_svg: String,
}

fn code_page(
    state: &WebState,
    clerk: &SignedIn,
    heading: &'static str,
    name: String,
    code: NewEnrolmentCode,
) -> Result<Response, PageFailure> {
    let shown = code.shown(&state.app.keys.fingerprint());
    let qr_svg = station::qr::qr_svg(&shown).map_err(|_| PageFailure::Internal)?;
    html(&CodePage {
        nav: Nav::new(clerk, "stationen"),
        heading,
        name,
        expires: local(&code.expires_at),
        code: shown,
        qr_svg,
    })
}

/// The "add a station" form.
#[derive(Deserialize)]
pub struct AddForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    hours: String,
}

/// `POST /stationen`: registers a station and shows its code once.
pub async fn add(
    State(state): State<WebState>,
    Posted(clerk, form): Posted<AddForm>,
) -> Result<Response, PageFailure> {
    let clerk = clerk.admin()?;
    let name = form.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(PageFailure::BadInput(format!(
            "Der Name der Station darf nicht leer und höchstens {MAX_NAME_CHARS} Zeichen lang sein."
        )));
    }
    let hours = valid_hours(&form.hours)?;
    let actor = clerk.name.clone();
    let stored_name = name.clone();
    let code = with_store(&state, move |store| {
        let code = store.add_station(&stored_name, chrono::Duration::hours(i64::from(hours)))?;
        store.audit(
            &actor,
            AuditAction::StationAdd,
            Some(&code.station_id),
            Some(&stored_name),
        )?;
        Ok(code)
    })
    .await?;
    code_page(&state, &clerk, "Station angelegt", name, code)
}

fn valid_hours(text: &str) -> Result<u32, PageFailure> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(72);
    }
    text.parse::<u32>()
        .ok()
        .filter(|hours| (1..=MAX_VALID_HOURS).contains(hours))
        .ok_or_else(|| {
            PageFailure::BadInput(format!(
                "Die Gültigkeit muss zwischen 1 und {MAX_VALID_HOURS} Stunden liegen."
            ))
        })
}

fn station_name(store: &crate::store::Store, id: &str) -> Result<String, PageFailure> {
    store
        .stations()?
        .into_iter()
        .find(|station| station.id == id)
        .map(|station| station.name)
        .ok_or(PageFailure::NotFound("Diese Station gibt es nicht."))
}

/// `POST /stationen/{id}/sperren`: the station's token is refused from now on.
pub async fn revoke(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, NoFields {}): Posted<NoFields>,
) -> Result<axum::response::Redirect, PageFailure> {
    let clerk = clerk.admin()?;
    with_store(&state, move |store| {
        let name = station_name(store, &id)?;
        if store.revoke_station(&id)? {
            store.audit(
                &clerk.name,
                AuditAction::StationRevoke,
                Some(&id),
                Some(&name),
            )?;
        }
        Ok(())
    })
    .await?;
    Ok(axum::response::Redirect::to("/stationen"))
}

/// `POST /stationen/{id}/token`: the old token is refused at once; the page shows a
/// new one-time code with which the station enrols again.
pub async fn rotate(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, NoFields {}): Posted<NoFields>,
) -> Result<Response, PageFailure> {
    let clerk = clerk.admin()?;
    let actor = clerk.name.clone();
    let (name, code) = with_store(&state, move |store| {
        let name = station_name(store, &id)?;
        let code = store
            .rotate_station(&id, chrono::Duration::hours(72))?
            .ok_or_else(|| {
                PageFailure::BadInput("Eine gesperrte Station bekommt keinen neuen Token.".into())
            })?;
        store.audit(&actor, AuditAction::StationRotate, Some(&id), Some(&name))?;
        Ok((name, code))
    })
    .await?;
    code_page(&state, &clerk, "Neuer Anmeldecode", name, code)
}
