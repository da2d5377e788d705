//! Where the card runs: on a thread of the test process (control through the
//! shared state), or as a `testcard run` process with its secrets on stdin and
//! control through its Unix socket. Dropping a host takes its card out of the
//! reader: the thread's card stays out, the process is ended.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use super::{CardOptions, HarnessError, PATIENCE};
use crate::card::{Card, Passwords};
use crate::control::{self, Shared};
use crate::faults::FaultPlan;
use crate::{runner, vpcd};

/// A started card.
pub(super) enum Host {
    Thread(CardThread),
    Process(CardProcess),
}

/// The control state of a card running on a thread.
pub(super) struct CardThread(Arc<Shared>);

/// A `testcard run` process and its control socket.
pub(super) struct CardProcess {
    child: Child,
    socket: PathBuf,
}

impl Host {
    /// Runs the card on a new thread on vpcd `port` (whose lock the caller holds).
    pub(super) fn thread(options: &CardOptions, port: u16) -> Result<Self, HarnessError> {
        let passwords = Passwords::new(
            options.secrets(),
            options.pin_tries,
            options.puk_uses,
            options.deactivated,
        )?;
        let curve = options.curve;
        let other_card = options.other_card;
        let card_access = curve.ef_card_access()?;
        let shared = Shared::new(FaultPlan::default());
        let runner_shared = Arc::clone(&shared);
        std::thread::Builder::new()
            .name(format!("virtual-card-{port}"))
            // The card holds OpenPACE contexts, which stay on the thread that made them.
            .spawn(move || {
                let card = Card::new(card_access, curve.protocol_oid(), passwords);
                let card = if other_card {
                    card.without_eid_application()
                } else {
                    card
                };
                runner::run(card, port, runner_shared, false)
            })
            .map_err(HarnessError::Start)?;
        Ok(Host::Thread(CardThread(shared)))
    }

    /// Starts `testcard run` on vpcd `port` and waits until it opens its
    /// control socket; `None` if another card holds the reader.
    pub(super) fn process(
        binary: &Path,
        options: &CardOptions,
        port: u16,
    ) -> Result<Option<Self>, HarnessError> {
        let socket =
            std::env::temp_dir().join(format!("bk-testcard-{}-{port}.sock", std::process::id()));
        match std::fs::remove_file(&socket) {
            Ok(()) => {}
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => return Err(HarnessError::Start(error)),
        }
        let mut command = Command::new(binary);
        command.args(["run", "--secrets-stdin", "--port", &port.to_string()]);
        command.args(["--curve", &options.curve.to_string()]);
        command.args(["--pin-tries", &options.pin_tries.to_string()]);
        command.args(["--puk-uses", &options.puk_uses.to_string()]);
        command.arg("--control").arg(&socket);
        if options.deactivated {
            command.arg("--deactivated");
        }
        if options.other_card {
            command.arg("--other-card");
        }
        let child = command
            .stdin(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|error| HarnessError::Spawn {
                binary: binary.to_owned(),
                error,
            })?;
        // From here on, dropping `card` ends the process.
        let mut card = CardProcess { child, socket };
        let secrets = Zeroizing::new(format!(
            "pin={}\ncan={}\npuk={}\n",
            options.pin, options.can, options.puk
        ));
        if let Some(mut stdin) = card.child.stdin.take() {
            // A card that finds its reader taken exits without reading its
            // secrets; its exit code tells below.
            match stdin.write_all(secrets.as_bytes()) {
                Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
                    return Err(HarnessError::Start(error))
                }
                _ => {}
            }
        }
        let started = Instant::now();
        while !card.socket.exists() {
            if let Some(status) = card.child.try_wait().map_err(HarnessError::Start)? {
                if status.code() == Some(i32::from(vpcd::READER_BUSY_EXIT_CODE)) {
                    return Ok(None);
                }
                return Err(HarnessError::ProcessEnded(status));
            }
            if started.elapsed() > PATIENCE {
                return Err(HarnessError::NoControlSocket(PATIENCE));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(Some(Host::Process(card)))
    }

    /// Runs one control command; the card's `ok …` answer, or its other answer
    /// (or why the control socket cannot be reached) as the error.
    pub(super) fn execute(&self, command: &str) -> Result<String, String> {
        match self {
            Host::Thread(CardThread(shared)) => control::accepted(shared.execute(command)),
            Host::Process(card) => control::send(&card.socket, command),
        }
    }
}

impl Drop for CardThread {
    fn drop(&mut self) {
        // The card thread parks until an `insert` that never comes.
        self.0.remove();
    }
}

impl Drop for CardProcess {
    fn drop(&mut self) {
        // The child is ours; if it already ended, kill fails harmlessly.
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.socket);
    }
}
