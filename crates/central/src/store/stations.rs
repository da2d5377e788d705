//! Stations IT registered, their one-time enrolment codes, tokens and public keys,
//! and when each was last heard from.

use chrono::{Duration, SecondsFormat, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::db::{args, Db, Isolation, Row};
use super::{timestamp, Store, StoreError};
use crate::secrets::{hash_secret, new_enrolment_code};

/// A station as the back office sees it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct StationRow {
    /// Station id (UUIDv7 text).
    pub id: String,
    /// Name IT gave the station when registering it.
    pub name: String,
    /// When it was registered: RFC 3339, UTC, milliseconds.
    pub created_at: String,
    /// When it redeemed its enrolment code; `None` until then.
    pub enrolled_at: Option<String>,
    /// When it last enrolled, pushed, fetched the configuration or asked for acks; `None` if never.
    pub last_seen_at: Option<String>,
    /// When it last pushed items; `None` if never.
    pub last_push_at: Option<String>,
    /// When one of its export files was last imported; `None` if never.
    pub last_import_at: Option<String>,
    /// How many items the central holds from it.
    pub item_count: u64,
    /// When it was revoked; `None` while its token is good.
    pub revoked_at: Option<String>,
    /// The app version it last reported.
    pub app_version: Option<String>,
    /// The configuration version it last reported running (0: the built-in one).
    pub config_version: Option<u64>,
    /// Items waiting in its outbox, as last reported.
    pub reported_pending: Option<u64>,
    /// Dead letters in its outbox, as last reported.
    pub reported_dead: Option<u64>,
    /// When it last reported.
    pub reported_at: Option<String>,
}

/// The station a valid bearer token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthedStation {
    /// Station id (UUIDv7 text).
    pub id: String,
    /// Name IT gave the station.
    pub name: String,
    /// Whether the station was revoked (its token is refused).
    pub revoked: bool,
}

/// What a station reports of itself with each sync round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StationStatus {
    /// Its app version.
    pub app_version: String,
    /// The configuration version it runs (0: the built-in one).
    pub config_version: u64,
    /// Items waiting in its outbox.
    pub pending: u64,
    /// Dead letters in its outbox.
    pub dead_letters: u64,
}

/// What the store knows of a station's signing key (for export files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StationKey {
    /// No station has this id.
    Unknown,
    /// Registered, but no usable public key is stored (not yet enrolled).
    NotEnrolled {
        /// The station's name.
        name: String,
    },
    /// Revoked by IT: its files are refused.
    Revoked {
        /// The station's name.
        name: String,
    },
    /// Enrolled, with its public key.
    Enrolled {
        /// The station's name.
        name: String,
        /// The station's Ed25519 public key, which checks its export files' signatures.
        public_key: [u8; 32],
    },
}

/// A freshly registered station and the code that enrols it.
#[derive(Debug, Clone)]
pub struct NewEnrolmentCode {
    /// The new station's id (UUIDv7 text).
    pub station_id: String,
    /// The part the central redeems, canonical (12 characters); people see it with
    /// the keys' fingerprint ([`NewEnrolmentCode::shown`]).
    pub code: String,
    /// When the code expires: RFC 3339, UTC, milliseconds.
    pub expires_at: String,
}

impl NewEnrolmentCode {
    /// As shown to people: `XXXX-XXXX-XXXX-FFFF-FFFF`, the last two groups being the
    /// fingerprint of the central's keys.
    pub fn shown(&self, fingerprint: &str) -> String {
        syncproto::enrolment_code::display(&self.code, fingerprint)
    }
}

impl Store {
    /// Registers a station named `name` with a new one-time code valid for `valid_for`;
    /// only the code's hash is kept.
    pub fn add_station(
        &mut self,
        name: &str,
        valid_for: Duration,
    ) -> Result<NewEnrolmentCode, StoreError> {
        let station_id = Uuid::now_v7().to_string();
        let code = new_enrolment_code()?;
        self.db().transaction(Isolation::ReadCommitted, |db| {
            db.execute(
                "INSERT INTO stations (id, name, created_at) VALUES ($1, $2, $3)",
                args![station_id, name, timestamp()],
            )?;
            insert_enrolment_code(db, &station_id, &code, valid_for)
        })
    }

