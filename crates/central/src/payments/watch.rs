//! The status of open transactions: asked for when the platform sends the citizen
//! back ([`refresh`]), and every [`Payments::every`] for the transactions of the last
//! [`WATCH_HOURS`] whose citizen never came back (a closed browser, a lost network).
//! The platform pushes nothing, so this is how a payment reaches the request.

use std::time::Duration;

use chrono::Utc;

use super::xbezahl::XBezahl;
use super::PaymentError;
use crate::server::error::ApiFailure;
use crate::server::AppState;
use crate::store::{OnlinePayment, OnlineStatus};

/// How long after its creation an open transaction is still asked for.
pub const WATCH_HOURS: i64 = 48;

/// How many open transactions one pass asks for.
const PER_PASS: i64 = 50;

/// The platform and how the central uses it.
#[derive(Debug)]
pub struct Payments {
    /// The platform's client.
    pub platform: XBezahl,
    /// The station API's address as phones reach it, for the platform's return link.
    pub public_url: String,
    /// How often open transactions are asked for.
    pub every: Duration,
    /// Held while a transaction is created, so that a request gets one at a time.
    pub creating: tokio::sync::Mutex<()>,
}

/// Why a transaction's status is not known now.
#[derive(Debug)]
pub enum RefreshFailure {
    /// The platform did not answer.
    Platform(PaymentError),
    /// The store failed.
    Store(ApiFailure),
}

/// Asks the platform for transaction `payment`'s status and records it; the
/// transaction as stored then.
pub async fn refresh(
    state: &AppState,
    payments: &Payments,
    payment: OnlinePayment,
) -> Result<OnlinePayment, RefreshFailure> {
    if payment.status != OnlineStatus::Open {
        return Ok(payment);
    }
    let now = payments
        .platform
        .status(&payment.transaction_id)
        .await
        .map_err(RefreshFailure::Platform)?;
    let id = payment.transaction_id.clone();
    let stored = state
        .with_store(move |store| {
            if now.status == OnlineStatus::Open {
                store.touch_online_payment(&id)?;
                return Ok(None);
            }
            Ok(store.settle_online_payment(&id, now.status)?)
        })
        .await
        .map_err(RefreshFailure::Store)?;
    if let Some(settled) = &stored {
        tracing::info!(
            transaction = %settled.transaction_id,
            status = settled.status.as_str(),
            "Online-Zahlung abgeschlossen"
        );
    }
    Ok(stored.unwrap_or(payment))
}

/// Asks for the open transactions every [`Payments::every`], for as long as the
/// server runs.
pub async fn keep_watching(state: AppState) {
    let Some(payments) = state.payments.clone() else {
        return;
    };
    let mut ticks = tokio::time::interval(payments.every);
    loop {
        ticks.tick().await;
        watch_open(&state, &payments).await;
    }
}

/// One pass over the open transactions not asked for within the interval.
async fn watch_open(state: &AppState, payments: &Payments) {
    let now = Utc::now();
    let since = crate::store::timestamp_of(now - chrono::Duration::hours(WATCH_HOURS));
    let checked_before = crate::store::timestamp_of(
        now - chrono::Duration::from_std(payments.every).unwrap_or_default()
            + chrono::Duration::seconds(1),
    );
    let open = state
        .with_store(move |store| {
            Ok(store.open_online_payments(&since, &checked_before, PER_PASS)?)
        })
        .await;
    let open = match open {
        Ok(open) => open,
        Err(failure) => {
            tracing::error!(message = %failure.message, "Offene Online-Zahlungen nicht lesbar");
            return;
        }
    };
    for payment in open {
        if let Err(RefreshFailure::Platform(error)) = refresh(state, payments, payment).await {
            tracing::warn!(%error, "Status einer Online-Zahlung nicht abrufbar");
            return;
        }
    }
}
