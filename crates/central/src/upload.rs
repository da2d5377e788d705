//! The citizen's upload page, on the station API's listener (the address phones reach):
//! `GET /unterlagen/{station}/{request}/{expires}/{tag}` shows a form for PDF, JPEG
//! and PNG files, `POST` on the same path takes them. The link is the one the station
//! put on the request's receipt ([`syncproto::upload`]): it is checked with the
//! station's key, and it must not have run out. Each file is checked by its content
//! ([`crate::documents`]), sealed to the central's key (its name apart), and stored for
//! the request — also before the request itself has arrived. The page speaks the
//! kiosk's language (`?sprache=`), has no script, and names no file it did not just
//! receive. A video call takes documents the same way ([`Target`]: its own link, see
//! [`crate::calls::phone`]).

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use station::lang::Lang;
use syncproto::limits::{MAX_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES_PER_REQUEST};
use syncproto::seal::{seal_document, seal_document_name};
use syncproto::upload::{UploadKey, UploadLink};
use texts::FluentValue;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::documents::{clean_name, size_text, sniff};
use crate::phone::{local, render, text, Frame, LangQuery};
use crate::server::error::ApiFailure;
use crate::server::AppState;
use crate::store::{Added, NewDocument, Store};
use crate::web::{assets, secure_page};

/// The form field that carries the files.
const FILE_FIELD: &str = "datei";

/// The body limit of an upload: the request's documents at once, and the form around.
pub const MAX_UPLOAD_BODY: usize = MAX_DOCUMENT_BYTES_PER_REQUEST + 64 * 1024;

/// The content security policy of the page: the form posts to itself, nothing else.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The upload page's routes and its style sheets.
pub fn router() -> Router<AppState> {
    let page = Router::new()
        .route(
            "/unterlagen/{station}/{item}/{expires}/{tag}",
            get(show).post(take.layer(DefaultBodyLimit::max(MAX_UPLOAD_BODY))),
        )
        .route("/unterlagen/static/kern.css", get(assets::kern_css))
        .route("/unterlagen/static/upload.css", get(assets::upload_css));
    secure_page(page, CSP)
}

/// The four parts of a link's path.
#[derive(Debug, Deserialize)]
pub struct LinkParts {
    station: String,
    item: String,
    expires: String,
    tag: String,
}

/// Where the files of an upload go: a request (or a video call), of a station, until
/// when its link takes files.
#[derive(Debug, Clone)]
pub struct Target {
    /// The request's (or the call's) id.
    pub item_id: String,
    /// The station it is of.
    pub station_id: String,
    /// Until when the link takes files.
    pub until: DateTime<Utc>,
}

/// Why a link opens no form.
pub enum LinkProblem {
    /// Malformed, of an unknown or revoked station, or its tag does not verify.
    Invalid,
    /// It ran out at this time.
    Expired(DateTime<Utc>),
    /// The request is done or its personal data deleted.
    Closed,
    /// The video call ended.
    CallEnded,
    /// The store failed.
    Internal,
}

/// A file as the phone sent it.
struct Sent {
    name: Option<String>,
    content: Zeroizing<Vec<u8>>,
    too_large: bool,
}

