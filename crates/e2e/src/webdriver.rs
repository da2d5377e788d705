//! A small W3C WebDriver client over plain HTTP (ureq): sessions, finding and clicking
//! elements, reading text, pressing keys, running scripts and taking screenshots.

use base64::Engine;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// The key under which W3C WebDriver returns an element reference.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The WebDriver key code of the Tab key.
pub const TAB: &str = "\u{E004}";

/// How an element is found.
#[derive(Debug, Clone, Copy)]
pub enum By<'a> {
    /// By CSS selector.
    Css(&'a str),
    /// By XPath expression.
    XPath(&'a str),
}

impl By<'_> {
    fn json(&self) -> Value {
        match self {
            By::Css(selector) => json!({ "using": "css selector", "value": selector }),
            By::XPath(path) => json!({ "using": "xpath", "value": path }),
        }
    }
}

impl std::fmt::Display for By<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            By::Css(selector) => write!(f, "css {selector}"),
            By::XPath(path) => write!(f, "xpath {path}"),
        }
    }
}

/// An element reference within a session.
#[derive(Debug, Clone)]
pub struct Element(String);

impl Element {
    /// The element as a script argument for [`Session::execute`].
    pub fn as_argument(&self) -> Value {
        json!({ ELEMENT_KEY: self.0 })
    }
}

/// A WebDriver session; deleted when dropped (which closes the app).
pub struct Session {
    base: String,
    id: Option<String>,
    agent: ureq::Agent,
}

fn request(
    agent: &ureq::Agent,
    method: &str,
    url: &str,
    body: Option<Value>,
) -> Result<Value, String> {
    let call = agent.request(method, url);
    let response = match body {
        Some(body) => call.send_json(body),
        None => call.call(),
    };
    let (status, response) = match response {
        Ok(response) => (200, response),
        Err(ureq::Error::Status(status, response)) => (status, response),
        Err(error) => return Err(format!("{method} {url}: {error}")),
    };
    let value: Value = response
        .into_json()
        .map_err(|e| format!("{method} {url}: answer is not JSON: {e}"))?;
    if status == 200 {
        Ok(value["value"].clone())
    } else {
        Err(format!("{method} {url}: HTTP {status}: {}", value["value"]))
    }
}

