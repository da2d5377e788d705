//! Test harness: pcscd (started if none runs, left running), one virtual card process on a free vpcd reader (the card
//! locks its reader, so parallel tests take the other one or wait), its
//! control socket, and a PC/SC connection through `eid`'s transport.

#![allow(dead_code)] // each test binary uses a different part of the harness

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use eid::apdu::CommandApdu;
use eid::card_access::CardAccess;
use eid::pace::PaceParams;
use eid::transport::pcsc::{PcscContext, PcscReader};
use eid::transport::CardTransport;
use testcard::{control, presence, vpcd};

/// vpcd's two readers.
const PORTS: [u16; 2] = [vpcd::DEFAULT_PORT, vpcd::DEFAULT_PORT + 1];
/// How long a test waits for a free reader, and for a card to appear.
const PATIENCE: Duration = Duration::from_secs(120);

/// The card's options beyond the defaults.
#[derive(Clone)]
pub struct CardOptions {
    pub curve: &'static str,
    pub pin: &'static str,
    pub can: &'static str,
    pub puk: &'static str,
    pub puk_uses: u8,
    pub deactivated: bool,
}

impl Default for CardOptions {
    fn default() -> Self {
        CardOptions {
            curve: "P256",
            pin: "12345",
            can: "123456",
            puk: "1234567890",
            puk_uses: 10,
            deactivated: false,
        }
    }
}

/// Starts pcscd unless one runs. It is a shared system daemon (other tests
/// and the kiosk use it too), so it is left running.
fn ensure_pcscd() {
    if PcscContext::establish().is_ok() {
        return;
    }
    // Two tests may race to start it; the loser's pcscd exits, which is fine.
    let _started = Command::new("pcscd")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("pcscd must be installed (Debian pcscd, vsmartcard-vpcd)");
    let deadline = Instant::now() + Duration::from_secs(10);
    while PcscContext::establish().is_err() {
        assert!(Instant::now() < deadline, "pcscd did not come up");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A running card process; killed when dropped.
pub struct VirtualCard {
    child: Child,
    pub reader: String,
    control: PathBuf,
    _dir: tempfile::TempDir,
}

impl VirtualCard {
    /// Starts a card with `options` in a free reader and waits until pcscd sees it.
    pub fn start(options: &CardOptions) -> Self {
        ensure_pcscd();
        let deadline = Instant::now() + PATIENCE;
        loop {
            for port in PORTS {
                if let Some(card) = Self::try_start(options, port) {
                    return card;
                }
            }
            assert!(Instant::now() < deadline, "no vpcd reader became free");
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    fn try_start(options: &CardOptions, port: u16) -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let control = dir.path().join("control.sock");
        let mut command = Command::new(env!("CARGO_BIN_EXE_testcard"));
        command.args(["run", "--secrets-stdin", "--curve", options.curve]);
        command.args([
            "--port",
            &port.to_string(),
            "--puk-uses",
            &options.puk_uses.to_string(),
        ]);
        command.arg("--control").arg(&control);
        if options.deactivated {
            command.arg("--deactivated");
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let secrets = format!(
            "pin={}\ncan={}\npuk={}\n",
            options.pin, options.can, options.puk
        );
        // A card that finds its reader taken exits without reading its
        // secrets; the exit code is checked below.
        if let Err(error) = child.stdin.take().unwrap().write_all(secrets.as_bytes()) {
            assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
        }

        let reader = vpcd::reader_name(port);
        let deadline = Instant::now() + PATIENCE;
        while !control.exists() {
            if let Some(status) = child.try_wait().unwrap() {
                assert_eq!(
                    status.code(),
                    Some(i32::from(vpcd::READER_BUSY_EXIT_CODE)),
                    "card process failed"
                );
                return None;
            }
            assert!(
                Instant::now() < deadline,
                "card process did not open its control socket"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let card = VirtualCard {
            child,
            reader,
            control,
            _dir: dir,
        };
        card.wait_present(true);
        Some(card)
    }

    /// Waits until pcscd sees the card in (or out of) its reader.
    pub fn wait_present(&self, present: bool) {
        presence::wait_for_card(&self.reader, present, PATIENCE).unwrap();
    }

    /// Sends a control command (`remove`, `insert`, `fault …`, `status`).
    pub fn control(&self, command: &str) -> String {
        control::send(&self.control, command).unwrap()
    }

    /// Connects to the card through pcscd.
    pub fn connect(&self) -> PcscReader {
        let context = PcscContext::establish().unwrap();
        let name = context
            .readers()
            .unwrap()
            .into_iter()
            .find(|name| name.starts_with(&self.reader))
            .expect("the card's reader is listed");
        context.connect(&name).unwrap()
    }
}

impl Drop for VirtualCard {
    /// Pulls the card and waits until pcscd has seen the reader empty while
    /// the process still holds the reader, so the next card in this reader
    /// is not mistaken for this one.
    fn drop(&mut self) {
        if control::send(&self.control, "remove").is_ok() {
            let _ = presence::wait_for_card(&self.reader, false, PATIENCE);
        }
        // The child is ours; if it already ended, kill fails harmlessly.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// READ BINARY of EF.CardAccess by short file id, plain (APDU step 1).
pub fn read_card_access(transport: &mut impl CardTransport) -> PaceParams {
    let command = CommandApdu::new(0x00, 0xB0, 0x9C, 0x00).with_ne(256);
    let bytes = transport.transmit(&command.to_bytes().unwrap()).unwrap();
    let response = eid::apdu::ResponseApdu::parse(&bytes).unwrap();
    assert!(
        response.sw.is_success(),
        "READ BINARY EF.CardAccess: {}",
        response.sw
    );
    let card_access = CardAccess::parse(&response.data).unwrap();
    PaceParams::from_card_access(&card_access).unwrap()
}
