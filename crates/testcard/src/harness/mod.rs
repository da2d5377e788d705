//! One virtual eID card for an integration test (the tests of `testcard`, `bk`
//! and `e2e` use it): pcscd is started with `--auto-exit` when none answers (so
//! a pcscd started here ends by itself once no client is left; one found
//! running is never touched), the card goes into a free vpcd reader (the
//! reader locks `/tmp/bk-vpcd-PORT.lock` keep tests in other processes apart),
//! and the test gets the reader's PC/SC name and the card's control commands
//! (`status`, `remove`, `insert`, `fault KIND:STEP[:MS]`, `clear-faults`).
//!
//! The card runs on a thread of the test process ([`VirtualCard::start`],
//! [`VirtualCard::start_alone`]) or as the `testcard run` binary with its
//! secrets on stdin and a control socket ([`VirtualCard::start_process`]),
//! or on a thread in the reader of a pcscd of the test's own that the test can
//! unplug ([`VirtualCard::start_in`], [`unpluggable`]).
//! Dropping the card pulls it out, waits until pcscd has seen the reader empty
//! (so the next card there is not mistaken for this one), ends the card process
//! if there is one and frees the reader: it stops exactly what it started.

pub mod ausweisapp;
pub mod comfort;
mod host;
mod pcscd;
mod pcscd_files;
pub mod unpluggable;

use std::io;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use eid::transport::pcsc::{PcscContext, PcscReader};
use eid::transport::TransportError;
use zeroize::Zeroizing;

use crate::card::{InvalidSecret, Secrets};
use crate::card_access::Curve;
use crate::presence::{self, PresenceError, Seen};
use crate::vpcd::{self, ReaderLock};
use host::Host;
use unpluggable::UnpluggableReader;

/// The loopback ports of every virtual reader in the tests: the shared pcscd's
/// vpcd (35963–35964), the [`unpluggable`] reader and the [`comfort`] readers. The
/// test script reserves them (`reserve_reader_ports` in `scripts/lib/install.sh`)
/// so that Linux never gives one to an outgoing connection, which would keep the
/// reader from listening; a private reader's port outside them is refused.
pub const READER_PORTS: RangeInclusive<u16> = 35963..=35989;
/// vpcd's two readers.
const PORTS: [u16; 2] = [vpcd::DEFAULT_PORT, vpcd::DEFAULT_PORT + 1];
/// How long to wait for a free reader, for pcscd to see a card and for a card
/// process to open its control socket.
const PATIENCE: Duration = Duration::from_secs(180);
/// How long dropping a card waits for pcscd to see the reader empty.
const DROP_PATIENCE: Duration = Duration::from_secs(30);
/// Pause between two attempts to find a free reader.
const RETRY_PAUSE: Duration = Duration::from_millis(300);

/// The card's PACE curve, passwords and counters (test values, never real ones).
#[derive(Clone, Copy)]
pub struct CardOptions {
    /// The brainpool curve the card offers for PACE in EF.CardAccess.
    pub curve: Curve,
    /// 5 digits: Transport PIN; 6 digits: PIN.
    pub pin: &'static str,
    /// The CAN: 6 digits.
    pub can: &'static str,
    /// The PUK: 10 digits.
    pub puk: &'static str,
    /// PACE tries with the PIN (1 to 15) before it is blocked.
    pub pin_tries: u8,
    /// How often the PUK can unblock the PIN (at least 1).
    pub puk_uses: u8,
    /// The eID function is deactivated: PACE with the PIN is refused.
    pub deactivated: bool,
    /// A card of another kind (a bank or health card): no eID application.
    pub other_card: bool,
}

impl Default for CardOptions {
    /// The demo card: brainpoolP256r1, Transport PIN 12345, CAN 123456,
    /// PUK 1234567890, 3 PIN tries, 10 PUK uses.
    fn default() -> Self {
        CardOptions {
            curve: Curve::P256,
            pin: "12345",
            can: "123456",
            puk: "1234567890",
            pin_tries: 3,
            puk_uses: 10,
            deactivated: false,
            other_card: false,
        }
    }
}

