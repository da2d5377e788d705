//! The link a citizen takes to their phone to pay a request's fee online: the
//! central's payment page for one request of one station, naming the catalogue service
//! whose fee is due and the request's reference, valid until a set time.
//!
//! Like the upload link ([`crate::upload`]) the station makes it offline and it
//! carries its own proof ([`crate::link`]), under the station's key for payment links:
//! nobody without the station's token can make a link for a cheaper service, another
//! request or a later day. The central takes the amount from its own published
//! catalogue, never from the link.

use uuid::Uuid;

use crate::link::{parse_tag, LinkKey, RequestRef, TAG_LEN};

/// The path every payment link starts with.
pub const PATH_PREFIX: &str = "/zahlung";

/// The path segment after a link that the payment platform sends the citizen back to.
pub const RETURN_SEGMENT: &str = "zurueck";

/// Separates this key from every other use of the token.
const KEY_LABEL: &[u8] = b"buergerkoffer/online-payment/v1";

/// Longest service id and reference a link carries.
const MAX_PART: usize = 64;

/// A station's key for payment links. Its bytes are zeroized when dropped.
pub struct PaymentKey(LinkKey);

impl PaymentKey {
    /// The key of the station holding bearer token `token`.
    pub fn for_token(token: &str) -> Self {
        PaymentKey(LinkKey::for_token(token, KEY_LABEL))
    }

    /// The key of the station whose token has SHA-256 `token_hash` (the central's view).
    pub fn for_token_hash(token_hash: &[u8; 32]) -> Self {
        PaymentKey(LinkKey::for_token_hash(token_hash, KEY_LABEL))
    }
}

/// What a link opens: the payment of the fee of catalogue service `service` for
/// request `request`, whose reference is `reference`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentLink {
    /// Which request of which station, until when.
    pub request: RequestRef,
    /// The catalogue service whose fee is due.
    pub service: String,
    /// The request's reference code (`BK-XXXX-XXXX`), the payment's purpose.
    pub reference: String,
}

impl PaymentLink {
    /// The link for request `item_id` with `reference`, recorded at `recorded_at`,
    /// ordering `service`; valid [`crate::link::VALID_DAYS`].
    pub fn for_request(
        station_id: &str,
        item_id: Uuid,
        recorded_at: chrono::DateTime<chrono::Utc>,
        service: &str,
        reference: &str,
    ) -> Self {
        PaymentLink {
            request: RequestRef::for_request(station_id, item_id, recorded_at),
            service: service.to_owned(),
            reference: reference.to_owned(),
        }
    }

    /// The link's path (after the central's address), signed with `key`:
    /// `/zahlung/{station}/{request}/{service}/{reference}/{expires}/{tag}`.
    pub fn path(&self, key: &PaymentKey) -> String {
        format!(
            "{PATH_PREFIX}/{}/{}/{}/{}/{}/{}",
            self.request.station_id,
            self.request.item_id,
            self.service,
            self.reference,
            self.request.expires.timestamp(),
            key.0.tag(&self.signed_parts())
        )
    }

    /// Reads the six parts of a link's path; `None` when one is not well-formed. The
    /// tag is checked with [`PaymentLink::verifies`] once the station's key is known.
    pub fn parse(
        [station_id, item_id, service, reference, expires, tag]: [&str; 6],
    ) -> Option<(PaymentLink, [u8; TAG_LEN])> {
        let plain = |part: &str| {
            !part.is_empty()
                && part.len() <= MAX_PART
                && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        };
        if !plain(service) || !plain(reference) {
            return None;
        }
        let link = PaymentLink {
            request: RequestRef::parse(station_id, item_id, expires)?,
            service: service.to_owned(),
            reference: reference.to_owned(),
        };
        Some((link, parse_tag(tag)?))
    }

    /// Whether `tag` is `key`'s tag of this link (compared in constant time).
    pub fn verifies(&self, key: &PaymentKey, tag: &[u8; TAG_LEN]) -> bool {
        key.0.verifies(&self.signed_parts(), tag)
    }

