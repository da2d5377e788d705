//! The adapter for ZMS's citizen API (`zmscitizenapi` of `it-at-m/eappointment`, the
//! routes of tag 2.25.00-muc47): `GET offices-and-services/`, `GET
//! available-calendar/`, `POST reserve-appointment/`, then `update-appointment/`,
//! `preconfirm-appointment/` and `confirm-appointment/`, `cancel-appointment/`, and
//! `GET appointment/` (where a process stands).
//!
//! ZMS answers errors as `{"errors":[{"errorCode", "statusCode", …}]}`; the codes that
//! mean something to the citizen become [`AppointmentError`] variants. A slot taken
//! between ZMS's check and its reservation comes back as an unmapped 404
//! (`unknownError`), which counts as taken too.

use std::time::Duration;

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::{
    AppointmentError, Booking, Citizen, ContactField, Offer, Office, Progress, Reservation, Service,
};

/// How long one call may take.
const TIMEOUT: Duration = Duration::from_secs(20);

/// A client of one ZMS citizen API.
#[derive(Debug, Clone)]
pub struct Zms {
    base: String,
    http: reqwest::Client,
}

impl Zms {
    /// A client of the API at `base_url`, e.g.
    /// `https://termine.example/terminvereinbarung/api/citizen`.
    pub fn new(base_url: &str) -> Result<Zms, AppointmentError> {
        let http = crate::outbound::client(TIMEOUT)
            .map_err(|error| AppointmentError::Unreachable(error.to_string()))?;
        Ok(Zms {
            base: base_url.trim_end_matches('/').to_owned(),
            http,
        })
    }

    /// The offices, services and which office offers which.
    pub async fn offer(&self) -> Result<Offer, AppointmentError> {
        let answer = self.get("offices-and-services/", &[]).await?;
        let list = |key: &str| answer[key].as_array().cloned().unwrap_or_default();
        let named = |entry: &Value| {
            Some((
                u32::try_from(entry["id"].as_u64()?).ok()?,
                entry["name"].as_str().unwrap_or_default().to_owned(),
            ))
        };
        Ok(Offer {
            offices: list("offices")
                .iter()
                .filter_map(named)
                .map(|(id, name)| Office { id, name })
                .collect(),
            services: list("services")
                .iter()
                .filter_map(named)
                .map(|(id, name)| Service { id, name })
                .collect(),
            relations: list("relations")
                .iter()
                .filter_map(|relation| {
                    Some((
                        u32::try_from(relation["officeId"].as_u64()?).ok()?,
                        u32::try_from(relation["serviceId"].as_u64()?).ok()?,
                    ))
                })
                .collect(),
        })
    }

