//! Anliegen: the inbox with its filters, one request opened (decrypted on the
//! server; each opening is in the audit log), its print view (audited too), the
//! internal note, and marking it done.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::{Redirect, Response};
use chrono::Utc;
use serde::Deserialize;
use station::girocode::euros;

use super::documents::{documents_shown, DocumentShown};
use super::labels;
use super::page::{html, Nav, PageFailure};
use super::session::{with_store, Posted, SignedIn};
use super::time::{day_bound, local, local_or_dash};
use super::WebState;
use crate::backoffice::{open_request, RequestDetail};
use crate::keys::CentralKeys;
use crate::published::Published;
use crate::store::{
    AuditAction, OnlinePayment, OnlineStatus, RequestFilter, RequestSummary, StatusFilter, Store,
    StoredRequest, BOOKING_WISH,
};

/// Most requests the inbox lists at once.
const MAX_LIST_LIMIT: u32 = 1000;
/// Longest internal note.
const MAX_NOTE_CHARS: usize = 2000;

/// The inbox's filter as the form sends it (all optional).
#[derive(Debug, Default, Deserialize)]
pub struct InboxQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    station: String,
    #[serde(default)]
    thema: String,
    #[serde(default)]
    von: String,
    #[serde(default)]
    bis: String,
}

/// One row of the inbox.
struct Row {
    id: String,
    received: String,
    station: String,
    topic: String,
    status: &'static str,
    overdue: bool,
}

/// One choice of a filter's select.
pub(super) struct Choice {
    pub(super) value: String,
    pub(super) label: String,
    pub(super) selected: bool,
}

#[derive(Template)]
#[template(path = "requests.html")]
struct InboxPage {
    nav: Nav,
    rows: Vec<Row>,
    statuses: Vec<Choice>,
    stations: Vec<Choice>,
    topics: Vec<Choice>,
    from: String,
    until: String,
    overdue: u64,
    overdue_days: u32,
    truncated: bool,
}

/// The choices of a select, `selected` marked.
pub(super) fn choices(options: Vec<(String, String)>, selected: &str) -> Vec<Choice> {
    options
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == selected,
            value,
            label,
        })
        .collect()
}

fn status_of(summary: &RequestSummary) -> &'static str {
    match (&summary.done_at, &summary.purged_at) {
        (_, Some(_)) => "gelöscht",
        (Some(_), None) => "erledigt",
        (None, None) => "offen",
    }
}