impl Session {
    /// Creates a session that starts `application`, retrying while the driver (or the
    /// WebKitWebDriver behind it) is not ready yet.
    pub fn start(
        port: u16,
        application: &std::path::Path,
        timeout: Duration,
    ) -> Result<Self, String> {
        let agent = ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(60))
            .build();
        let base = format!("http://127.0.0.1:{port}");
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "tauri:options": { "application": application }
                }
            }
        });
        let deadline = Instant::now() + timeout;
        loop {
            match request(
                &agent,
                "POST",
                &format!("{base}/session"),
                Some(capabilities.clone()),
            ) {
                Ok(value) => {
                    let id = value["sessionId"]
                        .as_str()
                        .ok_or_else(|| format!("new session answer without sessionId: {value}"))?
                        .to_owned();
                    return Ok(Session {
                        base,
                        id: Some(id),
                        agent,
                    });
                }
                Err(error) if Instant::now() > deadline => {
                    return Err(format!("no WebDriver session within {timeout:?}: {error}"))
                }
                Err(_) => std::thread::sleep(Duration::from_millis(250)),
            }
        }
    }

    fn url(&self, path: &str) -> String {
        let id = self.id.as_deref().expect("session is open");
        format!("{}/session/{id}{path}", self.base)
    }

    fn post(&self, path: &str, body: Value) -> Result<Value, String> {
        request(&self.agent, "POST", &self.url(path), Some(body))
    }

    fn get(&self, path: &str) -> Result<Value, String> {
        request(&self.agent, "GET", &self.url(path), None)
    }

    /// The first element matching `by`, if any right now.
    pub fn find(&self, by: By<'_>) -> Result<Option<Element>, String> {
        let found = self.post("/elements", by.json())?;
        Ok(found
            .as_array()
            .and_then(|elements| elements.first())
            .and_then(|element| element[ELEMENT_KEY].as_str())
            .map(|id| Element(id.to_owned())))
    }

    /// Waits up to `timeout` for an element matching `by`.
    pub fn wait_for(&self, by: By<'_>, timeout: Duration) -> Result<Element, String> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(element) = self.find(by)? {
                return Ok(element);
            }
            if Instant::now() > deadline {
                return Err(format!("no element for {by} within {timeout:?}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Clicks `element`.
    pub fn click(&self, element: &Element) -> Result<(), String> {
        self.post(&format!("/element/{}/click", element.0), json!({}))
            .map(drop)
    }

    /// The rendered text of `element`, as WebDriver reports it.
    pub fn text(&self, element: &Element) -> Result<String, String> {
        let text = self.get(&format!("/element/{}/text", element.0))?;
        text.as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("element text is not a string: {text}"))
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its result.
    pub fn execute(&self, script: &str, args: Value) -> Result<Value, String> {
        self.post("/execute/sync", json!({ "script": script, "args": args }))
    }

    /// Runs `script` that calls its last argument with the result when done.
    pub fn execute_async(&self, script: &str, args: Value) -> Result<Value, String> {
        self.post("/execute/async", json!({ "script": script, "args": args }))
    }

    /// Presses and releases `key` (a WebDriver key code such as [`TAB`]) `times` times,
    /// all in one action sequence.
    pub fn press_key(&self, key: &str, times: usize) -> Result<(), String> {
        let strokes: Vec<Value> = (0..times)
            .flat_map(|_| {
                [
                    json!({ "type": "keyDown", "value": key }),
                    json!({ "type": "keyUp", "value": key }),
                ]
            })
            .collect();
        self.post(
            "/actions",
            json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": strokes }] }),
        )
        .map(drop)
    }

    /// The handles of the app's open windows (WebDriver top-level browsing contexts).
    pub fn window_handles(&self) -> Result<Vec<String>, String> {
        let handles = self.get("/window/handles")?;
        Ok(handles
            .as_array()
            .ok_or_else(|| format!("window handles are not a list: {handles}"))?
            .iter()
            .filter_map(|handle| handle.as_str().map(str::to_owned))
            .collect())
    }

    /// Makes the window with `handle` the one the following commands act on.
    pub fn switch_to_window(&self, handle: &str) -> Result<(), String> {
        self.post("/window", json!({ "handle": handle })).map(drop)
    }

    /// The address of the current window's page.
    pub fn current_url(&self) -> Result<String, String> {
        let url = self.get("/url")?;
        url.as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("url is not a string: {url}"))
    }

    /// Switches to the window whose page has `title`, waiting up to 30 s for it to open.
    pub fn switch_to_titled(&self, title: &str) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            for handle in self.window_handles()? {
                self.switch_to_window(&handle)?;
                if self.title().unwrap_or_default() == title {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                return Err(format!("no window titled {title:?} within 30 s"));
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    /// The title of the current window's page.
    pub fn title(&self) -> Result<String, String> {
        let title = self.get("/title")?;
        title
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("title is not a string: {title}"))
    }

    /// The window as PNG bytes.
    pub fn screenshot(&self) -> Result<Vec<u8>, String> {
        let encoded = self.get("/screenshot")?;
        let encoded = encoded
            .as_str()
            .ok_or_else(|| format!("screenshot is not a string: {encoded}"))?;
        base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|e| format!("screenshot is not base64: {e}"))
    }

    /// Deletes the session (the driver closes the app). Also done on drop.
    pub fn delete(&mut self) -> Result<(), String> {
        match self.id.take() {
            Some(id) => request(
                &self.agent,
                "DELETE",
                &format!("{}/session/{id}", self.base),
                None,
            )
            .map(drop),
            None => Ok(()),
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Err(error) = self.delete() {
            eprintln!("deleting the WebDriver session failed: {error}");
        }
    }
}
