//! The official eID client as a test drives it: Debian's AusweisApp (`AusweisApp2`,
//! 1.26) started headless with its SDK on a WebSocket (`--ui websocket --port 0`, Qt's
//! `offscreen` platform), and the SDK's JSON messages
//! (<https://www.ausweisapp.bund.de/sdk/>: commands `RUN_CHANGE_PIN`, `SET_PIN`,
//! `SET_NEW_PIN`, `SET_CAN`, `SET_PUK`; messages `ENTER_PIN`, `ENTER_NEW_PIN`,
//! `ENTER_CAN`, `ENTER_PUK`, `CHANGE_PIN`, `READER`). It talks to the same pcscd as
//! the harness's cards. The process (its group) ends when this is dropped.

use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::client::IntoClientRequest;
use tungstenite::{Message, WebSocket};

/// The Debian package's binary.
pub const BINARY: &str = "/usr/bin/AusweisApp2";
/// AusweisApp's log (its standard error) in its home.
const LOG: &str = "ausweisapp.log";
/// How many lines of that log a failure shows.
const LOG_LINES: usize = 40;
/// How long AusweisApp may take to start, and to answer one step of a workflow (a
/// PACE on the virtual card included).
const PATIENCE: Duration = Duration::from_secs(60);

/// A running AusweisApp with its SDK connected.
pub struct AusweisApp {
    /// The SDK's connection (none while AusweisApp starts).
    socket: Option<WebSocket<TcpStream>>,
    child: Child,
    home: tempfile::TempDir,
}