/// `GET /anliegen`.
pub async fn inbox(
    State(state): State<WebState>,
    clerk: SignedIn,
    query: Result<Query<InboxQuery>, QueryRejection>,
) -> Result<Response, PageFailure> {
    let Query(query) =
        query.map_err(|_| PageFailure::BadInput("Der Filter ist ungültig.".into()))?;
    let overdue_cutoff = state.retention.overdue_cutoff(Utc::now());
    let (status, until_overdue) = match query.status.as_str() {
        "" | "offen" => (StatusFilter::Open, None),
        "erledigt" => (StatusFilter::Done, None),
        "alle" => (StatusFilter::All, None),
        "gebuehr-offen" => (StatusFilter::Unpaid, None),
        "ueberfaellig" => (StatusFilter::Open, Some(overdue_cutoff.clone())),
        _ => {
            return Err(PageFailure::BadInput(
                "Unbekannter Status im Filter.".into(),
            ))
        }
    };
    let bound = |text: &str, next: bool| -> Result<Option<String>, PageFailure> {
        if text.is_empty() {
            return Ok(None);
        }
        day_bound(text, next).map(Some).ok_or_else(|| {
            PageFailure::BadInput("Bitte geben Sie das Datum als TT.MM.JJJJ ein.".into())
        })
    };
    let filter = RequestFilter {
        status,
        station: Some(query.station.clone()).filter(|s| !s.is_empty()),
        topic: Some(query.thema.clone()).filter(|s| !s.is_empty()),
        from: bound(&query.von, false)?,
        until: until_overdue.or(bound(&query.bis, true)?),
        limit: MAX_LIST_LIMIT,
    };
    let cutoff = overdue_cutoff.clone();
    let (requests, stations, topics, counts) = with_store(&state, move |store| {
        let mut requests = store.list_requests(&filter)?;
        if filter.status == StatusFilter::Unpaid {
            let published = Published::load(store)?;
            requests.retain(|request| {
                request
                    .service
                    .as_deref()
                    .is_some_and(|service| published.fee(service).is_some())
            });
        }
        Ok((
            requests,
            store.stations()?,
            store.request_topics()?,
            store.retention_counts(&cutoff)?,
        ))
    })
    .await?;
    let truncated = requests.len() as u32 >= MAX_LIST_LIMIT;
    let rows = requests
        .iter()
        .map(|request| Row {
            id: request.id.clone(),
            received: local(&request.received_at),
            station: request.station_name.clone(),
            topic: labels::topic(&request.topic),
            status: status_of(request),
            overdue: request.done_at.is_none() && request.received_at < overdue_cutoff,
        })
        .collect();
    let statuses = [
        ("offen", "Offen"),
        ("ueberfaellig", "Überfällig"),
        ("erledigt", "Erledigt"),
        ("gebuehr-offen", "Gebühr offen"),
        ("alle", "Alle"),
    ]
    .into_iter()
    .map(|(value, label)| (value.to_owned(), label.to_owned()))
    .collect();
    let selected_status = if query.status.is_empty() {
        "offen"
    } else {
        &query.status
    };
    let mut station_options = vec![(String::new(), "Alle Stationen".to_owned())];
    station_options.extend(
        stations
            .into_iter()
            .map(|station| (station.id, station.name)),
    );
    let mut topic_options = vec![(String::new(), "Alle Themen".to_owned())];
    topic_options.extend(topics.into_iter().map(|topic| {
        let label = labels::topic(&topic);
        (topic, label)
    }));
    let page = InboxPage {
        overdue: if clerk.is_admin() { counts.overdue } else { 0 },
        overdue_days: state.retention.flag_open_after_days,
        nav: Nav::new(&clerk, "anliegen"),
        rows,
        statuses: choices(statuses, selected_status),
        stations: choices(station_options, &query.station),
        topics: choices(topic_options, &query.thema),
        from: query.von,
        until: query.bis,
        truncated,
    };
    html(&page)
}

/// One field of the opened content.
struct Field {
    label: String,
    value: String,
}

/// A request as its pages show it.
struct Shown {
    id: String,
    topic: String,
    station: String,
    place: String,
    created: String,
    received: String,
    source: &'static str,
    status: &'static str,
    done: String,
    done_by: String,
    purged: String,
    fields: Vec<Field>,
    content_error: Option<String>,
    note: String,
    fee: Option<FeeShown>,
    appointment: Option<AppointmentShown>,
    documents: Vec<DocumentShown>,
}

/// A booking's appointment as the request's page shows it.
struct AppointmentShown {
    /// Booked, or the wish's state.
    booked: bool,
    /// "gebucht", "wird noch gebucht" or why it could not be booked.
    state: String,
    /// The time booked, or else the time wished (local, "–" when unknown).
    when: String,
    /// The office.
    office: String,
    /// The appointment's number.
    number: String,
    /// Whether a clerk can still cancel it (booked, not cancelled, not begun).
    cancellable: bool,
}

