//! Enrolment at the central: redeem IT's one-time code, pin the central's keys.
//!
//! The station generates its Ed25519 key here (it signs USB export files and never
//! leaves the store), sends the public half with the code, and keeps what the
//! central answers: station id and name, the bearer token, the central's HPKE key
//! (requests are sealed to it) and its signing key (configuration is checked with
//! it). A station is enrolled once; the row is written only after the central said
//! yes, so a failed attempt leaves nothing behind.

use std::fmt;

use chrono::{DateTime, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};
use rusqlite::{params, OptionalExtension};
use syncproto::binding::{BindingKey, BINDING_LEN};
use syncproto::encoding::{to_base64, verifying_key_from_base64};
use syncproto::enrolment_code;
use syncproto::{seal, EnrollRequest, ItemKind, SealPublicKey};
use texts::german;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::client::CentralClient;
use super::error::SyncError;
use crate::clock::to_stored;
use crate::error::{Result, StationError};
use crate::store::Store;

/// The enrolment of this station.
pub struct Enrolment {
    /// Address of the central.
    pub central_url: String,
    /// The station's id at the central (UUIDv7).
    pub station_id: String,
    /// The station's name at the central.
    pub station_name: String,
    /// The central's key to seal items to.
    pub hpke_public_key: SealPublicKey,
    /// The central's key that signs configuration bundles.
    pub central_signing_key: VerifyingKey,
    /// When the station was enrolled (RFC 3339).
    pub enrolled_at: String,
    token: Zeroizing<String>,
    station_signing_key: SigningKey,
}

impl Enrolment {
    /// The bearer token for push, config and ack-query.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The station's own key, which signs export files.
    pub fn station_signing_key(&self) -> &SigningKey {
        &self.station_signing_key
    }

    /// A client for the central with this station's token.
    pub fn client(&self) -> Result<CentralClient, SyncError> {
        CentralClient::new(&self.central_url, Some(self.token()))
    }
}

impl fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Enrolment")
            .field("central_url", &self.central_url)
            .field("station_id", &self.station_id)
            .field("station_name", &self.station_name)
            .field("enrolled_at", &self.enrolled_at)
            .finish_non_exhaustive()
    }
}

/// The enrolment, if the station has one.
pub fn load(store: &Store) -> Result<Option<Enrolment>> {
    let row = store
        .conn()
        .query_row(
            "SELECT central_url, station_id, station_name, token, hpke_public_key,
                    central_signing_key, station_signing_key, enrolled_at
             FROM enrolment WHERE id = 1",
            [],
            |row| {
                Ok((
                    (
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                    ),
                    Zeroizing::new(row.get::<_, String>(3)?),
                    (
                        row.get::<_, Vec<u8>>(4)?,
                        row.get::<_, Vec<u8>>(5)?,
                        Zeroizing::new(row.get::<_, Vec<u8>>(6)?),
                    ),
                    row.get::<_, String>(7)?,
                ))
            },
        )
        .optional()?;
    let Some(((central_url, station_id, station_name), token, keys, enrolled_at)) = row else {
        return Ok(None);
    };
    // `key`: `hpke`, `central` or `station`, the selector of the message.
    let broken = |key: &str| StationError::Corrupt {
        path: store.path().to_path_buf(),
        detail: german(
            "error-detail-enrolment-key-unusable",
            &[("key", key.into())],
        ),
    };
    let key32 = |bytes: &[u8], key: &str| <[u8; 32]>::try_from(bytes).map_err(|_| broken(key));
    let hpke_public_key =
        SealPublicKey::from_bytes(&key32(&keys.0, "hpke")?).map_err(|_| broken("hpke"))?;
    let central_signing_key =
        VerifyingKey::from_bytes(&key32(&keys.1, "central")?).map_err(|_| broken("central"))?;
    let station_signing_key = SigningKey::from_bytes(&key32(&keys.2, "station")?);
    Ok(Some(Enrolment {
        central_url,
        station_id,
        station_name,
        hpke_public_key,
        central_signing_key,
        enrolled_at,
        token,
        station_signing_key,
    }))
}

/// The enrolment, or [`StationError::NotEnrolled`].
pub fn require(store: &Store) -> Result<Enrolment> {
    load(store)?.ok_or(StationError::NotEnrolled)
}

