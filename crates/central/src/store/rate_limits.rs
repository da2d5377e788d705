//! Rate limits kept in the database, so that every central process sharing it counts
//! the same tries: per scope (enrolment, sign-in) and client, a fixed window.

use super::db::{args, Isolation};
use super::{Store, StoreError};

impl Store {
    /// Counts a try of `client` in `scope` at `now_seconds` (Unix time); `false` when
    /// it is over `max_tries` in the window of `window_seconds` it falls in. Windows
    /// that ended are deleted now and then.
    pub fn rate_limit_try(
        &self,
        scope: &str,
        client: &str,
        now_seconds: i64,
        window_seconds: i64,
        max_tries: u32,
    ) -> Result<bool, StoreError> {
        let window_start = now_seconds - now_seconds.rem_euclid(window_seconds);
        self.db().transaction(Isolation::ReadCommitted, |db| {
            // One statement: concurrent tries of one client are each counted.
            let tries: i64 = db
                .query_one(
                    "INSERT INTO rate_limits (scope, client, window_start, tries)
                     VALUES ($1, $2, $3, 1)
                     ON CONFLICT (scope, client) DO UPDATE SET
                         tries = CASE WHEN rate_limits.window_start = excluded.window_start
                                      THEN rate_limits.tries + 1 ELSE 1 END,
                         window_start = excluded.window_start
                     RETURNING tries",
                    args![scope, client, window_start],
                )?
                .get(0)?;
            if tries == 1 {
                db.execute(
                    "DELETE FROM rate_limits WHERE window_start < $1",
                    args![window_start],
                )?;
            }
            Ok(tries <= i64::from(max_tries))
        })
    }

    /// Deletes the windows that ended before `now_seconds` (run hourly): client
    /// addresses are kept no longer than the limit needs them.
    pub fn forget_rate_limits(
        &self,
        now_seconds: i64,
        window_seconds: i64,
    ) -> Result<(), StoreError> {
        let window_start = now_seconds - now_seconds.rem_euclid(window_seconds);
        self.db().execute(
            "DELETE FROM rate_limits WHERE window_start < $1",
            args![window_start],
        )?;
        Ok(())
    }
}
