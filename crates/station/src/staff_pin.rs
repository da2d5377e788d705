//! The staff PIN that opens the staff window.
//!
//! Set by IT on the laptop (`bk staff set-pin`; 6–12 digits, trivial ones refused),
//! never from the kiosk's screen, and kept only as an Argon2id hash (PHC string) in the
//! store. Five wrong tries in a row lock it: five minutes the first time, and each
//! further lock in a row twice as long as the one before (at most a day), until the
//! right PIN opens the staff window again. The counters and the lock live in the store,
//! so a restart does not reset them. The PIN itself arrives as [`StaffPin`], which is
//! zeroized on drop and never shown by `Debug`.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Duration, Utc};
use password_hash::rand_core::OsRng;
use rusqlite::{params, OptionalExtension};
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::clock::{from_stored, to_stored};
use crate::error::{Result, StationError};
use crate::store::Store;

/// Wrong tries in a row before the lock.
pub const MAX_TRIES: u32 = 5;

/// How long the first lock lasts.
pub const LOCK_SECONDS: i64 = 5 * 60;

/// The longest a lock lasts.
pub const LONGEST_LOCK_SECONDS: i64 = 24 * 60 * 60;

/// How long the `lockout`-th lock in a row lasts (the first is [`LOCK_SECONDS`]).
pub fn lock_length(lockout: u32) -> Duration {
    let doublings = lockout.saturating_sub(1).min(20);
    Duration::seconds((LOCK_SECONDS << doublings).min(LONGEST_LOCK_SECONDS))
}

/// Allowed PIN lengths.
const LENGTHS: std::ops::RangeInclusive<usize> = 6..=12;

/// A staff PIN as typed; wiped from memory when dropped.
#[derive(Deserialize)]
#[serde(transparent)]
pub struct StaffPin(Zeroizing<String>);

impl StaffPin {
    /// Takes ownership of the typed text.
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// Whether both were typed the same (the second entry of a new PIN).
    pub fn same_as(&self, other: &StaffPin) -> bool {
        self.bytes() == other.bytes()
    }
}

/// In the UI contract a staff PIN is a string.
impl specta::Type for StaffPin {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        <String as specta::Type>::definition(types)
    }
}

impl std::fmt::Debug for StaffPin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StaffPin(<verborgen>)")
    }
}

/// Whether a staff PIN has been set.
pub fn is_set(store: &Store) -> Result<bool> {
    Ok(store
        .conn()
        .query_row("SELECT EXISTS (SELECT 1 FROM staff_pin)", [], |row| {
            row.get(0)
        })?)
}

/// Sets the staff PIN; refused when one is already set or `pin` is too weak.
pub fn setup(store: &Store, pin: &StaffPin) -> Result<()> {
    check_strength(pin.bytes())?;
    if is_set(store)? {
        return Err(StationError::StaffPinAlreadySet);
    }
    let phc = hash(pin)?;
    // The INSERT is the real guard: two set-ups racing meet the primary key.
    let inserted = store.conn().execute(
        "INSERT INTO staff_pin (id, phc, failed_tries) VALUES (1, ?1, 0) ON CONFLICT (id) DO NOTHING",
        [phc],
    )?;
    if inserted == 0 {
        return Err(StationError::StaffPinAlreadySet);
    }
    Ok(())
}

/// Sets the staff PIN whether or not one is set (IT, when staff forgot theirs): the
/// wrong tries, the lock and the count of locks start afresh. Refused when `pin` is too weak.
pub fn replace(store: &Store, pin: &StaffPin) -> Result<()> {
    check_strength(pin.bytes())?;
    let phc = hash(pin)?;
    store.conn().execute(
        "INSERT INTO staff_pin (id, phc, failed_tries, locked_until, lockouts) \
         VALUES (1, ?1, 0, NULL, 0) \
         ON CONFLICT (id) DO UPDATE SET phc = excluded.phc, failed_tries = 0, \
         locked_until = NULL, lockouts = 0",
        [phc],
    )?;
    Ok(())
}

/// The PHC string of `pin` with a fresh salt.
fn hash(pin: &StaffPin) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(pin.bytes(), &salt)
        .map_err(|e| StationError::PinHash(e.to_string()))?
        .to_string())
}

