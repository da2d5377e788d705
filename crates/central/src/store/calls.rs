//! Video calls: the room the central opened for a station's call, who answered it
//! and when it ended. Answering and ending are each one transaction with their audit
//! entry; a call is answered by one clerk only.

use chrono::{DateTime, Utc};

use super::audit::{audit_in, AuditAction};
use super::db::{args, Isolation};
use super::retention::PROGRAM_ACTOR;
use super::{timestamp, timestamp_of, Store, StoreError};

/// A call as stored, with its station's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallRecord {
    /// The call's id (UUIDv7 text).
    pub id: String,
    /// The station that asked for it.
    pub station_id: String,
    /// That station's name.
    pub station_name: String,
    /// The room on the video platform.
    pub room: u64,
    /// What joining the room takes.
    pub pin: String,
    /// What closing the room takes.
    pub secret: String,
    /// What the phone's link carries.
    pub phone_token: String,
    /// The kiosk's language (its tag).
    pub lang: String,
    /// When the station asked: RFC 3339, UTC, milliseconds.
    pub created_at: String,
    /// When a clerk answered.
    pub answered_at: Option<String>,
    /// Which clerk.
    pub answered_by: Option<String>,
    /// When it ended.
    pub ended_at: Option<String>,
}

/// A call to record: everything but the answer and the end.
#[derive(Debug, Clone)]
pub struct NewCall<'a> {
    /// The call's id.
    pub id: &'a str,
    /// The station that asked.
    pub station_id: &'a str,
    /// The room's number.
    pub room: u64,
    /// The room's PIN.
    pub pin: &'a str,
    /// The room's secret.
    pub secret: &'a str,
    /// The phone link's token.
    pub phone_token: &'a str,
    /// The kiosk's language.
    pub lang: &'a str,
}

/// What answering a call came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// This clerk has it (now or before).
    Yours,
    /// Another clerk answered it first.
    Taken,
    /// It ended.
    Ended,
    /// There is no such call.
    Missing,
}

/// A call nobody attends: unanswered since before `$1`, or asked for before `$2`.
const UNATTENDED: &str = "((answered_at IS NULL AND created_at < $1) OR created_at < $2)";

const COLUMNS: &str = "c.id, c.station_id, s.name, c.room, c.pin, c.secret, c.phone_token, \
                       c.lang, c.created_at, c.answered_at, c.answered_by, c.ended_at";

fn read(row: &super::db::Row) -> Result<CallRecord, StoreError> {
    let room: i64 = row.get(3)?;
    Ok(CallRecord {
        id: row.get(0)?,
        station_id: row.get(1)?,
        station_name: row.get(2)?,
        room: u64::try_from(room).map_err(|_| StoreError::Corrupt("calls.room".into()))?,
        pin: row.get(4)?,
        secret: row.get(5)?,
        phone_token: row.get(6)?,
        lang: row.get(7)?,
        created_at: row.get(8)?,
        answered_at: row.get(9)?,
        answered_by: row.get(10)?,
        ended_at: row.get(11)?,
    })
}

