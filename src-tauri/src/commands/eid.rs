//! Commands of "Online-Ausweis & PIN" (docs/ipc.md): the reader state from the
//! watcher's cache, the card's PIN state, PIN change and unblock on the card (off the
//! main thread, one at a time), the new-PIN rules, and the staff side: the day's
//! figures and the citizens' calls for help.
//!
//! Secrets arrive as [`SecretArg`] (zeroizing) and go nowhere but the card.

use super::secret_arg::SecretArg;
use super::CommandError;
use crate::eid_desk::EidDesk;
use crate::shell::Shell;
use chrono::{DateTime, Utc};
use eid::pin_rules::check_new_pin;
use eid::reader_watch::ReaderSnapshot;
use eid::workflows::{self, ChangePinRequest, PinOutcome, Tally, WorkflowError};
use serde::Serialize;
use station::clock;
use station::eid_figures::{self, DayFigures, EidTally, HelpReason};
use tauri::{AppHandle, Manager, Runtime, State};

#[derive(Debug, Serialize)]
pub struct ReaderState {
    readers: Vec<String>,
    reader: Option<String>,
    card: &'static str,
    busy: bool,
}

impl From<ReaderSnapshot> for ReaderState {
    fn from(snapshot: ReaderSnapshot) -> Self {
        ReaderState {
            readers: snapshot.readers,
            reader: snapshot.reader,
            card: snapshot.card.code(),
            busy: snapshot.busy,
        }
    }
}

/// Readers and card as the watcher last saw them; answers at once, also mid-workflow.
#[tauri::command]
pub fn eid_reader_state(desk: State<'_, EidDesk>) -> ReaderState {
    desk.snapshot().into()
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CardStatusView {
    pin_state: &'static str,
    pin_tries_left: Option<u8>,
    puk_used_up: bool,
}

/// The PIN state of the card on the reader (costs no try).
#[tauri::command]
pub async fn eid_card_status<R: Runtime>(
    app: AppHandle<R>,
) -> Result<CardStatusView, CommandError> {
    off_main_thread(app, |_, desk| {
        let status = desk.with_card(workflows::card_status)?;
        Ok(CardStatusView {
            pin_state: status.pin.code(),
            pin_tries_left: status.pin_tries_left,
            puk_used_up: status.puk_used_up.unwrap_or(false) || desk.puk_used_up(),
        })
    })
    .await
}

/// Whether `pin` may become the new PIN (nothing reaches the card).
#[tauri::command]
pub fn eid_check_new_pin(pin: SecretArg) -> Result<(), CommandError> {
    Ok(check_new_pin(pin.secret())?)
}

#[derive(Debug, Serialize)]
pub struct Outcome {
    outcome: &'static str,
}

/// Changes the PIN (from the Transport PIN, or resuming a suspended PIN with the CAN).
#[tauri::command]
pub async fn eid_change_pin<R: Runtime>(
    app: AppHandle<R>,
    transport: bool,
    current_pin: SecretArg,
    new_pin: SecretArg,
    can: Option<SecretArg>,
) -> Result<Outcome, CommandError> {
    off_main_thread(app, move |shell, desk| {
        let request = ChangePinRequest {
            current: current_pin.secret(),
            transport,
            new_pin: new_pin.secret(),
            can: can.as_ref().map(SecretArg::secret),
        };
        let result = desk.with_card(|session| workflows::change_pin(session, &request));
        counted(shell, result)
    })
    .await
}

/// Unblocks a blocked PIN with the PUK.
#[tauri::command]
pub async fn eid_unblock<R: Runtime>(
    app: AppHandle<R>,
    puk: SecretArg,
) -> Result<Outcome, CommandError> {
    off_main_thread(app, move |shell, desk| {
        let result = desk.with_card(|session| workflows::unblock_pin(session, puk.secret()));
        if result == Err(WorkflowError::PukUsedUp) {
            desk.mark_puk_used_up();
        }
        counted(shell, result)
    })
    .await
}

/// A citizen asks for staff; the staff window lists it.
#[tauri::command(async)]
pub fn eid_help_request(shell: State<'_, Shell>, reason: HelpReason) -> Result<(), CommandError> {
    eid_figures::request_help(&shell.station()?.store(), reason, Utc::now())?;
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct HelpRequestView {
    id: String,
    at: DateTime<Utc>,
    reason: HelpReason,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EidStaffOverview {
    reader: ReaderState,
    today: DayFigures,
    help_requests: Vec<HelpRequestView>,
}

/// Reader state, today's figures and the open calls for help.
#[tauri::command(async)]
pub fn eid_staff_overview(
    shell: State<'_, Shell>,
    desk: State<'_, EidDesk>,
) -> Result<EidStaffOverview, CommandError> {
    let store = shell.station()?.store();
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
        today: eid_figures::day(&store, clock::local_day(Utc::now()))?,
        help_requests,
    })
}

/// Staff took care of the call for help `id`.
#[tauri::command(async)]
pub fn eid_help_done(shell: State<'_, Shell>, id: String) -> Result<(), CommandError> {
    let unknown = || {
        CommandError::new(
            "invalid_input",
            format!("„{id}“ ist kein offener Hilferuf dieser Station."),
        )
    };
    let number: i64 = id.parse().map_err(|_| unknown())?;
    if eid_figures::help_done(&shell.station()?.store(), number, Utc::now())? {
        Ok(())
    } else {
        Err(unknown())
    }
}

/// Runs `work` on a blocking worker thread, so the main thread (and with it
/// `eid_reader_state`) keeps answering while the card works.
async fn off_main_thread<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&Shell, &EidDesk) -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        work(&app.state::<Shell>(), &app.state::<EidDesk>())
    })
    .await
    .map_err(|error| {
        CommandError::new(
            "eid_card_error",
            format!("Kartenbefehl abgebrochen: {error}"),
        )
    })?
}

/// Counts a finished workflow in the day's figures and turns it into the command's answer.
/// The card's outcome is what the citizen must learn, so a failed count is only logged.
fn counted(
    shell: &Shell,
    result: Result<PinOutcome, WorkflowError>,
) -> Result<Outcome, CommandError> {
    let tally = match &result {
        Ok(outcome) => outcome.tally(),
        Err(error) => error.tally(),
    };
    if let Some(tally) = tally {
        let stored = shell.station().and_then(|station| {
            Ok(eid_figures::record(
                &station.store(),
                station_tally(tally),
                Utc::now(),
            )?)
        });
        if let Err(error) = stored {
            eprintln!(
                "bürgerkoffer: eID-Zählung nicht gespeichert: {}",
                error.message
            );
        }
    }
    Ok(Outcome {
        outcome: result?.code(),
    })
}

fn station_tally(tally: Tally) -> EidTally {
    match tally {
        Tally::Changed => EidTally::Changed,
        Tally::Failed => EidTally::Failed,
        Tally::Referred => EidTally::Referred,
    }
}
