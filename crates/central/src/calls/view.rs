//! What the call's part of a page shows, the same on the citizen's phone and on the
//! clerk's call page (`templates/call.html`, driven by `templates/call.js`), and the
//! content security policy such a page needs: scripts of its own origin only, and
//! connections to the video platform and to its own origin (documents, refreshes).

use url::Url;

use crate::store::CallRecord;

/// The call's part of a page: the room to join, and every text in the page's language.
pub struct CallView {
    /// The video platform's API as browsers reach it.
    pub janus: String,
    /// The room's number.
    pub room: u64,
    /// The room's PIN.
    pub pin: String,
    /// The name this side joins with.
    pub name: String,
    /// What the other side's picture is labelled.
    pub peer: String,
    /// What this side's own picture is labelled.
    pub you: String,
    /// The button that starts the camera and joins.
    pub start: String,
    /// The microphone button's two labels: switch off, switch on.
    pub mute: (String, String),
    /// The camera button's two labels.
    pub camera: (String, String),
    /// The button that leaves the call on this side, when this side has one.
    pub hang_up: Option<String>,
    /// What the status line says before the call starts.
    pub intro: String,
    /// The status line's texts by state, as the script names them.
    pub states: Vec<(&'static str, String)>,
}

/// The states the script shows, by their data attribute and their message's suffix.
pub const STATES: [(&str, &str); 8] = [
    ("connecting", "connecting"),
    ("waiting", "waiting"),
    ("talking", "talking"),
    ("left", "left"),
    ("ended", "ended"),
    ("no-camera", "no-camera"),
    ("failed", "failed"),
    ("unsupported", "unsupported"),
];

impl CallView {
    /// The room of `call` on the platform at `janus`, with the texts `text` gives for
    /// each message id.
    pub fn new(janus: &str, call: &CallRecord, name: &str, text: impl Fn(&str) -> String) -> Self {
        CallView {
            janus: janus.to_owned(),
            room: call.room,
            pin: call.pin.clone(),
            name: name.to_owned(),
            peer: String::new(),
            you: text("call-you"),
            start: text("call-start"),
            mute: (text("call-mute"), text("call-unmute")),
            camera: (text("call-camera-off"), text("call-camera-on")),
            hang_up: None,
            intro: text("call-intro"),
            states: STATES
                .iter()
                .map(|(attribute, suffix)| (*attribute, text(&format!("call-state-{suffix}"))))
                .collect(),
        }
    }
}

/// The content security policy of a page with a call on the platform at `janus`.
pub fn csp(janus: &str) -> String {
    let connect = Url::parse(janus).map_or_else(
        |_| "'self'".to_owned(),
        |url| format!("'self' {}", url.origin().ascii_serialization()),
    );
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         media-src 'self' blob: mediastream:; connect-src {connect}; form-action 'self'; \
         frame-ancestors 'none'; base-uri 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_connects_to_the_platform_only() {
        let policy = csp("https://video.potsdam.example/janus");
        assert!(
            policy.contains("connect-src 'self' https://video.potsdam.example;"),
            "{policy}"
        );
        assert!(policy.contains("script-src 'self';"));
        assert!(csp("kein url").contains("connect-src 'self';"));
    }
}
