//! What the links a citizen takes from a request's receipt to their phone share: each
//! opens a page of the central for one request of one station until a set time, and
//! carries its own proof — an HMAC over its parts under a key both sides derive from
//! the station's bearer token, with a label of each link kind's own ([`crate::upload`],
//! [`crate::payment`]). A link cannot be made for another request, changed or
//! stretched in time without the token; a station whose token IT replaced invalidates
//! the links it handed out before.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::binding::derive_key;

/// How long a link is valid after the request was recorded.
pub const VALID_DAYS: i64 = 14;

/// Bytes of the HMAC a link carries (128 bits).
pub const TAG_LEN: usize = 16;

type HmacSha256 = Hmac<Sha256>;

/// A station's key for one kind of link. Its bytes are zeroized when dropped.
pub struct LinkKey(Zeroizing<[u8; 32]>);

impl LinkKey {
    /// The key labelled `label` of the station holding bearer token `token`.
    pub(crate) fn for_token(token: &str, label: &[u8]) -> Self {
        Self::for_token_hash(&Sha256::digest(token.as_bytes()).into(), label)
    }

    /// The same, from the token's SHA-256 `token_hash` (the central's view).
    pub(crate) fn for_token_hash(token_hash: &[u8; 32], label: &[u8]) -> Self {
        LinkKey(derive_key(token_hash, label))
    }

    fn mac(&self, parts: &[impl AsRef<[u8]>]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(self.0.as_ref()).expect("HMAC takes any key");
        for part in parts {
            mac.update(part.as_ref());
        }
        mac
    }

    /// The tag of `parts`, base64url, as the link's last path segment.
    pub(crate) fn tag(&self, parts: &[impl AsRef<[u8]>]) -> String {
        let tag = self.mac(parts).finalize().into_bytes();
        URL_SAFE_NO_PAD.encode(&tag[..TAG_LEN])
    }

    /// Whether `tag` is this key's tag of `parts` (compared in constant time).
    pub(crate) fn verifies(&self, parts: &[impl AsRef<[u8]>], tag: &[u8; TAG_LEN]) -> bool {
        self.mac(parts).verify_truncated_left(tag).is_ok()
    }
}

/// The part every link names: which request of which station, until when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRef {
    /// The station that recorded the request.
    pub station_id: String,
    /// The request's outbox item id.
    pub item_id: Uuid,
    /// Until when the link is valid (whole seconds).
    pub expires: DateTime<Utc>,
}

impl RequestRef {
    /// Request `item_id` of `station_id` recorded at `recorded_at`, for [`VALID_DAYS`].
    pub fn for_request(station_id: &str, item_id: Uuid, recorded_at: DateTime<Utc>) -> Self {
        let expires = recorded_at + Duration::days(VALID_DAYS);
        RequestRef {
            station_id: station_id.to_owned(),
            item_id,
            expires: DateTime::from_timestamp(expires.timestamp(), 0).unwrap_or(expires),
        }
    }

    /// Reads station, request and expiry from a path; `None` when one is malformed.
    pub(crate) fn parse(station_id: &str, item_id: &str, expires: &str) -> Option<RequestRef> {
        if station_id.is_empty() || station_id.len() > 100 {
            return None;
        }
        Some(RequestRef {
            station_id: station_id.to_owned(),
            item_id: Uuid::parse_str(item_id).ok()?,
            expires: DateTime::from_timestamp(expires.parse().ok()?, 0)?,
        })
    }
}

/// Reads a link's tag segment; `None` when it is not [`TAG_LEN`] bytes of base64url.
pub(crate) fn parse_tag(tag: &str) -> Option<[u8; TAG_LEN]> {
    URL_SAFE_NO_PAD.decode(tag).ok()?.try_into().ok()
}
