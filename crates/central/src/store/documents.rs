//! Documents citizens handed in for requests through the upload link: stored sealed,
//! at most so many per request, never for a request that is done; listed for the back
//! office without opening them; deleted with the request's personal data, and, when
//! their request never arrived, some time after the link ran out.

use syncproto::limits::{MAX_DOCUMENTS_PER_REQUEST, MAX_DOCUMENT_BYTES_PER_REQUEST};

use super::audit::{audit_in, AuditAction};
use super::db::{args, Db, Isolation};
use super::retention::PROGRAM_ACTOR;
use super::{timestamp, Store, StoreError};

/// A document to store: what the upload page checked and sealed.
pub struct NewDocument {
    /// Its id (UUIDv7), also in the seal's authenticated data.
    pub id: String,
    /// The request it belongs to.
    pub item_id: String,
    /// The station that recorded the request (and signed the link).
    pub station_id: String,
    /// `application/pdf`, `image/jpeg` or `image/png`, as the content showed.
    pub media_type: &'static str,
    /// The file's size in bytes.
    pub size: u64,
    /// The file's name, sealed to the central's key.
    pub sealed_name: Vec<u8>,
    /// The file, sealed to the central's key.
    pub sealed: Vec<u8>,
}

/// What became of a document to store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// Stored.
    Stored,
    /// The request has [`MAX_DOCUMENTS_PER_REQUEST`] documents already.
    TooMany,
    /// With it the request's documents would pass [`MAX_DOCUMENT_BYTES_PER_REQUEST`].
    TooLarge,
    /// The request is done (or its personal data deleted): it takes no documents.
    Closed,
}

/// A stored document as a clerk downloads it: still sealed.
pub struct SealedDocument {
    /// Its media type.
    pub media_type: String,
    /// Its name, sealed.
    pub sealed_name: Vec<u8>,
    /// The file, sealed.
    pub sealed: Vec<u8>,
}

/// A stored document as the back office lists it (not opened).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    /// Its id.
    pub id: String,
    /// When it was uploaded: RFC 3339, UTC, milliseconds.
    pub uploaded_at: String,
    /// Its media type.
    pub media_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its name, sealed.
    pub sealed_name: Vec<u8>,
}

/// How many documents the request has and their bytes together.
fn documents_held(db: &mut Db, item_id: &str, station_id: &str) -> Result<(u64, u64), StoreError> {
    let row = db.query_one(
        "SELECT count(*), CAST(coalesce(sum(size), 0) AS BIGINT) FROM documents
         WHERE item_id = $1 AND station_id = $2",
        args![item_id, station_id],
    )?;
    Ok((row.get(0)?, row.get(1)?))
}

impl Store {
    /// The SHA-256 of the token of station `station_id`, if it is enrolled and not
    /// revoked (the keys of its links for phones are derived from it).
    pub fn link_station(&self, station_id: &str) -> Result<Option<[u8; 32]>, StoreError> {
        let row = self.db().query_opt(
            "SELECT token_hash FROM stations WHERE id = $1 AND revoked_at IS NULL",
            args![station_id],
        )?;
        let Some(row) = row else { return Ok(None) };
        let hash: Option<Vec<u8>> = row.get(0)?;
        Ok(hash.and_then(|hash| <[u8; 32]>::try_from(hash.as_slice()).ok()))
    }

    /// How many documents request `item_id` of station `station_id` holds, and whether
    /// it is closed for more (done or purged).
    pub fn documents_state(
        &self,
        item_id: &str,
        station_id: &str,
    ) -> Result<(u64, bool), StoreError> {
        let mut db = self.db();
        let (count, _) = documents_held(&mut db, item_id, station_id)?;
        Ok((count, request_closed(&mut db, item_id, station_id)?))
    }

