//! What the double's ZMS holds: one office with its scope (hold times, which contact
//! fields it asks), its services, the bookable slots, the processes made on them, the
//! mails ZMS would send, and a clock the test moves.
//!
//! Expiry works as ZMS's minutely cron jobs do: a process still `reserved` after the
//! scope's `reservationDuration`, or still `preconfirmed` after its
//! `activationDuration`, is deleted, and its slot is free again.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use serde_json::{json, Value};

use crate::errors::ZmsError;

/// The office's id.
pub const OFFICE_ID: u32 = 10_470;
/// The office's name.
pub const OFFICE_NAME: &str = "Bürgerservicecenter Potsdam";
/// Minutes a reservation is held before it must be preconfirmed.
pub const RESERVATION_MINUTES: i64 = 15;
/// Minutes a preconfirmed appointment waits for its confirmation.
pub const ACTIVATION_MINUTES: i64 = 60;
/// Appointments one e-mail address may hold.
pub const APPOINTMENTS_PER_MAIL: usize = 2;
/// How many days ahead slots are offered.
const DAYS_AHEAD: i64 = 28;
/// Slot times (UTC) of a working day.
const SLOT_HOURS: [(u32, u32); 6] = [(7, 0), (7, 30), (8, 0), (8, 30), (9, 0), (9, 30)];

/// A service of the office: id and name.
pub const SERVICES: [(u32, &str); 3] = [
    (10_010, "Personalausweis beantragen"),
    (10_020, "PIN-Rücksetzbrief / Online-Ausweisfunktion"),
    (10_030, "Meldebescheinigung"),
];

/// A process's state, as ZMS names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Held for the citizen while they give their details.
    Reserved,
    /// The citizen's details are in; ZMS mailed the activation link.
    Preconfirmed,
    /// Booked.
    Confirmed,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Reserved => "reserved",
            Status::Preconfirmed => "preconfirmed",
            Status::Confirmed => "confirmed",
        }
    }
}

/// An appointment process.
#[derive(Debug, Clone)]
pub struct Process {
    /// `processId`.
    pub id: u64,
    /// `authKey`: 64 hexadecimal characters.
    pub auth_key: String,
    /// The service booked.
    pub service: u32,
    /// The slot, Unix seconds.
    pub timestamp: i64,
    /// Its state.
    pub status: Status,
    /// When its current state began (for the hold times).
    pub since: DateTime<Utc>,
    /// The citizen's name.
    pub family_name: String,
    /// The citizen's e-mail address.
    pub email: String,
    /// The citizen's telephone number.
    pub telephone: String,
    /// The number shown at the office once confirmed.
    pub display_number: Option<String>,
}

/// A mail ZMS would have sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// The address.
    pub to: String,
    /// `activation`, `confirmation` or `cancellation`.
    pub kind: &'static str,
    /// The process it is about.
    pub process_id: u64,
}

/// The double's state.
#[derive(Debug, Default)]
pub struct State {
    /// Seconds the test moved the clock forward.
    pub offset: i64,
    /// Processes by id.
    pub processes: BTreeMap<u64, Process>,
    /// Slots booked by others (outside this API), Unix seconds.
    pub taken: BTreeSet<i64>,
    /// Mails sent.
    pub mails: Vec<Mail>,
    /// Whether confirmations keep their answer back (the test's hook: the booking is
    /// made, the caller does not hear of it yet).
    pub answers_held: bool,
    /// The last process id given out.
    last_id: u64,
}

