//! Video calls with a clerk: the wire types of `POST /v1/calls` (a station asks the
//! central for a call and gets the link the citizen's phone opens) and `GET
//! /v1/calls/{id}` (how the call stands, for the kiosk).

use serde::{Deserialize, Serialize};

/// `POST /v1/calls`: a call for the citizen at the kiosk.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallRequest {
    /// The kiosk's language (a language tag the kiosk offers); the phone's page speaks it.
    pub lang: String,
}

/// The call the central opened.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CallOpened {
    /// The call's id.
    pub call: String,
    /// The phone's page, relative to the central's station address, with the language.
    pub path: String,
}

/// `GET /v1/calls/{id}`: how a call stands.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum CallState {
    /// No clerk has answered yet.
    Waiting,
    /// A clerk answered.
    Answered,
    /// It ended.
    Ended,
}

/// The answer of `GET /v1/calls/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CallStatus {
    /// How it stands.
    pub state: CallState,
}