impl AppointmentShown {
    /// The appointment of a booking request (`None` for other topics).
    fn of(summary: &RequestSummary, content: Option<&serde_json::Value>) -> Option<Self> {
        if summary.topic != syncproto::appointments::BOOKING_TOPIC {
            return None;
        }
        Some(match &summary.appointment {
            Some(booked) => AppointmentShown {
                booked: true,
                state: match &booked.cancelled_at {
                    None => "gebucht; das Terminsystem hat der Bürgerin oder dem Bürger die Bestätigung gemailt".into(),
                    Some(at) => format!("abgesagt am {}; das Terminsystem hat der Bürgerin oder dem Bürger die Absage gemailt", local(at)),
                },
                cancellable: booked.cancelled_at.is_none() && booked.at > Utc::now().timestamp(),
                when: chrono::DateTime::from_timestamp(booked.at, 0)
                    .map_or_else(|| "–".into(), |at| local(&at.to_rfc3339())),
                office: booked.office.clone(),
                number: booked.number.clone(),
            },
            None => AppointmentShown {
                booked: false,
                state: match summary.appointment_problem.as_deref() {
                    None => "noch nicht gebucht (die Zentrale bucht den Wunsch, sobald das Terminsystem erreichbar ist)".into(),
                    Some(BOOKING_WISH) => "wird gerade gebucht".into(),
                    Some(problem) => format!("nicht gebucht: {problem}"),
                },
                when: local_or_dash(content.and_then(|c| c["appointment"]["time"].as_str())),
                office: "–".into(),
                number: "–".into(),
                cancellable: false,
            },
        })
    }
}

/// A request's fee as its page shows it.
struct FeeShown {
    /// `10,00 €`.
    amount: String,
    /// The city's account, `Landeshauptstadt Potsdam, IBAN …`.
    account: String,
    /// The remittance text the citizen was shown ("–" while the content is closed).
    remittance: String,
    /// When the payment was recorded, "–" while it is open.
    paid: String,
    /// Who recorded it.
    paid_by: String,
    /// The latest online payment on the city's platform, if the citizen started one.
    online: Option<String>,
}

impl FeeShown {
    /// The fee of `summary`'s service in `published`, with the remittance text for the
    /// reference in `content`.
    fn of(
        summary: &RequestSummary,
        content: Option<&serde_json::Value>,
        published: &Published,
        online: Option<&OnlinePayment>,
    ) -> Option<FeeShown> {
        let (payee, fee) = published.fee(summary.service.as_deref()?)?;
        let reference = content.and_then(|content| content["reference"].as_str());
        Some(FeeShown {
            amount: euros(fee.cents),
            account: format!("{}, IBAN {}", payee.name, payee.iban_for_reading()),
            remittance: reference
                .map_or_else(|| "–".into(), |reference| fee.remittance_for(reference)),
            paid: local_or_dash(summary.paid_at.as_deref()),
            paid_by: summary.paid_by.clone().unwrap_or_else(|| "–".into()),
            online: online.map(online_text),
        })
    }
}

/// `online` as the fee section names it: its state, since when, the transaction.
fn online_text(online: &OnlinePayment) -> String {
    let state = match online.status {
        OnlineStatus::Open => "begonnen, noch nicht bezahlt",
        OnlineStatus::Paid => "bezahlt",
        OnlineStatus::Canceled => "abgebrochen",
        OnlineStatus::Failed => "abgelehnt",
    };
    format!(
        "{state} ({}, Transaktion {})",
        local_or_dash(Some(&online.created_at)),
        online.transaction_id
    )
}

fn shown(detail: RequestDetail, note: Option<String>) -> Shown {
    let summary = &detail.summary;
    let fields = match &detail.content {
        // A station's request: the form's fields under `fields`, beside them the
        // reference the citizen keeps and the language they used.
        Some(serde_json::Value::Object(map)) => match map.get("fields") {
            Some(serde_json::Value::Object(form)) => {
                let beside = [("reference", "Vorgangsnummer"), ("lang", "Sprache")];
                beside
                    .iter()
                    .filter_map(|(key, label)| {
                        Some(Field {
                            label: (*label).to_owned(),
                            value: map.get(*key)?.as_str()?.to_owned(),
                        })
                    })
                    .chain(field_rows(form))
                    .collect()
            }
            _ => field_rows(map).collect(),
        },
        Some(other) => vec![Field {
            label: "Inhalt".into(),
            value: other
                .as_str()
                .map_or_else(|| other.to_string(), str::to_owned),
        }],
        None => Vec::new(),
    };
    Shown {
        id: summary.id.clone(),
        topic: labels::topic(&summary.topic),
        station: summary.station_name.clone(),
        place: summary.place.clone(),
        created: local(&summary.created_at),
        received: local(&summary.received_at),
        source: if summary.source == "import" {
            "USB-Import"
        } else {
            "Synchronisation"
        },
        status: status_of(summary),
        done: local_or_dash(summary.done_at.as_deref()),
        done_by: summary.done_by.clone().unwrap_or_else(|| "–".into()),
        purged: local_or_dash(summary.purged_at.as_deref()),
        fields,
        content_error: detail.content_error,
        note: note.unwrap_or_default(),
        fee: None,
        appointment: None,
        documents: Vec::new(),
    }
}

