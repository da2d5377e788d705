//! Test harness: pcscd (started with `--auto-exit` if none runs, so it ends
//! itself), and a virtual eID card from `crates/testcard` running in this
//! test process on a free vpcd reader (guarded by the reader lock the card
//! binary uses), with its control channel at hand.

#![allow(dead_code)] // each test binary uses a different part of the harness

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use eid::transport::pcsc::PcscContext;
use testcard::card::{Card, Passwords, Secrets};
use testcard::card_access::Curve;
use testcard::control::Shared;
use testcard::faults::FaultPlan;
use testcard::{presence, runner, vpcd};
use zeroize::Zeroizing;

/// vpcd's two readers.
const PORTS: [u16; 2] = [vpcd::DEFAULT_PORT, vpcd::DEFAULT_PORT + 1];
/// How long to wait for a free reader and for pcscd to see a card.
const PATIENCE: Duration = Duration::from_secs(120);

/// The card's secrets and counters.
#[derive(Clone, Copy)]
pub struct CardOptions {
    pub pin: &'static str,
    pub can: &'static str,
    pub puk: &'static str,
    pub puk_uses: u8,
    pub deactivated: bool,
}

impl Default for CardOptions {
    /// The demo card: Transport PIN 12345, CAN 123456, PUK 1234567890.
    fn default() -> Self {
        CardOptions {
            pin: "12345",
            can: "123456",
            puk: "1234567890",
            puk_uses: 10,
            deactivated: false,
        }
    }
}

/// The card's file system, passwords and counters.
fn new_card(options: CardOptions) -> Card {
    let secrets = Secrets {
        pin: Zeroizing::new(options.pin.as_bytes().to_vec()),
        can: Zeroizing::new(options.can.as_bytes().to_vec()),
        puk: Zeroizing::new(options.puk.as_bytes().to_vec()),
    };
    let passwords = Passwords::new(secrets, 3, options.puk_uses, options.deactivated).unwrap();
    Card::new(
        Curve::P256.ef_card_access().unwrap(),
        Curve::P256.protocol_oid(),
        passwords,
    )
}

fn ensure_pcscd() {
    if PcscContext::establish().is_ok() {
        return;
    }
    let started = Command::new("pcscd")
        .arg("--auto-exit")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("pcscd must be installed (Debian pcscd, vsmartcard-vpcd)");
    assert!(started.success(), "pcscd did not start");
    let deadline = Instant::now() + Duration::from_secs(10);
    while PcscContext::establish().is_err() {
        assert!(Instant::now() < deadline, "pcscd did not come up");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits until pcscd sees a card in `reader`, starting pcscd again should
/// it have gone (another test run may stop the pcscd it started).
fn wait_present(reader: &str) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        ensure_pcscd();
        match presence::wait_for_card(reader, true, Duration::from_secs(3)) {
            Ok(()) => return,
            Err(error) => assert!(Instant::now() < deadline, "{error}"),
        }
    }
}

/// A card in a vpcd reader; pulled out for good when dropped.
pub struct VirtualCard {
    /// The reader's full PC/SC name.
    pub reader: String,
    shared: Arc<Shared>,
    /// An open PC/SC context keeps `pcscd --auto-exit` alive while the card is used.
    _client: PcscContext,
    _locks: Vec<vpcd::ReaderLock>,
}

impl VirtualCard {
    /// Starts a card in a free reader and waits until pcscd sees it.
    pub fn start(options: CardOptions) -> Self {
        Self::start_holding(options, false)
    }

    /// Like `start`, but also holds the other reader (kept empty), so the
    /// card is the only one pcscd sees from these tests.
    pub fn start_alone(options: CardOptions) -> Self {
        Self::start_holding(options, true)
    }

    fn start_holding(options: CardOptions, both: bool) -> Self {
        ensure_pcscd();
        let deadline = Instant::now() + PATIENCE;
        let (port, locks) = loop {
            let locks: Vec<_> = PORTS
                .iter()
                .map(|&port| vpcd::ReaderLock::acquire(port).ok())
                .collect();
            let free: Vec<usize> = (0..PORTS.len())
                .filter(|&index| locks[index].is_some())
                .collect();
            if free.len() == PORTS.len() || (!both && !free.is_empty()) {
                let port = PORTS[free[0]];
                let held = if both {
                    locks.into_iter().flatten().collect()
                } else {
                    locks
                        .into_iter()
                        .nth(free[0])
                        .into_iter()
                        .flatten()
                        .collect()
                };
                break (port, held);
            }
            drop(locks);
            assert!(Instant::now() < deadline, "no vpcd reader became free");
            std::thread::sleep(Duration::from_millis(200));
        };
        let shared = Shared::new(FaultPlan::default());
        let runner_shared = Arc::clone(&shared);
        // The card holds OpenPACE contexts, which stay on the thread that made them.
        std::thread::spawn(move || runner::run(new_card(options), port, runner_shared, false));
        let prefix = vpcd::reader_name(port);
        wait_present(&prefix);
        let client = PcscContext::establish().unwrap();
        let reader = client
            .readers()
            .unwrap()
            .into_iter()
            .find(|name| name.starts_with(&prefix))
            .expect("the card's reader is listed");
        VirtualCard {
            reader,
            shared,
            _client: client,
            _locks: locks,
        }
    }

    /// A control command: `remove`, `insert`, `fault KIND:STEP`, `status`.
    pub fn control(&self, command: &str) -> String {
        let answer = self.shared.execute(command);
        assert!(answer.starts_with("ok"), "{command}: {answer}");
        answer
    }

    /// One value of the `status` line, e.g. `pin-tries`.
    pub fn counter(&self, name: &str) -> String {
        let line = self.control("status");
        line.split_whitespace()
            .find_map(|word| word.strip_prefix(&format!("{name}=")).map(str::to_owned))
            .unwrap_or_else(|| panic!("{name} not in {line}"))
    }

    /// Pulls the card out and waits until pcscd sees the reader empty.
    pub fn remove(&self) {
        self.control("remove");
        presence::wait_for_card(&self.reader, false, PATIENCE).unwrap();
    }

    /// Puts the card back and waits until pcscd sees it.
    pub fn insert(&self) {
        self.control("insert");
        wait_present(&self.reader);
    }

    /// Waits until pcscd sees the reader empty (after a removal fault).
    pub fn wait_removed(&self) {
        presence::wait_for_card(&self.reader, false, PATIENCE).unwrap();
    }
}

impl Drop for VirtualCard {
    fn drop(&mut self) {
        // The card thread parks until an `insert` that never comes; vpcd's slot
        // is free again once pcscd has seen the reader empty (the next card
        // there must not be mistaken for this one).
        self.shared.remove();
        let _seen_empty = presence::wait_for_card(&self.reader, false, Duration::from_secs(10));
    }
}
