//! Reading outbox rows back into wire items and dead-letter listings.

use rusqlite::{params, Connection, Row};
use serde::Serialize;
use syncproto::encoding::to_base64;
use syncproto::limits::base64_len;
use syncproto::{ItemMeta, PushItem, RejectReason};

use super::PendingItem;
use crate::error::{Result, StationError};

/// Bytes a pushed item takes in JSON besides its sealed blob (id, kind, time, meta,
/// binding, field names, quotes), estimated generously.
const ITEM_OVERHEAD_BYTES: usize = 600;

/// An item the central rejected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadLetter {
    /// The item's id.
    pub id: String,
    /// When the request was recorded (RFC 3339).
    pub created_at: String,
    /// The request's topic.
    pub topic: String,
    /// The central's reason code (or the station's, e.g. `batch_refused`).
    pub reason: String,
    /// The German explanation.
    pub message: String,
}

/// The JSON text stored in `outbox.meta`.
pub(super) fn meta_json(meta: &ItemMeta) -> String {
    let mut object = serde_json::Map::new();
    object.insert("topic".into(), meta.topic.clone().into());
    object.insert("station".into(), meta.station.clone().into());
    if let Some(service) = &meta.service {
        object.insert("service".into(), service.clone().into());
    }
    serde_json::Value::Object(object).to_string()
}

/// The wire code of a rejection reason, e.g. `bad_sealed`.
pub(super) fn reason_code(reason: &RejectReason) -> String {
    serde_json::to_value(reason)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_else(|| "rejected".to_owned())
}

fn parse_meta(text: &str) -> Result<ItemMeta> {
    serde_json::from_str(text).map_err(|e| StationError::Corrupt {
        path: "outbox.meta".into(),
        detail: e.to_string(),
    })
}

/// The pending items after position `after_seq`, oldest first, at most `max_items` and
/// `max_bytes` of JSON (estimated from above).
pub(super) fn pending_after(
    conn: &Connection,
    after_seq: i64,
    max_items: usize,
    max_bytes: usize,
) -> Result<Vec<PendingItem>> {
    items_after(conn, false, after_seq, max_items, max_bytes)
}

/// Like [`pending_after`], with `include_dead` the dead letters too (they keep their
/// sealed blob).
pub(super) fn items_after(
    conn: &Connection,
    include_dead: bool,
    after_seq: i64,
    max_items: usize,
    max_bytes: usize,
) -> Result<Vec<PendingItem>> {
    let mut statement = conn.prepare_cached(if include_dead {
        "SELECT seq, id, kind, created_at, meta, sealed, binding FROM outbox
         WHERE state IN ('pending', 'dead_letter') AND seq > ?1 ORDER BY seq LIMIT ?2"
    } else {
        "SELECT seq, id, kind, created_at, meta, sealed, binding FROM outbox
         WHERE state = 'pending' AND seq > ?1 ORDER BY seq LIMIT ?2"
    })?;
    let mut rows = statement.query(params![after_seq, max_items as i64])?;
    let mut batch = Vec::new();
    let mut bytes = 0;
    while let Some(row) = rows.next()? {
        let pending = pending_item(row)?;
        let size = base64_len(pending.item.sealed.len()) + ITEM_OVERHEAD_BYTES;
        if !batch.is_empty() && bytes + size > max_bytes {
            break;
        }
        bytes += size;
        batch.push(pending);
    }
    Ok(batch)
}

fn pending_item(row: &Row<'_>) -> Result<PendingItem> {
    let sealed: Vec<u8> = row.get(5)?;
    Ok(PendingItem {
        seq: row.get(0)?,
        item: PushItem {
            id: row.get(1)?,
            kind: row.get(2)?,
            created_at: row.get(3)?,
            meta: parse_meta(&row.get::<_, String>(4)?)?,
            sealed: to_base64(&sealed),
            binding: row.get::<_, Option<Vec<u8>>>(6)?.map(|tag| to_base64(&tag)),
        },
    })
}

pub(super) fn dead_letters(conn: &Connection) -> Result<Vec<DeadLetter>> {
    let mut statement = conn.prepare(
        "SELECT id, created_at, meta, reject_reason, reject_message FROM outbox
         WHERE state = 'dead_letter' ORDER BY seq",
    )?;
    let mut rows = statement.query([])?;
    let mut letters = Vec::new();
    while let Some(row) = rows.next()? {
        letters.push(DeadLetter {
            id: row.get(0)?,
            created_at: row.get(1)?,
            topic: parse_meta(&row.get::<_, String>(2)?)?.topic,
            reason: row.get(3)?,
            message: row.get::<_, Option<String>>(4)?.unwrap_or_default(),
        });
    }
    Ok(letters)
}
