//! The desks of this station laptop: 1–4, each serving all or some kinds of matter.
//!
//! Staff set them up in the staff window or with `bk desks set`. A laptop that was
//! never set up has one desk serving every kind. Only the kinds some desk serves are
//! offered at the kiosk.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::clock::local_day;
use crate::error::{Result, StationError};
use crate::kinds::Kind;
use crate::store::Store;

/// The most desks one station has.
pub const MAX_DESKS: u8 = 4;

/// One desk and the kinds it serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Desk {
    /// 1 … [`MAX_DESKS`]; what the display and the voice call it ("Schalter 2").
    pub number: u8,
    /// The kinds it serves, never empty, in [`Kind::ALL`] order.
    pub kinds: Vec<Kind>,
}

impl Desk {
    /// Desk `number` serving `kinds`.
    pub fn new(number: u8, kinds: &[Kind]) -> Self {
        Desk {
            number,
            kinds: kinds.to_vec(),
        }
    }

    /// Whether this desk serves `kind`.
    pub fn serves(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// The desks as set up, by number; one desk for every kind when none were set up.
pub fn list(store: &Store) -> Result<Vec<Desk>> {
    read(store.conn())
}

/// [`list`] inside a transaction.
pub(crate) fn read(conn: &rusqlite::Connection) -> Result<Vec<Desk>> {
    let mut statement = conn.prepare("SELECT number, kinds FROM desks ORDER BY number")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, u8>(0)?, row.get::<_, String>(1)?))
    })?;
    let mut desks = Vec::new();
    for row in rows {
        let (number, kinds) = row?;
        desks.push(Desk {
            number,
            kinds: Kind::split(&kinds)?,
        });
    }
    if desks.is_empty() {
        desks.push(Desk {
            number: 1,
            kinds: Kind::ALL.to_vec(),
        });
    }
    Ok(desks)
}

/// The desk with `number`.
pub(crate) fn find(conn: &rusqlite::Connection, number: u8) -> Result<Desk> {
    read(conn)?
        .into_iter()
        .find(|desk| desk.number == number)
        .ok_or(StationError::UnknownDesk(number))
}

/// The kinds some desk serves, in [`Kind::ALL`] order: what the kiosk offers.
pub fn offered(desks: &[Desk]) -> Vec<Kind> {
    Kind::ALL
        .into_iter()
        .filter(|kind| desks.iter().any(|desk| desk.serves(*kind)))
        .collect()
}

/// Replaces the desks with `desks`: numbered 1, 2, … without gaps, at most
/// [`MAX_DESKS`], each serving at least one kind, and still serving every kind that
/// has tickets waiting today (which no desk could call otherwise).
pub fn set(store: &Store, desks: &[Desk], now: DateTime<Utc>) -> Result<()> {
    let count_fits = (1..=usize::from(MAX_DESKS)).contains(&desks.len());
    let numbered = desks
        .iter()
        .enumerate()
        .all(|(index, desk)| usize::from(desk.number) == index + 1);
    if !count_fits || !numbered {
        return Err(StationError::DesksInvalid(texts::german(
            "error-detail-desks-count",
            &[("max", MAX_DESKS.into())],
        )));
    }
    if let Some(desk) = desks.iter().find(|desk| desk.kinds.is_empty()) {
        return Err(StationError::DesksInvalid(texts::german(
            "error-detail-desk-without-kind",
            &[("desk", desk.number.into())],
        )));
    }
    let tx = store.write_transaction()?;
    let mut statement = tx.prepare(
        "SELECT DISTINCT kind FROM tickets WHERE day = ?1 AND status = 'waiting' ORDER BY kind",
    )?;
    let waiting = statement
        .query_map([local_day(now).to_string()], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    drop(statement);
    let served = offered(desks);
    let stranded: Vec<String> = waiting
        .iter()
        .filter_map(|kind| kind.parse::<Kind>().ok())
        .filter(|kind| !served.contains(kind))
        .map(Kind::german)
        .collect();
    if !stranded.is_empty() {
        return Err(StationError::DesksInvalid(texts::german(
            "error-detail-desks-strand",
            &[("kinds", stranded.join(", ").into())],
        )));
    }
    tx.execute("DELETE FROM desks", [])?;
    for desk in desks {
        tx.execute(
            "INSERT INTO desks (number, kinds) VALUES (?1, ?2)",
            params![desk.number, Kind::join(&desk.kinds)],
        )?;
    }
    tx.commit()?;
    Ok(())
}
