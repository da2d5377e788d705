//! Validation of outbox items. The central applies these rules to every pushed and
//! every imported item; the station can apply them before it queues an item.

use chrono::{DateTime, SecondsFormat, Utc};
use uuid::Uuid;

use crate::api::{ItemMeta, PushItem, RejectReason};
use crate::binding::BINDING_LEN;
use crate::encoding::{from_base64, to_base64};
use crate::limits::{base64_len, MAX_META_NAME_CHARS, MAX_SEALED_BYTES, MAX_TOPIC_CHARS};
use crate::seal::MIN_SEALED_BYTES;

pub use crate::kind::ItemKind;

/// An item that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidItem {
    /// The item id, a UUIDv7.
    pub id: Uuid,
    /// The parsed kind of the item.
    pub kind: ItemKind,
    /// The recording time, converted to UTC.
    pub created_at: DateTime<Utc>,
    /// The non-personal metadata, checked for length and control characters.
    pub meta: ItemMeta,
    /// The decoded HPKE blob (still sealed), within the size limits and of a known suite.
    pub sealed: Vec<u8>,
    /// The sealing station's tag, see [`crate::binding`].
    pub binding: Option<[u8; BINDING_LEN]>,
}

impl ValidItem {
    /// The id in its canonical text form (lower-case, hyphenated).
    pub fn id_text(&self) -> String {
        self.id.hyphenated().to_string()
    }

    /// `created_at` as stored and sent: RFC 3339, UTC, milliseconds.
    pub fn created_at_text(&self) -> String {
        self.created_at.to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    /// The wire form of this item.
    pub fn to_push_item(&self) -> PushItem {
        PushItem {
            id: self.id_text(),
            kind: self.kind.as_str().to_owned(),
            created_at: self.created_at_text(),
            meta: self.meta.clone(),
            sealed: to_base64(&self.sealed),
            binding: self.binding.as_ref().map(|tag| to_base64(tag)),
        }
    }
}

/// Why one item was refused, with a German message for staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// Stable code of the fault, as sent in the push result.
    pub reason: RejectReason,
    /// German explanation for staff.
    pub message: String,
}

impl Rejection {
    fn new(reason: RejectReason, message: impl Into<String>) -> Self {
        Rejection {
            reason,
            message: message.into(),
        }
    }
}

impl PushItem {
    /// Checks every field; the first fault found is reported.
    pub fn validate(&self) -> Result<ValidItem, Rejection> {
        let id = parse_item_id(&self.id).ok_or_else(|| {
            Rejection::new(
                RejectReason::BadId,
                "Die Kennung ist keine UUID der Version 7",
            )
        })?;
        let kind = ItemKind::parse(&self.kind).ok_or_else(|| {
            Rejection::new(
                RejectReason::BadKind,
                format!("Unbekannte Art „{}“", truncate_for_message(&self.kind)),
            )
        })?;
        let created_at = DateTime::parse_from_rfc3339(&self.created_at)
            .map_err(|_| {
                Rejection::new(
                    RejectReason::BadCreatedAt,
                    "Der Zeitpunkt ist keine gültige RFC-3339-Angabe",
                )
            })?
            .with_timezone(&Utc);
        validate_meta(&self.meta)?;
        let sealed = decode_sealed(&self.sealed)?;
        let binding = self.binding.as_deref().map(decode_binding).transpose()?;
        Ok(ValidItem {
            id,
            kind,
            created_at,
            meta: self.meta.clone(),
            sealed,
            binding,
        })
    }
}

/// Validates one item given as arbitrary JSON, so that a malformed item in a batch
/// is rejected on its own. Returns the id (when one can be read) and the verdict.
pub fn validate_json_item(
    value: serde_json::Value,
) -> (Option<String>, Result<ValidItem, Rejection>) {
    let id = value
        .get("id")
        .and_then(|id| id.as_str())
        .map(str::to_owned);
    match serde_json::from_value::<PushItem>(value) {
        Ok(item) => (id, item.validate()),
        Err(error) => (
            id,
            Err(Rejection::new(
                RejectReason::MalformedItem,
                format!("Der Eintrag hat nicht die erwartete Form: {error}"),
            )),
        ),
    }
}

/// Parses an item id: a UUID of version 7 (time-ordered), in any standard text form.
pub fn parse_item_id(text: &str) -> Option<Uuid> {
    Uuid::try_parse(text)
        .ok()
        .filter(|id| id.get_version_num() == 7 && id.get_variant() == uuid::Variant::RFC4122)
}

fn validate_meta(meta: &ItemMeta) -> Result<(), Rejection> {
    let fields = [
        ("topic", Some(meta.topic.as_str()), MAX_TOPIC_CHARS),
        ("station", Some(meta.station.as_str()), MAX_META_NAME_CHARS),
        ("service", meta.service.as_deref(), MAX_META_NAME_CHARS),
    ];
    for (name, value, max_chars) in fields {
        let Some(value) = value else { continue };
        let chars = value.chars().count();
        if chars == 0 || chars > max_chars || value.chars().any(char::is_control) {
            return Err(Rejection::new(
                RejectReason::BadMeta,
                format!("meta.{name} muss 1 bis {max_chars} Zeichen ohne Steuerzeichen haben"),
            ));
        }
    }
    Ok(())
}

