//! Konfiguration (admins only): the published versions, which version each station
//! runs, and publishing a new catalogue and plan from two uploaded files.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::page::{html, Nav, PageFailure};
use super::session::{same_token, with_store, SignedIn};
use super::time::{local, local_or_dash};
use super::WebState;
use crate::publish::publish as publish_config;

/// Largest upload (both files together).
const MAX_UPLOAD_BYTES: usize = 4 * 1024 * 1024;

/// The body limit of the back office (the upload is its largest form).
pub fn upload_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(MAX_UPLOAD_BYTES)
}

struct Version {
    version: u64,
    published: String,
    services: u64,
    current: bool,
}

struct StationVersion {
    name: String,
    version: String,
    up_to_date: bool,
    reported: String,
}

#[derive(Template)]
#[template(path = "config.html")]
struct ConfigPage {
    nav: Nav,
    versions: Vec<Version>,
    stations: Vec<StationVersion>,
    error: Option<String>,
    published: Option<u64>,
}

async fn page(
    state: &WebState,
    clerk: &SignedIn,
    error: Option<String>,
    published: Option<u64>,
) -> Result<Response, PageFailure> {
    let (versions, stations) = with_store(state, |store| {
        Ok((store.config_versions()?, store.stations()?))
    })
    .await?;
    let latest = versions.first().map_or(0, |version| version.version);
    let page = ConfigPage {
        nav: Nav::new(clerk, "konfiguration"),
        versions: versions
            .into_iter()
            .map(|version| Version {
                current: version.version == latest,
                version: version.version,
                published: local(&version.published_at),
                services: version.services,
            })
            .collect(),
        stations: stations
            .into_iter()
            .filter(|station| station.revoked_at.is_none())
            .map(|station| StationVersion {
                name: station.name,
                version: match station.config_version {
                    None => "noch nicht gemeldet".into(),
                    Some(0) => "mitgelieferte Konfiguration".into(),
                    Some(version) => format!("Version {version}"),
                },
                up_to_date: station.config_version == Some(latest),
                reported: local_or_dash(station.reported_at.as_deref()),
            })
            .collect(),
        error,
        published,
    };
    let mut response = html(&page)?;
    if page.error.is_some() {
        *response.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(response)
}

/// `GET /konfiguration`.
pub async fn overview(
    State(state): State<WebState>,
    clerk: SignedIn,
    query: Result<axum::extract::Query<PublishedQuery>, QueryRejection>,
) -> Result<Response, PageFailure> {
    let clerk = clerk.admin()?;
    let published = query.ok().and_then(|query| query.0.veroeffentlicht);
    page(&state, &clerk, None, published).await
}

/// After publishing, the page says which version went out.
#[derive(serde::Deserialize)]
pub struct PublishedQuery {
    veroeffentlicht: Option<u64>,
}

/// The upload's three parts: CSRF token, catalogue, plan.
#[derive(Default)]
struct Upload {
    csrf: String,
    services: Option<String>,
    stations: Option<String>,
}

async fn read_upload(mut multipart: Multipart) -> Result<Upload, String> {
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(|_| {
        "Die Dateien ließen sich nicht lesen (zu groß oder unvollständig).".to_owned()
    })? {
        let name = field.name().unwrap_or_default().to_owned();
        let text = field
            .text()
            .await
            .map_err(|_| "Eine Datei ist kein UTF-8-Text.".to_owned())?;
        match name.as_str() {
            "csrf" => upload.csrf = text,
            "services" => upload.services = Some(text).filter(|text| !text.trim().is_empty()),
            "stations" => upload.stations = Some(text).filter(|text| !text.trim().is_empty()),
            _ => {}
        }
    }
    Ok(upload)
}

/// `POST /konfiguration`: publishes the uploaded catalogue and plan.
pub async fn publish(
    State(state): State<WebState>,
    clerk: SignedIn,
    multipart: Multipart,
) -> Result<Response, PageFailure> {
    let upload = read_upload(multipart).await;
    // The CSRF check comes first, before any message about the files.
    if let Ok(upload) = &upload {
        if upload.csrf.is_empty() || !same_token(&upload.csrf, &clerk.csrf) {
            return Err(PageFailure::StaleForm);
        }
    }
    let clerk = clerk.admin()?;
    let upload = match upload {
        Ok(upload) => upload,
        Err(message) => return page(&state, &clerk, Some(message), None).await,
    };
    let (Some(services), Some(stations)) = (upload.services, upload.stations) else {
        let message = "Bitte wählen Sie beide Dateien aus: Leistungskatalog und Stationsplan.";
        return page(&state, &clerk, Some(message.into()), None).await;
    };
    let keys = state.app.keys.clone();
    let actor = clerk.name.clone();
    let outcome = with_store(&state, move |store| {
        Ok(publish_config(
            store,
            &keys.signing_key,
            &services,
            &stations,
            &actor,
        ))
    })
    .await?;
    match outcome {
        Ok(published) => Ok(Redirect::to(&format!(
            "/konfiguration?veroeffentlicht={}",
            published.version
        ))
        .into_response()),
        Err(crate::publish::PublishError::Store(error)) => Err(error.into()),
        Err(error) => page(&state, &clerk, Some(error.to_string()), None).await,
    }
}
