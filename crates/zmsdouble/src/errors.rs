//! ZMS's error answers: `{"errors":[{errorCode, statusCode, errorMessage, errorType}]}`
//! with the HTTP status of the error (`zmscitizenapi/src/Zmscitizenapi/Utils/ErrorMessages.php`).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// An error code of the citizen API, answered with its status and message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZmsError {
    /// The body or query could not be read.
    InvalidRequest,
    /// No such route.
    NotFound,
    /// `startDate` missing or not `YYYY-MM-DD`.
    InvalidStartDate,
    /// `endDate` missing or not `YYYY-MM-DD`.
    InvalidEndDate,
    /// `officeId(s)` missing or not numeric.
    InvalidOfficeId,
    /// `serviceId(s)` missing or not numeric.
    InvalidServiceId,
    /// `serviceCount(s)` not 1 to 25.
    InvalidServiceCount,
    /// The office does not offer the service.
    InvalidLocationAndServiceCombination,
    /// `timestamp` missing or not in the future.
    InvalidTimestamp,
    /// The slot is not free (any more).
    AppointmentNotAvailable,
    /// `processId` missing or below 1.
    InvalidProcessId,
    /// `authKey` is not 4 or 64 hexadecimal characters.
    InvalidAuthKey,
    /// `authKey` does not belong to the process.
    AuthKeyMismatch,
    /// No such process (never made, or deleted when its hold expired).
    AppointmentNotFound,
    /// Preconfirm of a process that is no longer reserved.
    ProcessNotReservedAnymore,
    /// Confirm of a process that is neither reserved nor preconfirmed.
    ProcessNotPreconfirmedAnymore,
    /// `familyName` empty.
    InvalidFamilyName,
    /// `email` not an address the scope accepts.
    InvalidEmail,
    /// `telephone` not a number the scope accepts.
    InvalidTelephone,
    /// More appointments with this e-mail than the scope allows.
    TooManyAppointmentsWithSameMail,
    /// Cancel of an appointment in the past.
    AppointmentCanNotBeCanceled,
}

impl ZmsError {
    /// `(errorCode, HTTP status, errorMessage)`.
    fn parts(self) -> (&'static str, u16, &'static str) {
        match self {
            Self::InvalidRequest => ("invalidRequest", 400, "Invalid request."),
            Self::NotFound => ("notFound", 404, "Endpoint not found."),
            Self::InvalidStartDate => ("invalidStartDate", 400, "startDate is required and must be a valid date."),
            Self::InvalidEndDate => ("invalidEndDate", 400, "endDate is required and must be a valid date."),
            Self::InvalidOfficeId => ("invalidOfficeId", 400, "officeId should be a 32-bit integer."),
            Self::InvalidServiceId => ("invalidServiceId", 400, "serviceId should be a 32-bit integer."),
            Self::InvalidServiceCount => ("invalidServiceCount", 400, "serviceCount should be an array of numbers."),
            Self::InvalidLocationAndServiceCombination => (
                "invalidLocationAndServiceCombination",
                400,
                "The provided service(s) do not exist at the given location.",
            ),
            Self::InvalidTimestamp => ("invalidTimestamp", 400, "Missing timestamp or invalid timestamp format. It must be a positive numeric value."),
            Self::AppointmentNotAvailable => ("appointmentNotAvailable", 404, "The selected appointment is unfortunately no longer available."),
            Self::InvalidProcessId => ("invalidProcessId", 400, "processId should be a 32-bit integer."),
            Self::InvalidAuthKey => ("invalidAuthKey", 400, "authKey should be a string."),
            Self::AuthKeyMismatch => ("authKeyMismatch", 406, "Invalid authentication key."),
            Self::AppointmentNotFound => ("appointmentNotFound", 404, "Appointment not found."),
            Self::ProcessNotReservedAnymore => ("processNotReservedAnymore", 409, "The process is no longer reserved."),
            Self::ProcessNotPreconfirmedAnymore => ("processNotPreconfirmedAnymore", 409, "The process is no longer preconfirmed."),
            Self::InvalidFamilyName => ("invalidFamilyName", 400, "familyName should be a non-empty string."),
            Self::InvalidEmail => ("invalidEmail", 400, "email should be a valid email address."),
            Self::InvalidTelephone => ("invalidTelephone", 400, "telephone should be a numeric string between 7 and 15 digits."),
            Self::TooManyAppointmentsWithSameMail => ("tooManyAppointmentsWithSameMail", 406, "Too many appointments with the same e-mail address."),
            Self::AppointmentCanNotBeCanceled => ("appointmentCanNotBeCanceled", 406, "The selected appointment cannot be canceled."),
        }
    }
}

impl IntoResponse for ZmsError {
    fn into_response(self) -> Response {
        let (code, status, message) = self.parts();
        let body = json!({"errors": [{
            "errorCode": code, "statusCode": status, "errorMessage": message, "errorType": "error"
        }]});
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
        (status, Json(body)).into_response()
    }
}