fn decode_sealed(text: &str) -> Result<Vec<u8>, Rejection> {
    let too_large = || {
        Rejection::new(
            RejectReason::BlobTooLarge,
            format!("Der versiegelte Inhalt ist größer als {MAX_SEALED_BYTES} Bytes"),
        )
    };
    if text.len() > base64_len(MAX_SEALED_BYTES) {
        return Err(too_large());
    }
    let sealed = from_base64(text).ok_or_else(|| {
        Rejection::new(
            RejectReason::BadBase64,
            "Der versiegelte Inhalt ist kein gültiges Base64",
        )
    })?;
    if sealed.len() > MAX_SEALED_BYTES {
        return Err(too_large());
    }
    if sealed.len() < MIN_SEALED_BYTES
        || !matches!(sealed[0], crate::seal::SUITE_V1 | crate::seal::SUITE_V2)
    {
        return Err(Rejection::new(
            RejectReason::BadSealed,
            "Der versiegelte Inhalt hat kein bekanntes Format",
        ));
    }
    Ok(sealed)
}

fn decode_binding(text: &str) -> Result<[u8; BINDING_LEN], Rejection> {
    from_base64(text)
        .and_then(|bytes| <[u8; BINDING_LEN]>::try_from(bytes).ok())
        .ok_or_else(|| {
            Rejection::new(
                RejectReason::MalformedItem,
                format!("Die Bindung an die Station ist kein Base64-Wert von {BINDING_LEN} Bytes"),
            )
        })
}

fn truncate_for_message(text: &str) -> String {
    text.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seal::SUITE_V1;

    fn good_item() -> PushItem {
        let mut sealed = vec![0u8; MIN_SEALED_BYTES];
        sealed[0] = SUITE_V1;
        PushItem {
            id: Uuid::now_v7().to_string(),
            kind: "request".into(),
            created_at: "2025-03-04T10:11:12.345+01:00".into(),
            meta: ItemMeta {
                service: Some("wohngeld".into()),
                topic: "Rückruf".into(),
                station: "potsdam-nord".into(),
            },
            sealed: to_base64(&sealed),
            binding: Some(to_base64(&[7; BINDING_LEN])),
        }
    }

    fn reason(item: PushItem) -> RejectReason {
        item.validate().unwrap_err().reason
    }

    #[test]
    fn a_good_item_passes_and_round_trips() {
        let item = good_item();
        let valid = item.validate().unwrap();
        assert_eq!(valid.created_at_text(), "2025-03-04T09:11:12.345Z");
        assert_eq!(valid.to_push_item().validate().unwrap(), valid);
        let untagged = PushItem {
            binding: None,
            ..good_item()
        };
        assert_eq!(untagged.validate().unwrap().binding, None);
    }

    #[test]
    fn each_fault_has_its_reason() {
        let v4 = PushItem {
            id: "9b2e4f6a-1c3d-4e5f-8a9b-0c1d2e3f4a5b".into(),
            ..good_item()
        };
        assert_eq!(reason(v4), RejectReason::BadId);
        assert_eq!(
            reason(PushItem {
                id: "x".into(),
                ..good_item()
            }),
            RejectReason::BadId
        );
        assert_eq!(
            reason(PushItem {
                kind: "appointment".into(),
                ..good_item()
            }),
            RejectReason::BadKind
        );
        assert_eq!(
            reason(PushItem {
                created_at: "gestern".into(),
                ..good_item()
            }),
            RejectReason::BadCreatedAt
        );
        let mut empty_topic = good_item();
        empty_topic.meta.topic.clear();
        assert_eq!(reason(empty_topic), RejectReason::BadMeta);
        let mut long_station = good_item();
        long_station.meta.station = "x".repeat(MAX_META_NAME_CHARS + 1);
        assert_eq!(reason(long_station), RejectReason::BadMeta);
        assert_eq!(
            reason(PushItem {
                sealed: "***".into(),
                ..good_item()
            }),
            RejectReason::BadBase64
        );
        let mut big = vec![0u8; MAX_SEALED_BYTES + 1];
        big[0] = SUITE_V1;
        assert_eq!(
            reason(PushItem {
                sealed: to_base64(&big),
                ..good_item()
            }),
            RejectReason::BlobTooLarge
        );
        assert_eq!(
            reason(PushItem {
                sealed: to_base64(&[SUITE_V1; 4]),
                ..good_item()
            }),
            RejectReason::BadSealed
        );
        assert_eq!(
            reason(PushItem {
                binding: Some(to_base64(&[7; BINDING_LEN - 1])),
                ..good_item()
            }),
            RejectReason::MalformedItem
        );
    }

    #[test]
    fn the_largest_blob_is_accepted() {
        let mut largest = vec![0u8; MAX_SEALED_BYTES];
        largest[0] = SUITE_V1;
        let item = PushItem {
            sealed: to_base64(&largest),
            ..good_item()
        };
        assert!(item.validate().is_ok());
    }

    #[test]
    fn malformed_json_items_are_rejected_alone() {
        let (id, verdict) = validate_json_item(serde_json::json!({"id": "abc", "kind": 5}));
        assert_eq!(id.as_deref(), Some("abc"));
        assert_eq!(verdict.unwrap_err().reason, RejectReason::MalformedItem);
        let (id, verdict) = validate_json_item(serde_json::json!(17));
        assert_eq!(id, None);
        assert_eq!(verdict.unwrap_err().reason, RejectReason::MalformedItem);
        let good = serde_json::to_value(good_item()).unwrap();
        assert!(validate_json_item(good).1.is_ok());
    }
}
