//! The citizen's payment page, on the station API's listener (the address phones
//! reach): `GET /zahlung/{station}/{request}/{service}/{reference}/{expires}/{tag}`
//! creates a payment transaction on the city's payment platform for the fee of
//! `service` in the central's published catalogue (never an amount from the link) and
//! sends the phone to the platform's paypage; an open transaction of the request is
//! reused, a paid one shown. The platform sends the citizen back to the same path with
//! `/zurueck`, where the page asks the platform for the outcome and shows it. The link
//! is the one the station put on the request's receipt ([`syncproto::payment`]).
//! Every page that does not end in a payment names the transfer the citizen can make
//! instead. No script; the kiosk's language (`?sprache=`).

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use station::catalogue::{Fee, Payee};
use station::girocode::euros;
use station::lang::Lang;
use syncproto::payment::{PaymentKey, PaymentLink, PATH_PREFIX, RETURN_SEGMENT};
use texts::FluentValue;

use crate::payments::watch::{refresh, Payments};
use crate::payments::PaymentOrder;
use crate::phone::{local, render, text, Frame, LangQuery};
use crate::published::Published;
use crate::server::AppState;
use crate::store::{OnlinePayment, OnlineStatus};
use crate::web::secure_page;

/// The content security policy of the page: links only, no form, no script.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
                   form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/// The payment page's routes.
pub fn router() -> Router<AppState> {
    let page = Router::new()
        .route(
            "/zahlung/{station}/{item}/{service}/{reference}/{expires}/{tag}",
            get(start),
        )
        .route(
            "/zahlung/{station}/{item}/{service}/{reference}/{expires}/{tag}/zurueck",
            get(returned),
        );
    secure_page(page, CSP)
}

/// The six parts of a link's path.
#[derive(Debug, Deserialize)]
pub struct LinkParts {
    station: String,
    item: String,
    service: String,
    reference: String,
    expires: String,
    tag: String,
}

impl LinkParts {
    /// The link's own path in `lang`; with `/zurueck` when `back`.
    fn path(&self, back: bool, lang: Lang) -> String {
        let back = if back {
            format!("/{RETURN_SEGMENT}")
        } else {
            String::new()
        };
        format!(
            "{PATH_PREFIX}/{}/{}/{}/{}/{}/{}{back}?sprache={}",
            self.station,
            self.item,
            self.service,
            self.reference,
            self.expires,
            self.tag,
            lang.code()
        )
    }
}

/// Why a link leads to no payment.
enum Problem {
    /// Malformed, of an unknown or revoked station, or its tag does not verify.
    Invalid,
    /// It ran out at this time.
    Expired(DateTime<Utc>),
    /// The service has no fee in the published catalogue.
    NoFee,
    /// The request is done or its personal data deleted.
    Closed,
    /// No platform configured, or it failed.
    Unavailable,
    /// The store failed.
    Internal,
}

/// A link that checked out, with what the catalogue says of its fee.
struct Due {
    link: PaymentLink,
    payee: Payee,
    fee: Fee,
    service_name: String,
    latest: Option<OnlinePayment>,
    closed: bool,
}

/// `GET` the link: to the paypage, or the page that says why not.
async fn start(
    State(state): State<AppState>,
    Path(parts): Path<LinkParts>,
    query: Result<Query<LangQuery>, QueryRejection>,
) -> Response {
    answer(state, parts, LangQuery::lang(query), false).await
}

/// `GET` the link with `/zurueck`: the outcome, as the platform says it now.
async fn returned(
    State(state): State<AppState>,
    Path(parts): Path<LinkParts>,
    query: Result<Query<LangQuery>, QueryRejection>,
) -> Response {
    answer(state, parts, LangQuery::lang(query), true).await
}

/// The answer to the link, or to the return to it (`back`).
async fn answer(state: AppState, parts: LinkParts, lang: Lang, back: bool) -> Response {
    let due = match due(&state, &parts, lang).await {
        Ok(due) => due,
        Err((problem, due)) => return problem_page(lang, problem, due.as_ref()),
    };
    let Some(payments) = state.payments.clone() else {
        return problem_page(lang, Problem::Unavailable, Some(&due));
    };
    let latest = match due.latest.clone() {
        Some(latest) => match refresh(&state, &payments, latest).await {
            Ok(latest) => Some(latest),
            Err(_) => return problem_page(lang, Problem::Unavailable, Some(&due)),
        },
        None => None,
    };
    match latest {
        Some(now) if back || now.status == OnlineStatus::Paid => {
            outcome_page(lang, &due, &now, &parts)
        }
        // Back from a paypage the central does not know of: start again.
        None if back => Redirect::to(&parts.path(false, lang)).into_response(),
        _ if due.closed => problem_page(lang, Problem::Closed, Some(&due)),
        Some(open) if open.status == OnlineStatus::Open => {
            Redirect::to(&open.paypage).into_response()
        }
        _ => match create(&state, &payments, &due, &parts, lang).await {
            Ok(created) => Redirect::to(&created.paypage).into_response(),
            Err(problem) => problem_page(lang, problem, Some(&due)),
        },
    }
}