/// What requests are sealed with: the central's key, this station's id (the seal
/// binds it, format 2) and the key of the station's tag on each item.
pub(crate) struct SealTarget {
    central_key: SealPublicKey,
    station_id: String,
    binding_key: BindingKey,
}

impl SealTarget {
    /// Seals `plaintext` of item `id`/`kind` to the central and tags the blob:
    /// (sealed blob, tag).
    pub(crate) fn seal(
        &self,
        id: &Uuid,
        kind: ItemKind,
        plaintext: &[u8],
    ) -> Result<(Vec<u8>, [u8; BINDING_LEN])> {
        let sealed = seal::seal(&self.central_key, id, kind, &self.station_id, plaintext)?;
        let tag = self.binding_key.tag(id, kind, &self.station_id, &sealed);
        Ok((sealed, tag))
    }
}

/// The [`SealTarget`] of this station; [`StationError::NotEnrolled`] before enrolment.
pub(crate) fn seal_target(store: &Store) -> Result<SealTarget> {
    let enrolment = require(store)?;
    Ok(SealTarget {
        binding_key: BindingKey::for_token(enrolment.token()),
        central_key: enrolment.hpke_public_key,
        station_id: enrolment.station_id,
    })
}

/// Redeems `code` at the central at `url` and stores the enrolment. The code's last
/// eight characters must match the fingerprint of the keys the central sends, else
/// nothing is stored. A station already enrolled there may enrol again with a new
/// code (after IT replaced its token): the same station id and keys are required,
/// and only the token changes.
pub async fn enrol(
    store: &Store,
    url: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Enrolment, SyncError> {
    let client = CentralClient::new(url, None)?;
    let typed = enrolment_code::parse(code).ok_or(SyncError::EnrolmentCodeMalformed)?;
    let fingerprint = typed.fingerprint.ok_or(SyncError::EnrolmentCodeMalformed)?;
    let existing = load(store)?;
    if let Some(existing) = &existing {
        if existing.central_url != url.trim() {
            return Err(already_enrolled(existing));
        }
    }
    let seed = match &existing {
        Some(existing) => Zeroizing::new(existing.station_signing_key.to_bytes()),
        None => {
            let mut seed = Zeroizing::new([0u8; 32]);
            getrandom::fill(seed.as_mut())
                .map_err(|e| StationError::NoRandomness(e.to_string()))?;
            seed
        }
    };
    let station_signing_key = SigningKey::from_bytes(&seed);
    let response = client
        .enroll(&EnrollRequest {
            code: typed.code,
            station_public_key: to_base64(station_signing_key.verifying_key().as_bytes()),
        })
        .await?;
    let hpke_public_key = SealPublicKey::from_base64(&response.hpke_public_key)?;
    let central_signing_key =
        verifying_key_from_base64("centralSigningKey", &response.central_signing_key)?;
    if enrolment_code::fingerprint(&hpke_public_key.to_bytes(), central_signing_key.as_bytes())
        != fingerprint
    {
        return Err(SyncError::FingerprintMismatch);
    }
    let enrolled_at = to_stored(now);
    if let Some(existing) = &existing {
        let same_central = existing.station_id == response.station_id
            && existing.hpke_public_key.to_bytes() == hpke_public_key.to_bytes()
            && existing.central_signing_key == central_signing_key;
        if !same_central {
            return Err(already_enrolled(existing));
        }
        store
            .conn()
            .execute(
                "UPDATE enrolment SET token = ?1, station_name = ?2, enrolled_at = ?3 WHERE id = 1",
                params![response.token, response.station_name, enrolled_at],
            )
            .map_err(StationError::from)?;
        return Ok(require(store)?);
    }
    store
        .conn()
        .execute(
            "INSERT INTO enrolment (id, central_url, station_id, station_name, token,
                 hpke_public_key, central_signing_key, station_signing_key, enrolled_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                url.trim(),
                response.station_id,
                response.station_name,
                response.token,
                hpke_public_key.to_bytes(),
                central_signing_key.as_bytes(),
                seed.as_ref(),
                enrolled_at
            ],
        )
        .map_err(StationError::from)?;
    Ok(require(store)?)
}

fn already_enrolled(existing: &Enrolment) -> SyncError {
    StationError::AlreadyEnrolled {
        url: existing.central_url.clone(),
        name: existing.station_name.clone(),
    }
    .into()
}
