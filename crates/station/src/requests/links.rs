//! The links on a request's receipt that take the citizen's phone to a page of the
//! central: the upload page, where they hand in documents for the request
//! ([`syncproto::upload`]), and for a request with a fee the payment page, where they
//! pay it online ([`syncproto::payment`]). Made here, also offline, signed with keys
//! from the station's token, and made again the same for staff who give a citizen a
//! link later; the pages speak the language the citizen used at the kiosk.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::Serialize;
use syncproto::payment::{PaymentKey, PaymentLink};
use syncproto::upload::{UploadKey, UploadLink};
use uuid::Uuid;

use super::Submitted;
use crate::clock::from_stored;
use crate::error::{Result, StationError};
use crate::store::Store;
use crate::sync::enrolment;

/// A page of the central for one request, on the citizen's phone, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PhoneLink {
    /// The page's address.
    pub url: String,
    /// Until when the link is valid.
    pub valid_until: DateTime<Utc>,
}

/// The upload link of `request`, its page in `lang` (a kiosk language tag).
pub fn upload(store: &Store, request: &Submitted, lang: &str) -> Result<PhoneLink> {
    let enrolment = enrolment::require(store)?;
    let link =
        UploadLink::for_request(&enrolment.station_id, item_id(request)?, request.created_at);
    let path = link.path(&UploadKey::for_token(enrolment.token()));
    Ok(phone_link(
        &enrolment.central_url,
        &path,
        lang,
        link.expires,
    ))
}

/// The payment link of `request`, which orders catalogue service `service` with a
/// fee, its page in `lang`.
pub fn payment(store: &Store, request: &Submitted, service: &str, lang: &str) -> Result<PhoneLink> {
    let enrolment = enrolment::require(store)?;
    let link = PaymentLink::for_request(
        &enrolment.station_id,
        item_id(request)?,
        request.created_at,
        service,
        &request.reference,
    );
    let path = link.path(&PaymentKey::for_token(enrolment.token()));
    Ok(phone_link(
        &enrolment.central_url,
        &path,
        lang,
        link.request.expires,
    ))
}

fn item_id(request: &Submitted) -> Result<Uuid> {
    Uuid::parse_str(&request.item_id).map_err(|_| StationError::corrupt("outbox"))
}

fn phone_link(central_url: &str, path: &str, lang: &str, valid_until: DateTime<Utc>) -> PhoneLink {
    PhoneLink {
        url: format!("{}{path}?sprache={lang}", central_url.trim_end_matches('/')),
        valid_until,
    }
}

/// The upload link of the request with code `reference`, its page in `lang`, as the
/// receipt gave it; `None` when no request has that code.
pub fn upload_for(store: &Store, reference: &str, lang: &str) -> Result<Option<PhoneLink>> {
    recorded(store, reference)?
        .map(|request| upload(store, &request, lang))
        .transpose()
}

/// The request with code `reference` as it was recorded; `None` when none has it.
pub fn recorded(store: &Store, reference: &str) -> Result<Option<Submitted>> {
    let row: Option<(String, String)> = store
        .conn()
        .query_row(
            "SELECT outbox_id, created_at FROM requests WHERE reference = ?1",
            [reference],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let Some((item_id, created_at)) = row else {
        return Ok(None);
    };
    Ok(Some(Submitted {
        reference: reference.to_owned(),
        item_id,
        created_at: from_stored(&created_at).map_err(|_| StationError::corrupt("requests"))?,
    }))
}
