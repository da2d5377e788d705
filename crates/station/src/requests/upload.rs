//! The link on a request's receipt that takes the citizen's phone to the central's
//! upload page, where they hand in documents for the request ([`syncproto::upload`]):
//! made here, also offline, signed with a key from the station's token, and made
//! again the same for staff who give a citizen the link later; the page speaks the
//! language the citizen used at the kiosk.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::Serialize;
use syncproto::upload::{UploadKey, UploadLink};
use uuid::Uuid;

use super::Submitted;
use crate::clock::from_stored;
use crate::error::{Result, StationError};
use crate::store::Store;
use crate::sync::enrolment;

/// Where the citizen hands in documents for a request, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UploadOffer {
    /// The central's upload page for the request.
    pub url: String,
    /// Until when the link is valid.
    pub valid_until: DateTime<Utc>,
}

/// The upload link of `request`, its page in `lang` (a kiosk language tag).
pub fn offer(store: &Store, request: &Submitted, lang: &str) -> Result<UploadOffer> {
    let enrolment = enrolment::require(store)?;
    let item_id = Uuid::parse_str(&request.item_id).map_err(|_| StationError::corrupt("outbox"))?;
    let link = UploadLink::for_request(&enrolment.station_id, item_id, request.created_at);
    let path = link.path(&UploadKey::for_token(enrolment.token()));
    Ok(UploadOffer {
        url: format!(
            "{}{path}?sprache={lang}",
            enrolment.central_url.trim_end_matches('/')
        ),
        valid_until: link.expires,
    })
}

/// The upload link of the request with code `reference`, its page in `lang`, as the
/// receipt gave it; `None` when no request has that code.
pub fn offer_for(store: &Store, reference: &str, lang: &str) -> Result<Option<UploadOffer>> {
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
    let request = Submitted {
        reference: reference.to_owned(),
        item_id,
        created_at: from_stored(&created_at).map_err(|_| StationError::corrupt("requests"))?,
    };
    offer(store, &request, lang).map(Some)
}
