//! The processes around the app: a private Xvfb, a window manager on it when a test
//! needs one, and tauri-driver (cage, the station's compositor: [`crate::cage`]). Each
//! runs in its own process group and is ended (the whole group, by its id) when its
//! guard is dropped, so a failing test leaves nothing behind.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::paths::Tools;

/// A child process in its own process group, ended when dropped.
pub struct Guarded {
    name: &'static str,
    child: Child,
}

impl Guarded {
    pub(crate) fn spawn(name: &'static str, command: &mut Command) -> Result<Self, String> {
        let child = command
            .process_group(0)
            .spawn()
            .map_err(|e| format!("{name} did not start: {e}"))?;
        Ok(Guarded { name, child })
    }

    /// Ends the process group: SIGTERM, then SIGKILL after two seconds.
    pub fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }

    fn ended(&mut self) -> Option<String> {
        match self.child.try_wait() {
            Ok(Some(status)) => Some(format!("{} ended: {status}", self.name)),
            _ => None,
        }
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Xvfb on a display number it chooses itself (`-displayfd`), 1920×1080×24.
pub struct Xvfb {
    /// The display name for `DISPLAY`, e.g. `:1`.
    pub display: String,
    _process: Guarded,
}

impl Xvfb {
    /// Starts Xvfb and waits until it reports the display number it chose.
    pub fn start() -> Result<Self, String> {
        let mut process = Guarded::spawn(
            "Xvfb",
            Command::new("Xvfb")
                .args([
                    "-displayfd",
                    "1",
                    "-screen",
                    "0",
                    "1920x1080x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        )?;
        let stdout = process.child.stdout.take().expect("stdout is piped");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .map_err(|e| format!("Xvfb: {e}"))?;
        let number: u32 = line
            .trim()
            .parse()
            .map_err(|_| format!("Xvfb did not report a display number ({line:?})"))?;
        Ok(Xvfb {
            display: format!(":{number}"),
            _process: process,
        })
    }
}

/// Openbox on an Xvfb, the window manager a desktop would have: it closes the focused
/// window on Alt+F4 and any window on `wmctrl -c` (both ask the window to close).
pub struct WindowManager {
    _process: Guarded,
}

impl WindowManager {
    /// Starts openbox on `xvfb` and waits until it manages the screen (`wmctrl -m` answers).
    pub fn start(xvfb: &Xvfb) -> Result<Self, String> {
        let process = Guarded::spawn(
            "openbox",
            Command::new("openbox")
                .arg("--sm-disable")
                .env("DISPLAY", &xvfb.display)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )?;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let answered = Command::new("wmctrl")
                .arg("-m")
                .env("DISPLAY", &xvfb.display)
                .output()
                .map_err(|e| format!("wmctrl: {e}"))?;
            if answered.status.success() {
                return Ok(WindowManager { _process: process });
            }
            if Instant::now() > deadline {
                return Err("openbox did not manage the screen within 10 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// An environment variable for an app that must not see pcscd: PC/SC clients (the app's
/// reader watcher) look for the service at this socket, which does not exist, so the
/// app never probes the virtual cards of the card tests and can run beside them.
pub const WITHOUT_PCSC: (&str, &str) = ("PCSCLITE_CSOCK_NAME", "/nonexistent/bk-e2e/pcscd.comm");

/// A TCP port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// How the app draws under WebDriver: with OpenGL, as on a station with a GPU
/// (src-tauri/src/drawing.rs), also on a machine without one. Drawn without
/// compositing, WebKit answers each key press of WebDriver only with the next frame
/// (16 ms instead of 2; the keyboard walks press Tab thousands of times) and a
/// screenshot only after the page paints again; the app's software drawing is seen in
/// `tests/kiosk_in_cage.rs`.
const DRAWING: (&str, &str) = ("BK_DRAWING", "gpu");

/// tauri-driver on a free port, with WebKitWebDriver on another.
pub struct TauriDriver {
    /// The port on 127.0.0.1 where tauri-driver accepts WebDriver requests.
    pub port: u16,
    process: Guarded,
}

impl TauriDriver {
    /// Starts tauri-driver for the app on `xvfb` with its store in `data_dir` and the
    /// further variables `env`, which tauri-driver passes on to WebKitWebDriver and so
    /// to the app, and waits until its port accepts connections. With `log`, the output
    /// of the driver and of the app goes to that file.
    pub fn start(
        tools: &Tools,
        xvfb: &Xvfb,
        data_dir: &Path,
        env: &[(&str, &std::ffi::OsStr)],
        log: Option<&Path>,
    ) -> Result<Self, String> {
        let (driver, native_driver) = (&tools.driver, &tools.native_driver);
        let port = free_port()?;
        let native_port = free_port()?;
        let mut command = Command::new(driver);
        command
            .arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg(native_port.to_string())
            .arg("--native-driver")
            .arg(native_driver)
            .stdin(Stdio::null());
        if let Some(log) = log {
            let file = std::fs::File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
            let copy = file
                .try_clone()
                .map_err(|e| format!("{}: {e}", log.display()))?;
            command.stdout(file).stderr(copy);
        }
        command
            .env("DISPLAY", &xvfb.display)
            .env("BK_DATA_DIR", data_dir)
            .env(DRAWING.0, DRAWING.1);
        for (key, value) in env {
            command.env(key, value);
        }
        let mut driver = TauriDriver {
            port,
            process: Guarded::spawn("tauri-driver", &mut command)?,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(ended) = driver.process.ended() {
                return Err(ended);
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "tauri-driver did not listen on port {port} within 20 s"
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(driver)
    }

    /// [`start`](Self::start) for an app that sees no pcscd ([`WITHOUT_PCSC`]) and keeps
    /// its screen for ten minutes without a touch, with the further variables `env`.
    pub fn start_cardless(
        tools: &Tools,
        xvfb: &Xvfb,
        data_dir: &Path,
        env: &[(&str, &std::ffi::OsStr)],
    ) -> Result<Self, String> {
        let mut all = vec![
            ("BK_IDLE_SECONDS", std::ffi::OsStr::new("600")),
            (WITHOUT_PCSC.0, std::ffi::OsStr::new(WITHOUT_PCSC.1)),
        ];
        all.extend_from_slice(env);
        Self::start(tools, xvfb, data_dir, &all, None)
    }

    /// Ends tauri-driver and its process group (also done on drop).
    pub fn stop(&mut self) {
        self.process.stop();
    }
}
