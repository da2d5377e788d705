//! The delay after wrong passwords: the third wrong try in a row locks the account
//! for 30 s, and each further one for twice as long as the one before (1 min, 2 min,
//! …), at most one hour. A right password (and code) clears the count.

use chrono::Duration;

/// The wrong try in a row that locks first.
const FREE_TRIES: u32 = 3;
/// The first lock.
const FIRST_LOCK_SECONDS: i64 = 30;
/// The longest lock.
const MAX_LOCK_SECONDS: i64 = 3600;

/// How long to lock after the `failed`-th wrong try in a row; `None` while free.
pub fn lock_after(failed: u32) -> Option<Duration> {
    let over = failed.checked_sub(FREE_TRIES)?;
    let seconds = FIRST_LOCK_SECONDS
        .saturating_mul(1i64 << over.min(20))
        .min(MAX_LOCK_SECONDS);
    Some(Duration::seconds(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_grows_and_is_capped() {
        assert_eq!(lock_after(1), None);
        assert_eq!(lock_after(2), None);
        assert_eq!(lock_after(3), Some(Duration::seconds(30)));
        assert_eq!(lock_after(4), Some(Duration::seconds(60)));
        assert_eq!(lock_after(5), Some(Duration::seconds(120)));
        assert_eq!(lock_after(40), Some(Duration::seconds(3600)));
    }
}
