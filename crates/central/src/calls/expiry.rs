//! Calls that nobody ends: one no clerk answered within [`UNANSWERED`] (the citizen has
//! long given up, and it should not wait in the clerks' list for ever), and one still
//! open after [`LONGEST`] (a clerk closed the browser instead of ending it). Every
//! minute the central records their end as the program's, with an audit entry, and
//! closes their rooms; the station and the phone then show the call as ended.

use std::time::Duration;

use chrono::Utc;

use crate::server::AppState;

/// How long a call waits for a clerk.
pub const UNANSWERED: chrono::Duration = chrono::Duration::minutes(15);
/// How long a call may run at most.
pub const LONGEST: chrono::Duration = chrono::Duration::hours(3);
/// How often the calls are looked at.
const EVERY: Duration = Duration::from_secs(60);

/// Ends the calls nobody ends every [`EVERY`], for as long as the server runs.
pub async fn keep_ending(state: AppState) {
    let Some(video) = state.video.clone() else {
        return;
    };
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        let stale = state
            .with_store(|store| Ok(store.calls_to_end(Utc::now(), UNANSWERED, LONGEST)?))
            .await;
        let stale = match stale {
            Ok(stale) => stale,
            Err(failure) => {
                tracing::error!(message = %failure.message, "Videogespräche nicht lesbar");
                continue;
            }
        };
        for call in stale {
            // Ended in the store first: a clerk who answers meanwhile keeps the call.
            let id = call.id.clone();
            let ended = state
                .with_store(move |store| {
                    Ok(store.end_unattended_call(&id, Utc::now(), UNANSWERED, LONGEST)?)
                })
                .await;
            match ended {
                Ok(true) => {}
                Ok(false) => continue,
                Err(failure) => {
                    tracing::error!(message = %failure.message, call = %call.id, "Ende eines Videogesprächs nicht gespeichert");
                    continue;
                }
            }
            match video.close_room(call.room, &call.secret).await {
                Ok(()) => tracing::info!(call = %call.id, "Videogespräch von selbst beendet"),
                Err(error) => {
                    tracing::warn!(%error, call = %call.id, "Videogespräch beendet, sein Raum ließ sich nicht schließen")
                }
            }
        }
    }
}