    fn signed_parts(&self) -> [Vec<u8>; 4] {
        [
            [self.request.station_id.as_bytes(), &[0]].concat(),
            self.request.item_id.as_bytes().to_vec(),
            format!("{}\0{}\0", self.service, self.reference).into_bytes(),
            self.request.expires.timestamp().to_be_bytes().to_vec(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Duration};
    use sha2::{Digest, Sha256};

    const ITEM: &str = "01890a5d-ac96-774b-bcce-b302099a8057";

    fn link() -> PaymentLink {
        let recorded = DateTime::parse_from_rfc3339("2026-12-03T10:15:30.250Z")
            .unwrap()
            .to_utc();
        PaymentLink::for_request(
            "0193a1c2-0000-7000-8000-000000000001",
            Uuid::parse_str(ITEM).unwrap(),
            recorded,
            "meldebescheinigung",
            "BK-7KQ2-M4XA",
        )
    }

    fn parsed(path: &str) -> Option<(PaymentLink, [u8; TAG_LEN])> {
        let parts: Vec<&str> = path.strip_prefix("/zahlung/")?.split('/').collect();
        PaymentLink::parse(parts.try_into().ok()?)
    }

    #[test]
    fn the_central_verifies_what_the_station_signed() {
        let token = "c2VjcmV0LXRva2VuLW9mLXRoZS1zdGF0aW9u";
        let path = link().path(&PaymentKey::for_token(token));
        assert!(path.contains("/meldebescheinigung/BK-7KQ2-M4XA/"), "{path}");
        let (read, tag) = parsed(&path).unwrap();
        assert_eq!(read, link());
        let central = PaymentKey::for_token_hash(&Sha256::digest(token.as_bytes()).into());
        assert!(read.verifies(&central, &tag));
        assert!(!read.verifies(&PaymentKey::for_token("another token"), &tag));
        let upload = crate::upload::UploadKey::for_token(token);
        let upload_path = crate::upload::UploadLink::for_request(
            &read.request.station_id,
            read.request.item_id,
            read.request.expires - Duration::days(crate::link::VALID_DAYS),
        )
        .path(&upload);
        assert_ne!(
            upload_path.rsplit('/').next(),
            path.rsplit('/').next(),
            "an upload link's tag is no payment link's"
        );
    }

    #[test]
    fn a_changed_link_does_not_verify() {
        let key = PaymentKey::for_token("token");
        let (read, tag) = parsed(&link().path(&key)).unwrap();
        let cheaper = PaymentLink {
            service: "fuehrungszeugnis".into(),
            ..read.clone()
        };
        let other_reference = PaymentLink {
            reference: "BK-AAAA-BBBB".into(),
            ..read.clone()
        };
        let shifted = PaymentLink {
            service: "meldebescheinigungBK".into(),
            reference: "7KQ2-M4XA".into(),
            ..read.clone()
        };
        let mut later = read.clone();
        later.request.expires += Duration::days(30);
        let mut other_request = read;
        other_request.request.item_id = Uuid::now_v7();
        for changed in [cheaper, other_reference, shifted, later, other_request] {
            assert!(!changed.verifies(&key, &tag), "{changed:?}");
        }
    }

    #[test]
    fn malformed_parts_are_refused() {
        let good = link().path(&PaymentKey::for_token("token"));
        let tag = good.rsplit('/').next().unwrap();
        let with = |service: &str, reference: &str| {
            PaymentLink::parse(["s", ITEM, service, reference, "1765000000", tag])
        };
        assert!(with("meldebescheinigung", "BK-7KQ2-M4XA").is_some());
        assert!(with("", "BK-7KQ2-M4XA").is_none());
        assert!(with("melde/bescheinigung", "BK-7KQ2-M4XA").is_none());
        assert!(with("meldebescheinigung", "BK 7KQ2").is_none());
        assert!(with(&"a".repeat(65), "BK-7KQ2-M4XA").is_none());
        assert!(PaymentLink::parse(["s", "no-uuid", "a", "b", "1765000000", tag]).is_none());
        assert!(PaymentLink::parse(["s", ITEM, "a", "b", "1765000000", "short"]).is_none());
    }
}
