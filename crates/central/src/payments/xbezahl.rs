//! The adapter for XBezahldienste (version 1): `POST paymenttransaction/{originatorId}/
//! {endPointId}` creates a payment transaction from a payment request and answers its
//! `paymentInformation` (the transaction id and the paypage, `transactionRedirectUrl`);
//! `GET paymenttransaction/{originatorId}/{endPointId}/{transactionId}` gives its
//! status, `INITIAL`, `PAYED`, `CANCELED` or `FAILED`. The platform pushes nothing: the
//! status is asked for. Calls authenticate with the originator's credentials (HTTP
//! Basic); errors come as `application/problem+json` with a `functionalCode`.

use std::time::Duration;

use serde_json::{json, Value};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::{PaymentError, PaymentOrder, Transaction};
use crate::store::OnlineStatus;

/// How long one call may take.
const TIMEOUT: Duration = Duration::from_secs(20);

/// XBezahldienste's longest purpose.
const MAX_PURPOSE: usize = 27;

/// XBezahldienste's longest description.
const MAX_DESCRIPTION: usize = 250;

/// Where the central reaches the platform, and as whom.
#[derive(Clone)]
pub struct PlatformAccess {
    /// The API's base URL, e.g. `https://epay.example/xbezahldienste/v1`.
    pub base_url: String,
    /// The city's originator id at the platform.
    pub originator: String,
    /// The end point (online service) of the originator.
    pub end_point: String,
    /// The user of the originator's credentials.
    pub user: String,
    /// Its password.
    pub password: Zeroizing<String>,
}

impl std::fmt::Debug for PlatformAccess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PlatformAccess")
            .field("base_url", &self.base_url)
            .field("originator", &self.originator)
            .field("end_point", &self.end_point)
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

/// A client of one XBezahldienste platform for one originator's end point.
#[derive(Debug, Clone)]
pub struct XBezahl {
    access: PlatformAccess,
    http: reqwest::Client,
}

impl XBezahl {
    /// A client of the platform `access` names.
    pub fn new(access: PlatformAccess) -> Result<XBezahl, PaymentError> {
        let http = crate::outbound::client(TIMEOUT)
            .map_err(|error| PaymentError::Unreachable(error.to_string()))?;
        let access = PlatformAccess {
            base_url: access.base_url.trim_end_matches('/').to_owned(),
            ..access
        };
        Ok(XBezahl { access, http })
    }

    /// Creates a transaction for `order`; each call is a new payment request.
    pub async fn create(&self, order: &PaymentOrder) -> Result<Transaction, PaymentError> {
        let amount = euros(order.cents);
        let body = json!({
            "requestId": Uuid::now_v7().to_string(),
            "requestTimestamp": crate::store::timestamp(),
            "currency": "EUR",
            "grosAmount": amount,
            "purpose": purpose(&order.reference),
            "description": order.description.chars().take(MAX_DESCRIPTION).collect::<String>(),
            "redirectUrl": order.return_url,
            "items": [{
                "id": order.service,
                "reference": order.reference,
                "description": order.service_name.chars().take(MAX_DESCRIPTION).collect::<String>(),
                "quantity": 1,
                "taxRate": 0,
                "singleNetAmount": amount,
                "singleTaxAmount": 0,
                "totalNetAmount": amount,
                "totalTaxAmount": 0,
            }],
        });
        let request = self.http.post(self.url(&[])).json(&body);
        transaction(&self.call(request).await?)
    }

    /// The transaction `id` as the platform knows it now.
    pub async fn status(&self, id: &str) -> Result<Transaction, PaymentError> {
        let request = self.http.get(self.url(&[id]));
        transaction(&self.call(request).await?)
    }

    fn url(&self, more: &[&str]) -> String {
        let access = &self.access;
        let mut url = format!(
            "{}/paymenttransaction/{}/{}",
            access.base_url, access.originator, access.end_point
        );
        for part in more {
            url.push('/');
            url.push_str(part);
        }
        url
    }

    async fn call(&self, request: reqwest::RequestBuilder) -> Result<Value, PaymentError> {
        let access = &self.access;
        let response = request
            .basic_auth(&access.user, Some(access.password.as_str()))
            .send()
            .await
            .map_err(|error| PaymentError::Unreachable(error.without_url().to_string()))?;
        let status = response.status();
        let body: Value = response.json().await.unwrap_or(Value::Null);
        if status.is_success() {
            return Ok(body);
        }
        let text = |key: &str| body[key].as_str().unwrap_or_default().to_owned();
        Err(PaymentError::Refused {
            code: text("functionalCode"),
            status: status.as_u16(),
            detail: text("detail"),
        })
    }
}

/// `cents` as the JSON number of euros XBezahldienste takes (two decimals).
fn euros(cents: i64) -> Value {
    json!(cents as f64 / 100.0)
}

/// The purpose (Verwendungszweck) of `reference`: letters, digits, spaces and dashes,
/// at most 27 characters, as XBezahldienste allows.
fn purpose(reference: &str) -> String {
    reference
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
        .take(MAX_PURPOSE)
        .collect()
}

/// The transaction of a platform's answer.
fn transaction(answer: &Value) -> Result<Transaction, PaymentError> {
    let information = &answer["paymentInformation"];
    let text = |key: &str| information[key].as_str().filter(|text| !text.is_empty());
    let garbled = || PaymentError::Unreachable("Antwort ohne Transaktion".into());
    let status = match text("status").ok_or_else(garbled)? {
        "INITIAL" => OnlineStatus::Open,
        "PAYED" => OnlineStatus::Paid,
        "CANCELED" => OnlineStatus::Canceled,
        "FAILED" => OnlineStatus::Failed,
        other => {
            return Err(PaymentError::Unreachable(format!(
                "unbekannter Status {other}"
            )))
        }
    };
    Ok(Transaction {
        id: text("transactionId").ok_or_else(garbled)?.to_owned(),
        paypage: text("transactionRedirectUrl")
            .ok_or_else(garbled)?
            .to_owned(),
        status,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_purposes_are_what_the_platform_takes() {
        assert_eq!(euros(1000).to_string(), "10.0");
        assert_eq!(euros(1).to_string(), "0.01");
        assert_eq!(euros(99_999_999).to_string(), "999999.99");
        assert_eq!(purpose("BK-7KQ2-M4XA"), "BK-7KQ2-M4XA");
        assert_eq!(purpose("Gebühr/Ä BK-1"), "Gebhr BK-1");
        assert_eq!(purpose(&"A".repeat(40)).len(), 27);
    }
}
