//! Signed-in sessions: created at sign-in, looked up (and kept alive) on each page,
//! ended on sign-out or after the idle time. Only the SHA-256 of the cookie is stored.

use chrono::{Duration, SecondsFormat, Utc};

use super::db::{args, Isolation};
use super::{timestamp, Store, StoreError};

/// The longest a session lives, however active: a working day.
pub const MAX_SESSION: Duration = Duration::hours(12);
use crate::accounts::Role;

/// The clerk behind a live session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionClerk {
    /// Account name.
    pub name: String,
    /// What the account may do.
    pub role: Role,
    /// The token every form of this session carries.
    pub csrf: String,
}

impl Store {
    /// Starts a session for a clerk.
    pub fn create_session(
        &mut self,
        token_hash: &[u8; 32],
        clerk_id: i64,
        csrf: &str,
    ) -> Result<(), StoreError> {
        let now = timestamp();
        self.db().execute(
            "INSERT INTO sessions (token_hash, clerk_id, csrf, created_at, last_active_at)
             VALUES ($1, $2, $3, $4, $4)",
            args![token_hash, clerk_id, csrf, now],
        )?;
        Ok(())
    }

    /// The clerk of a session that was active within `idle` and started within
    /// [`MAX_SESSION`], and marks it active now. Any other session, or one of a disabled
    /// account, is deleted and `None`.
    pub fn live_session(
        &mut self,
        token_hash: &[u8; 32],
        idle: Duration,
    ) -> Result<Option<SessionClerk>, StoreError> {
        let now = Utc::now();
        let oldest = (now - idle).to_rfc3339_opts(SecondsFormat::Millis, true);
        let started_after = (now - MAX_SESSION).to_rfc3339_opts(SecondsFormat::Millis, true);
        let now = now.to_rfc3339_opts(SecondsFormat::Millis, true);
        let found: Option<(String, String, String)> =
            self.db().transaction(Isolation::ReadCommitted, |db| {
                let found = db
                    .query_opt(
                        "UPDATE sessions SET last_active_at = $3
                         WHERE token_hash = $1 AND last_active_at > $2 AND created_at > $4
                           AND clerk_id IN (SELECT id FROM clerks WHERE disabled_at IS NULL)
                         RETURNING (SELECT name FROM clerks WHERE id = clerk_id),
                                   (SELECT role FROM clerks WHERE id = clerk_id), csrf",
                        args![token_hash, oldest, now, started_after],
                    )?
                    .map(|row| Ok::<_, StoreError>((row.get(0)?, row.get(1)?, row.get(2)?)))
                    .transpose()?;
                if found.is_none() {
                    db.execute(
                        "DELETE FROM sessions WHERE token_hash = $1",
                        args![token_hash],
                    )?;
                }
                Ok(found)
            })?;
        Ok(found.and_then(|(name, role, csrf)| {
            Role::parse(&role).map(|role| SessionClerk { name, role, csrf })
        }))
    }

    /// Ends a session.
    pub fn end_session(&mut self, token_hash: &[u8; 32]) -> Result<(), StoreError> {
        self.db().execute(
            "DELETE FROM sessions WHERE token_hash = $1",
            args![token_hash],
        )?;
        Ok(())
    }

    /// Deletes every session idle for longer than `idle` or older than [`MAX_SESSION`].
    pub fn end_idle_sessions(&mut self, idle: Duration) -> Result<usize, StoreError> {
        let now = Utc::now();
        let oldest = (now - idle).to_rfc3339_opts(SecondsFormat::Millis, true);
        let started_before = (now - MAX_SESSION).to_rfc3339_opts(SecondsFormat::Millis, true);
        Ok(self.db().execute(
            "DELETE FROM sessions WHERE last_active_at <= $1 OR created_at <= $2",
            args![oldest, started_before],
        )? as usize)
    }
}