impl Store {
    /// Records a call the station asked for, its room just opened.
    pub fn add_call(&self, call: &NewCall<'_>) -> Result<(), StoreError> {
        let room =
            i64::try_from(call.room).map_err(|_| StoreError::Corrupt("calls.room".into()))?;
        self.db().execute(
            "INSERT INTO calls (id, station_id, room, pin, secret, phone_token, lang, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            args![
                call.id,
                call.station_id,
                room,
                call.pin,
                call.secret,
                call.phone_token,
                call.lang,
                timestamp()
            ],
        )?;
        Ok(())
    }

    /// The call `id`.
    pub fn call(&self, id: &str) -> Result<Option<CallRecord>, StoreError> {
        self.db()
            .query_opt(
                &format!(
                    "SELECT {COLUMNS} FROM calls c JOIN stations s ON s.id = c.station_id
                     WHERE c.id = $1"
                ),
                args![id],
            )?
            .map(|row| read(&row))
            .transpose()
    }

    /// The calls asked for since `since` (RFC 3339) and those still open, newest first.
    pub fn calls_since(&self, since: &str) -> Result<Vec<CallRecord>, StoreError> {
        self.db()
            .query(
                &format!(
                    "SELECT {COLUMNS} FROM calls c JOIN stations s ON s.id = c.station_id
                     WHERE c.created_at >= $1 OR c.ended_at IS NULL
                     ORDER BY c.created_at DESC, c.id"
                ),
                args![since],
            )?
            .iter()
            .map(read)
            .collect()
    }

    /// The open calls to end at `now`: those unanswered for longer than `unanswered`,
    /// and all that began more than `longest` ago.
    pub fn calls_to_end(
        &self,
        now: DateTime<Utc>,
        unanswered: chrono::Duration,
        longest: chrono::Duration,
    ) -> Result<Vec<CallRecord>, StoreError> {
        self.db()
            .query(
                &format!(
                    "SELECT {COLUMNS} FROM calls c JOIN stations s ON s.id = c.station_id
                     WHERE c.id IN (SELECT id FROM calls WHERE ended_at IS NULL AND {UNATTENDED})
                     ORDER BY c.created_at, c.id"
                ),
                args![timestamp_of(now - unanswered), timestamp_of(now - longest)],
            )?
            .iter()
            .map(read)
            .collect()
    }

    /// Ends call `id` as the program's at `now` if it is still one of
    /// [`Store::calls_to_end`] (a clerk may have answered it since), with the audit
    /// entry; whether it ended.
    pub fn end_unattended_call(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
        unanswered: chrono::Duration,
        longest: chrono::Duration,
    ) -> Result<bool, StoreError> {
        self.db().transaction(Isolation::Serializable, |db| {
            let ended = db.execute(
                &format!(
                    "UPDATE calls SET ended_at = $3, ended_by = $4
                     WHERE id = $5 AND ended_at IS NULL AND {UNATTENDED}"
                ),
                args![
                    timestamp_of(now - unanswered),
                    timestamp_of(now - longest),
                    timestamp_of(now),
                    PROGRAM_ACTOR,
                    id
                ],
            )? == 1;
            if ended {
                audit_in(db, PROGRAM_ACTOR, AuditAction::CallEnd, Some(id), None)?;
            }
            Ok(ended)
        })
    }

    /// Lets `clerk` answer call `id` unless another did or it ended; the first answer
    /// is recorded in the audit log.
    pub fn answer_call(&mut self, id: &str, clerk: &str) -> Result<Answer, StoreError> {
        self.db().transaction(Isolation::Serializable, |db| {
            let Some(row) = db.query_opt(
                "SELECT answered_by, ended_at FROM calls WHERE id = $1",
                args![id],
            )?
            else {
                return Ok(Answer::Missing);
            };
            let (answered_by, ended_at): (Option<String>, Option<String>) =
                (row.get(0)?, row.get(1)?);
            if ended_at.is_some() {
                return Ok(Answer::Ended);
            }
            match answered_by {
                Some(by) if by == clerk => Ok(Answer::Yours),
                Some(_) => Ok(Answer::Taken),
                None => {
                    db.execute(
                        "UPDATE calls SET answered_at = $2, answered_by = $3 WHERE id = $1",
                        args![id, timestamp(), clerk],
                    )?;
                    audit_in(db, clerk, AuditAction::CallAnswer, Some(id), None)?;
                    Ok(Answer::Yours)
                }
            }
        })
    }

    /// Records that `actor` ended call `id`; false when it had ended already.
    pub fn end_call(&mut self, id: &str, actor: &str) -> Result<bool, StoreError> {
        self.db().transaction(Isolation::Serializable, |db| {
            let ended = db.execute(
                "UPDATE calls SET ended_at = $2, ended_by = $3 WHERE id = $1 AND ended_at IS NULL",
                args![id, timestamp(), actor],
            )? == 1;
            if ended {
                audit_in(db, actor, AuditAction::CallEnd, Some(id), None)?;
            }
            Ok(ended)
        })
    }
}