/// What one upload did.
#[derive(Default)]
struct Outcome {
    /// Files stored: name and size.
    received: Vec<(String, u64)>,
    /// Files refused: the message id and the name.
    refused: Vec<(&'static str, String)>,
    /// The request is closed.
    closed: bool,
    /// How many documents the request holds now.
    held: u64,
}

/// `GET`: the form, with how many files the request holds.
async fn show(
    State(state): State<AppState>,
    Path(parts): Path<LinkParts>,
    query: Result<Query<LangQuery>, QueryRejection>,
) -> Response {
    let lang = LangQuery::lang(query);
    match checked(&state, parts).await {
        Ok(target) => show_for(&state, lang, &target).await,
        Err(problem) => problem_page(lang, problem),
    }
}

/// The form for `target`, with how many files it holds.
pub async fn show_for(state: &AppState, lang: Lang, link: &Target) -> Response {
    let (item, station) = (link.item_id.clone(), link.station_id.clone());
    let state_of = state
        .with_store(move |store| Ok(store.documents_state(&item, &station)?))
        .await;
    match state_of {
        Ok((_, true)) => problem_page(lang, LinkProblem::Closed),
        Ok((held, false)) => Page::new(lang).with_form(link, held).render(StatusCode::OK),
        Err(_) => problem_page(lang, LinkProblem::Internal),
    }
}

/// `POST`: takes the files, each checked, sealed and stored on its own.
async fn take(
    State(state): State<AppState>,
    Path(parts): Path<LinkParts>,
    query: Result<Query<LangQuery>, QueryRejection>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let lang = LangQuery::lang(query);
    match checked(&state, parts).await {
        Ok(target) => take_for(&state, lang, target, multipart).await,
        Err(problem) => problem_page(lang, problem),
    }
}

/// Takes the files of `multipart` for `link`, each checked, sealed and stored on its own.
pub async fn take_for(
    state: &AppState,
    lang: Lang,
    link: Target,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let sent = match multipart {
        Ok(multipart) => read_files(multipart).await,
        Err(_) => Err(StatusCode::BAD_REQUEST),
    };
    let sent = match sent {
        Ok(sent) if sent.is_empty() => {
            return held_page(state, lang, &link, "upload-error-empty").await;
        }
        Ok(sent) => sent,
        Err(StatusCode::PAYLOAD_TOO_LARGE) => {
            return held_page(state, lang, &link, "upload-error-body-too-large").await;
        }
        // A form the browser did not finish sending (the connection dropped).
        Err(_) => return held_page(state, lang, &link, "upload-error-internal").await,
    };
    let keys = state.keys.clone();
    let stored_link = link.clone();
    let outcome = state
        .with_store(move |store| store_files(store, &keys.seal_public, &stored_link, sent))
        .await;
    match outcome {
        Ok(outcome) if outcome.closed => problem_page(lang, LinkProblem::Closed),
        Ok(outcome) => {
            if !outcome.received.is_empty() {
                tracing::info!(
                    station = %link.station_id,
                    item = %link.item_id,
                    count = outcome.received.len(),
                    "Unterlagen hochgeladen"
                );
            }
            let held = outcome.held;
            Page::new(lang)
                .with_outcome(outcome)
                .with_form(&link, held)
                .render(StatusCode::OK)
        }
        Err(_) => problem_page(lang, LinkProblem::Internal),
    }
}

/// The request the link of `parts` opens, when it is well-formed, signed by its
/// station and valid.
async fn checked(state: &AppState, parts: LinkParts) -> Result<Target, LinkProblem> {
    let (link, tag) = UploadLink::parse(&parts.station, &parts.item, &parts.expires, &parts.tag)
        .ok_or(LinkProblem::Invalid)?;
    let station = link.station_id.clone();
    let token_hash = state
        .with_store(move |store| Ok(store.link_station(&station)?))
        .await
        .map_err(|_| LinkProblem::Internal)?
        .ok_or(LinkProblem::Invalid)?;
    if !link.verifies(&UploadKey::for_token_hash(&token_hash), &tag) {
        return Err(LinkProblem::Invalid);
    }
    if link.expires <= Utc::now() {
        return Err(LinkProblem::Expired(link.expires));
    }
    Ok(Target {
        item_id: link.item_id.to_string(),
        station_id: link.station_id,
        until: link.expires,
    })
}

/// Reads the files of the form; a file past [`MAX_DOCUMENT_BYTES`] is read to its end
/// but not kept. `Err` with the status when the body is too large or malformed.
async fn read_files(mut multipart: Multipart) -> Result<Vec<Sent>, StatusCode> {
    let failed = |error: axum::extract::multipart::MultipartError| error.status();
    let mut sent = Vec::new();
    while let Some(mut field) = multipart.next_field().await.map_err(failed)? {
        if field.name() != Some(FILE_FIELD) {
            continue;
        }
        let name = field.file_name().map(str::to_owned);
        let mut file = Sent {
            name,
            content: Zeroizing::new(Vec::new()),
            too_large: false,
        };
        while let Some(chunk) = field.chunk().await.map_err(failed)? {
            if file.content.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                file.too_large = true;
                file.content = Zeroizing::new(Vec::new());
            }
            if !file.too_large {
                file.content.extend_from_slice(&chunk);
            }
        }
        // A form whose file input was left empty sends one part without name or bytes.
        if file.too_large || !file.content.is_empty() {
            sent.push(file);
        }
    }
    Ok(sent)
}

/// Checks, seals and stores each file of `sent` for `link`.
fn store_files(
    store: &mut Store,
    central_key: &syncproto::SealPublicKey,
    link: &Target,
    sent: Vec<Sent>,
) -> Result<Outcome, ApiFailure> {
    let mut outcome = Outcome::default();
    let sent_name = |file: &Sent| file.name.clone().unwrap_or_default();
    for file in sent {
        if file.too_large {
            outcome
                .refused
                .push(("upload-error-file-too-large", sent_name(&file)));
            continue;
        }
        let Some(media) = sniff(&file.content) else {
            outcome
                .refused
                .push(("upload-error-type", sent_name(&file)));
            continue;
        };
        let name = clean_name(file.name.as_deref(), media);
        let id = Uuid::now_v7();
        let sealing_failed = |error: syncproto::SealError| {
            tracing::error!(%error, "Unterlage ließ sich nicht versiegeln");
            ApiFailure::internal()
        };
        let sealed_name = seal_document_name(central_key, &id, &name).map_err(sealing_failed)?;
        let sealed = seal_document(central_key, &id, &file.content).map_err(sealing_failed)?;
        let size = file.content.len() as u64;
        let added = store.add_document(&NewDocument {
            id: id.to_string(),
            item_id: link.item_id.clone(),
            station_id: link.station_id.clone(),
            media_type: media.as_str(),
            size,
            sealed_name,
            sealed,
        })?;
        match added {
            Added::Stored => outcome.received.push((name, size)),
            Added::TooMany => outcome.refused.push(("upload-error-too-many", name)),
            Added::TooLarge => outcome.refused.push(("upload-error-total-too-large", name)),
            Added::Closed => {
                outcome.closed = true;
                return Ok(outcome);
            }
        }
    }
    let (held, _) = store.documents_state(&link.item_id, &link.station_id)?;
    outcome.held = held;
    Ok(outcome)
}

