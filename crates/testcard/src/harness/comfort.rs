//! A comfort reader (a reader with a PIN pad) for a test: the `comfortreader`
//! driver in a pcscd of the test's own ([`UnpluggableReader`]), and the pad to
//! type on ([`PinPadKeys`]). Each test binary passes a port of its own from
//! [`READER_PORTS`](super::READER_PORTS), so several can run at once.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::unpluggable::{Driver, UnpluggableReader};
use super::HarnessError;

/// The reader's `FRIENDLYNAME`: pcscd lists it as `Komfort PCD 00 00`.
pub const FRIENDLY_NAME: &str = "Komfort PCD";
/// The driver's file name, beside the test binaries' `deps` folder.
const LIBRARY: &str = "libcomfortreader.so";

/// Starts a pcscd of this process's own with a comfort reader whose card
/// connects on `port` (see [`UnpluggableReader::plug_in`] for when to call it).
pub fn plug_in(port: u16) -> Result<(UnpluggableReader, PinPadKeys), HarnessError> {
    let library = library()?;
    let pad = std::env::temp_dir().join(format!("bk-comfort-{port}.pad"));
    let driver = Driver {
        friendly_name: FRIENDLY_NAME,
        port,
        device: format!("{port}:{}", pad.display()),
        library,
    };
    Ok((UnpluggableReader::plug_in_with(driver)?, PinPadKeys(pad)))
}

/// The built driver: `target/<profile>/libcomfortreader.so`, found from the
/// running test binary (`target/<profile>/deps/…`), or `BK_COMFORT_READER_DRIVER`.
fn library() -> Result<PathBuf, HarnessError> {
    let path = match std::env::var_os("BK_COMFORT_READER_DRIVER") {
        Some(path) => PathBuf::from(path),
        None => std::env::current_exe()
            .map_err(HarnessError::Start)?
            .parent()
            .and_then(|deps| deps.parent())
            .map(|profile| profile.join(LIBRARY))
            .unwrap_or_else(|| PathBuf::from(LIBRARY)),
    };
    if path.is_file() {
        Ok(path)
    } else {
        Err(HarnessError::DriverMissing(path))
    }
}

/// The reader's PIN pad, as the citizen's fingers: entries typed here wait in
/// the reader until it asks for one.
pub struct PinPadKeys(PathBuf);

/// How long [`PinPadKeys::wait_until_asked`] waits.
const ASK_PATIENCE: Duration = Duration::from_secs(60);

impl PinPadKeys {
    /// Types `digits` and presses OK.
    pub fn type_digits(&self, digits: &str) {
        self.command(&format!("type {digits}"));
    }

    /// Presses Cancel.
    pub fn cancel(&self) {
        self.command("cancel");
    }

    /// Types each entry once the reader asks for it (as a citizen reads its display).
    pub fn type_when_asked(&self, entries: &[&str]) {
        for entry in entries {
            self.wait_until_asked();
            self.type_digits(entry);
        }
    }

    /// Waits until the reader asks for an entry (its display says "enter PIN").
    pub fn wait_until_asked(&self) {
        let deadline = Instant::now() + ASK_PATIENCE;
        while !self.command("status").contains("waiting=yes") {
            assert!(
                Instant::now() < deadline,
                "the comfort reader asked for no entry within {ASK_PATIENCE:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn command(&self, line: &str) -> String {
        let mut stream = UnixStream::connect(&self.0)
            .unwrap_or_else(|e| panic!("the comfort reader's pad {}: {e}", self.0.display()));
        stream
            .write_all(format!("{line}\n").as_bytes())
            .unwrap_or_else(|e| panic!("typing on the comfort reader's pad: {e}"));
        let mut answer = String::new();
        BufReader::new(stream)
            .read_line(&mut answer)
            .unwrap_or_else(|e| panic!("the comfort reader's pad: {e}"));
        assert!(
            answer.starts_with("ok"),
            "the pad refused {:?}: {answer}",
            line.split(' ').next()
        );
        answer
    }
}