/// The rows of the filled fields of `form`, labelled.
fn field_rows(
    form: &serde_json::Map<String, serde_json::Value>,
) -> impl Iterator<Item = Field> + '_ {
    form.iter()
        .filter(|(_, value)| !value.is_null() && value.as_str() != Some(""))
        .map(|(name, value)| Field {
            label: labels::field(name),
            value: match value {
                serde_json::Value::String(text) => labels::value(text),
                other => other.to_string(),
            },
        })
}

/// The item id of a request, for the note's seal.
fn item_id(id: &str) -> Result<uuid::Uuid, PageFailure> {
    syncproto::item::parse_item_id(id)
        .ok_or(PageFailure::NotFound("Dieses Anliegen gibt es nicht."))
}

/// Seals a note to the central's own key.
fn seal_note(keys: &CentralKeys, id: &str, text: &str) -> Result<Vec<u8>, PageFailure> {
    syncproto::seal::seal_note(&keys.seal_public, &item_id(id)?, text.as_bytes()).map_err(|error| {
        tracing::error!(%error, "Notiz ließ sich nicht versiegeln");
        PageFailure::Internal
    })
}

/// Opens a sealed note; a note that does not open is shown as such.
fn open_note(keys: &CentralKeys, id: &str, sealed: &[u8]) -> Result<String, PageFailure> {
    Ok(
        syncproto::seal::open_note(&keys.seal_key, &item_id(id)?, sealed)
            .map(|text| String::from_utf8_lossy(&text).into_owned())
            .unwrap_or_else(|_| "(Die Notiz lässt sich nicht öffnen.)".into()),
    )
}

/// Opens a request for `clerk` and records it under `action`.
async fn open(
    state: &WebState,
    clerk: &SignedIn,
    id: String,
    action: AuditAction,
) -> Result<Shown, PageFailure> {
    let keys = state.app.keys.clone();
    let actor = clerk.name.clone();
    with_store(state, move |store| {
        let request = store
            .request(&id)?
            .ok_or(PageFailure::NotFound("Dieses Anliegen gibt es nicht."))?;
        let note = request
            .note
            .as_deref()
            .map(|sealed| open_note(&keys, &id, sealed))
            .transpose()?;
        let published = Published::load(store)?;
        let place = published.place_name(&request.summary.place);
        let (detail, documents) = if request.summary.purged_at.is_some() {
            let detail = RequestDetail {
                summary: request.summary,
                content: None,
                content_error: None,
            };
            (detail, Vec::new())
        } else {
            store.audit(&actor, action, Some(&id), None)?;
            let station = request.summary.station_id.clone();
            let documents = documents_shown(store, &keys, &id, &station)?;
            (open_request(&keys, request), documents)
        };
        let summary = &detail.summary;
        let (online, _) = store.online_payment_of(&summary.id, &summary.station_id)?;
        let fee = FeeShown::of(
            summary,
            detail.content.as_ref(),
            &published,
            online.as_ref(),
        );
        let appointment = AppointmentShown::of(&detail.summary, detail.content.as_ref());
        let mut shown = shown(detail, note);
        shown.place = place;
        shown.fee = fee;
        shown.appointment = appointment;
        shown.documents = documents;
        Ok(shown)
    })
    .await
}

#[derive(Template)]
#[template(path = "request.html")]
struct DetailPage {
    nav: Nav,
    request: Shown,
}

