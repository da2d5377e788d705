//! The retention policy: how many days after "done" a request's personal data is
//! deleted (default 90, as the kiosk's privacy notice says) with the documents handed
//! in for it, and after how many days an open request is flagged to admins (default
//! 30). `serve` applies it at start and then every hour; `bk-central purge` applies it
//! once.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};

use crate::server::AppState;
use crate::store::{timestamp_of, Store, StoreError};

/// Days after its upload when a document whose request never arrived is deleted: the
/// link's validity and a month for a station that stays offline.
pub const ORPHAN_DOCUMENT_DAYS: i64 = syncproto::upload::VALID_DAYS + 30;

/// How often `serve` applies the policy.
const EVERY: StdDuration = StdDuration::from_secs(3600);

/// The retention settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionPolicy {
    /// Days after "done" until the personal data is deleted.
    pub delete_after_days: u32,
    /// Days after receipt until an open request is flagged.
    pub flag_open_after_days: u32,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        RetentionPolicy {
            delete_after_days: 90,
            flag_open_after_days: 30,
        }
    }
}

impl RetentionPolicy {
    /// Requests received before this time and still open are overdue.
    pub fn overdue_cutoff(&self, now: DateTime<Utc>) -> String {
        timestamp_of(now - Duration::days(i64::from(self.flag_open_after_days)))
    }

    /// Deletes the personal data due for deletion at `now` — with each request its
    /// documents, and the documents whose request had not arrived
    /// [`ORPHAN_DOCUMENT_DAYS`] after their upload; returns the request ids.
    pub fn apply(&self, store: &mut Store, now: DateTime<Utc>) -> Result<Vec<String>, StoreError> {
        let cutoff = timestamp_of(now - Duration::days(i64::from(self.delete_after_days)));
        let reason = format!(
            "Aufbewahrungsfrist: {} Tage nach Erledigung",
            self.delete_after_days
        );
        let deleted = store.purge_done_before(&cutoff, &reason)?;
        store.purge_orphan_documents(&timestamp_of(now - Duration::days(ORPHAN_DOCUMENT_DAYS)))?;
        Ok(deleted)
    }
}

/// Applies the policy now and then every hour, for as long as the server runs.
pub async fn keep_applying(state: AppState, policy: RetentionPolicy) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        let outcome = state
            .with_store(move |store| {
                store.end_idle_sessions(crate::web::IDLE)?;
                store.forget_rate_limits(
                    Utc::now().timestamp(),
                    crate::server::rate::WINDOW_SECONDS,
                )?;
                Ok(policy.apply(store, Utc::now())?)
            })
            .await;
        match outcome {
            Ok(deleted) if !deleted.is_empty() => {
                tracing::info!(
                    count = deleted.len(),
                    "Personendaten erledigter Anliegen gelöscht"
                )
            }
            Ok(_) => {}
            Err(failure) => {
                tracing::error!(message = %failure.message, "Aufbewahrung fehlgeschlagen")
            }
        }
    }
}
