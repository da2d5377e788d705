//! The staff side of the card desk: citizens' calls for help from the kiosk ("PUK
//! used up", "PIN forgotten", …), listed in the staff window until staff mark them
//! done, and the day's figures of the PIN workflows.

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::clock;
use station::eid_figures::{self, DayFigures, HelpReason};

use super::views::ReaderState;
use super::CardDesk;
use crate::error::{AppError, AppResult};
use crate::messages::german;
use crate::station::Station;

/// An open call for help, for the staff list. `id` is a string so the UI treats it
/// as opaque.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct HelpRequestView {
    /// The call's id, for [`done`].
    pub id: String,
    /// When the citizen asked.
    pub at: DateTime<Utc>,
    /// Why.
    pub reason: HelpReason,
}

/// What the staff window shows of the card desk.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EidStaffOverview {
    /// Readers and card as the watcher last saw them.
    pub reader: ReaderState,
    /// Today's counts: PINs changed, workflows failed, citizens referred.
    pub today: DayFigures,
    /// The open calls for help, oldest first.
    pub help_requests: Vec<HelpRequestView>,
}

/// A citizen asks for staff.
pub fn request(station: &Station, reason: HelpReason, now: DateTime<Utc>) -> AppResult<()> {
    eid_figures::request_help(&station.store(), reason, now)?;
    Ok(())
}

/// Reader state, today's figures and the open calls for help.
pub fn overview(
    station: &Station,
    desk: &CardDesk,
    now: DateTime<Utc>,
) -> AppResult<EidStaffOverview> {
    let store = station.store();
    let help_requests = eid_figures::open_help_requests(&store)?
        .into_iter()
        .map(|request| HelpRequestView {
            id: request.id.to_string(),
            at: request.at,
            reason: request.reason,
        })
        .collect();
    Ok(EidStaffOverview {
        reader: desk.snapshot().into(),
        today: eid_figures::day(&store, clock::local_day(now))?,
        help_requests,
    })
}

/// Staff took care of the call for help `id` (as the staff window sends it).
pub fn done(station: &Station, id: &str, now: DateTime<Utc>) -> AppResult<()> {
    let unknown = || {
        AppError::invalid_input(german(
            "error-app-help-request-unknown",
            &[("id", id.into())],
        ))
    };
    let number: i64 = id.parse().map_err(|_| unknown())?;
    if eid_figures::help_done(&station.store(), number, now)? {
        Ok(())
    } else {
        Err(unknown())
    }
}