/// The link of `parts` when it is well-formed, signed by its station and valid, with
/// its fee and the request's latest transaction.
async fn due(
    state: &AppState,
    parts: &LinkParts,
    lang: Lang,
) -> Result<Due, (Problem, Option<Due>)> {
    let (link, tag) = PaymentLink::parse([
        &parts.station,
        &parts.item,
        &parts.service,
        &parts.reference,
        &parts.expires,
        &parts.tag,
    ])
    .ok_or((Problem::Invalid, None))?;
    let request = link.request.clone();
    let service = link.service.clone();
    let looked_up = state
        .with_store(move |store| {
            let token_hash = store.link_station(&request.station_id)?;
            let published = Published::load(store)?;
            let fee = published
                .fee(&service)
                .map(|(payee, fee)| (payee.clone(), fee.clone()));
            let name = published.service_name_in(&service, lang);
            let item = request.item_id.to_string();
            let (latest, closed) = store.online_payment_of(&item, &request.station_id)?;
            Ok((token_hash, fee, name, latest, closed))
        })
        .await;
    let Ok((token_hash, fee, service_name, latest, closed)) = looked_up else {
        return Err((Problem::Internal, None));
    };
    let token_hash = token_hash.ok_or((Problem::Invalid, None))?;
    if !link.verifies(&PaymentKey::for_token_hash(&token_hash), &tag) {
        return Err((Problem::Invalid, None));
    }
    let Some((payee, fee)) = fee else {
        return Err((Problem::NoFee, None));
    };
    let expires = link.request.expires;
    let due = Due {
        link,
        payee,
        fee,
        service_name,
        latest,
        closed,
    };
    let paid = due
        .latest
        .as_ref()
        .is_some_and(|latest| latest.status == OnlineStatus::Paid);
    if expires <= Utc::now() && !paid {
        return Err((Problem::Expired(expires), Some(due)));
    }
    Ok(due)
}

/// Creates a transaction for `due` on the platform and records it — unless one was
/// created for the request while this answer waited (two taps on the link at once).
async fn create(
    state: &AppState,
    payments: &Payments,
    due: &Due,
    parts: &LinkParts,
    lang: Lang,
) -> Result<OnlinePayment, Problem> {
    let order = PaymentOrder {
        service: due.link.service.clone(),
        service_name: due.service_name.clone(),
        cents: i64::try_from(due.fee.cents).map_err(|_| Problem::NoFee)?,
        reference: due.link.reference.clone(),
        description: due.fee.remittance_for(&due.link.reference),
        return_url: format!("{}{}", payments.public_url, parts.path(true, lang)),
    };
    let _one_at_a_time = payments.creating.lock().await;
    let (item, station) = (
        due.link.request.item_id.to_string(),
        due.link.request.station_id.clone(),
    );
    let latest = state
        .with_store(move |store| Ok(store.online_payment_of(&item, &station)?.0))
        .await
        .map_err(|_| Problem::Internal)?;
    let known = due
        .latest
        .as_ref()
        .map(|known| known.transaction_id.as_str());
    if let Some(created_meanwhile) = latest.filter(|latest| {
        latest.status == OnlineStatus::Open && Some(latest.transaction_id.as_str()) != known
    }) {
        return Ok(created_meanwhile);
    }
    let transaction = payments.platform.create(&order).await.map_err(|error| {
        tracing::warn!(%error, "Online-Zahlung ließ sich nicht anlegen");
        Problem::Unavailable
    })?;
    let payment = OnlinePayment {
        transaction_id: transaction.id,
        item_id: due.link.request.item_id.to_string(),
        station_id: due.link.request.station_id.clone(),
        service: order.service,
        cents: order.cents,
        paypage: transaction.paypage,
        status: transaction.status,
        created_at: String::new(),
        paid_at: None,
    };
    let stored = payment.clone();
    state
        .with_store(move |store| Ok(store.add_online_payment(&stored)?))
        .await
        .map_err(|_| Problem::Internal)?;
    tracing::info!(
        station = %payment.station_id,
        item = %payment.item_id,
        transaction = %payment.transaction_id,
        "Online-Zahlung angelegt"
    );
    Ok(payment)
}

