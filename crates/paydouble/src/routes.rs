//! The double's routes: the XBezahldienste REST calls under [`BASE_PATH`], each
//! checked as a platform checks it, and the paypage the citizen's browser is sent to.

use std::sync::{Arc, Mutex};

use axum::extract::{Path, State as Shared};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};

use crate::{State, Status, Transaction, END_POINT, ORIGINATOR, PASSWORD, USER};

/// The base path of the API as deployed.
pub const BASE_PATH: &str = "/xbezahldienste/v1";

type Db = Arc<Mutex<State>>;

/// The router of the API and the paypage.
pub fn router(state: Db) -> Router {
    let api = Router::new()
        .route("/paymenttransaction/{originator}/{end_point}", post(create))
        .route(
            "/paymenttransaction/{originator}/{end_point}/{transaction}",
            get(status),
        );
    Router::new()
        .nest(BASE_PATH, api)
        .route("/paypage/{transaction}", get(paypage))
        .route("/paypage/{transaction}/{action}", post(finish))
        .with_state(state)
}

/// An error as `application/problem+json` (RFC 9457) with the platform's
/// `functionalCode`.
fn problem(status: StatusCode, code: &str, detail: &str) -> Response {
    let body = json!({
        "type": "about:blank",
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
        "detail": detail,
        "functionalCode": code,
    });
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        body.to_string(),
    )
        .into_response()
}

/// The checks every call passes first: the platform is up, the caller is the
/// originator, the path names its end point.
fn admitted(
    state: &State,
    headers: &HeaderMap,
    originator: &str,
    end_point: &str,
) -> Option<Response> {
    if state.unavailable {
        return Some(problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "SERVICE_UNAVAILABLE",
            "Wartung",
        ));
    }
    let expected = format!("Basic {}", STANDARD.encode(format!("{USER}:{PASSWORD}")));
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    if given != Some(expected.as_str()) {
        return Some(problem(
            StatusCode::UNAUTHORIZED,
            "UNAUTHORIZED",
            "Anmeldung fehlt",
        ));
    }
    if originator != ORIGINATOR || end_point != END_POINT {
        return Some(problem(
            StatusCode::NOT_FOUND,
            "UNKNOWN_ENDPOINT",
            "Unbekannter Endpunkt",
        ));
    }
    None
}

fn lock(db: &Db) -> std::sync::MutexGuard<'_, State> {
    db.lock().expect("the payment double's state")
}

async fn create(
    Shared(db): Shared<Db>,
    Path((originator, end_point)): Path<(String, String)>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let mut state = lock(&db);
    if let Some(refused) = admitted(&state, &headers, &originator, &end_point) {
        return refused;
    }
    let Ok(request) = serde_json::from_str::<Value>(&body) else {
        return problem(StatusCode::BAD_REQUEST, "INVALID_JSON", "Kein JSON");
    };
    if let Err(detail) = check(&request) {
        return problem(StatusCode::BAD_REQUEST, "VALIDATION_FAILED", &detail);
    }
    let request_id = &request["requestId"];
    if state
        .transactions
        .iter()
        .any(|transaction| &transaction.request["requestId"] == request_id)
    {
        return problem(
            StatusCode::CONFLICT,
            "DUPLICATE_REQUEST_ID",
            "requestId schon vergeben",
        );
    }
    let transaction = Transaction {
        id: uuid::Uuid::new_v4().simple().to_string(),
        request,
        status: Status::Initial,
    };
    let answer = answer(&headers, &originator, &end_point, &transaction);
    state.transactions.push(transaction);
    (StatusCode::CREATED, Json(answer)).into_response()
}