impl AusweisApp {
    /// Starts AusweisApp with a home of its own (settings, logs, the port file) and
    /// connects to its SDK.
    pub fn start() -> Result<Self, String> {
        if !Path::new(BINARY).is_file() {
            return Err(format!(
                "{BINARY} is missing: install the Debian package ausweisapp2 (scripts/test does)"
            ));
        }
        let home = tempfile::tempdir().map_err(|e| format!("a home for AusweisApp: {e}"))?;
        let log = std::fs::File::create(home.path().join(LOG))
            .map_err(|e| format!("AusweisApp's log: {e}"))?;
        let child = Command::new(BINARY)
            .args(["--ui", "websocket", "--port", "0"])
            .env("QT_QPA_PLATFORM", "offscreen")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .env("TMPDIR", home.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .process_group(0)
            .spawn()
            .map_err(|e| format!("{BINARY}: {e}"))?;
        let mut app = AusweisApp {
            socket: None,
            child,
            home,
        };
        let port = app.wait_for_port()?;
        let mut request = format!("ws://127.0.0.1:{port}/eID-Kernel")
            .into_client_request()
            .map_err(|e| e.to_string())?;
        request.headers_mut().insert(
            "User-Agent",
            "buergerkoffer-tests".parse().expect("a header value"),
        );
        let stream = TcpStream::connect(("127.0.0.1", port))
            .map_err(|e| format!("AusweisApp's SDK on port {port}: {e}"))?;
        stream
            .set_read_timeout(Some(PATIENCE))
            .map_err(|e| e.to_string())?;
        let (socket, _) = tungstenite::client(request, stream)
            .map_err(|e| format!("AusweisApp's SDK on port {port}: {e}"))?;
        app.socket = Some(socket);
        Ok(app)
    }

    /// The port AusweisApp chose, from the file it writes (`$TMPDIR/AusweisApp2.<pid>.port`).
    fn wait_for_port(&mut self) -> Result<u16, String> {
        let port_file = self
            .home
            .path()
            .join(format!("AusweisApp2.{}.port", self.child.id()));
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                if let Ok(port) = text.trim().parse() {
                    return Ok(port);
                }
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "AusweisApp ended before its SDK answered: {status}{}",
                    self.log_tail()
                ));
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "AusweisApp wrote no port file ({}) within {PATIENCE:?}",
                    port_file.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The end of AusweisApp's log, for a failure's message.
    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.home.path().join(LOG)).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        let tail = lines[lines.len().saturating_sub(LOG_LINES)..].join("\n");
        format!("\n--- the end of AusweisApp's log ---\n{tail}")
    }

    fn socket(&mut self) -> &mut WebSocket<TcpStream> {
        self.socket.as_mut().expect("connected in start")
    }

    /// Sends one SDK command, e.g. `json!({"cmd": "RUN_CHANGE_PIN"})`.
    pub fn send(&mut self, command: Value) {
        self.socket()
            .send(Message::text(command.to_string()))
            .unwrap_or_else(|e| panic!("AusweisApp's SDK: {e}"));
    }

    /// The next message named `name` (`{"msg": name, …}`), passing over the ones
    /// AusweisApp sends on its own (`READER`, `STATUS`, `INSERT_CARD`, …); panics
    /// on `BAD_STATE`/`INVALID`, on another workflow message, or after [`PATIENCE`].
    pub fn expect(&mut self, name: &str) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if Instant::now() > deadline {
                panic!("AusweisApp sent no {name} in time{}", self.log_tail());
            }
            let message = match self.socket().read() {
                Ok(Message::Text(text)) => match serde_json::from_str::<Value>(text.as_str()) {
                    Ok(message) => message,
                    Err(e) => panic!("AusweisApp sent no JSON ({e}): {text}"),
                },
                Ok(_) => continue,
                Err(e) => panic!(
                    "AusweisApp's SDK, waiting for {name}: {e}{}",
                    self.log_tail()
                ),
            };
            let got = message["msg"].as_str().unwrap_or_default();
            if got == name {
                return message;
            }
            match got {
                "READER" | "READER_LIST" | "STATUS" | "INSERT_CARD" | "INFO" | "API_LEVEL" => {}
                _ => panic!(
                    "AusweisApp sent {message} while the test waited for {name}{}",
                    self.log_tail()
                ),
            }
        }
    }

    /// Starts the PIN change workflow: `RUN_CHANGE_PIN`, answered by an opening
    /// `CHANGE_PIN` (the result comes as a second `CHANGE_PIN` with `success`).
    pub fn run_change_pin(&mut self) {
        self.send(json!({"cmd": "RUN_CHANGE_PIN"}));
        let opened = self.expect("CHANGE_PIN");
        assert!(opened.get("success").is_none(), "{opened}");
    }

    /// A whole PIN change in a reader without keypad: `RUN_CHANGE_PIN`, the current PIN
    /// (5 digits: the Transport PIN), the new one; returns AusweisApp's `ENTER_PIN`
    /// (with the reader and the card's retry counter) and its final `CHANGE_PIN`.
    pub fn change_pin(&mut self, current: &str, new: &str) -> (Value, Value) {
        self.run_change_pin();
        let asked = self.expect("ENTER_PIN");
        self.set("SET_PIN", current);
        self.expect("ENTER_NEW_PIN");
        self.set("SET_NEW_PIN", new);
        (asked, self.expect("CHANGE_PIN"))
    }

    /// Answers an `ENTER_*` request on a reader with a keypad: the command without
    /// a value (the citizen types on the reader).
    pub fn set_on_keypad(&mut self, command: &str) {
        self.send(json!({ "cmd": command }));
    }

    /// Answers an `ENTER_*` request: `SET_PIN`, `SET_NEW_PIN`, `SET_CAN`, `SET_PUK`.
    pub fn set(&mut self, command: &str, value: &str) {
        self.send(json!({ "cmd": command, "value": value }));
    }
}

impl Drop for AusweisApp {
    fn drop(&mut self) {
        if let Some(socket) = self.socket.as_mut() {
            let _ = socket.close(None);
        }
        end_group(&mut self.child);
    }
}

/// Ends the process group of `child` (TERM, then KILL) and reaps it.
fn end_group(child: &mut Child) {
    let group = -(child.id() as i32);
    // SAFETY: kill(2) with a negative pid only sends a signal to that process group.
    unsafe { libc::kill(group, libc::SIGTERM) };
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: as above.
    unsafe { libc::kill(group, libc::SIGKILL) };
    let _ = child.wait();
}
