//! The citizen API's routes under `/terminvereinbarung/api/citizen` (`zmscitizenapi/
//! routing.php` as of 2.25.00-muc47) and the checks ZMS makes of each request
//! (`ValidationService.php`): bodies are read by hand, numbers may come as strings.

use std::sync::{Arc, Mutex};

use axum::extract::rejection::JsonRejection;
use axum::extract::{Query, State as Shared};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{Duration, NaiveDate};
use serde_json::{json, Value};

use crate::errors::ZmsError;
use crate::state::{Mail, State, Status, APPOINTMENTS_PER_MAIL, OFFICE_ID, OFFICE_NAME, SERVICES};

/// The base path of the citizen API as deployed.
pub const BASE_PATH: &str = "/terminvereinbarung/api/citizen";

type Db = Arc<Mutex<State>>;
type Answer = Result<Json<Value>, ZmsError>;
type Body = Result<Json<Value>, JsonRejection>;

/// The router of the API.
pub fn router(state: Db) -> Router {
    let api = Router::new()
        .route("/offices-and-services/", get(offices_and_services))
        .route("/available-calendar/", get(available_calendar))
        .route("/reserve-appointment/", post(reserve))
        .route("/update-appointment/", post(update))
        .route("/preconfirm-appointment/", post(preconfirm))
        .route("/confirm-appointment/", post(confirm))
        .route("/cancel-appointment/", post(cancel))
        .route("/appointment/", get(appointment))
        .with_state(state);
    Router::new()
        .nest(BASE_PATH, api)
        .fallback(|| async { ZmsError::NotFound.into_response() })
}

/// Runs `work` on the state after the expired holds are gone.
fn with<T>(db: &Db, work: impl FnOnce(&mut State) -> Result<T, ZmsError>) -> Result<T, ZmsError> {
    let mut state = db.lock().map_err(|_| ZmsError::InvalidRequest)?;
    state.expire();
    work(&mut state)
}

async fn offices_and_services() -> Json<Value> {
    let services: Vec<Value> = SERVICES
        .iter()
        .map(|(id, name)| json!({"id": id, "name": name, "maxQuantity": 1, "combinable": {}}))
        .collect();
    let relations: Vec<Value> = SERVICES
        .iter()
        .map(|(id, _)| json!({"officeId": OFFICE_ID, "serviceId": id, "slots": 1, "public": true, "maxQuantity": 1}))
        .collect();
    Json(json!({
        "offices": [{"id": OFFICE_ID, "name": OFFICE_NAME,
                     "address": {"street": "Friedrich-Ebert-Straße", "house_number": "79-81",
                                 "postal_code": "14469", "city": "Potsdam"},
                     "slotTimeInMinutes": 30, "scope": State::scope()}],
        "services": services,
        "relations": relations,
    }))
}

/// A number as ZMS reads it (`is_numeric`): a JSON number or a string of digits.
fn number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(number) => number.as_i64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// A comma-separated list of numbers.
fn numbers(text: Option<&String>) -> Option<Vec<i64>> {
    text?
        .split(',')
        .map(|part| part.trim().parse().ok())
        .collect()
}

/// Checks that the office offers every one of `services` (ids as given).
fn offered(office: i64, services: &[i64]) -> Result<u32, ZmsError> {
    if office != i64::from(OFFICE_ID) {
        return Err(ZmsError::InvalidLocationAndServiceCombination);
    }
    let [service] = services else {
        return Err(ZmsError::InvalidServiceId);
    };
    SERVICES
        .iter()
        .map(|(id, _)| *id)
        .find(|id| i64::from(*id) == *service)
        .ok_or(ZmsError::InvalidLocationAndServiceCombination)
}

