//! The documents handed in for a request, on its page: listed with name, type, size
//! and time (only the names are opened, with the request, whose opening is audited),
//! and each downloaded on its own (`GET /anliegen/{id}/unterlagen/{document}`), opened
//! on the server and recorded in the audit log. A download is an attachment the
//! browser saves, never a page it renders.

use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use station::lang::Lang;
use syncproto::seal::{open_document, open_document_name};
use uuid::Uuid;

use super::page::PageFailure;
use super::session::{with_store, SignedIn};
use super::time::local;
use super::WebState;
use crate::documents::{size_text, MediaType};
use crate::keys::CentralKeys;
use crate::store::{AuditAction, DocumentRow, Store, StoreError};

/// One document as the request's page lists it.
pub struct DocumentShown {
    /// Its id (the download's path).
    pub id: String,
    /// The name the citizen's phone gave it.
    pub name: String,
    /// `PDF`, `JPEG-Bild` or `PNG-Bild`.
    pub kind: &'static str,
    /// Its size, e.g. `2,4 MB`.
    pub size: String,
    /// When it was uploaded (local time).
    pub uploaded: String,
}

/// What a name that does not open is shown as.
const UNREADABLE_NAME: &str = "(Name lässt sich nicht öffnen)";

/// The documents of request `item_id` from station `station_id`, their names opened.
pub fn documents_shown(
    store: &Store,
    keys: &CentralKeys,
    item_id: &str,
    station_id: &str,
) -> Result<Vec<DocumentShown>, StoreError> {
    Ok(store
        .documents_of(item_id, station_id)?
        .into_iter()
        .map(|row| shown(keys, row))
        .collect())
}

fn shown(keys: &CentralKeys, row: DocumentRow) -> DocumentShown {
    DocumentShown {
        name: opened_name(keys, &row.id, &row.sealed_name),
        kind: MediaType::parse(&row.media_type).map_or("Datei", MediaType::label),
        size: size_text(Lang::De, row.size),
        uploaded: local(&row.uploaded_at),
        id: row.id,
    }
}

/// The name sealed for document `id`, or [`UNREADABLE_NAME`].
fn opened_name(keys: &CentralKeys, id: &str, sealed_name: &[u8]) -> String {
    Uuid::parse_str(id)
        .ok()
        .and_then(|id| open_document_name(&keys.seal_key, &id, sealed_name).ok())
        .unwrap_or_else(|| UNREADABLE_NAME.to_owned())
}

/// `GET /anliegen/{id}/unterlagen/{document}`: the file, as an attachment.
pub async fn download(
    State(state): State<WebState>,
    clerk: SignedIn,
    Path((item_id, id)): Path<(String, String)>,
) -> Result<Response, PageFailure> {
    const MISSING: &str = "Diese Unterlage gibt es nicht (mehr).";
    let keys = state.app.keys.clone();
    let (media, name, content) = with_store(&state, move |store| {
        let document_id = Uuid::parse_str(&id).map_err(|_| PageFailure::NotFound(MISSING))?;
        let stored = store
            .document(&item_id, &id)?
            .ok_or(PageFailure::NotFound(MISSING))?;
        let content = open_document(&keys.seal_key, &document_id, &stored.sealed).map_err(|error| {
            tracing::error!(%error, document = %id, "Unterlage lässt sich nicht öffnen");
            PageFailure::BadInput(
                "Diese Unterlage lässt sich nicht öffnen: sie ist beschädigt oder mit einem anderen Schlüssel versiegelt.".into(),
            )
        })?;
        let name = opened_name(&keys, &id, &stored.sealed_name);
        store.audit(&clerk.name, AuditAction::Document, Some(&item_id), Some(&id))?;
        Ok((stored.media_type, name, content))
    })
    .await?;
    let media = MediaType::parse(&media).ok_or(PageFailure::Internal)?;
    Ok((
        [
            (CONTENT_TYPE, media.as_str().to_owned()),
            (CONTENT_DISPOSITION, attachment(&name, media)),
            (
                CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'".to_owned(),
            ),
        ],
        content.to_vec(),
    )
        .into_response())
}

/// `attachment` with the name: an ASCII fallback and the UTF-8 name (RFC 6266, 8187).
fn attachment(name: &str, media: MediaType) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let ascii = if ascii.trim_matches('_').is_empty() {
        format!("Unterlage.{}", media.extension())
    } else {
        ascii
    };
    let encoded: String = name
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_is_an_attachment_under_its_name() {
        assert_eq!(
            attachment("Miete März.pdf", MediaType::Pdf),
            "attachment; filename=\"Miete M_rz.pdf\"; filename*=UTF-8''Miete%20M%C3%A4rz.pdf"
        );
        assert_eq!(
            attachment("\"x\"\r\n.png", MediaType::Png),
            "attachment; filename=\"_x___.png\"; filename*=UTF-8''%22x%22%0D%0A.png"
        );
        assert_eq!(
            attachment("Паспорт.jpg", MediaType::Jpeg),
            "attachment; filename=\"_______.jpg\"; filename*=UTF-8''%D0%9F%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82.jpg"
        );
        assert_eq!(
            attachment("ää", MediaType::Jpeg).split(';').nth(1),
            Some(" filename=\"Unterlage.jpg\"")
        );
    }
}