impl State {
    /// The double's now.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::seconds(self.offset)
    }

    /// Deletes the processes whose hold ran out, as ZMS's cron jobs do.
    pub fn expire(&mut self) {
        let now = self.now();
        self.processes.retain(|_, process| match process.status {
            Status::Reserved => now - process.since < Duration::minutes(RESERVATION_MINUTES),
            Status::Preconfirmed => now - process.since < Duration::minutes(ACTIVATION_MINUTES),
            Status::Confirmed => true,
        });
    }

    /// The slots of `day` (Unix seconds) that are free now.
    pub fn free_slots(&self, day: NaiveDate) -> Vec<i64> {
        let now = self.now().timestamp();
        let first = self.now().date_naive() + Duration::days(1);
        if day < first
            || day > first + Duration::days(DAYS_AHEAD)
            || matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
        {
            return Vec::new();
        }
        SLOT_HOURS
            .iter()
            .filter_map(|(hour, minute)| NaiveTime::from_hms_opt(*hour, *minute, 0))
            .map(|time| day.and_time(time).and_utc().timestamp())
            .filter(|slot| *slot > now && self.is_free(*slot))
            .collect()
    }

    /// Whether nobody holds slot `timestamp`.
    fn is_free(&self, timestamp: i64) -> bool {
        !self.taken.contains(&timestamp)
            && !self
                .processes
                .values()
                .any(|process| process.timestamp == timestamp)
    }

    /// Reserves slot `timestamp` for `service`.
    pub fn reserve(&mut self, service: u32, timestamp: i64) -> Result<&Process, ZmsError> {
        let day = DateTime::from_timestamp(timestamp, 0)
            .ok_or(ZmsError::InvalidTimestamp)?
            .date_naive();
        if !self.free_slots(day).contains(&timestamp) {
            return Err(ZmsError::AppointmentNotAvailable);
        }
        self.last_id += 1;
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|_| ZmsError::InvalidRequest)?;
        let process = Process {
            id: 100_000 + self.last_id,
            auth_key: hex::encode(key),
            service,
            timestamp,
            status: Status::Reserved,
            since: self.now(),
            family_name: String::new(),
            email: String::new(),
            telephone: String::new(),
            display_number: None,
        };
        let id = process.id;
        self.processes.insert(id, process);
        Ok(&self.processes[&id])
    }

    /// The process `id` if `auth_key` is its key.
    pub fn process(&mut self, id: u64, auth_key: &str) -> Result<&mut Process, ZmsError> {
        let process = self
            .processes
            .get_mut(&id)
            .ok_or(ZmsError::AppointmentNotFound)?;
        if process.auth_key != auth_key {
            return Err(ZmsError::AuthKeyMismatch);
        }
        Ok(process)
    }

    /// How many appointments (preconfirmed or confirmed) other than `except` use `email`.
    pub fn appointments_with_mail(&self, email: &str, except: u64) -> usize {
        self.processes
            .values()
            .filter(|process| process.id != except && process.status != Status::Reserved)
            .filter(|process| process.email.eq_ignore_ascii_case(email))
            .count()
    }

    /// The scope as the citizen API shows it.
    pub fn scope() -> Value {
        json!({
            "id": 470, "shortName": "BSC",
            "provider": {"id": OFFICE_ID, "name": OFFICE_NAME, "source": "zms"},
            "emailFrom": "terminvereinbarung@potsdam.example", "emailRequired": true,
            "telephoneActivated": true, "telephoneRequired": false,
            "customTextfieldActivated": false, "customTextfieldRequired": false,
            "customTextfield2Activated": false, "customTextfield2Required": false,
            "captchaActivatedRequired": false, "appointmentsPerMail": APPOINTMENTS_PER_MAIL.to_string(),
            "reservationDuration": RESERVATION_MINUTES, "activationDuration": ACTIVATION_MINUTES
        })
    }

    /// A process as the citizen API answers it (`thinnedProcess`; `timestamp` is a string).
    pub fn thinned(process: &Process) -> Value {
        let service_name = SERVICES
            .iter()
            .find(|(id, _)| *id == process.service)
            .map_or("", |(_, name)| name);
        json!({
            "processId": process.id, "timestamp": process.timestamp.to_string(),
            "authKey": process.auth_key, "familyName": process.family_name,
            "customTextfield": "", "customTextfield2": "", "email": process.email,
            "telephone": process.telephone, "officeName": OFFICE_NAME, "officeId": OFFICE_ID,
            "scope": State::scope(), "subRequestCounts": [], "serviceId": process.service,
            "serviceName": service_name, "serviceCount": 1, "status": process.status.as_str(),
            "captchaToken": null, "slotCount": 1, "displayNumber": process.display_number,
            "icsContent": null
        })
    }
}