async fn available_calendar(
    Shared(db): Shared<Db>,
    query: Query<std::collections::HashMap<String, String>>,
) -> Answer {
    let date = |name: &str| {
        query
            .get(name)
            .and_then(|text| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
    };
    let start = date("startDate").ok_or(ZmsError::InvalidStartDate)?;
    let end = date("endDate").ok_or(ZmsError::InvalidEndDate)?;
    let office = numbers(query.get("officeIds"))
        .and_then(|ids| ids.first().copied())
        .ok_or(ZmsError::InvalidOfficeId)?;
    let services = numbers(query.get("serviceIds")).ok_or(ZmsError::InvalidServiceId)?;
    let counts = numbers(query.get("serviceCounts")).ok_or(ZmsError::InvalidServiceCount)?;
    if counts.len() != services.len() || counts.iter().any(|count| !(1..=25).contains(count)) {
        return Err(ZmsError::InvalidServiceCount);
    }
    offered(office, &services)?;
    with(&db, |state| {
        let mut days = Vec::new();
        let mut day = start;
        while day <= end && day <= start + Duration::days(365) {
            let slots = state.free_slots(day);
            if !slots.is_empty() {
                days.push(json!({
                    "date": day.to_string(), "providerIDs": OFFICE_ID.to_string(),
                    "offices": [{"officeId": OFFICE_ID.to_string(), "appointments": slots}]
                }));
            }
            day += Duration::days(1);
        }
        Ok(Json(json!({
            "startDate": start.to_string(), "endDate": end.to_string(),
            "slotsStartDate": start.to_string(), "slotsEndDate": end.to_string(),
            "prevBookableDate": null, "nextBookableDate": null, "availableDays": days
        })))
    })
}

async fn reserve(Shared(db): Shared<Db>, body: Body) -> Answer {
    let Json(body) = body.map_err(|_| ZmsError::InvalidRequest)?;
    let office = number(&body["officeId"]).ok_or(ZmsError::InvalidOfficeId)?;
    let services: Vec<i64> = body["serviceId"]
        .as_array()
        .ok_or(ZmsError::InvalidServiceId)?
        .iter()
        .map(number)
        .collect::<Option<_>>()
        .ok_or(ZmsError::InvalidServiceId)?;
    let timestamp = number(&body["timestamp"]).ok_or(ZmsError::InvalidTimestamp)?;
    let service = offered(office, &services)?;
    with(&db, |state| {
        if timestamp <= state.now().timestamp() {
            return Err(ZmsError::InvalidTimestamp);
        }
        state
            .reserve(service, timestamp)
            .map(|process| Json(State::thinned(process)))
    })
}

/// `processId` and `authKey` of a body, checked as ZMS checks them.
fn ids(body: &Value) -> Result<(u64, String), ZmsError> {
    let id = number(&body["processId"])
        .filter(|id| *id >= 1)
        .ok_or(ZmsError::InvalidProcessId)?;
    let key = body["authKey"].as_str().unwrap_or_default();
    let hex = key.bytes().all(|b| b.is_ascii_hexdigit());
    if !(hex && matches!(key.len(), 4 | 64)) {
        return Err(ZmsError::InvalidAuthKey);
    }
    Ok((id as u64, key.to_owned()))
}

/// ZMS's e-mail rule: no whitespace, `@` or `+` in either part, no `..`, no dot at
/// either end of the local part or at the start of the domain, and a top-level
/// domain of at least two characters.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let clean = |part: &str| {
        !part.is_empty() && !part.contains(|c: char| c.is_whitespace() || c == '@' || c == '+')
    };
    let tld_ok = domain
        .rsplit_once('.')
        .is_some_and(|(name, tld)| !name.is_empty() && tld.chars().count() >= 2);
    clean(local)
        && clean(domain)
        && !text.contains("..")
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !domain.starts_with('.')
        && tld_ok
}