/// The page after the platform: paid, cancelled, failed or still open.
fn outcome_page(lang: Lang, due: &Due, payment: &OnlinePayment, parts: &LinkParts) -> Response {
    let mut page = Page::new(lang, Some(due));
    let (kind, title, body) = match payment.status {
        OnlineStatus::Paid => {
            let when = payment
                .paid_at
                .as_deref()
                .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
                .map_or_else(String::new, |at| local(lang, at.to_utc()));
            page.transfer = None;
            let body = text(lang, "payment-paid", &[("when", when.into())]);
            ("success", "payment-paid-title", body)
        }
        OnlineStatus::Canceled => (
            "warning",
            "payment-canceled-title",
            text(lang, "payment-canceled", &[]),
        ),
        OnlineStatus::Failed => (
            "danger",
            "payment-failed-title",
            text(lang, "payment-failed", &[]),
        ),
        OnlineStatus::Open => (
            "info",
            "payment-open-title",
            text(lang, "payment-open", &[]),
        ),
    };
    page.notice = Some(Notice {
        kind,
        title: text(lang, title, &[]),
        body,
    });
    page.action = match payment.status {
        OnlineStatus::Paid => None,
        OnlineStatus::Open => Some((text(lang, "payment-reload", &[]), parts.path(true, lang))),
        OnlineStatus::Canceled | OnlineStatus::Failed => {
            Some((text(lang, "payment-retry", &[]), parts.path(false, lang)))
        }
    };
    page.render(StatusCode::OK)
}

/// The page of a link that leads to no payment, with the transfer where the fee is
/// known.
fn problem_page(lang: Lang, problem: Problem, due: Option<&Due>) -> Response {
    let (status, message) = match problem {
        Problem::Invalid => (StatusCode::NOT_FOUND, text(lang, "payment-error-link", &[])),
        Problem::Expired(until) => (
            StatusCode::GONE,
            text(
                lang,
                "payment-error-expired",
                &[("until", local(lang, until).into())],
            ),
        ),
        Problem::NoFee => (
            StatusCode::NOT_FOUND,
            text(lang, "payment-error-no-fee", &[]),
        ),
        Problem::Closed => (
            StatusCode::CONFLICT,
            text(lang, "payment-error-closed", &[]),
        ),
        Problem::Unavailable => (
            StatusCode::SERVICE_UNAVAILABLE,
            text(lang, "payment-error-unavailable", &[]),
        ),
        Problem::Internal => (
            StatusCode::INTERNAL_SERVER_ERROR,
            text(lang, "payment-error-internal", &[]),
        ),
    };
    let mut page = Page::new(lang, due);
    page.notice = Some(Notice {
        kind: "danger",
        title: message,
        body: String::new(),
    });
    page.render(status)
}

/// A message box: KERN's alert `kind`, a title, a sentence.
struct Notice {
    kind: &'static str,
    title: String,
    body: String,
}

/// The transfer the citizen can make instead: label and value, in order.
struct Transfer {
    title: String,
    intro: String,
    rows: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "payment.html")]
struct PageTemplate<'a> {
    page: &'a Page,
}

/// What the page shows, in its language.
struct Page {
    frame: Frame,
    what: Option<String>,
    notice: Option<Notice>,
    action: Option<(String, String)>,
    transfer: Option<Transfer>,
}

impl Page {
    fn new(lang: Lang, due: Option<&Due>) -> Page {
        let amount = |due: &Due| amount_text(lang, due.fee.cents);
        let what = due.map(|due| {
            let args = [
                ("amount", FluentValue::from(amount(due))),
                ("reference", due.link.reference.as_str().into()),
            ];
            text(lang, "payment-what", &args)
        });
        let transfer = due.map(|due| {
            let row = |id: &str, value: String| (text(lang, id, &[]), value);
            Transfer {
                title: text(lang, "payment-transfer-title", &[]),
                intro: text(lang, "payment-transfer-intro", &[]),
                rows: vec![
                    row("payment-transfer-payee", due.payee.name.clone()),
                    row("payment-transfer-iban", due.payee.iban_for_reading()),
                    row("payment-transfer-bic", due.payee.bic.clone()),
                    row("payment-transfer-amount", amount(due)),
                    row(
                        "payment-transfer-remittance",
                        due.fee.remittance_for(&due.link.reference),
                    ),
                ],
            }
        });
        Page {
            frame: Frame::new(lang, "payment-title"),
            what,
            notice: None,
            action: None,
            transfer,
        }
    }

    fn render(&self, status: StatusCode) -> Response {
        render(&PageTemplate { page: self }, status)
    }
}

/// `cents` as `lang` writes an amount in euro: `€10.00` in English, `10,00 €` else.
fn amount_text(lang: Lang, cents: u64) -> String {
    if lang == Lang::En {
        format!("€{}.{:02}", cents / 100, cents % 100)
    } else {
        euros(cents)
    }
}