/// Checks `pin`. Errors: [`StationError::StaffPinWrong`] with the tries left,
/// [`StationError::StaffLocked`] while locked (also on the try that causes the lock),
/// [`StationError::StaffPinNotSet`].
pub fn verify(store: &Store, pin: &StaffPin, now: DateTime<Utc>) -> Result<()> {
    let tx = store.write_transaction()?;
    let (phc, failed_tries, locked_until, lockouts): (String, u32, Option<String>, u32) = tx
        .query_row(
            "SELECT phc, failed_tries, locked_until, lockouts FROM staff_pin WHERE id = 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?
        .ok_or(StationError::StaffPinNotSet)?;

    if let Some(until) = locked_until
        .as_deref()
        .and_then(|text| from_stored(text).ok())
    {
        if until > now {
            // A clock set back must not stretch the lock beyond its length.
            let until = until.min(now + lock_length(lockouts));
            tx.execute(
                "UPDATE staff_pin SET locked_until = ?1 WHERE id = 1",
                [to_stored(until)],
            )?;
            tx.commit()?;
            return Err(locked(until, now));
        }
    }

    let hash = PasswordHash::new(&phc).map_err(|e| StationError::PinHash(e.to_string()))?;
    if Argon2::default()
        .verify_password(pin.bytes(), &hash)
        .is_ok()
    {
        tx.execute(
            "UPDATE staff_pin SET failed_tries = 0, locked_until = NULL, lockouts = 0 WHERE id = 1",
            [],
        )?;
        tx.commit()?;
        return Ok(());
    }

    let failed_tries = failed_tries + 1;
    if failed_tries >= MAX_TRIES {
        let lockouts = lockouts.saturating_add(1);
        let until = now + lock_length(lockouts);
        tx.execute(
            "UPDATE staff_pin SET failed_tries = 0, locked_until = ?1, lockouts = ?2 WHERE id = 1",
            params![to_stored(until), lockouts],
        )?;
        tx.commit()?;
        return Err(locked(until, now));
    }
    tx.execute(
        "UPDATE staff_pin SET failed_tries = ?1 WHERE id = 1",
        [failed_tries],
    )?;
    tx.commit()?;
    Err(StationError::StaffPinWrong {
        tries_left: MAX_TRIES - failed_tries,
    })
}

fn locked(until: DateTime<Utc>, now: DateTime<Utc>) -> StationError {
    let millis = u64::try_from((until - now).num_milliseconds()).unwrap_or(0);
    StationError::StaffLocked {
        seconds_left: millis.div_ceil(1000),
    }
}

/// Refuses PINs of the wrong length, with non-digits, or easy to guess: one digit
/// repeated, a straight run up or down (`123456`, `987654`), or a block of two or
/// three digits repeated (`121212`, `123123`).
fn check_strength(pin: &[u8]) -> Result<()> {
    if !LENGTHS.contains(&pin.len()) {
        return Err(StationError::StaffPinRejected("error-detail-pin-length"));
    }
    if !pin.iter().all(u8::is_ascii_digit) {
        return Err(StationError::StaffPinRejected(
            "error-detail-pin-not-digits",
        ));
    }
    let steps: Vec<i16> = pin
        .windows(2)
        .map(|pair| i16::from(pair[1]) - i16::from(pair[0]))
        .collect();
    if steps.iter().all(|&step| step == steps[0]) && steps[0].abs() <= 1 {
        return Err(StationError::StaffPinRejected("error-detail-pin-sequence"));
    }
    let repeats_block = |block: usize| {
        pin.iter()
            .enumerate()
            .all(|(i, digit)| *digit == pin[i % block])
    };
    if (2..=3).any(repeats_block) {
        return Err(StationError::StaffPinRejected("error-detail-pin-pattern"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_strength;

    #[test]
    fn trivial_pins_are_refused() {
        for pin in [
            "000000",
            "123456",
            "654321",
            "012345678",
            "121212",
            "123123123",
            "1234",
            "12345a78",
            "1234567890123",
        ] {
            assert!(
                check_strength(pin.as_bytes()).is_err(),
                "{pin} should be refused"
            );
        }
    }

    #[test]
    fn ordinary_pins_are_accepted() {
        for pin in ["482915", "270319", "113355", "90817263", "135791357913"] {
            assert!(
                check_strength(pin.as_bytes()).is_ok(),
                "{pin} should be accepted"
            );
        }
    }
}