    /// Replaces a station's token: the old one is refused at once, and a new one-time
    /// code lets the station enrol again. `None` for an unknown or revoked station.
    pub fn rotate_station(
        &mut self,
        station_id: &str,
        valid_for: Duration,
    ) -> Result<Option<NewEnrolmentCode>, StoreError> {
        let code = new_enrolment_code()?;
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let changed = db.execute(
                "UPDATE stations SET token_hash = NULL, enrolled_at = NULL
                 WHERE id = $1 AND revoked_at IS NULL",
                args![station_id],
            )?;
            if changed == 0 {
                return Ok(None);
            }
            expire_open_codes(db, station_id)?;
            insert_enrolment_code(db, station_id, &code, valid_for).map(Some)
        })
    }

    /// Revokes a station: its token is refused from now on and its open codes are
    /// void. `false` for an unknown or already revoked station.
    pub fn revoke_station(&mut self, station_id: &str) -> Result<bool, StoreError> {
        self.db().transaction(Isolation::ReadCommitted, |db| {
            let changed = db.execute(
                "UPDATE stations SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
                args![station_id, timestamp()],
            )?;
            expire_open_codes(db, station_id)?;
            Ok(changed == 1)
        })
    }

    /// Stores what a station reported of itself.
    pub fn record_station_status(
        &mut self,
        station_id: &str,
        status: &StationStatus,
    ) -> Result<(), StoreError> {
        self.db().execute(
            "UPDATE stations SET app_version = $2, config_version = $3, reported_pending = $4,
                    reported_dead = $5, reported_at = $6, last_seen_at = $6
             WHERE id = $1",
            args![
                station_id,
                status.app_version,
                status.config_version,
                status.pending,
                status.dead_letters,
                timestamp()
            ],
        )?;
        Ok(())
    }

    /// Redeems a one-time code: binds the station's key and token. `None` when the
    /// code is unknown, used or expired (the caller does not learn which).
    pub fn enrol(
        &mut self,
        code: &str,
        station_public_key: &[u8; 32],
        token_hash: &[u8; 32],
    ) -> Result<Option<AuthedStation>, StoreError> {
        let Some(canonical) = syncproto::enrolment_code::parse(code).map(|typed| typed.code) else {
            return Ok(None);
        };
        let now = timestamp();
        self.db().transaction(Isolation::ReadCommitted, |db| {
            // Each UPDATE takes its row's lock: a code redeemed by two requests at
            // once is used by one of them.
            let station_id: Option<String> = db
                .query_opt(
                    "UPDATE enrolment_codes SET used_at = $2
                     WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
                     RETURNING station_id",
                    args![hash_secret(&canonical), now],
                )?
                .map(|row| row.get(0))
                .transpose()?;
            let Some(station_id) = station_id else {
                return Ok(None);
            };
            let name: Option<String> = db
                .query_opt(
                    "UPDATE stations SET public_key = $2, token_hash = $3, enrolled_at = $4,
                            last_seen_at = $4
                     WHERE id = $1 AND enrolled_at IS NULL AND revoked_at IS NULL
                     RETURNING name",
                    args![station_id, station_public_key, token_hash, now],
                )?
                .map(|row| row.get(0))
                .transpose()?;
            if name.is_none() {
                // The station cannot take the code (enrolled or revoked meanwhile):
                // the code stays as it was.
                db.execute(
                    "UPDATE enrolment_codes SET used_at = NULL WHERE code_hash = $1",
                    args![hash_secret(&canonical)],
                )?;
            }
            Ok(name.map(|name| AuthedStation {
                id: station_id,
                name,
                revoked: false,
            }))
        })
    }

    /// The station a bearer token (given as its hash) belongs to.
    pub fn station_by_token(
        &self,
        token_hash: &[u8; 32],
    ) -> Result<Option<AuthedStation>, StoreError> {
        self.db()
            .query_opt(
                "SELECT id, name, revoked_at IS NOT NULL FROM stations WHERE token_hash = $1",
                args![token_hash],
            )?
            .map(|row| {
                Ok(AuthedStation {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    revoked: row.get(2)?,
                })
            })
            .transpose()
    }

    /// Records that a station was heard from.
    pub fn touch_station(&self, station_id: &str) -> Result<(), StoreError> {
        self.db().execute(
            "UPDATE stations SET last_seen_at = $2 WHERE id = $1",
            args![station_id, timestamp()],
        )?;
        Ok(())
    }

    /// The signing key of a station, for checking its export files.
    pub fn station_key(&self, station_id: &str) -> Result<StationKey, StoreError> {
        let row = self.db().query_opt(
            "SELECT name, public_key, revoked_at IS NOT NULL FROM stations WHERE id = $1",
            args![station_id],
        )?;
        let Some(row) = row else {
            return Ok(StationKey::Unknown);
        };
        let (name, key, revoked): (String, Option<Vec<u8>>, bool) =
            (row.get(0)?, row.get(1)?, row.get(2)?);
        Ok(match (key, revoked) {
            (_, true) => StationKey::Revoked { name },
            (None, false) => StationKey::NotEnrolled { name },
            (Some(key), false) => match <[u8; 32]>::try_from(key.as_slice()) {
                Ok(public_key) => StationKey::Enrolled { name, public_key },
                Err(_) => StationKey::NotEnrolled { name },
            },
        })
    }

    /// Every station, oldest first, with its item count and last contact.
    pub fn stations(&self) -> Result<Vec<StationRow>, StoreError> {
        self.db()
            .query(
                "SELECT s.id, s.name, s.created_at, s.enrolled_at, s.last_seen_at, s.last_push_at,
                        s.last_import_at, (SELECT count(*) FROM items i WHERE i.station_id = s.id),
                        s.revoked_at, s.app_version, s.config_version, s.reported_pending,
                        s.reported_dead, s.reported_at
                 FROM stations s ORDER BY s.created_at, s.id",
                args![],
            )?
            .iter()
            .map(station_row)
            .collect()
    }
}

