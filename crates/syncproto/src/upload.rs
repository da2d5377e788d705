//! The link a citizen takes to their phone to hand in documents for a request: the
//! central's upload page for one request of one station, valid until a set time.
//!
//! The station makes the link when it records the request, also offline; the central
//! must accept it before the request itself has arrived. So the link carries its own
//! proof ([`crate::link`]): an HMAC over station, request and expiry under the
//! station's key for upload links.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::link::{parse_tag, LinkKey, RequestRef, TAG_LEN};

pub use crate::link::VALID_DAYS;

/// The path every upload link starts with.
pub const PATH_PREFIX: &str = "/unterlagen";

/// Separates this key from every other use of the token.
const KEY_LABEL: &[u8] = b"buergerkoffer/document-upload/v1";

/// A station's key for upload links. Its bytes are zeroized when dropped.
pub struct UploadKey(LinkKey);

impl UploadKey {
    /// The key of the station holding bearer token `token`.
    pub fn for_token(token: &str) -> Self {
        UploadKey(LinkKey::for_token(token, KEY_LABEL))
    }

    /// The key of the station whose token has SHA-256 `token_hash` (the central's view).
    pub fn for_token_hash(token_hash: &[u8; 32]) -> Self {
        UploadKey(LinkKey::for_token_hash(token_hash, KEY_LABEL))
    }
}

/// What a link opens: the upload page for request `item_id` of station `station_id`,
/// until `expires`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadLink {
    /// The station that recorded the request.
    pub station_id: String,
    /// The request's outbox item id.
    pub item_id: Uuid,
    /// Until when the link is valid (whole seconds).
    pub expires: DateTime<Utc>,
}

impl UploadLink {
    /// The link for request `item_id` recorded at `recorded_at`, valid [`VALID_DAYS`].
    pub fn for_request(station_id: &str, item_id: Uuid, recorded_at: DateTime<Utc>) -> Self {
        Self::of(RequestRef::for_request(station_id, item_id, recorded_at))
    }

    fn of(request: RequestRef) -> Self {
        UploadLink {
            station_id: request.station_id,
            item_id: request.item_id,
            expires: request.expires,
        }
    }

    /// The link's path (after the central's address), signed with `key`:
    /// `/unterlagen/{station}/{request}/{expires}/{tag}`.
    pub fn path(&self, key: &UploadKey) -> String {
        format!(
            "{PATH_PREFIX}/{}/{}/{}/{}",
            self.station_id,
            self.item_id,
            self.expires.timestamp(),
            key.0.tag(&self.signed_parts())
        )
    }

    /// Reads the four parts of a link's path; `None` when one is not well-formed. The
    /// tag is checked with [`UploadLink::verifies`] once the station's key is known.
    pub fn parse(
        station_id: &str,
        item_id: &str,
        expires: &str,
        tag: &str,
    ) -> Option<(UploadLink, [u8; TAG_LEN])> {
        let request = RequestRef::parse(station_id, item_id, expires)?;
        Some((Self::of(request), parse_tag(tag)?))
    }

    /// Whether `tag` is `key`'s tag of this link (compared in constant time).
    pub fn verifies(&self, key: &UploadKey, tag: &[u8; TAG_LEN]) -> bool {
        key.0.verifies(&self.signed_parts(), tag)
    }

    fn signed_parts(&self) -> [Vec<u8>; 3] {
        [
            [self.station_id.as_bytes(), &[0]].concat(),
            self.item_id.as_bytes().to_vec(),
            self.expires.timestamp().to_be_bytes().to_vec(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;
    use sha2::{Digest, Sha256};

    fn link() -> UploadLink {
        let recorded = DateTime::parse_from_rfc3339("2026-12-03T10:15:30.250Z")
            .unwrap()
            .to_utc();
        UploadLink::for_request(
            "0193a1c2-0000-7000-8000-000000000001",
            Uuid::parse_str("01890a5d-ac96-774b-bcce-b302099a8057").unwrap(),
            recorded,
        )
    }

    fn parsed(path: &str) -> Option<(UploadLink, [u8; TAG_LEN])> {
        let parts: Vec<&str> = path.strip_prefix("/unterlagen/")?.split('/').collect();
        let [station, item, expires, tag] = parts.as_slice() else {
            return None;
        };
        UploadLink::parse(station, item, expires, tag)
    }

    #[test]
    fn the_central_verifies_what_the_station_signed() {
        let token = "c2VjcmV0LXRva2VuLW9mLXRoZS1zdGF0aW9u";
        let path = link().path(&UploadKey::for_token(token));
        assert_eq!(
            link().expires.to_rfc3339(),
            "2026-12-17T10:15:30+00:00",
            "valid 14 days, whole seconds"
        );
        let (read, tag) = parsed(&path).unwrap();
        assert_eq!(read, link());
        let central = UploadKey::for_token_hash(&Sha256::digest(token.as_bytes()).into());
        assert!(read.verifies(&central, &tag));
        assert!(!read.verifies(&UploadKey::for_token("another token"), &tag));
    }

    #[test]
    fn a_changed_link_does_not_verify() {
        let key = UploadKey::for_token("token");
        let path = link().path(&key);
        let (read, tag) = parsed(&path).unwrap();
        let later = UploadLink {
            expires: read.expires + Duration::days(30),
            ..read.clone()
        };
        let other_request = UploadLink {
            item_id: Uuid::now_v7(),
            ..read.clone()
        };
        let other_station = UploadLink {
            station_id: "another-station".into(),
            ..read
        };
        for changed in [later, other_request, other_station] {
            assert!(!changed.verifies(&key, &tag), "{changed:?}");
        }
    }

    #[test]
    fn malformed_parts_are_refused() {
        let good = link().path(&UploadKey::for_token("token"));
        assert!(parsed(&good).is_some());
        let tag = good.rsplit('/').next().unwrap();
        let item = "01890a5d-ac96-774b-bcce-b302099a8057";
        assert!(UploadLink::parse("s", "not-a-uuid", "1765000000", tag).is_none());
        assert!(UploadLink::parse("s", item, "soon", tag).is_none());
        assert!(UploadLink::parse("s", item, "1765000000", "short").is_none());
        assert!(UploadLink::parse("", item, "1765000000", tag).is_none());
        assert!(UploadLink::parse(&"s".repeat(101), item, "1765000000", tag).is_none());
    }
}
