//! Import of a station's USB export file: structure, the enrolled station's signature
//! and every item (also its seal's station binding) are checked before anything is
//! stored; then all items go in one transaction with the same idempotency as a push,
//! and the figures the file carries replace older revisions as a figures upload does.
//! A refused file, or one of a revoked station, stores nothing.

use std::path::{Path, PathBuf};

use ed25519_dalek::VerifyingKey;
use syncproto::export_file;
use syncproto::ExportError;
use thiserror::Error;

use crate::keys::CentralKeys;
use crate::sealing::opens_for;
use crate::store::{StationKey, Store, StoreError};

/// The result of a successful import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// Id of the station that wrote the file, from the file's header.
    pub station_id: String,
    /// Name of that station as registered in the store.
    pub station_name: String,
    /// How many items were newly stored.
    pub stored: u64,
    /// How many items were already stored with the same content (resends).
    pub duplicate: u64,
    /// How many days of figures were taken (days the central held in the same or a
    /// newer revision are not).
    pub figure_days: u64,
}

/// Why a file was not imported; German, for IT.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("Die Datei {path} lässt sich nicht lesen: {source}")]
    Read {
        /// The file that was to be imported.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The file was refused before anything was stored (not an export file, bad header,
    /// truncated, unknown or unenrolled station, bad signature or a bad item).
    #[error("{0}. Es wurde nichts importiert.")]
    Refused(#[from] ExportError),
    /// An item sealed at another station than the file's (nothing is imported).
    #[error("Eintrag {0} wurde an einer anderen Station versiegelt als der, die die Datei signiert hat. Es wurde nichts importiert.")]
    ForeignSeal(String),
    /// The station was revoked: its files are not taken any more.
    #[error("Die Station {0} ist gesperrt; ihre Dateien werden nicht mehr importiert. Es wurde nichts importiert.")]
    Revoked(String),
    /// A database error, or an item conflicting with a stored one (the import is rolled back).
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Imports the export file at `path` into `store`.
pub fn import_file(
    store: &mut Store,
    keys: &CentralKeys,
    path: &Path,
) -> Result<ImportSummary, ImportError> {
    let bytes = std::fs::read(path).map_err(|source| ImportError::Read {
        path: path.to_owned(),
        source,
    })?;
    import_bytes(store, keys, &bytes)
}

/// Imports an export file already in memory.
pub fn import_bytes(
    store: &mut Store,
    keys: &CentralKeys,
    bytes: &[u8],
) -> Result<ImportSummary, ImportError> {
    let signed = export_file::parse(bytes)?;
    let station_id = signed.header.station_id.clone();
    let (station_name, public_key) = match store.station_key(&station_id)? {
        StationKey::Enrolled { name, public_key } => (name, public_key),
        StationKey::Unknown | StationKey::NotEnrolled { .. } => {
            return Err(ExportError::UnknownStation(station_id).into())
        }
        StationKey::Revoked { .. } => return Err(ImportError::Revoked(station_id)),
    };
    let verifying_key =
        VerifyingKey::from_bytes(&public_key).map_err(|_| ExportError::BadSignature)?;
    let items = signed.verify(&verifying_key)?;
    if let Some(item) = items
        .iter()
        .find(|item| opens_for(keys, item, &station_id).is_err())
    {
        return Err(ImportError::ForeignSeal(item.id_text()));
    }
    let figures = signed.header.figures.as_ref();
    if figures.is_some_and(|figures| !figures.is_valid()) {
        return Err(ExportError::BadHeader("Kennzahlen außerhalb der Grenzen".into()).into());
    }
    let (stored, duplicate) = store.store_import(&station_id, &items)?;
    let figure_days = match figures {
        Some(figures) => store.record_figures(&station_id, figures)?,
        None => 0,
    };
    Ok(ImportSummary {
        station_id,
        station_name,
        stored,
        duplicate,
        figure_days,
    })
}
