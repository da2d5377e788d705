//! Clerk accounts as stored: adding, listing, disabling, new passwords, and the
//! bookkeeping of sign-in tries (wrong tries, lock, last TOTP step used).

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::db::{args, Db, Isolation};
use super::{timestamp, timestamp_of, Store, StoreError};
use crate::accounts::{lockout, Role};

/// An account as listed.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ClerkRow {
    /// Account name.
    pub name: String,
    /// What the account may do.
    pub role: Role,
    /// When it was added.
    pub created_at: String,
    /// When it was disabled; `None` while active.
    pub disabled_at: Option<String>,
    /// When it last signed in; `None` if never.
    pub last_login_at: Option<String>,
    /// Until when it is locked after wrong passwords; `None` when not.
    pub locked_until: Option<String>,
}

/// What signing in needs to know of an account.
#[derive(Debug, Clone)]
pub struct ClerkCredentials {
    /// Row id (sessions refer to it).
    pub id: i64,
    /// Account name.
    pub name: String,
    /// What the account may do.
    pub role: Role,
    /// Argon2id PHC string.
    pub password: String,
    /// TOTP secret, for accounts with a second factor.
    pub totp_secret: Option<Vec<u8>>,
    /// Last TOTP step used.
    pub totp_last_step: Option<i64>,
    /// Whether the account is disabled.
    pub disabled: bool,
    /// Until when it is locked.
    pub locked_until: Option<DateTime<Utc>>,
}

fn parse_time(text: Option<String>) -> Option<DateTime<Utc>> {
    text.and_then(|text| DateTime::parse_from_rfc3339(&text).ok())
        .map(|time| time.with_timezone(&Utc))
}

impl Store {
    /// Adds an account; `false` when the name is taken.
    pub fn add_clerk(
        &mut self,
        name: &str,
        role: Role,
        password_phc: &str,
        totp_secret: Option<&[u8]>,
    ) -> Result<bool, StoreError> {
        let added = self.db().execute(
            "INSERT INTO clerks (name, role, password, totp_secret, created_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING",
            args![name, role.as_str(), password_phc, totp_secret, timestamp()],
        )?;
        Ok(added == 1)
    }

    /// Every account, by name.
    pub fn clerks(&self) -> Result<Vec<ClerkRow>, StoreError> {
        self.db()
            .query(
                "SELECT name, role, created_at, disabled_at, last_login_at, locked_until
                 FROM clerks ORDER BY name",
                args![],
            )?
            .iter()
            .map(|row| {
                let role: String = row.get(1)?;
                Ok(ClerkRow {
                    name: row.get(0)?,
                    role: Role::parse(&role).unwrap_or(Role::Clerk),
                    created_at: row.get(2)?,
                    disabled_at: row.get(3)?,
                    last_login_at: row.get(4)?,
                    locked_until: row.get(5)?,
                })
            })
            .collect()
    }

    /// The account named `name`, for signing in.
    pub fn clerk_credentials(&self, name: &str) -> Result<Option<ClerkCredentials>, StoreError> {
        self.db()
            .query_opt(
                "SELECT id, name, role, password, totp_secret, totp_last_step,
                        disabled_at IS NOT NULL, locked_until
                 FROM clerks WHERE name = $1",
                args![name],
            )?
            .map(|row| {
                let role: String = row.get(2)?;
                Ok(ClerkCredentials {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    role: Role::parse(&role).unwrap_or(Role::Clerk),
                    password: row.get(3)?,
                    totp_secret: row.get(4)?,
                    totp_last_step: row.get(5)?,
                    disabled: row.get(6)?,
                    locked_until: parse_time(row.get(7)?),
                })
            })
            .transpose()
    }

    /// Counts a wrong try and locks the account for as long as the count asks
    /// ([`lockout::lock_after`]); returns the lock's end, if any. One statement counts,
    /// so wrong tries at several central processes at once are each counted.
    pub fn record_failed_login(
        &mut self,
        clerk_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let failed: u32 = db
                .query_one(
                    "UPDATE clerks SET failed_logins = failed_logins + 1 WHERE id = $1
                     RETURNING failed_logins",
                    args![clerk_id],
                )?
                .get(0)?;
            let locked_until = lockout::lock_after(failed).map(|lock| now + lock);
            db.execute(
                "UPDATE clerks SET locked_until = $2 WHERE id = $1",
                args![clerk_id, locked_until.map(timestamp_of)],
            )?;
            Ok(locked_until)
        })
    }

    /// Records a successful sign-in: clears the wrong tries and, with a TOTP code,
    /// keeps its time step. `false` when a sign-in (at any central process) used this
    /// or a later step meanwhile: then the code counts as used, and the caller refuses.
    pub fn record_login(
        &mut self,
        clerk_id: i64,
        totp_step: Option<i64>,
    ) -> Result<bool, StoreError> {
        let changed = self.db().execute(
            "UPDATE clerks SET failed_logins = 0, locked_until = NULL, last_login_at = $2,
                    totp_last_step = coalesce($3, totp_last_step)
             WHERE id = $1
               AND (CAST($3 AS BIGINT) IS NULL OR totp_last_step IS NULL
                    OR totp_last_step < $3)",
            args![clerk_id, timestamp(), totp_step],
        )?;
        Ok(changed == 1)
    }

    /// Disables an account and ends its sessions; `false` when there is none.
    pub fn disable_clerk(&mut self, name: &str) -> Result<bool, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let changed = db.execute(
                "UPDATE clerks SET disabled_at = coalesce(disabled_at, $2) WHERE name = $1",
                args![name, timestamp()],
            )?;
            end_sessions_of(db, name)?;
            Ok(changed == 1)
        })
    }

    /// Sets a new password (and TOTP secret, when given), enables and unlocks the
    /// account, and ends its sessions; `false` when there is none.
    pub fn reset_clerk(
        &mut self,
        name: &str,
        password_phc: &str,
        totp_secret: Option<&[u8]>,
    ) -> Result<bool, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let changed = db.execute(
                "UPDATE clerks SET password = $2, disabled_at = NULL, failed_logins = 0,
                        locked_until = NULL,
                        totp_secret = coalesce($3, totp_secret),
                        totp_last_step = CASE WHEN CAST($3 AS BYTEA) IS NULL
                                              THEN totp_last_step END
                 WHERE name = $1",
                args![name, password_phc, totp_secret],
            )?;
            end_sessions_of(db, name)?;
            Ok(changed == 1)
        })
    }

    /// The role of an account, `None` when there is none.
    pub fn clerk_role(&self, name: &str) -> Result<Option<Role>, StoreError> {
        let role: Option<String> = self
            .db()
            .query_opt("SELECT role FROM clerks WHERE name = $1", args![name])?
            .map(|row| row.get(0))
            .transpose()?;
        Ok(role.as_deref().and_then(Role::parse))
    }
}

/// Ends every session of account `name`.
fn end_sessions_of(db: &mut Db, name: &str) -> Result<(), StoreError> {
    db.execute(
        "DELETE FROM sessions WHERE clerk_id = (SELECT id FROM clerks WHERE name = $1)",
        args![name],
    )?;
    Ok(())
}