impl CardOptions {
    fn secrets(&self) -> Secrets {
        Secrets {
            pin: Zeroizing::new(self.pin.as_bytes().to_vec()),
            can: Zeroizing::new(self.can.as_bytes().to_vec()),
            puk: Zeroizing::new(self.puk.as_bytes().to_vec()),
        }
    }
}

/// Why the harness could not start or drive the card (never names a secret).
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// The `pcscd` binary could not be run.
    #[error("pcscd cannot be started (install Debian pcscd and vsmartcard-vpcd): {0}")]
    PcscdMissing(io::Error),
    /// pcscd was started but did not answer a request in time.
    #[error("pcscd did not answer within {waited:?} (its last start ended with {status}; last PC/SC error: {refused}; {files})")]
    PcscdNotUp {
        /// How long the harness waited after starting pcscd.
        waited: Duration,
        /// How the last `pcscd --auto-exit` start ended (it forks into the background).
        status: ExitStatus,
        /// The last PC/SC error while trying to reach pcscd.
        refused: TransportError,
        /// What pcscd's socket and pid file said then.
        files: String,
    },
    /// A PC/SC call failed.
    #[error("PC/SC: {0}")]
    Pcsc(#[from] TransportError),
    /// No vpcd reader (for `start_alone`: not both) became free within this time.
    #[error("no vpcd reader became free within {0:?}")]
    NoFreeReader(Duration),
    /// Taking a vpcd reader lock failed for another reason than another card holding it.
    #[error("vpcd reader lock: {0}")]
    ReaderLock(io::Error),
    /// The [`CardOptions`] hold a secret or counter of the wrong form.
    #[error("card options: {0}")]
    InvalidSecret(#[from] InvalidSecret),
    /// EF.CardAccess for the chosen curve could not be encoded.
    #[error("EF.CardAccess: {0}")]
    CardAccess(#[from] eid::tlv::ValueTooLong),
    /// Spawning the card thread, or preparing, feeding or watching the card process, failed.
    #[error("card thread or process: {0}")]
    Start(io::Error),
    /// The card process could not be spawned.
    #[error("card process {binary}: {error}")]
    Spawn {
        /// The `testcard` binary that was to run.
        binary: PathBuf,
        /// Why spawning it failed.
        error: io::Error,
    },
    /// The card process exited, with this status, before opening its control socket.
    #[error("card process ended with {0} before opening its control socket")]
    ProcessEnded(ExitStatus),
    /// The card process opened no control socket within this time.
    #[error("card process opened no control socket within {0:?}")]
    NoControlSocket(Duration),
    /// pcscd did not see the card come in, or leave, in time.
    #[error(transparent)]
    Presence(#[from] PresenceError),
    /// pcscd lists no reader with this name prefix once the card was seen.
    #[error("pcscd lists no reader {0:?}")]
    ReaderNotListed(String),
    /// The card answered a control command with something other than `ok …`,
    /// or its control socket could not be reached.
    #[error("control command {command:?}: {answer}")]
    Control {
        /// The control command sent.
        command: String,
        /// The card's answer, or why its control socket could not be reached.
        answer: String,
    },
    /// The mount namespace for an [`UnpluggableReader`] could not be made (not root?).
    #[error(
        "no mount namespace for the unpluggable reader (unshare ended with {0}; root is needed)"
    )]
    NoNamespace(ExitStatus),
    /// The comfort reader's driver is not built.
    #[error("the comfort reader driver {0} is missing (cargo build -p comfortreader)")]
    DriverMissing(PathBuf),
    /// A private reader was asked for on a port outside [`READER_PORTS`].
    #[error("port {0} is not one of the virtual readers' reserved ports {READER_PORTS:?}")]
    PortNotReserved(u16),
    /// The unpluggable reader's pcscd did not list its reader in time.
    #[error("the unpluggable reader's pcscd did not answer in time (its log: {0})")]
    UnpluggableNotUp(String),
    /// The card's `status` line has no value for the name asked for.
    #[error("{name} is not in the card's status {status:?}")]
    NoCounter {
        /// The name asked for, e.g. `pin-tries`.
        name: String,
        /// The `status` line that lacks it.
        status: String,
    },
}

/// Where the card is to run, and which readers the test keeps for itself.
#[derive(Clone, Copy)]
enum Launch<'a> {
    /// On a thread; `alone` also holds the other reader, kept empty.
    Thread { alone: bool },
    /// As the `testcard` binary at this path.
    Process(&'a Path),
    /// On a thread, in the reader of an [`UnpluggableReader`] whose card connects to this port.
    Unpluggable { port: u16, reader: &'a str },
}

/// A card in a vpcd reader; pulled out for good when dropped.
pub struct VirtualCard {
    /// The reader's full PC/SC name, e.g. `Virtual PCD 00 00`.
    pub reader: String,
    host: Host,
    /// What pcscd showed when it last saw the card in: a removal counts as seen
    /// only once pcscd's reader thread registered it (see [`presence`]).
    last_in: Mutex<Seen>,
    /// An open PC/SC context keeps a `pcscd --auto-exit` alive while the card is in use.
    _client: PcscContext,
    /// The readers this test holds (a card process holds its own reader's lock).
    _locks: Vec<ReaderLock>,
}

impl VirtualCard {
    /// Starts a card on a thread in a free reader and waits until pcscd sees it.
    pub fn start(options: &CardOptions) -> Result<Self, HarnessError> {
        Self::launch(options, Launch::Thread { alone: false })
    }

    /// Like [`start`](Self::start), but also holds the other reader (kept
    /// empty), so the card is the only one pcscd sees from these tests.
    pub fn start_alone(options: &CardOptions) -> Result<Self, HarnessError> {
        Self::launch(options, Launch::Thread { alone: true })
    }

    /// Starts `testcard run` (the binary at `binary`) in a free reader, secrets
    /// on its stdin, control through its Unix socket; waits until pcscd sees it.
    pub fn start_process(binary: &Path, options: &CardOptions) -> Result<Self, HarnessError> {
        Self::launch(options, Launch::Process(binary))
    }

    /// Starts a card on a thread in the reader of `_reader` (whose pcscd this
    /// process talks to) and waits until that pcscd sees it.
    pub fn start_in(
        reader: &UnpluggableReader,
        options: &CardOptions,
    ) -> Result<Self, HarnessError> {
        let name = reader.driver.reader();
        let launch = Launch::Unpluggable {
            port: reader.driver.port,
            reader: &name,
        };
        Self::launch(options, launch)
    }

    fn launch(options: &CardOptions, launch: Launch<'_>) -> Result<Self, HarnessError> {
        let client = pcscd::client()?;
        let deadline = Instant::now() + PATIENCE;
        let (port, host, locks) = loop {
            if let Some(claimed) = claim_reader(options, launch)? {
                break claimed;
            }
            if Instant::now() > deadline {
                return Err(HarnessError::NoFreeReader(PATIENCE));
            }
            std::thread::sleep(RETRY_PAUSE);
        };
        let prefix = match launch {
            Launch::Unpluggable { reader, .. } => reader.to_owned(),
            _ => vpcd::reader_name(port),
        };
        let mut card = VirtualCard {
            reader: prefix.clone(),
            host,
            last_in: Mutex::new(Seen {
                present: false,
                events: 0,
            }),
            _client: client,
            _locks: locks,
        };
        card.wait_present()?;
        // pcscd may have been started again while waiting: keep a fresh client.
        card._client = pcscd::client()?;
        card.reader = card
            ._client
            .readers()?
            .into_iter()
            .find(|name| name.starts_with(&prefix))
            .ok_or(HarnessError::ReaderNotListed(prefix))?;
        Ok(card)
    }

    /// Sends a control command (`status`, `remove`, `insert`, `fault KIND:STEP[:MS]`,
    /// `clear-faults`); returns the card's `ok …` answer, any other answer is an error.
    pub fn control(&self, command: &str) -> Result<String, HarnessError> {
        self.host
            .execute(command)
            .map_err(|answer| HarnessError::Control {
                command: command.to_owned(),
                answer,
            })
    }

    /// One value of the `status` line, e.g. `counter("pin-tries")` → `"3"`.
    pub fn counter(&self, name: &str) -> Result<String, HarnessError> {
        let status = self.control("status")?;
        let key = format!("{name}=");
        status
            .split_whitespace()
            .find_map(|word| word.strip_prefix(&key))
            .map(str::to_owned)
            .ok_or_else(|| HarnessError::NoCounter {
                name: name.to_owned(),
                status: status.clone(),
            })
    }

    /// Pulls the card out and waits until pcscd sees the reader empty.
    pub fn remove(&self) -> Result<(), HarnessError> {
        self.control("remove")?;
        self.wait_removed()
    }

    /// Puts the card back and waits until pcscd sees it.
    pub fn insert(&self) -> Result<(), HarnessError> {
        self.control("insert")?;
        self.wait_present()
    }

    /// Waits until pcscd sees the card in its reader, starting pcscd again
    /// should it have gone.
    pub fn wait_present(&self) -> Result<(), HarnessError> {
        let seen = pcscd::wait_for_card(&self.reader, PATIENCE)?;
        *self.last_in.lock().unwrap_or_else(PoisonError::into_inner) = seen;
        Ok(())
    }

    /// Waits until pcscd has registered that the card left its reader (after
    /// `remove` or a removal fault); only then may it go back in.
    pub fn wait_removed(&self) -> Result<(), HarnessError> {
        self.wait_removed_for(PATIENCE)
    }

    fn wait_removed_for(&self, patience: Duration) -> Result<(), HarnessError> {
        let last_in = *self.last_in.lock().unwrap_or_else(PoisonError::into_inner);
        presence::wait_for_removal(&self.reader, last_in, patience)?;
        Ok(())
    }

    /// Connects to the card through pcscd.
    pub fn connect(&self) -> Result<PcscReader, HarnessError> {
        Ok(PcscContext::establish()?.connect(&self.reader)?)
    }
}

impl Drop for VirtualCard {
    fn drop(&mut self) {
        if self.host.execute("remove").is_ok() {
            // The next card in this reader must not be mistaken for this one;
            // nothing is left to do if pcscd never registers the removal.
            let _seen_empty = self.wait_removed_for(DROP_PATIENCE);
        }
        // Then `host` ends the card process, if any, and the reader locks go.
    }
}

/// One attempt to start the card in a free reader: its port, the card, and the
/// reader locks the test holds; `None` while no (or, `alone`, not every) reader is free.
fn claim_reader(
    options: &CardOptions,
    launch: Launch<'_>,
) -> Result<Option<(u16, Host, Vec<ReaderLock>)>, HarnessError> {
    match launch {
        Launch::Thread { alone } => {
            let mut free = Vec::new();
            for port in PORTS {
                match ReaderLock::acquire(port) {
                    Ok(lock) => free.push((port, lock)),
                    Err(error) if error.kind() == io::ErrorKind::AddrInUse => {}
                    Err(error) => return Err(HarnessError::ReaderLock(error)),
                }
            }
            let wanted = if alone { PORTS.len() } else { 1 };
            if free.len() < wanted {
                return Ok(None);
            }
            free.truncate(wanted);
            let port = free[0].0;
            let host = Host::thread(options, port)?;
            Ok(Some((
                port,
                host,
                free.into_iter().map(|(_, lock)| lock).collect(),
            )))
        }
        Launch::Unpluggable { port, .. } => match ReaderLock::acquire(port) {
            Ok(lock) => Ok(Some((port, Host::thread(options, port)?, vec![lock]))),
            Err(error) if error.kind() == io::ErrorKind::AddrInUse => Ok(None),
            Err(error) => Err(HarnessError::ReaderLock(error)),
        },
        Launch::Process(binary) => {
            for port in PORTS {
                if let Some(host) = Host::process(binary, options, port)? {
                    return Ok(Some((port, host, Vec::new())));
                }
            }
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::READER_PORTS;

    /// The range the test script reserves is exactly [`READER_PORTS`].
    #[test]
    fn the_test_script_reserves_the_readers_ports() {
        let script = include_str!("../../../../scripts/lib/install.sh");
        let range = format!("{}-{}", READER_PORTS.start(), READER_PORTS.end());
        assert!(
            script.contains(&format!("ip_local_reserved_ports={range} ")),
            "scripts/lib/install.sh does not reserve {range}"
        );
    }
}
