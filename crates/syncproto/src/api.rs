//! JSON wire types of the sync API (`docs/sync-api.openapi.yaml`). Field names are
//! camelCase. Requests to the central refuse unknown fields; responses tolerate them
//! so that a newer central can add fields without breaking older stations.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// `GET /health`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct HealthResponse {
    /// Always `"ok"`: the process is up and its database answers.
    pub status: String,
    /// Version of the central (`CARGO_PKG_VERSION` of `bk-central`).
    pub version: String,
}

/// `POST /v1/enroll`: a station redeems a one-time code.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnrollRequest {
    /// The one-time code IT created with `bk-central station add`.
    pub code: String,
    /// The station's Ed25519 public key (base64, 32 bytes); signs its export files.
    pub station_public_key: String,
}

impl fmt::Debug for EnrollRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnrollRequest")
            .field("code", &"…")
            .field("station_public_key", &self.station_public_key)
            .finish()
    }
}

/// Answer to a successful enrolment. The station pins both keys of the central.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct EnrollResponse {
    /// UUIDv7 the central assigned to the enrolled station.
    pub station_id: String,
    /// Name IT gave the station with `bk-central station add`.
    pub station_name: String,
    /// Bearer token for all further calls of this station. Keep it secret.
    pub token: String,
    /// The central's HPKE public key (X25519, base64): seal items to it.
    pub hpke_public_key: String,
    /// The central's Ed25519 public key (base64): verifies configuration bundles.
    pub central_signing_key: String,
}

impl fmt::Debug for EnrollResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnrollResponse")
            .field("station_id", &self.station_id)
            .field("station_name", &self.station_name)
            .field("token", &"…")
            .field("hpke_public_key", &self.hpke_public_key)
            .field("central_signing_key", &self.central_signing_key)
            .finish()
    }
}

/// `POST /v1/push`: a batch of outbox items.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PushRequest {
    /// Optional; when given it must be the id the token belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station_id: Option<String>,
    /// The items; each is judged on its own, so one malformed item does not fail the others.
    pub items: Vec<PushItem>,
}

/// One outbox item as it travels (push batch and export file alike).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PushItem {
    /// UUIDv7, the idempotency key.
    pub id: String,
    /// What the item is, see [`crate::ItemKind`].
    pub kind: String,
    /// RFC 3339 time the station recorded it.
    pub created_at: String,
    /// Non-personal metadata, readable without the central's private key.
    pub meta: ItemMeta,
    /// The personal part, HPKE-sealed to the central (base64), see [`crate::seal`].
    pub sealed: String,
    /// The sealing station's tag (base64, 32 bytes), see [`crate::binding`]; absent on
    /// items sealed before stations made tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<String>,
}

/// Non-personal metadata of an item (never names, addresses or free text of a citizen).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemMeta {
    /// Service catalogue id, when the request concerns one service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Topic chosen from a fixed list (not free text).
    pub topic: String,
    /// Station plan id of the place where the request was recorded.
    pub station: String,
}

/// Answer to a push: one result per item, in the order of the request. The station
/// matches results to its items by `id`, never by position.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PushResponse {
    /// One result per pushed item, in request order.
    pub results: Vec<ItemResult>,
}

/// What became of one pushed item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ItemResult {
    /// The item's id as sent; `None` only when the item had no readable id.
    pub id: Option<String>,
    /// What the central did with the item; flattened into `status` (and `reason`, `message`).
    #[serde(flatten)]
    pub outcome: ItemOutcome,
}

/// `stored` and `duplicate` both mean "the central has it": the station may drop the
/// sealed blob. `rejected` items go to the station's dead-letter list.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum ItemOutcome {
    /// The central stored the item now.
    Stored,
    /// The central already held an item with this id and the same content.
    Duplicate,
    /// The central refused the item; the station moves it to its dead-letter list.
    Rejected {
        /// Stable code saying why.
        reason: RejectReason,
        /// German explanation for staff.
        message: String,
    },
}

impl ItemOutcome {
    /// True when the central holds the item (newly or from before).
    pub fn is_acknowledged(&self) -> bool {
        matches!(self, ItemOutcome::Stored | ItemOutcome::Duplicate)
    }
}

/// Why an item was rejected. Stable codes (snake_case on the wire).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// Not an object of the item shape (missing or unknown fields, wrong types).
    MalformedItem,
    /// `id` is not a UUIDv7.
    BadId,
    /// `kind` is not one of the known kinds.
    BadKind,
    /// `createdAt` is not an RFC 3339 time.
    BadCreatedAt,
    /// `meta` has an empty or too long field.
    BadMeta,
    /// `sealed` is not valid base64.
    BadBase64,
    /// `sealed` is larger than [`crate::limits::MAX_SEALED_BYTES`].
    BlobTooLarge,
    /// `sealed` is not an HPKE blob of the supported suite.
    BadSealed,
    /// An item with this id but different content already exists.
    IdConflict,
    /// `sealed` names another station than the one that pushed or exported it (its
    /// binding does not open for this station).
    ForeignSeal,
}

/// `POST /v1/ack-query`: which of these ids does the central already hold?
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AckQueryRequest {
    /// Item ids (UUIDv7) to ask about.
    pub ids: Vec<String>,
}

/// The subset of the asked ids the central holds (from this station).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AckQueryResponse {
    /// The asked ids the central holds from this station, in canonical lower-case form.
    pub present: Vec<String>,
}

