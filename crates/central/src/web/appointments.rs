//! `POST /anliegen/{id}/termin-absagen`: a clerk cancels a booked appointment for the
//! citizen (who asked by phone, by letter or at the counter). The appointment system
//! gives the time back and mails the citizen the cancellation; the request keeps the
//! appointment, marked cancelled, and the audit log says who cancelled it.

use axum::extract::{Path, State};
use axum::response::Redirect;

use super::page::PageFailure;
use super::requests::DoneForm;
use super::session::{with_store, Posted};
use super::WebState;
use crate::appointments::AppointmentError;

/// `POST /anliegen/{id}/termin-absagen`.
pub async fn cancel(
    State(state): State<WebState>,
    Path(id): Path<String>,
    Posted(clerk, DoneForm {}): Posted<DoneForm>,
) -> Result<Redirect, PageFailure> {
    let desk = state.app.appointments.clone().ok_or_else(|| {
        PageFailure::BadInput("Die Zentrale ist mit keinem Terminsystem verbunden.".into())
    })?;
    let request = id.clone();
    let (process_id, auth_key) = with_store(&state, move |store| {
        if store.request(&request)?.is_none() {
            return Err(PageFailure::NotFound("Dieses Anliegen gibt es nicht."));
        }
        store.booked_process(&request)?.ok_or_else(|| {
            PageFailure::BadInput("Für dieses Anliegen ist kein Termin (mehr) gebucht.".into())
        })
    })
    .await?;
    match desk.cancel(process_id, &auth_key).await {
        // Gone in the system already (cancelled by the citizen through ZMS's own link).
        Ok(()) | Err(AppointmentError::ReservationExpired) => {}
        Err(AppointmentError::Unreachable(detail)) => {
            tracing::warn!(%detail, "Terminsystem nicht erreichbar: Absage nicht möglich");
            return Err(PageFailure::BadInput(
                "Das Terminsystem ist gerade nicht erreichbar. Der Termin ist nicht abgesagt; bitte versuchen Sie es später noch einmal.".into(),
            ));
        }
        Err(error) => return Err(PageFailure::BadInput(error.to_string())),
    }
    let target = format!("/anliegen/{id}");
    with_store(&state, move |store| {
        store.record_cancellation(&id, &clerk.name)?;
        Ok(())
    })
    .await?;
    Ok(Redirect::to(&target))
}