    /// The free times (Unix seconds, ascending) of `service` at `office` from `from` to
    /// `to` (both days included).
    pub async fn free_times(
        &self,
        office: u32,
        service: u32,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<i64>, AppointmentError> {
        let (from, to) = (from.to_string(), to.to_string());
        let (office, service) = (office.to_string(), service.to_string());
        let answer = self
            .get(
                "available-calendar/",
                &[
                    ("startDate", from.as_str()),
                    ("endDate", to.as_str()),
                    ("officeIds", office.as_str()),
                    ("serviceIds", service.as_str()),
                    ("serviceCounts", "1"),
                ],
            )
            .await?;
        let mut times: Vec<i64> = answer["availableDays"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|day| day["offices"].as_array().cloned().unwrap_or_default())
            .filter(|entry| entry["officeId"].as_str() == Some(office.as_str()))
            .flat_map(|entry| {
                entry["appointments"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
            })
            .filter_map(|time| time.as_i64())
            .collect();
        times.sort_unstable();
        Ok(times)
    }

    /// Holds `timestamp` for `service` at `office`.
    pub async fn reserve(
        &self,
        office: u32,
        service: u32,
        timestamp: i64,
    ) -> Result<Reservation, AppointmentError> {
        let body = json!({"officeId": office, "serviceId": [service], "serviceCount": [1],
                          "timestamp": timestamp});
        let answer =
            self.post("reserve-appointment/", &body)
                .await
                .map_err(|error| match error {
                    // Taken between ZMS's own check and its reservation: an unmapped 404.
                    AppointmentError::Refused { status: 404, .. } => AppointmentError::SlotTaken,
                    other => other,
                })?;
        let (process_id, auth_key) = process_ids(&answer)?;
        Ok(Reservation {
            process_id,
            auth_key,
            timestamp,
            hold_minutes: answer["scope"]["reservationDuration"].as_i64(),
        })
    }

    /// Completes `reservation` for `citizen`: their details, then preconfirmation (ZMS
    /// mails the activation link) and confirmation (ZMS mails the appointment).
    pub async fn complete(
        &self,
        reservation: &Reservation,
        citizen: &Citizen,
    ) -> Result<Booking, AppointmentError> {
        let ids = json!({"processId": reservation.process_id, "authKey": reservation.auth_key});
        let mut details = ids.clone();
        details["familyName"] = json!(citizen.name);
        details["email"] = json!(citizen.email);
        details["telephone"] = json!(citizen
            .telephone
            .as_deref()
            .map_or_else(String::new, digits));
        self.post("update-appointment/", &details).await?;
        self.post("preconfirm-appointment/", &ids).await?;
        self.confirm(reservation).await
    }

    /// Confirms `reservation`, whose details are in and which is preconfirmed.
    pub async fn confirm(&self, reservation: &Reservation) -> Result<Booking, AppointmentError> {
        let ids = json!({"processId": reservation.process_id, "authKey": reservation.auth_key});
        let confirmed = self.post("confirm-appointment/", &ids).await?;
        Ok(booking(reservation, &confirmed))
    }

    /// Where the process of `reservation` stands (`GET appointment/`).
    pub async fn progress(&self, reservation: &Reservation) -> Result<Progress, AppointmentError> {
        let id = reservation.process_id.to_string();
        let query = [
            ("processId", id.as_str()),
            ("authKey", reservation.auth_key.as_str()),
        ];
        let process = match self.get("appointment/", &query).await {
            Ok(process) => process,
            Err(AppointmentError::ReservationExpired) => return Ok(Progress::Gone),
            Err(error) => return Err(error),
        };
        Ok(match process["status"].as_str().unwrap_or_default() {
            "reserved" => Progress::Reserved,
            "preconfirmed" => Progress::Preconfirmed,
            // Given back (by the citizen's cancellation link, or a clerk).
            "deleted" => Progress::Gone,
            // Confirmed, and what an appointment becomes at the office.
            "confirmed" | "queued" | "called" | "processing" | "pending" | "pickup"
            | "finished" | "missed" | "parked" | "archived" | "anonymized" => {
                Progress::Booked(booking(reservation, &process))
            }
            // Not knowing is not "gone": the booking begun is kept and asked about again.
            other => {
                return Err(AppointmentError::Unreachable(format!(
                    "Vorgang mit unbekanntem Status {other:?}"
                )))
            }
        })
    }

    /// Cancels the process `process_id` (a reservation or a booking).
    pub async fn cancel(&self, process_id: u64, auth_key: &str) -> Result<(), AppointmentError> {
        self.post(
            "cancel-appointment/",
            &json!({"processId": process_id, "authKey": auth_key}),
        )
        .await
        .map(drop)
    }

    async fn get(&self, path: &str, query: &[(&str, &str)]) -> Result<Value, AppointmentError> {
        let request = self.http.get(format!("{}/{path}", self.base)).query(query);
        answer(request.send().await).await
    }

    async fn post(&self, path: &str, body: &Value) -> Result<Value, AppointmentError> {
        let request = self.http.post(format!("{}/{path}", self.base)).json(body);
        answer(request.send().await).await
    }
}

/// The booking of `reservation` as ZMS describes its process in `process`.
fn booking(reservation: &Reservation, process: &Value) -> Booking {
    Booking {
        process_id: reservation.process_id,
        auth_key: reservation.auth_key.clone(),
        timestamp: reservation.timestamp,
        office: process["officeName"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        display_number: process["displayNumber"].as_str().map(str::to_owned),
    }
}

/// `processId` and `authKey` of a process answer.
fn process_ids(answer: &Value) -> Result<(u64, String), AppointmentError> {
    match (answer["processId"].as_u64(), answer["authKey"].as_str()) {
        (Some(id), Some(key)) => Ok((id, key.to_owned())),
        _ => Err(AppointmentError::Unreachable(
            "Antwort ohne processId oder authKey".into(),
        )),
    }
}

/// The JSON of a successful answer, or the error it carries.
async fn answer(
    sent: Result<reqwest::Response, reqwest::Error>,
) -> Result<Value, AppointmentError> {
    let response = sent.map_err(|error| AppointmentError::Unreachable(error.to_string()))?;
    let status = response.status().as_u16();
    let body: Value = response
        .json()
        .await
        .map_err(|error| AppointmentError::Unreachable(error.to_string()))?;
    if (200..300).contains(&status) {
        return Ok(body);
    }
    let code = body["errors"][0]["errorCode"]
        .as_str()
        .unwrap_or("unknownError")
        .to_owned();
    Err(match code.as_str() {
        "appointmentNotAvailable" => AppointmentError::SlotTaken,
        "appointmentNotFound" | "processNotReservedAnymore" | "processNotPreconfirmedAnymore" => {
            AppointmentError::ReservationExpired
        }
        "invalidFamilyName" => AppointmentError::Contact(ContactField::Name),
        "invalidEmail" | "emailIsRequired" => AppointmentError::Contact(ContactField::Email),
        "invalidTelephone" => AppointmentError::Contact(ContactField::Telephone),
        "tooManyAppointmentsWithSameMail" => AppointmentError::TooManyWithSameMail,
        "appointmentCanNotBeCanceled" => AppointmentError::NotCancellable,
        _ if status >= 500 => AppointmentError::Unreachable(format!("{code} (HTTP {status})")),
        _ => AppointmentError::Refused { code, status },
    })
}

/// A telephone number as ZMS takes it (an optional `+`, then digits): without the
/// spaces, slashes, dashes, dots and brackets people write between the digits.
fn digits(telephone: &str) -> String {
    telephone
        .chars()
        .filter(|c| !matches!(c, ' ' | '/' | '-' | '.' | '(' | ')'))
        .collect()
}
