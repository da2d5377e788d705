//! Clerk passwords: the length rule, Argon2id hashing (PHC string with its own salt)
//! and checking. The plain password lives only in a [`Zeroizing`] buffer.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use thiserror::Error;
use zeroize::Zeroizing;

/// Shortest password a clerk may choose (BSI IT-Grundschutz ORP.4: long passwords
/// rather than complex ones).
pub const MIN_CHARS: usize = 12;
/// Longest password accepted (bounds the hashing work per try).
pub const MAX_CHARS: usize = 256;

/// A password that cannot be used.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PasswordError {
    /// Fewer than [`MIN_CHARS`] or more than [`MAX_CHARS`] characters.
    #[error("Das Passwort muss zwischen {MIN_CHARS} und {MAX_CHARS} Zeichen lang sein")]
    Length,
    /// Hashing failed (should not happen with the default parameters).
    #[error("Das Passwort ließ sich nicht verschlüsseln: {0}")]
    Hash(String),
}

/// A valid Argon2id hash of no one's password: checked against when an account
/// name is unknown, so that the answer takes as long as for a real account.
pub const DUMMY_PHC: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yPK0MPw7Kh8D7wzl4FHnqoYmD7tiYhGoMBi0TxDoRk";

/// Checks the length rule and returns the Argon2id PHC string.
pub fn hash(password: &Zeroizing<String>) -> Result<String, PasswordError> {
    let chars = password.chars().count();
    if !(MIN_CHARS..=MAX_CHARS).contains(&chars) {
        return Err(PasswordError::Length);
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|phc| phc.to_string())
        .map_err(|error| PasswordError::Hash(error.to_string()))
}

/// Whether `password` matches the stored PHC string (a damaged string never matches).
pub fn verify(password: &str, phc: &str) -> bool {
    if password.len() > MAX_CHARS * 4 {
        return false;
    }
    PasswordHash::new(phc)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_checks_its_own_password_only() {
        let phc = hash(&Zeroizing::new("korrekt Pferd Batterie".into())).unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify("korrekt Pferd Batterie", &phc));
        assert!(!verify("korrekt Pferd Batteri", &phc));
        assert!(!verify("korrekt Pferd Batterie", "kein PHC"));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert_eq!(
            hash(&Zeroizing::new("elf Zeichen".into())),
            Err(PasswordError::Length)
        );
    }
}
