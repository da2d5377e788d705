//! The error every command returns: `{ code, message }` plus optional details
//! (`triesLeft`, `secondsLeft`, `outcome`, `rule`) at the top level, as docs/ipc.md
//! specifies. `code` is stable and names a
//! Fluent text `error-<code>` in the UI; `message` is German, for logs and staff.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds_left: Option<u64>,
    /// What became of the card when an eID workflow broke off (`not_changed`, `unknown`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<&'static str>,
    /// The new-PIN rule that was broken (`length`, `digits`, `all_same`, `sequence`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// Per-field reasons of `request_invalid` (`{ <field name>: <reason> }`). Boxed so
    /// that the error, returned by every command, stays small.
    #[allow(clippy::box_collection)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Box<std::collections::BTreeMap<String, &'static str>>>,
}

impl CommandError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        CommandError {
            code,
            message: message.into(),
            tries_left: None,
            seconds_left: None,
            outcome: None,
            rule: None,
            fields: None,
        }
    }

    /// A window could not be opened or closed.
    pub fn window(error: tauri::Error) -> Self {
        CommandError::new("window_failed", format!("Fenster-Fehler: {error}"))
    }
}

impl From<station::StationError> for CommandError {
    fn from(error: station::StationError) -> Self {
        let mut command_error = CommandError::new(error.code(), error.to_string());
        match error {
            station::StationError::StaffPinWrong { tries_left } => {
                command_error.tries_left = Some(tries_left);
            }
            station::StationError::StaffLocked { seconds_left } => {
                command_error.seconds_left = Some(seconds_left);
            }
            station::StationError::RequestInvalid { fields } => {
                command_error.fields = Some(Box::new(
                    fields
                        .into_iter()
                        .map(|(name, problem)| (name, problem.reason()))
                        .collect(),
                ));
            }
            _ => {}
        }
        command_error
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn station_errors_keep_code_message_and_details() {
        let wrong = CommandError::from(station::StationError::StaffPinWrong { tries_left: 2 });
        assert_eq!(
            serde_json::to_value(&wrong).unwrap(),
            json!({
                "code": "staff_pin_wrong",
                "message": station::StationError::StaffPinWrong { tries_left: 2 }.to_string(),
                "triesLeft": 2
            })
        );
        let locked = CommandError::from(station::StationError::StaffLocked { seconds_left: 41 });
        assert_eq!(serde_json::to_value(&locked).unwrap()["secondsLeft"], 41);
        let plain = CommandError::from(station::StationError::NoStationSelected);
        let plain = serde_json::to_value(&plain).unwrap();
        assert_eq!(plain["code"], "no_station_selected");
        assert_eq!(plain.as_object().unwrap().len(), 2, "{plain}");
    }
}
