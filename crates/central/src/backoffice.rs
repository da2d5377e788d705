//! What the back office sees of one request: its metadata and the personal part,
//! opened with the central's HPKE private key. Shared by the HTTP back office and
//! `bk-central requests show`.

use serde::Serialize;
use syncproto::item::parse_item_id;
use syncproto::{seal, ItemKind};

use crate::keys::CentralKeys;
use crate::store::{RequestSummary, StoredRequest};

/// A request with its decrypted content.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestDetail {
    /// The request's metadata, serialised inline (flattened) beside the content fields.
    #[serde(flatten)]
    pub summary: RequestSummary,
    /// The personal part: JSON as the station sealed it, or text when it is not JSON.
    pub content: Option<serde_json::Value>,
    /// Why the content could not be opened (German), when it could not.
    pub content_error: Option<String>,
}

/// Opens a stored request with the central's key.
pub fn open_request(keys: &CentralKeys, request: StoredRequest) -> RequestDetail {
    let opened = match (
        parse_item_id(&request.summary.id),
        ItemKind::parse(&request.summary.kind),
    ) {
        (Some(id), Some(kind)) => seal::open(
            &keys.seal_key,
            &id,
            kind,
            &request.summary.station_id,
            &request.sealed,
        )
        .map_err(|e| e.to_string()),
        _ => Err("Kennung oder Art des Eintrags ist unbekannt".to_owned()),
    };
    let (content, content_error) = match opened {
        Ok(plaintext) => {
            let content = serde_json::from_slice(&plaintext).unwrap_or_else(|_| {
                serde_json::Value::String(String::from_utf8_lossy(&plaintext).into_owned())
            });
            (Some(content), None)
        }
        Err(message) => (None, Some(message)),
    };
    RequestDetail {
        summary: request.summary,
        content,
        content_error,
    }
}
