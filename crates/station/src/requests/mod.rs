//! Citizen requests ("Anliegen hinterlassen"): topics and their fields, validation,
//! and recording a request together with its outbox item.
//!
//! The station keeps no personal data in clear: name, contact data and free text are
//! sealed to the central's public key ([`syncproto::seal`]) before they are written,
//! and the station cannot open them again. What stays readable here is the reference
//! code, the topic, the place and the time. A station must therefore be enrolled
//! (have the central's key) before it accepts requests: until then [`submit`] fails
//! with [`StationError::NotEnrolled`].

pub mod links;
pub mod paid;
pub mod problems;
mod reference;
pub mod topics;
pub mod validate;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use syncproto::appointments::Booked;
use syncproto::{ItemKind, ItemMeta, ValidItem};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::clock::{day_start, from_stored, to_stored};
use crate::error::{Result, StationError};
use crate::outbox::{self, storage_error};
use crate::plan;
use crate::store::Store;
use crate::sync::enrolment;

pub use problems::{FieldProblem, FieldProblems};
pub use topics::{booking, topic, topics, Field, FieldKind, Topic};

/// What the kiosk, the staff window or `bk request add` hand in.
#[derive(Debug, Clone)]
pub struct Submission {
    /// Topic id, e.g. `rueckruf`.
    pub topic: String,
    /// Language the citizen used (`de`, `en`, …), so the answer can be in it.
    pub lang: String,
    /// Field values by name; empty ones count as not given.
    pub fields: BTreeMap<String, String>,
    /// The citizen consented to the privacy notice.
    pub consent: bool,
    /// The service and time a booking is for (topic `terminbuchung`).
    pub appointment: Option<AppointmentChoice>,
}

/// The service and time a citizen chose for an appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentChoice {
    /// The catalogue service.
    pub service: String,
    /// The time.
    pub time: DateTime<Utc>,
}

/// A recorded request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Submitted {
    /// The code the citizen keeps, `BK-XXXX-XXXX`.
    pub reference: String,
    /// The outbox item's id (UUIDv7).
    pub item_id: String,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
}

/// Checks `submission` and records it with its outbox item in one transaction.
///
/// Errors: [`StationError::UnknownTopic`], [`StationError::RequestInvalid`] (every
/// field problem at once), [`StationError::ConsentRequired`],
/// [`StationError::NotEnrolled`], [`StationError::NoStationSelected`],
/// [`StationError::DiskFull`] (nothing of the request stored).
pub fn submit(store: &Store, now: DateTime<Utc>, submission: &Submission) -> Result<Submitted> {
    let prepared = prepare(store, now, submission)?;
    record(store, &prepared)
}

/// A checked request, sealed, with its reference, not yet recorded: a booking is sent
/// to the central first and recorded afterwards ([`record`]).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The sealed item.
    pub item: ValidItem,
    /// The code the citizen keeps.
    pub reference: String,
}

/// Checks `submission` and seals it with a reference no earlier request has; the
/// errors of [`submit`] but `DiskFull`.
pub fn prepare(store: &Store, now: DateTime<Utc>, submission: &Submission) -> Result<Prepared> {
    let topic = topic(&submission.topic)
        .ok_or_else(|| StationError::UnknownTopic(submission.topic.clone()))?;
    let fields = validate::validate(topic, &submission.fields)
        .map_err(|fields| StationError::RequestInvalid { fields })?;
    if !submission.consent {
        return Err(StationError::ConsentRequired);
    }
    check_lang(&submission.lang)?;
    let seal_target = enrolment::seal_target(store)?;
    let station = plan::selected_id(store)?.ok_or(StationError::NoStationSelected)?;

    let id = Uuid::now_v7();
    let created_at = to_stored(now);
    let reference = unused_reference(store.conn())?;
    // The sealed personal part; only the central can open it.
    let mut content = serde_json::json!({
        "reference": reference,
        "topic": topic.id,
        "lang": submission.lang,
        "station": station,
        "createdAt": created_at,
        "consent": true,
        "fields": fields,
    });
    if let Some(choice) = &submission.appointment {
        content["appointment"] = serde_json::json!({
            "service": choice.service,
            "time": to_stored(choice.time),
        });
    }
    let plaintext = Zeroizing::new(content.to_string());
    let (sealed, binding) = seal_target.seal(&id, ItemKind::Request, plaintext.as_bytes())?;
    Ok(Prepared {
        item: ValidItem {
            id,
            kind: ItemKind::Request,
            created_at: now,
            meta: ItemMeta {
                service: topic
                    .service
                    .map(str::to_owned)
                    .or_else(|| submission.appointment.as_ref().map(|c| c.service.clone())),
                topic: topic.id.to_owned(),
                station,
            },
            sealed,
            binding: Some(binding),
        },
        reference,
    })
}

/// Records a prepared request with its outbox item in one transaction, which wakes
/// nothing: the caller wakes the sync. Errors: [`StationError::DiskFull`].
pub fn record(store: &Store, prepared: &Prepared) -> Result<Submitted> {
    record_with(store, prepared, None)
}

