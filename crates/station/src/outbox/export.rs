//! The offline way: all pending items (still sealed), and on request the dead
//! letters too, with the figures since the last upload, in one signed file for a USB stick (`syncproto::export_file`), which
//! `bk-central import` reads.
//!
//! The file is written next to its destination under a temporary name, flushed to
//! disk and then renamed, so a full stick or a pulled stick never leaves a file that
//! looks complete. The items stay pending and are marked as exported; the next sync
//! asks the central (`ack-query`) which of them arrived and acknowledges those.
//! Dead letters stay dead letters: the import is idempotent, so after it
//! `bk sync --retry-dead` sends them again and the central answers `duplicate`.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{params, Transaction, TransactionBehavior};
use syncproto::export_file::ExportWriter;
use syncproto::ExportError;

use super::rows;
use crate::clock::to_stored;
use crate::error::{Result, StationError};
use crate::store::Store;
use crate::sync::{enrolment, figures};

/// Items per read from the store while writing.
const CHUNK: usize = 500;

/// Writes every pending item (with `include_dead` also every dead letter, in the same
/// order of recording) into a signed export file at `path`; returns how many.
pub fn export(store: &Store, now: DateTime<Utc>, path: &Path, include_dead: bool) -> Result<u64> {
    let enrolment = enrolment::require(store)?;
    let temporary = temporary_path(path);
    let failed = |e: ExportError| match e {
        ExportError::Write(source) => StationError::io(&temporary, source),
        other => StationError::io(&temporary, std::io::Error::other(other.to_string())),
    };
    // Before the read transaction: taking a revision writes. The figures are
    // informational: when they cannot be read, the requests go without them.
    let figures = figures::upload_now(store, now).ok();
    // One read transaction: the count in the header and the items written agree.
    let snapshot = Transaction::new_unchecked(store.conn(), TransactionBehavior::Deferred)?;
    let (count, last_seq): (u64, i64) = snapshot.query_row(
        "SELECT count(*) FILTER (WHERE state = 'pending' OR ?1),
                coalesce(max(seq) FILTER (WHERE state = 'pending'), 0)
         FROM outbox WHERE state IN ('pending', 'dead_letter')",
        [include_dead],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let file = File::create(&temporary).map_err(|e| StationError::io(&temporary, e))?;
    let mut writer = ExportWriter::new(
        BufWriter::new(file),
        &enrolment.station_id,
        now,
        count,
        figures,
    )
    .map_err(failed)?;
    let mut after_seq = 0;
    loop {
        let chunk = rows::items_after(&snapshot, include_dead, after_seq, CHUNK, usize::MAX)?;
        let Some(last) = chunk.last() else { break };
        after_seq = last.seq;
        for pending in &chunk {
            writer.write_item(&pending.item).map_err(failed)?;
        }
    }
    drop(snapshot);
    let file = writer
        .finish(enrolment.station_signing_key())
        .map_err(failed)?
        .into_inner()
        .map_err(|e| StationError::io(&temporary, e.into_error()))?;
    file.sync_all()
        .map_err(|e| StationError::io(&temporary, e))?;
    drop(file);
    std::fs::rename(&temporary, path).map_err(|e| StationError::io(path, e))?;
    store.conn().execute(
        "UPDATE outbox SET exported_at = ?1
         WHERE state = 'pending' AND seq <= ?2 AND exported_at IS NULL",
        params![to_stored(now), last_seq],
    )?;
    Ok(count)
}

/// `FILE.part` next to `FILE`.
fn temporary_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    path.with_file_name(name)
}
