//! The station's tag on an item it sealed: HMAC-SHA256 over the item's id, kind,
//! sealing station and sealed blob, under a key both sides derive from the station's
//! bearer token (the station from the token it keeps, the central from the token's
//! SHA-256, which is what it stores).
//!
//! It lets the central accept an item as sealed by the pushing station without
//! opening the seal (one X25519 operation per item, the cost that capped the sync):
//! a tag that verifies under the pushing station's key was made by a holder of that
//! station's token when the item was sealed, and such a holder could seal anything as
//! that station anyway. An item without a tag, or whose tag does not verify (sealed
//! before the station got a new token, or copied from another station), is judged by
//! opening its seal as before. The tag is made when the item is sealed, never when it
//! is sent, so a station that pushes another station's items cannot tag them.
//! The seal itself is unchanged: a clerk's open still checks the station in the seal.

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::kind::ItemKind;

/// Length of a tag in bytes.
pub const BINDING_LEN: usize = 32;

/// Separates this key from every other use of the token.
const KEY_LABEL: &[u8] = b"buergerkoffer/item-binding/v1";

type HmacSha256 = Hmac<Sha256>;

/// A key of the station's own, derived from the SHA-256 of its bearer token for the use
/// `label` names (each use has its label, so no key serves two uses).
pub(crate) fn derive_key(token_hash: &[u8; 32], label: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut mac = HmacSha256::new_from_slice(token_hash).expect("HMAC takes any key");
    mac.update(label);
    Zeroizing::new(mac.finalize().into_bytes().into())
}

/// A station's key for tags. Its bytes are zeroized when dropped.
pub struct BindingKey(Zeroizing<[u8; 32]>);

impl BindingKey {
    /// The key of the station holding bearer token `token`.
    pub fn for_token(token: &str) -> Self {
        Self::for_token_hash(&Sha256::digest(token.as_bytes()).into())
    }

    /// The key of the station whose token has SHA-256 `token_hash` (the central's view).
    pub fn for_token_hash(token_hash: &[u8; 32]) -> Self {
        BindingKey(derive_key(token_hash, KEY_LABEL))
    }

    fn mac(&self, id: &Uuid, kind: ItemKind, station_id: &str, sealed: &[u8]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(self.0.as_ref()).expect("HMAC takes any key");
        mac.update(id.as_bytes());
        mac.update(kind.as_str().as_bytes());
        mac.update(&[0]);
        mac.update(station_id.as_bytes());
        mac.update(&[0]);
        mac.update(&Sha256::digest(sealed));
        mac
    }

    /// The tag of item `id`/`kind`, sealed at station `station_id` into `sealed`.
    pub fn tag(
        &self,
        id: &Uuid,
        kind: ItemKind,
        station_id: &str,
        sealed: &[u8],
    ) -> [u8; BINDING_LEN] {
        self.mac(id, kind, station_id, sealed)
            .finalize()
            .into_bytes()
            .into()
    }

    /// Whether `tag` is this key's tag of the item (compared in constant time).
    pub fn verifies(
        &self,
        id: &Uuid,
        kind: ItemKind,
        station_id: &str,
        sealed: &[u8],
        tag: &[u8; BINDING_LEN],
    ) -> bool {
        self.mac(id, kind, station_id, sealed)
            .verify_slice(tag)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> Uuid {
        Uuid::parse_str("01890a5d-ac96-774b-bcce-b302099a8057").unwrap()
    }

    #[test]
    fn station_and_central_derive_the_same_key() {
        let token = "c2VjcmV0LXRva2VuLW9mLXRoZS1zdGF0aW9u";
        let station = BindingKey::for_token(token);
        let central = BindingKey::for_token_hash(&Sha256::digest(token.as_bytes()).into());
        let tag = station.tag(&id(), ItemKind::Request, "station-a", b"blob");
        assert!(central.verifies(&id(), ItemKind::Request, "station-a", b"blob", &tag));
    }

    #[test]
    fn a_tag_verifies_for_nothing_else() {
        let key = BindingKey::for_token("token-a");
        let tag = key.tag(&id(), ItemKind::Request, "station-a", b"blob");
        assert!(key.verifies(&id(), ItemKind::Request, "station-a", b"blob", &tag));
        assert!(!key.verifies(&id(), ItemKind::Request, "station-b", b"blob", &tag));
        assert!(!key.verifies(&id(), ItemKind::Request, "station-a", b"blob!", &tag));
        assert!(!key.verifies(
            &Uuid::now_v7(),
            ItemKind::Request,
            "station-a",
            b"blob",
            &tag
        ));
        assert!(!BindingKey::for_token("token-b").verifies(
            &id(),
            ItemKind::Request,
            "station-a",
            b"blob",
            &tag
        ));
    }
}