/// Records a prepared booking with its outbox item and the appointment the central
/// booked for it, in one transaction; errors as [`record`].
pub fn record_booked(store: &Store, prepared: &Prepared, booked: &Booked) -> Result<Submitted> {
    record_with(store, prepared, Some(booked))
}

fn record_with(store: &Store, prepared: &Prepared, booked: Option<&Booked>) -> Result<Submitted> {
    let item = &prepared.item;
    let tx = store.write_transaction()?;
    let write = || -> Result<()> {
        outbox::enqueue(&tx, item)?;
        tx.execute(
            "INSERT INTO requests (reference, outbox_id, topic, station_id, created_at, service)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                prepared.reference,
                item.id_text(),
                item.meta.topic,
                item.meta.station,
                to_stored(item.created_at),
                item.meta.service
            ],
        )?;
        if let Some(booked) = booked {
            let time = DateTime::from_timestamp(booked.time, 0)
                .ok_or_else(|| StationError::corrupt("booked_appointments"))?;
            tx.execute(
                "INSERT INTO booked_appointments (reference, time, office, number)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    prepared.reference,
                    to_stored(time),
                    booked.office,
                    booked.number
                ],
            )?;
        }
        Ok(())
    };
    write().map_err(|e| match e {
        StationError::Database(e) => storage_error(store, e),
        other => other,
    })?;
    tx.commit().map_err(|e| storage_error(store, e))?;
    Ok(Submitted {
        reference: prepared.reference.clone(),
        item_id: item.id_text(),
        created_at: item.created_at,
    })
}

/// A request recorded on a day, as staff see it in the day's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayRequest {
    /// The code the citizen keeps.
    pub reference: String,
    /// The topic.
    pub topic: String,
    /// The catalogue service it is about, if any.
    pub service: Option<String>,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// The appointment booked for it, if the central booked one at once.
    pub appointment: Option<DayAppointment>,
    /// When its fee was paid, as the central reported it.
    pub paid: Option<DayPayment>,
}

/// A fee paid, as the central reported it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DayPayment {
    /// When the payment was recorded.
    pub at: DateTime<Utc>,
    /// Paid online on the city's payment platform (else recorded by the cash office).
    pub online: bool,
}

/// An appointment in the day's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayAppointment {
    /// Its time.
    pub time: DateTime<Utc>,
    /// The office.
    pub office: String,
    /// Its number.
    pub number: String,
}

/// The requests recorded on local day `day`, in the order they were recorded.
pub fn of_day(store: &Store, day: NaiveDate) -> Result<Vec<DayRequest>> {
    let from = to_stored(day_start(day));
    let until = to_stored(day_start(day + chrono::Days::new(1)));
    let mut statement = store.conn().prepare(
        "SELECT r.reference, r.topic, r.service, r.created_at, b.time, b.office, b.number,
                r.paid_at, r.paid_online
         FROM requests r LEFT JOIN booked_appointments b ON b.reference = r.reference
         WHERE r.created_at >= ?1 AND r.created_at < ?2
         ORDER BY r.created_at, r.reference",
    )?;
    let rows = statement.query_map(params![from, until], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Option<String>>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, Option<String>>(4)?,
            row.get::<_, Option<String>>(5)?,
            row.get::<_, Option<String>>(6)?,
            row.get::<_, Option<String>>(7)?,
            row.get::<_, bool>(8)?,
        ))
    })?;
    let instant = |text: &str| from_stored(text).map_err(|_| StationError::corrupt("requests"));
    let mut requests = Vec::new();
    for row in rows {
        let (reference, topic, service, created_at, time, office, number, paid_at, online) = row?;
        let appointment = match (time, office, number) {
            (Some(time), Some(office), Some(number)) => Some(DayAppointment {
                time: instant(&time)?,
                office,
                number,
            }),
            _ => None,
        };
        requests.push(DayRequest {
            reference,
            topic,
            service,
            created_at: instant(&created_at)?,
            appointment,
            paid: paid_at
                .map(|at| {
                    Ok::<_, StationError>(DayPayment {
                        at: instant(&at)?,
                        online,
                    })
                })
                .transpose()?,
        });
    }
    Ok(requests)
}

/// A reference code no earlier request has.
fn unused_reference(conn: &rusqlite::Connection) -> Result<String> {
    loop {
        let candidate = reference::generate()?;
        let taken = conn
            .query_row(
                "SELECT 1 FROM requests WHERE reference = ?1",
                [&candidate],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if !taken {
            return Ok(candidate);
        }
    }
}

/// A language tag like `de`, `en`, `uk` or `de-x-ls` (Leichte Sprache).
fn check_lang(lang: &str) -> Result<()> {
    let valid = (2..=20).contains(&lang.len())
        && lang.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && lang.as_bytes()[..2].iter().all(u8::is_ascii_lowercase);
    if valid {
        Ok(())
    } else {
        Err(StationError::UnknownLanguage(lang.to_owned()))
    }
}