/// The form again, with `problem` (a message id) above it.
async fn held_page(state: &AppState, lang: Lang, link: &Target, problem: &str) -> Response {
    let (item, station) = (link.item_id.clone(), link.station_id.clone());
    let held = state
        .with_store(move |store| Ok(store.documents_state(&item, &station)?))
        .await;
    match held {
        Ok((held, _)) => {
            let mut page = Page::new(lang).with_form(link, held);
            page.problem = Some(text(lang, problem, &[]));
            page.render(StatusCode::BAD_REQUEST)
        }
        Err(_) => problem_page(lang, LinkProblem::Internal),
    }
}

/// The page of a link that opens no form.
pub fn problem_page(lang: Lang, problem: LinkProblem) -> Response {
    let (status, message) = match problem {
        LinkProblem::Invalid => (StatusCode::NOT_FOUND, text(lang, "upload-error-link", &[])),
        LinkProblem::Expired(until) => (
            StatusCode::GONE,
            text(
                lang,
                "upload-error-expired",
                &[("until", local(lang, until).into())],
            ),
        ),
        LinkProblem::Closed => (StatusCode::CONFLICT, text(lang, "upload-error-closed", &[])),
        LinkProblem::CallEnded => (StatusCode::GONE, text(lang, "call-error-ended", &[])),
        LinkProblem::Internal => (
            StatusCode::INTERNAL_SERVER_ERROR,
            text(lang, "upload-error-internal", &[]),
        ),
    };
    let mut page = Page::new(lang);
    page.problem = Some(message);
    page.render(status)
}

/// The form and the texts around it.
/// The form posts to the page's own address (no `action`), the link with its language.
struct Form {
    intro: String,
    held: String,
    choose: String,
    choose_hint: String,
    rules: String,
    send: String,
    valid_until: String,
    privacy: String,
}

#[derive(Template)]
#[template(path = "upload.html")]
struct PageTemplate<'a> {
    page: &'a Page,
}

/// What the page shows, in its language.
struct Page {
    frame: Frame,
    problem: Option<String>,
    received_title: String,
    received_intro: String,
    received: Vec<String>,
    refused_title: String,
    refused_intro: String,
    refused: Vec<String>,
    form: Option<Form>,
    lang_tag: Lang,
}

impl Page {
    fn new(lang: Lang) -> Page {
        Page {
            frame: Frame::new(lang, "upload-title"),
            problem: None,
            received_title: String::new(),
            received_intro: String::new(),
            received: Vec::new(),
            refused_title: String::new(),
            refused_intro: String::new(),
            refused: Vec::new(),
            form: None,
            lang_tag: lang,
        }
    }

    fn with_outcome(mut self, outcome: Outcome) -> Page {
        let lang = self.lang_tag;
        let count = outcome.received.len() as u64;
        self.received_title = text(lang, "upload-received-title", &[]);
        self.received_intro = text(lang, "upload-received", &[("count", count.into())]);
        self.received = outcome
            .received
            .iter()
            .map(|(name, size)| {
                let args = [
                    ("name", FluentValue::from(name.as_str())),
                    ("size", size_text(lang, *size).into()),
                ];
                text(lang, "upload-file", &args)
            })
            .collect();
        self.refused_title = text(lang, "upload-refused-title", &[]);
        self.refused_intro = text(lang, "upload-refused", &[]);
        self.refused = outcome
            .refused
            .iter()
            .map(|(id, name)| text(lang, id, &[("name", name.as_str().into())]))
            .collect();
        self
    }

    fn with_form(mut self, link: &Target, held: u64) -> Page {
        let lang = self.lang_tag;
        let until = local(lang, link.until);
        let after_upload = !self.received.is_empty() || !self.refused.is_empty();
        let intro = if after_upload {
            "upload-more"
        } else {
            "upload-intro"
        };
        self.form = Some(Form {
            intro: text(lang, intro, &[]),
            held: text(lang, "upload-held", &[("count", held.into())]),
            choose: text(lang, "upload-choose", &[]),
            choose_hint: text(lang, "upload-choose-hint", &[]),
            rules: text(lang, "upload-rules", &[]),
            send: text(lang, "upload-send", &[]),
            valid_until: text(lang, "upload-valid-until", &[("until", until.into())]),
            privacy: text(lang, "upload-privacy", &[]),
        });
        self
    }

    fn render(&self, status: StatusCode) -> Response {
        render(&PageTemplate { page: self }, status)
    }
}