async fn status(
    Shared(db): Shared<Db>,
    Path((originator, end_point, id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let state = lock(&db);
    if let Some(refused) = admitted(&state, &headers, &originator, &end_point) {
        return refused;
    }
    match state
        .transactions
        .iter()
        .find(|transaction| transaction.id == id)
    {
        Some(transaction) => {
            Json(answer(&headers, &originator, &end_point, transaction)).into_response()
        }
        None => problem(
            StatusCode::NOT_FOUND,
            "TRANSACTION_NOT_FOUND",
            "Unbekannte Transaktion",
        ),
    }
}

/// The payment transaction: the request as taken and its `paymentInformation`.
fn answer(
    headers: &HeaderMap,
    originator: &str,
    end_point: &str,
    transaction: &Transaction,
) -> Value {
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("127.0.0.1");
    let id = &transaction.id;
    json!({
        "requestId": transaction.request["requestId"],
        "paymentRequest": transaction.request,
        "paymentInformation": {
            "transactionId": id,
            "transactionUrl": format!("http://{host}{BASE_PATH}/paymenttransaction/{originator}/{end_point}/{id}"),
            "transactionRedirectUrl": format!("http://{host}/paypage/{id}"),
            "transactionReference": format!("EPAY-{}", &id[..8]),
            "transactionTimestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "paymentMethod": if transaction.status == Status::Payed { json!("CREDITCARD") } else { Value::Null },
            "status": transaction.status.name(),
        },
    })
}

/// The platform's checks of a payment request; the reason when one fails.
fn check(request: &Value) -> Result<(), String> {
    let text = |key: &str| request[key].as_str().unwrap_or_default();
    let request_id = text("requestId");
    if request_id.is_empty()
        || request_id.len() > 36
        || !request_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err("requestId: 1 bis 36 Zeichen [A-Za-z0-9_-]".into());
    }
    if chrono::DateTime::parse_from_rfc3339(text("requestTimestamp")).is_err() {
        return Err("requestTimestamp: kein Zeitstempel nach ISO 8601".into());
    }
    if text("currency") != "EUR" {
        return Err("currency: nur EUR".into());
    }
    let gross = cents(&request["grosAmount"])
        .ok_or("grosAmount: Betrag mit höchstens zwei Nachkommastellen")?;
    if !(1..=99_999_900).contains(&gross) {
        return Err("grosAmount: größer als 0 und höchstens 999999".into());
    }
    let purpose = text("purpose");
    if purpose.is_empty()
        || purpose.chars().count() > 27
        || !purpose
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-' || c == '_')
    {
        return Err(
            "purpose: 1 bis 27 Zeichen, Buchstaben, Ziffern, Leerzeichen, Bindestrich".into(),
        );
    }
    if text("description").chars().count() > 250 {
        return Err("description: höchstens 250 Zeichen".into());
    }
    let redirect = text("redirectUrl");
    if !(redirect.starts_with("https://") || redirect.starts_with("http://"))
        || redirect.len() > 2000
    {
        return Err("redirectUrl: absolute http(s)-Adresse".into());
    }
    let items = request["items"]
        .as_array()
        .filter(|items| !items.is_empty())
        .ok_or("items: mindestens eine Position")?;
    let mut sum = 0;
    for item in items {
        let quantity = item["quantity"].as_u64().filter(|quantity| *quantity >= 1);
        let net = cents(&item["totalNetAmount"]);
        let tax = cents(&item["totalTaxAmount"]);
        let (Some(_), Some(net), Some(tax)) = (quantity, net, tax) else {
            return Err("items: quantity, totalNetAmount, totalTaxAmount".into());
        };
        if item["id"].as_str().is_none_or(str::is_empty) {
            return Err("items: id fehlt".into());
        }
        sum += net + tax;
    }
    if sum != gross {
        return Err("grosAmount: nicht die Summe der Positionen".into());
    }
    Ok(())
}

/// An amount in euro with at most two decimals, in cents.
fn cents(value: &Value) -> Option<i64> {
    let amount = value.as_f64()?;
    let cents = (amount * 100.0).round();
    ((amount * 100.0 - cents).abs() < 1e-6 && amount >= 0.0).then_some(cents as i64)
}

async fn paypage(Shared(db): Shared<Db>, Path(id): Path<String>) -> Response {
    let state = lock(&db);
    let Some(transaction) = state
        .transactions
        .iter()
        .find(|transaction| transaction.id == id)
    else {
        return (StatusCode::NOT_FOUND, "Unbekannte Transaktion").into_response();
    };
    let request = &transaction.request;
    Html(format!(
        "<!doctype html><html lang=\"de\"><title>Paypage</title><h1>{}</h1><p>{} EUR</p>\
         <form method=\"post\" action=\"/paypage/{id}/pay\"><button>Bezahlen</button></form>\
         <form method=\"post\" action=\"/paypage/{id}/cancel\"><button>Abbrechen</button></form></html>",
        request["description"].as_str().unwrap_or_default(),
        request["grosAmount"],
    ))
    .into_response()
}

async fn finish(Shared(db): Shared<Db>, Path((id, action)): Path<(String, String)>) -> Response {
    let mut state = lock(&db);
    let Some(transaction) = state
        .transactions
        .iter_mut()
        .find(|transaction| transaction.id == id)
    else {
        return (StatusCode::NOT_FOUND, "Unbekannte Transaktion").into_response();
    };
    if transaction.status != Status::Initial {
        return (StatusCode::CONFLICT, "Schon abgeschlossen").into_response();
    }
    transaction.status = match action.as_str() {
        "pay" => Status::Payed,
        "cancel" => Status::Canceled,
        "fail" => Status::Failed,
        _ => return (StatusCode::NOT_FOUND, "Unbekannte Aktion").into_response(),
    };
    let back = transaction.request["redirectUrl"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    Redirect::to(&back).into_response()
}
