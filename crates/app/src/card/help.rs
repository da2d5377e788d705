//! The staff side of the card desk: citizens' calls for help from the kiosk ("PUK
//! used up", "PIN forgotten", …), listed in the staff window until staff mark them
//! done, and today's PIN workflows by result.

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::clock;
use station::figures;
use station::help_calls::{self, HelpReason};
use syncproto::figures::PinResult;

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

/// PIN workflows by result.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, specta::Type)]
pub struct PinResults {
    /// Ended with a new PIN on the card.
    pub changed: u32,
    /// Ended without a result.
    pub failed: u32,
    /// Sent the citizen to the Bürgerservicecenter.
    pub referred: u32,
}

/// What the staff window shows of the card desk.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EidStaffOverview {
    /// Readers and card as the watcher last saw them.
    pub reader: ReaderState,
    /// Today's PIN workflows by result, at every place.
    pub today: PinResults,
    /// The open calls for help, oldest first.
    pub help_requests: Vec<HelpRequestView>,
}

/// A citizen asks for staff.
pub fn request(station: &Station, reason: HelpReason, now: DateTime<Utc>) -> AppResult<()> {
    help_calls::request_help(&station.store(), reason, now)?;
    Ok(())
}

/// Reader state, today's figures and the open calls for help.
pub fn overview(
    station: &Station,
    desk: &CardDesk,
    now: DateTime<Utc>,
) -> AppResult<EidStaffOverview> {
    let store = station.store();
    let help_requests = help_calls::open_help_requests(&store)?
        .into_iter()
        .map(|request| HelpRequestView {
            id: request.id.to_string(),
            at: request.at,
            reason: request.reason,
        })
        .collect();
    Ok(EidStaffOverview {
        reader: ReaderState::new(desk.snapshot(), desk.pad_prompt()),
        today: pin_results_of(&store, clock::local_day(now))?,
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
    if help_calls::help_done(&station.store(), number, now)? {
        Ok(())
    } else {
        Err(unknown())
    }
}

/// The PIN workflows of local day `day` by result, all flows and places together.
fn pin_results_of(store: &station::Store, day: chrono::NaiveDate) -> AppResult<PinResults> {
    let total = figures::total(&figures::days(store, day, day, None)?);
    let count = |result| {
        syncproto::figures::PinFlow::ALL
            .into_iter()
            .map(|flow| total.pin_count(flow, result))
            .sum()
    };
    Ok(PinResults {
        changed: count(PinResult::Changed),
        failed: count(PinResult::Failed),
        referred: count(PinResult::Referred),
    })
}
