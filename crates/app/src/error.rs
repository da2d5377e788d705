//! The one error of the station's use cases: a stable snake_case `code` (the UI shows
//! the Fluent text `error-<code>`), a German `message` for staff, logs and `bk`, and
//! the details a person needs (`triesLeft`, `secondsLeft`, `outcome`, `rule`,
//! `fields`), at the top level of its JSON form as docs/ipc.md specifies.
//!
//! No error ever holds a PIN, CAN, PUK or password.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use station::StationError;

/// Result with [`AppError`].
pub type AppResult<T> = Result<T, AppError>;

/// A failed use case, as both faces show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppError {
    /// Stable code, e.g. `staff_pin_wrong`, `eid_pin_wrong`.
    pub code: &'static str,
    /// German text for staff, logs and `bk`; never shown to citizens.
    pub message: String,
    /// Tries left (staff PIN, eID PIN).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    /// Seconds until a lock ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds_left: Option<u64>,
    /// What became of the card when an eID workflow broke off (`not_changed`, `unknown`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<&'static str>,
    /// The new-PIN rule that was broken (`length`, `digits`, `all_same`, `sequence`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// Per-field reasons of `request_invalid` (`{ <field name>: <reason> }`). Boxed so
    /// that the error, returned by every use case, stays small.
    #[allow(clippy::box_collection)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Box<BTreeMap<String, &'static str>>>,
}

impl AppError {
    /// An error with a code and a message, no details.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        AppError {
            code,
            message: message.into(),
            tries_left: None,
            seconds_left: None,
            outcome: None,
            rule: None,
            fields: None,
        }
    }

    /// A value given by a person or a window that the use case cannot take.
    pub fn invalid_input(message: impl Into<String>) -> Self {
        AppError::new("invalid_input", message)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}

impl From<StationError> for AppError {
    fn from(error: StationError) -> Self {
        let mut app_error = AppError::new(error.code(), error.to_string());
        match error {
            StationError::StaffPinWrong { tries_left } => app_error.tries_left = Some(tries_left),
            StationError::StaffLocked { seconds_left } => {
                app_error.seconds_left = Some(seconds_left);
            }
            StationError::RequestInvalid { fields } => {
                app_error.fields = Some(Box::new(
                    fields
                        .into_iter()
                        .map(|(name, problem)| (name, problem.reason()))
                        .collect(),
                ));
            }
            _ => {}
        }
        app_error
    }
}

impl From<station::sync::SyncError> for AppError {
    fn from(error: station::sync::SyncError) -> Self {
        match error {
            station::sync::SyncError::Station(error) => error.into(),
            other => AppError::new(other.code(), other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn station_errors_keep_code_message_and_details() {
        let wrong = AppError::from(StationError::StaffPinWrong { tries_left: 2 });
        assert_eq!(
            serde_json::to_value(&wrong).unwrap(),
            json!({
                "code": "staff_pin_wrong",
                "message": StationError::StaffPinWrong { tries_left: 2 }.to_string(),
                "triesLeft": 2
            })
        );
        let locked = AppError::from(StationError::StaffLocked { seconds_left: 41 });
        assert_eq!(serde_json::to_value(&locked).unwrap()["secondsLeft"], 41);
        let plain = AppError::from(StationError::NoStationSelected);
        let plain = serde_json::to_value(&plain).unwrap();
        assert_eq!(plain["code"], "no_station_selected");
        assert_eq!(plain.as_object().unwrap().len(), 2, "{plain}");
    }
}
