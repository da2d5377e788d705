//! Commands of "Online-Ausweis & PIN" (docs/ipc.md): the reader state from the
//! watcher's cache, and the card desk's use cases (`app::card`) off the main thread;
//! the new-PIN rules; the staff side (`app::card::help`): the day's figures and the
//! citizens' calls for help.
//!
//! Secrets arrive as [`SecretArg`] (zeroizing) and go nowhere but the card.

use super::secret_arg::SecretArg;
use crate::shell::Shell;
use app::card::help::{self, EidStaffOverview};
use app::card::views::{CardStatusView, CheckedView, OutcomeView, ReaderState};
use app::{AppError, CardDesk, Station};
use chrono::Utc;
use eid::pin_rules::check_new_pin;
use eid::workflows::{ChangePinRequest, PinOutcome, WorkflowError};
use station::help_calls::HelpReason;
use tauri::{AppHandle, Manager, Runtime, State};

/// Readers and card as the watcher last saw them; answers at once, also mid-workflow.
#[tauri::command]
#[specta::specta]
pub fn eid_reader_state(desk: State<'_, CardDesk>) -> ReaderState {
    ReaderState::new(desk.snapshot(), desk.pad_prompt())
}

/// The PIN state of the card on the reader (costs no try).
#[tauri::command]
#[specta::specta]
pub async fn eid_card_status<R: Runtime>(app: AppHandle<R>) -> Result<CardStatusView, AppError> {
    off_main_thread(app, |_, desk| Ok(desk.card_status(None)?.into())).await
}

/// Whether `pin` may become the new PIN (nothing reaches the card).
#[tauri::command]
#[specta::specta]
pub fn eid_check_new_pin(pin: SecretArg) -> Result<(), AppError> {
    Ok(check_new_pin(pin.secret())?)
}

/// Changes the PIN (from the Transport PIN, or resuming a suspended PIN with the CAN).
#[tauri::command]
#[specta::specta]
pub async fn eid_change_pin<R: Runtime>(
    app: AppHandle<R>,
    transport: bool,
    current_pin: SecretArg,
    new_pin: SecretArg,
    can: Option<SecretArg>,
) -> Result<OutcomeView, AppError> {
    pin_workflow(app, move |station, desk| {
        let request = ChangePinRequest {
            current: current_pin.secret(),
            transport,
            new_pin: new_pin.secret(),
            can: can.as_ref().map(SecretArg::secret),
        };
        desk.change_pin(station, None, &request)
    })
    .await
}

/// Changes the PIN on a reader with a PIN pad: the citizen types every secret
/// there (the CAN first when the PIN is suspended); `eid_reader_state` says
/// what to type now.
#[tauri::command]
#[specta::specta]
pub async fn eid_change_pin_on_pin_pad<R: Runtime>(
    app: AppHandle<R>,
    transport: bool,
) -> Result<OutcomeView, AppError> {
    pin_workflow(app, move |station, desk| {
        desk.change_pin_on_pin_pad(station, None, transport, &mut |_| {})
    })
    .await
}

/// Unblocks a blocked PIN with the PUK typed on the reader's PIN pad.
#[tauri::command]
#[specta::specta]
pub async fn eid_unblock_on_pin_pad<R: Runtime>(
    app: AppHandle<R>,
) -> Result<OutcomeView, AppError> {
    pin_workflow(app, move |station, desk| {
        desk.unblock_on_pin_pad(station, None, &mut |_| {})
    })
    .await
}

/// Unblocks a blocked PIN with the PUK.
#[tauri::command]
#[specta::specta]
pub async fn eid_unblock<R: Runtime>(
    app: AppHandle<R>,
    puk: SecretArg,
) -> Result<OutcomeView, AppError> {
    pin_workflow(app, move |station, desk| {
        desk.unblock(station, None, puk.secret())
    })
    .await
}

/// Once the card is back after a workflow whose outcome is unknown (the card left
/// during its last command): checks whether it took effect.
#[tauri::command]
#[specta::specta]
pub async fn eid_check_outcome<R: Runtime>(app: AppHandle<R>) -> Result<CheckedView, AppError> {
    off_main_thread(app, move |shell, desk| {
        Ok(desk.check_unknown(shell.station().ok())?.into())
    })
    .await
}

/// A citizen asks for staff; the staff window lists it.
#[tauri::command(async)]
#[specta::specta]
pub fn eid_help_request(shell: State<'_, Shell>, reason: HelpReason) -> Result<(), AppError> {
    help::request(shell.station()?, reason, Utc::now())
}

/// Reader state, today's figures and the open calls for help.
#[tauri::command(async)]
#[specta::specta]
pub fn eid_staff_overview(
    shell: State<'_, Shell>,
    desk: State<'_, CardDesk>,
) -> Result<EidStaffOverview, AppError> {
    help::overview(shell.station()?, &desk, Utc::now())
}

/// Staff took care of the call for help `id`.
#[tauri::command(async)]
#[specta::specta]
pub fn eid_help_done(shell: State<'_, Shell>, id: String) -> Result<(), AppError> {
    help::done(shell.station()?, &id, Utc::now())
}

/// Runs a PIN workflow off the main thread with the station whose day figures count
/// it, and answers its outcome.
async fn pin_workflow<R: Runtime>(
    app: AppHandle<R>,
    work: impl FnOnce(Option<&Station>, &CardDesk) -> Result<PinOutcome, WorkflowError> + Send + 'static,
) -> Result<OutcomeView, AppError> {
    off_main_thread(app, move |shell, desk| {
        Ok(work(shell.station().ok(), desk)?.into())
    })
    .await
}

/// Runs `work` on a blocking worker thread, so the main thread (and with it
/// `eid_reader_state`) keeps answering while the card works.
async fn off_main_thread<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&Shell, &CardDesk) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(move || {
        work(&app.state::<Shell>(), &app.state::<CardDesk>())
    })
    .await
    .map_err(|error| {
        AppError::from(WorkflowError::CardError {
            outcome: eid::workflows::ChangeOutcome::NotChanged,
            detail: app::messages::german(
                "error-app-card-command-aborted",
                &[("detail", error.to_string().into())],
            ),
        })
    })?
}
