//! A virtual eID card (`crates/testcard`) for the kiosk under test: the card runs on a
//! thread of the test process in one vpcd reader of pcscd, while the test holds the
//! reader locks of both vpcd readers (`/tmp/bk-vpcd-PORT.lock`, shared with every other
//! virtual card), so the kiosk sees exactly this one card. pcscd is started with
//! `--auto-exit` when none runs.

use eid::transport::pcsc::PcscContext;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use testcard::card::{Card, Passwords, Secrets};
use testcard::card_access::Curve;
use testcard::control::Shared;
use testcard::faults::FaultPlan;
use testcard::{presence, runner, vpcd};
use zeroize::Zeroizing;

/// vpcd's two readers.
const PORTS: [u16; 2] = [vpcd::DEFAULT_PORT, vpcd::DEFAULT_PORT + 1];
/// How long to wait for free readers and for pcscd to see the card.
const PATIENCE: Duration = Duration::from_secs(180);

/// The card's passwords (test values, never real ones).
pub struct CardSecrets {
    pub pin: &'static str,
    pub can: &'static str,
    pub puk: &'static str,
}

/// A card on a vpcd reader; taken off for good when dropped.
pub struct VirtualCard {
    /// The reader's full PC/SC name.
    pub reader: String,
    shared: Arc<Shared>,
    _locks: Vec<vpcd::ReaderLock>,
}

impl VirtualCard {
    /// Starts pcscd if needed, takes both vpcd readers and puts the card on the first.
    pub fn start(secrets: &CardSecrets) -> Result<Self, String> {
        ensure_pcscd()?;
        let deadline = Instant::now() + PATIENCE;
        let locks = loop {
            let locks: Vec<_> = PORTS
                .iter()
                .filter_map(|&port| vpcd::ReaderLock::acquire(port).ok())
                .collect();
            if locks.len() == PORTS.len() {
                break locks;
            }
            drop(locks);
            if Instant::now() > deadline {
                return Err("the vpcd readers did not become free".into());
            }
            std::thread::sleep(Duration::from_millis(300));
        };
        let passwords = Passwords::new(
            Secrets {
                pin: Zeroizing::new(secrets.pin.as_bytes().to_vec()),
                can: Zeroizing::new(secrets.can.as_bytes().to_vec()),
                puk: Zeroizing::new(secrets.puk.as_bytes().to_vec()),
            },
            3,
            10,
            false,
        )
        .map_err(|e| format!("card passwords: {e}"))?;
        let card_access = Curve::P256
            .ef_card_access()
            .map_err(|e| format!("EF.CardAccess: {e:?}"))?;
        let shared = Shared::new(FaultPlan::default());
        let runner_shared = Arc::clone(&shared);
        let port = PORTS[0];
        // The card holds OpenPACE contexts, which stay on the thread that made them.
        std::thread::spawn(move || {
            let card = Card::new(card_access, Curve::P256.protocol_oid(), passwords);
            runner::run(card, port, runner_shared, false)
        });
        let prefix = vpcd::reader_name(port);
        presence::wait_for_card(&prefix, true, PATIENCE).map_err(|e| e.to_string())?;
        let reader = PcscContext::establish()
            .and_then(|context| context.readers())
            .map_err(|e| e.to_string())?
            .into_iter()
            .find(|name| name.starts_with(&prefix))
            .ok_or_else(|| format!("pcscd lists no reader {prefix}"))?;
        Ok(VirtualCard {
            reader,
            shared,
            _locks: locks,
        })
    }

    /// The card's own `status` line (`pin-tries=3 transport-pin=1 …`).
    pub fn status(&self) -> String {
        self.shared.execute("status")
    }
}

impl Drop for VirtualCard {
    fn drop(&mut self) {
        // The card thread parks until an `insert` that never comes; vpcd's slot is free.
        self.shared.remove();
    }
}

fn ensure_pcscd() -> Result<(), String> {
    if PcscContext::establish().is_ok() {
        return Ok(());
    }
    let started = Command::new("pcscd")
        .arg("--auto-exit")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("pcscd must be installed (Debian pcscd, vsmartcard-vpcd): {e}"))?;
    if !started.success() {
        return Err("pcscd did not start".into());
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while PcscContext::establish().is_err() {
        if Instant::now() > deadline {
            return Err("pcscd did not come up".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}