/// `GET /anliegen/{id}`: decrypts and shows one request.
pub async fn detail(
    State(state): State<WebState>,
    clerk: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageFailure> {
    let request = open(&state, &clerk, id, AuditAction::Open).await?;
    html(&DetailPage {
        nav: Nav::new(&clerk, "anliegen"),
        request,
    })
}

#[derive(Template)]
#[template(path = "request_print.html")]
struct PrintPage {
    request: Shown,
    printed_by: String,
    printed_at: String,
}

/// `GET /anliegen/{id}/druck`: the print view.
pub async fn print(
    State(state): State<WebState>,
    clerk: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageFailure> {
    let request = open(&state, &clerk, id, AuditAction::Print).await?;
    html(&PrintPage {
        request,
        printed_by: clerk.name,
        printed_at: local(&crate::store::timestamp()),
    })
}

/// The "mark done" and "paid" forms have no fields but the CSRF token.
#[derive(Deserialize)]
pub struct DoneForm {}

/// `POST /anliegen/{id}/erledigt`.
pub async fn done(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, DoneForm {}): Posted<DoneForm>,
) -> Result<Redirect, PageFailure> {
    change_request(&state, id, move |store, request| {
        if request.summary.done_at.is_none() {
            store.mark_done(&request.summary.id, &clerk.name)?;
            store.audit(
                &clerk.name,
                AuditAction::Done,
                Some(&request.summary.id),
                None,
            )?;
        }
        Ok(())
    })
    .await
}

/// `POST /anliegen/{id}/bezahlt`: the cash office saw the transfer of the fee.
pub async fn paid(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, DoneForm {}): Posted<DoneForm>,
) -> Result<Redirect, PageFailure> {
    change_request(&state, id, move |store, request| {
        let summary = &request.summary;
        let published = Published::load(store)?;
        if summary
            .service
            .as_deref()
            .and_then(|service| published.fee(service))
            .is_none()
        {
            return Err(PageFailure::BadInput(
                "Für dieses Anliegen ist keine Gebühr zu zahlen.".into(),
            ));
        }
        if summary.paid_at.is_none() {
            store.mark_paid(&summary.id, &clerk.name)?;
            store.audit(&clerk.name, AuditAction::Paid, Some(&summary.id), None)?;
        }
        Ok(())
    })
    .await
}

/// Applies `change` to request `id` (404 when there is none), then back to its page.
async fn change_request(
    state: &WebState,
    id: String,
    change: impl FnOnce(&mut Store, StoredRequest) -> Result<(), PageFailure> + Send + 'static,
) -> Result<Redirect, PageFailure> {
    let target = format!("/anliegen/{id}");
    with_store(state, move |store| {
        let request = store
            .request(&id)?
            .ok_or(PageFailure::NotFound("Dieses Anliegen gibt es nicht."))?;
        change(store, request)
    })
    .await?;
    Ok(Redirect::to(&target))
}

/// The note form.
#[derive(Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    note: String,
}

/// `POST /anliegen/{id}/notiz`.
pub async fn note(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, form): Posted<NoteForm>,
) -> Result<Redirect, PageFailure> {
    if form.note.chars().count() > MAX_NOTE_CHARS {
        return Err(PageFailure::BadInput(format!(
            "Die Notiz darf höchstens {MAX_NOTE_CHARS} Zeichen lang sein."
        )));
    }
    let target = format!("/anliegen/{id}");
    let keys = state.app.keys.clone();
    with_store(&state, move |store| {
        let text = form.note.trim();
        let sealed = if text.is_empty() {
            None
        } else {
            Some(seal_note(&keys, &id, text)?)
        };
        if !store.set_note(&id, sealed.as_deref())? {
            return Err(PageFailure::NotFound(
                "Dieses Anliegen gibt es nicht, oder seine Daten sind schon gelöscht.",
            ));
        }
        store.audit(&clerk.name, AuditAction::Note, Some(&id), None)?;
        Ok(())
    })
    .await?;
    Ok(Redirect::to(&target))
}
