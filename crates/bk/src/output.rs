//! Writing results to stdout (German text or JSON) and the failure type of a run.

use std::fmt;
use std::io::Write;

use app::messages::german;
use app::{AppError, OpenFailure};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use station::StationError;

/// Why a run failed; shown on stderr, exit code 1.
#[derive(Debug)]
pub enum Failure {
    /// From a use case (German message and stable code).
    App(AppError),
    /// A wrong setting, e.g. an unreadable `BK_NOW`.
    Usage(String),
    /// stdout could not be written (e.g. a closed pipe).
    Output(std::io::Error),
    /// A `bk eid` command failed (German message; the outcome may be unknown).
    Eid(EidFailure),
}

/// Why `bk eid` failed: the German message and whether the outcome is unknown.
#[derive(Debug)]
pub struct EidFailure {
    /// What happened and what comes next.
    pub message: String,
    /// The change may or may not have happened (exit code 3).
    pub unknown: bool,
}

impl Failure {
    /// The exit code: 3 when a card change may or may not have happened, else 1.
    pub fn exit_code(&self) -> std::process::ExitCode {
        match self {
            Self::Eid(failure) if failure.unknown => std::process::ExitCode::from(3),
            _ => std::process::ExitCode::FAILURE,
        }
    }
}

impl From<AppError> for Failure {
    fn from(error: AppError) -> Self {
        Self::App(error)
    }
}

impl From<StationError> for Failure {
    fn from(error: StationError) -> Self {
        Self::App(error.into())
    }
}

impl From<OpenFailure> for Failure {
    fn from(failure: OpenFailure) -> Self {
        failure.error.into()
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::App(error) if error.code == "no_station_selected" => f.write_str(&german(
                "bk-failure-no-station",
                &[("error", error.to_string().into())],
            )),
            Self::App(error) => f.write_str(&german(
                "bk-failure-with-code",
                &[
                    ("error", error.to_string().into()),
                    ("code", error.code.into()),
                ],
            )),
            Self::Usage(message) => f.write_str(message),
            Self::Output(error) => f.write_str(&german(
                "bk-failure-output",
                &[("error", error.to_string().into())],
            )),
            Self::Eid(failure) => f.write_str(&failure.message),
        }
    }
}

/// Prints `text` and a line break.
pub fn line(text: impl fmt::Display) -> Result<(), Failure> {
    writeln!(std::io::stdout().lock(), "{text}").map_err(Failure::Output)
}

/// Prints `text` as it is.
pub fn raw(text: &str) -> Result<(), Failure> {
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(Failure::Output)
}

/// Prints `value` as pretty JSON.
pub fn json(value: &impl serde::Serialize) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::Output(std::io::Error::other(e)))?;
    line(text)
}

/// `value` as JSON, for building larger JSON answers.
pub fn to_value(value: &impl serde::Serialize) -> Result<Value, Failure> {
    serde_json::to_value(value).map_err(|e| Failure::Output(std::io::Error::other(e)))
}

/// `10:15` in Potsdam's time.
pub fn clock_time(instant: DateTime<Utc>) -> String {
    station::clock::hh_mm(instant)
}

/// `25.02.2026`.
pub fn date(day: NaiveDate) -> String {
    day.format("%d.%m.%Y").to_string()
}