fn station_row(row: &Row) -> Result<StationRow, StoreError> {
    Ok(StationRow {
        id: row.get(0)?,
        name: row.get(1)?,
        created_at: row.get(2)?,
        enrolled_at: row.get(3)?,
        last_seen_at: row.get(4)?,
        last_push_at: row.get(5)?,
        last_import_at: row.get(6)?,
        item_count: row.get(7)?,
        revoked_at: row.get(8)?,
        app_version: row.get(9)?,
        config_version: row.get(10)?,
        reported_pending: row.get(11)?,
        reported_dead: row.get(12)?,
        reported_at: row.get(13)?,
    })
}

/// Inserts the one-time code `canonical` for `station_id`; only its hash is kept.
fn insert_enrolment_code(
    db: &mut Db,
    station_id: &str,
    canonical: &str,
    valid_for: Duration,
) -> Result<NewEnrolmentCode, StoreError> {
    let expires_at = (Utc::now() + valid_for).to_rfc3339_opts(SecondsFormat::Millis, true);
    db.execute(
        "INSERT INTO enrolment_codes (code_hash, station_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4)",
        args![hash_secret(canonical), station_id, timestamp(), expires_at],
    )?;
    Ok(NewEnrolmentCode {
        station_id: station_id.to_owned(),
        code: canonical.to_owned(),
        expires_at,
    })
}

/// Voids the unused codes of a station.
fn expire_open_codes(db: &mut Db, station_id: &str) -> Result<(), StoreError> {
    db.execute(
        "UPDATE enrolment_codes SET used_at = $2 WHERE station_id = $1 AND used_at IS NULL",
        args![station_id, timestamp()],
    )?;
    Ok(())
}