    /// Stores `document` unless its request is closed or at its limits (checked and
    /// stored in one serializable transaction).
    pub fn add_document(&mut self, document: &NewDocument) -> Result<Added, StoreError> {
        self.db().transaction(Isolation::Serializable, |db| {
            if request_closed(db, &document.item_id, &document.station_id)? {
                return Ok(Added::Closed);
            }
            let (count, bytes) = documents_held(db, &document.item_id, &document.station_id)?;
            if count >= MAX_DOCUMENTS_PER_REQUEST as u64 {
                return Ok(Added::TooMany);
            }
            if bytes + document.size > MAX_DOCUMENT_BYTES_PER_REQUEST as u64 {
                return Ok(Added::TooLarge);
            }
            db.execute(
                "INSERT INTO documents
                     (id, item_id, station_id, uploaded_at, media_type, size, sealed_name,
                      sealed)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                args![
                    document.id,
                    document.item_id,
                    document.station_id,
                    timestamp(),
                    document.media_type,
                    document.size,
                    document.sealed_name,
                    document.sealed
                ],
            )?;
            Ok(Added::Stored)
        })
    }

    /// The documents of request `item_id` of station `station_id`, oldest first.
    pub fn documents_of(
        &self,
        item_id: &str,
        station_id: &str,
    ) -> Result<Vec<DocumentRow>, StoreError> {
        self.db()
            .query(
                "SELECT id, uploaded_at, media_type, size, sealed_name FROM documents
                 WHERE item_id = $1 AND station_id = $2 ORDER BY uploaded_at, id",
                args![item_id, station_id],
            )?
            .iter()
            .map(|row| {
                Ok(DocumentRow {
                    id: row.get(0)?,
                    uploaded_at: row.get(1)?,
                    media_type: row.get(2)?,
                    size: row.get(3)?,
                    sealed_name: row.get(4)?,
                })
            })
            .collect()
    }

    /// Document `id` of request `item_id` once the request arrived, or of video call
    /// `item_id`.
    pub fn document(&self, item_id: &str, id: &str) -> Result<Option<SealedDocument>, StoreError> {
        self.db()
            .query_opt(
                "SELECT d.media_type, d.sealed_name, d.sealed FROM documents d
                 WHERE d.id = $1 AND d.item_id = $2
                   AND (EXISTS (SELECT 1 FROM items i
                                WHERE i.id = d.item_id AND i.station_id = d.station_id)
                        OR EXISTS (SELECT 1 FROM calls c
                                   WHERE c.id = d.item_id AND c.station_id = d.station_id))",
                args![id, item_id],
            )?
            .map(|row| {
                Ok(SealedDocument {
                    media_type: row.get(0)?,
                    sealed_name: row.get(1)?,
                    sealed: row.get(2)?,
                })
            })
            .transpose()
    }

    /// Deletes the documents uploaded before `uploaded_before` (RFC 3339) whose request
    /// never arrived, each with an audit entry; returns how many.
    pub fn purge_orphan_documents(&mut self, uploaded_before: &str) -> Result<u64, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let rows = db.query(
                "DELETE FROM documents AS d WHERE d.uploaded_at < $1 AND NOT EXISTS
                     (SELECT 1 FROM items i WHERE i.id = d.item_id AND i.station_id = d.station_id)
                 RETURNING item_id, id",
                args![uploaded_before],
            )?;
            for row in &rows {
                let (item_id, id): (String, String) = (row.get(0)?, row.get(1)?);
                let reason = format!("Unterlage {id}: das Anliegen ist nie eingegangen");
                audit_in(
                    db,
                    PROGRAM_ACTOR,
                    AuditAction::Delete,
                    Some(&item_id),
                    Some(&reason),
                )?;
            }
            Ok(rows.len() as u64)
        })
    }
}

/// Deletes the documents of request `item_id` (with its personal data); returns how
/// many.
pub(super) fn delete_documents_of(db: &mut Db, item_id: &str) -> Result<u64, StoreError> {
    db.execute("DELETE FROM documents WHERE item_id = $1", args![item_id])
}

/// Whether request `item_id` of station `station_id` arrived and is done or purged.
pub(super) fn request_closed(
    db: &mut Db,
    item_id: &str,
    station_id: &str,
) -> Result<bool, StoreError> {
    let row = db.query_opt(
        "SELECT done_at IS NOT NULL OR purged_at IS NOT NULL FROM items
         WHERE id = $1 AND station_id = $2",
        args![item_id, station_id],
    )?;
    row.map(|row| row.get(0))
        .transpose()
        .map(|closed| closed.unwrap_or(false))
}
