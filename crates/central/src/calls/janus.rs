//! The adapter for Janus's VideoRoom plugin over Janus's HTTP API (the "Janus
//! API" in its RESTful form): every operation opens a session (`create`), attaches the
//! plugin (`attach`), sends one synchronous plugin request (`message`) and closes the
//! session (`destroy`). Rooms are created with the plugin's `admin_key`, private (not
//! listed), for two publishers, with a random PIN to join and a random secret to
//! close; a number already taken is drawn again.

use std::time::Duration;

use serde_json::{json, Value};

use super::{CallError, Room, VideoAccess};
use crate::secrets::{new_token, NoEntropy};

/// How long one HTTP call may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// The plugin's package name.
const PLUGIN: &str = "janus.plugin.videoroom";

/// VideoRoom's error code for a room number that is taken.
const ROOM_EXISTS: i64 = 427;

/// VideoRoom's error code for a room that is not there.
const NO_SUCH_ROOM: i64 = 426;

/// How often a taken room number is drawn again.
const DRAWS: usize = 5;

/// A client of one Janus server.
#[derive(Debug, Clone)]
pub struct Janus {
    access: VideoAccess,
    http: reqwest::Client,
}

impl Janus {
    /// A client of the platform `access` names.
    pub fn new(access: VideoAccess) -> Result<Janus, CallError> {
        let http = crate::outbound::client(TIMEOUT)
            .map_err(|error| CallError::Unreachable(error.to_string()))?;
        let access = VideoAccess {
            url: access.url.trim_end_matches('/').to_owned(),
            public_url: access.public_url.trim_end_matches('/').to_owned(),
            ..access
        };
        Ok(Janus { access, http })
    }

    /// The API's address as browsers reach it.
    pub fn public_url(&self) -> &str {
        &self.access.public_url
    }

    /// Opens a new room for one call.
    pub async fn create_room(&self) -> Result<Room, CallError> {
        let mut last = None;
        for _ in 0..DRAWS {
            let room = Room {
                id: random_room_number()?,
                pin: new_token()?.to_string(),
                secret: new_token()?.to_string(),
            };
            let body = json!({
                "request": "create",
                "admin_key": self.access.admin_key.as_str(),
                "room": room.id,
                "description": "Bürgerkoffer",
                "is_private": true,
                "publishers": 2,
                "pin": room.pin,
                "secret": room.secret,
                "audiocodec": "opus",
                "videocodec": "vp8,h264",
                "bitrate": 768_000,
                "record": false,
                "notify_joining": true,
            });
            match self.plugin_request(body).await {
                Ok(_) => return Ok(room),
                Err(CallError::Refused { code, reason }) if code == ROOM_EXISTS => {
                    last = Some(CallError::Refused { code, reason });
                }
                Err(error) => return Err(error),
            }
        }
        Err(last.unwrap_or_else(|| CallError::Unreachable("keine freie Raumnummer".into())))
    }

    /// Closes `room`: everyone in it is sent out. A room that is gone already counts as
    /// closed.
    pub async fn close_room(&self, id: u64, secret: &str) -> Result<(), CallError> {
        let body = json!({"request": "destroy", "room": id, "secret": secret, "permanent": false});
        match self.plugin_request(body).await {
            Ok(_) => Ok(()),
            Err(CallError::Refused { code, .. }) if code == NO_SUCH_ROOM => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// Sends `body` to the VideoRoom plugin in a session of its own and answers the
    /// plugin's data.
    async fn plugin_request(&self, body: Value) -> Result<Value, CallError> {
        let session = self
            .id_of(&self.access.url, json!({"janus": "create"}))
            .await?;
        let session_url = format!("{}/{session}", self.access.url);
        let answer = async {
            let handle = self
                .id_of(&session_url, json!({"janus": "attach", "plugin": PLUGIN}))
                .await?;
            let reply = self
                .call(
                    &format!("{session_url}/{handle}"),
                    json!({"janus": "message", "body": body}),
                )
                .await?;
            plugin_data(&reply)
        }
        .await;
        // The session would time out on its own; closing it is tidiness, not safety.
        let _ = self.call(&session_url, json!({"janus": "destroy"})).await;
        answer
    }

    /// Sends `message` to `url` and answers the `data.id` of its success.
    async fn id_of(&self, url: &str, message: Value) -> Result<u64, CallError> {
        let reply = self.call(url, message).await?;
        reply["data"]["id"]
            .as_u64()
            .ok_or_else(|| CallError::Unreachable(format!("keine Kennung in {reply}")))
    }

    /// Posts `message` with a fresh transaction id to `url`; a Janus `error` becomes
    /// [`CallError::Refused`].
    async fn call(&self, url: &str, mut message: Value) -> Result<Value, CallError> {
        message["transaction"] = Value::String(new_token()?.to_string());
        let reply: Value = self
            .http
            .post(url)
            .json(&message)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|error| CallError::Unreachable(error.without_url().to_string()))?
            .json()
            .await
            .map_err(|error| CallError::Unreachable(error.without_url().to_string()))?;
        match reply["janus"].as_str() {
            Some("success") | Some("ack") => Ok(reply),
            Some("error") => Err(CallError::Refused {
                code: reply["error"]["code"].as_i64().unwrap_or_default(),
                reason: reply["error"]["reason"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            }),
            _ => Err(CallError::Unreachable(format!(
                "unerwartete Antwort {reply}"
            ))),
        }
    }
}

/// The plugin's answer in `reply`, or its refusal.
fn plugin_data(reply: &Value) -> Result<Value, CallError> {
    let data = &reply["plugindata"]["data"];
    if let Some(code) = data["error_code"].as_i64() {
        return Err(CallError::Refused {
            code,
            reason: data["error"].as_str().unwrap_or_default().to_owned(),
        });
    }
    if data["videoroom"].is_string() {
        Ok(data.clone())
    } else {
        Err(CallError::Unreachable(format!(
            "unerwartete Antwort {reply}"
        )))
    }
}

/// A room number JavaScript holds exactly (below 2^53), never 0.
fn random_room_number() -> Result<u64, NoEntropy> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|_| NoEntropy)?;
    Ok((u64::from_le_bytes(bytes) >> 11).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plugin_refusal_carries_its_code() {
        let reply = json!({"janus": "success", "plugindata": {"plugin": PLUGIN,
            "data": {"videoroom": "event", "error_code": 427, "error": "Room 5 already exists"}}});
        assert!(matches!(
            plugin_data(&reply),
            Err(CallError::Refused { code: 427, reason }) if reason == "Room 5 already exists"
        ));
        let created = json!({"janus": "success", "plugindata": {"plugin": PLUGIN,
            "data": {"videoroom": "created", "room": 5}}});
        assert_eq!(plugin_data(&created).unwrap()["room"], 5);
        assert!(matches!(
            plugin_data(&json!({"janus": "success"})),
            Err(CallError::Unreachable(_))
        ));
    }

    #[test]
    fn room_numbers_fit_javascript_numbers() {
        for _ in 0..1000 {
            let number = random_room_number().unwrap();
            assert!(number > 0 && number < 1 << 53);
        }
    }
}