/// ZMS's telephone rule: an optional `+`, then 7 to 15 digits.
fn is_telephone(text: &str) -> bool {
    let digits = text.strip_prefix('+').unwrap_or(text);
    (7..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

async fn update(Shared(db): Shared<Db>, body: Body) -> Answer {
    let Json(body) = body.map_err(|_| ZmsError::InvalidRequest)?;
    let (id, key) = ids(&body)?;
    let text = |name: &str| body[name].as_str().unwrap_or_default().trim().to_owned();
    let (family_name, email, telephone) = (text("familyName"), text("email"), text("telephone"));
    with(&db, |state| {
        state.process(id, &key)?;
        if family_name.is_empty() {
            return Err(ZmsError::InvalidFamilyName);
        }
        if !is_email(&email) {
            return Err(ZmsError::InvalidEmail);
        }
        if !telephone.is_empty() && !is_telephone(&telephone) {
            return Err(ZmsError::InvalidTelephone);
        }
        if state.appointments_with_mail(&email, id) >= APPOINTMENTS_PER_MAIL {
            return Err(ZmsError::TooManyAppointmentsWithSameMail);
        }
        let process = state.process(id, &key)?;
        process.family_name = family_name;
        process.email = email;
        process.telephone = telephone;
        Ok(Json(State::thinned(process)))
    })
}

async fn preconfirm(Shared(db): Shared<Db>, body: Body) -> Answer {
    advance(&db, body, Status::Preconfirmed, "activation")
}

async fn confirm(Shared(db): Shared<Db>, body: Body) -> Answer {
    let confirmed = advance(&db, body, Status::Confirmed, "confirmation");
    while db.lock().is_ok_and(|state| state.answers_held) {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    confirmed
}

/// Moves the process of `body` on to `next` (preconfirm: from reserved; confirm: from
/// reserved or preconfirmed, as ZMS allows) and records ZMS's `mail` about it.
fn advance(db: &Db, body: Body, next: Status, mail: &'static str) -> Answer {
    let Json(body) = body.map_err(|_| ZmsError::InvalidRequest)?;
    let (id, key) = ids(&body)?;
    with(db, |state| {
        let now = state.now();
        let process = state.process(id, &key)?;
        match (next, process.status) {
            (Status::Preconfirmed, Status::Reserved) => {}
            (Status::Confirmed, Status::Reserved | Status::Preconfirmed) => {
                process.display_number = Some(format!("T{}", id % 1000));
            }
            (Status::Preconfirmed, _) => return Err(ZmsError::ProcessNotReservedAnymore),
            _ => return Err(ZmsError::ProcessNotPreconfirmedAnymore),
        }
        process.status = next;
        process.since = now;
        let (answer, to) = (State::thinned(process), process.email.clone());
        state.mails.push(Mail {
            to,
            kind: mail,
            process_id: id,
        });
        Ok(Json(answer))
    })
}

async fn cancel(Shared(db): Shared<Db>, body: Body) -> Answer {
    let Json(body) = body.map_err(|_| ZmsError::InvalidRequest)?;
    let (id, key) = ids(&body)?;
    with(&db, |state| {
        let now = state.now().timestamp();
        let process = state.process(id, &key)?;
        if process.timestamp <= now {
            return Err(ZmsError::AppointmentCanNotBeCanceled);
        }
        let mut answer = State::thinned(process);
        answer["status"] = json!("deleted");
        if process.status != Status::Reserved {
            let to = process.email.clone();
            state.mails.push(Mail {
                to,
                kind: "cancellation",
                process_id: id,
            });
        }
        state.processes.remove(&id);
        Ok(Json(answer))
    })
}

async fn appointment(
    Shared(db): Shared<Db>,
    query: Query<std::collections::HashMap<String, String>>,
) -> Answer {
    let body = json!({"processId": query.get("processId"), "authKey": query.get("authKey")});
    let (id, key) = ids(&body)?;
    with(&db, |state| {
        Ok(Json(State::thinned(state.process(id, &key)?)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_and_telephone_follow_zms_rules() {
        assert!(is_email("erika.mustermann@example.org"));
        for wrong in [
            "erika@",
            "erika+kiosk@example.org",
            "erika..m@example.org",
            ".erika@example.org",
            "erika@example.o",
            "erika@.example.org",
            "er ika@example.org",
        ] {
            assert!(!is_email(wrong), "{wrong}");
        }
        assert!(is_telephone("+493311234567") && is_telephone("03311234"));
        assert!(!is_telephone("0331 1234") && !is_telephone("12345"));
    }
}