/// `POST /v1/paid-query` (with an [`AckQueryRequest`]): which of these requests'
/// fees has the city received, and when — recorded by the cash office or reported
/// by the payment platform.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PaidQueryResponse {
    /// The asked requests of this station whose fee is paid.
    pub paid: Vec<PaidItem>,
}

/// A request whose fee is paid.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PaidItem {
    /// The request's item id.
    pub id: String,
    /// When the payment was recorded: RFC 3339, UTC.
    pub paid_at: String,
    /// Paid online on the city's payment platform (else recorded by the cash office).
    pub online: bool,
}

/// `GET /v1/config`: one published configuration version, signed by the central.
///
/// `services` and `stations` are kept as the exact JSON text the central signed, so
/// that the station can verify the signature before it parses them.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigBundle {
    /// Version number, starting at 1; each publication is the previous one plus 1.
    pub version: u64,
    /// RFC 3339 time the central published this version.
    pub published_at: String,
    /// Service catalogue.
    pub services: Box<RawValue>,
    /// Station plan.
    pub stations: Box<RawValue>,
    /// Ed25519 signature (base64), see [`crate::config::signed_bytes`].
    pub signature: String,
}

/// `POST /v1/report`: what a station tells the central of itself with each sync
/// round (no personal data), for the back office's station list.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StationReport {
    /// The station app's version (e.g. `0.1.0`).
    pub app_version: String,
    /// The configuration version the station runs; 0 for the one it shipped with.
    pub config_version: u64,
    /// Items waiting in its outbox.
    pub pending: u64,
    /// Items in its dead letters.
    pub dead_letters: u64,
}

/// Body of every 4xx/5xx answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    /// Stable snake_case code, for programs.
    pub error: String,
    /// German explanation, for people.
    pub message: String,
}

/// [`ApiError::error`] of a 403 to a station the central has revoked: its token is
/// no longer accepted. The station keeps every item and waits for IT.
pub const STATION_REVOKED: &str = "station_revoked";

/// What a push refused as a whole (a 4xx with an [`ApiError`]) says about its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchRefusal {
    /// The batch is too large: send it again in halves. A single item that is still
    /// too large is itself invalid.
    TooLarge,
    /// The batch is invalid as sent: its items cannot be accepted in any batch.
    Invalid,
}

/// The only whole-batch refusals of `POST /v1/push` that speak about the items, with
/// their HTTP status and code. Every other refusal — other codes (`unauthorized`,
/// `station_mismatch`, [`STATION_REVOKED`], `not_json`, `unreadable_body`, …), 5xx, or an
/// answer without an [`ApiError`] body (e.g. a proxy's own error page) — says nothing
/// about the items: the station keeps them pending and sends them again later.
pub const BATCH_REFUSALS: [(u16, &str, BatchRefusal); 4] = [
    (400, "batch_too_large", BatchRefusal::TooLarge),
    (413, "body_too_large", BatchRefusal::TooLarge),
    (400, "malformed_json", BatchRefusal::Invalid),
    (400, "invalid_body", BatchRefusal::Invalid),
];

impl BatchRefusal {
    /// The meaning of a push refused with HTTP `status` and [`ApiError`] code `code`,
    /// if it is one of [`BATCH_REFUSALS`].
    pub fn of(status: u16, code: &str) -> Option<Self> {
        BATCH_REFUSALS
            .iter()
            .find(|(s, c, _)| *s == status && *c == code)
            .map(|(_, _, refusal)| *refusal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_results_use_the_documented_shape() {
        let results = PushResponse {
            results: vec![
                ItemResult {
                    id: Some("a".into()),
                    outcome: ItemOutcome::Stored,
                },
                ItemResult {
                    id: None,
                    outcome: ItemOutcome::Rejected {
                        reason: RejectReason::BadId,
                        message: "m".into(),
                    },
                },
            ],
        };
        let json = serde_json::to_value(&results).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"results": [
                {"id": "a", "status": "stored"},
                {"id": null, "status": "rejected", "reason": "bad_id", "message": "m"}
            ]})
        );
        let back: PushResponse = serde_json::from_value(json).unwrap();
        assert_eq!(back, results);
    }

    #[test]
    fn only_the_listed_status_and_code_pairs_speak_about_the_batch() {
        assert_eq!(
            BatchRefusal::of(400, "batch_too_large"),
            Some(BatchRefusal::TooLarge)
        );
        assert_eq!(
            BatchRefusal::of(413, "body_too_large"),
            Some(BatchRefusal::TooLarge)
        );
        assert_eq!(
            BatchRefusal::of(400, "invalid_body"),
            Some(BatchRefusal::Invalid)
        );
        assert_eq!(BatchRefusal::of(413, "invalid_body"), None);
        assert_eq!(BatchRefusal::of(400, "not_json"), None);
        assert_eq!(BatchRefusal::of(403, STATION_REVOKED), None);
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let request = EnrollRequest {
            code: "ABCD-EFGH-JKMN".into(),
            station_public_key: "k".into(),
        };
        assert!(!format!("{request:?}").contains("ABCD"));
        let response = EnrollResponse {
            station_id: "s".into(),
            station_name: "n".into(),
            token: "secret-token".into(),
            hpke_public_key: "h".into(),
            central_signing_key: "c".into(),
        };
        assert!(!format!("{response:?}").contains("secret-token"));
    }
}
