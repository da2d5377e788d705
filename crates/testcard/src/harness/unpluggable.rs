//! A card reader a test can unplug and plug back: a pcscd of the test's own with
//! one vpcd driver on ports of its own ([`PORT`], apart from the shared pcscd's
//! 35963–35964; every driver's port lies in [`READER_PORTS`]), so the card tests
//! on the shared pcscd never notice.
//!
//! pcscd 1.9 serves `/run/pcscd/pcscd.comm` whatever `PCSCLITE_CSOCK_NAME` says
//! (only the client library reads it). So a holder process keeps a mount
//! namespace with a `/run/pcscd` of its own (a tmpfs), pcscd runs in it
//! (`nsenter`), and clients reach it at `/proc/HOLDER/root/run/pcscd/pcscd.comm`,
//! which stays the same while pcscd ends and starts again.
//!
//! Unplugging ends this pcscd, and with it the reader: every client's next
//! request fails and the reader list is empty, as at a station whose USB reader
//! was pulled. (pcscd never drops a serial reader such as vpcd while it runs — it
//! only adds readers from its configuration — so ending it is how a test takes
//! the reader away.) Needs root, for the mount namespace.

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use eid::transport::pcsc::PcscContext;

use super::{HarnessError, READER_PORTS};

/// vpcd's port for this pcscd's reader `Unpluggable PCD 00 00`.
pub const PORT: u16 = 35973;

/// The driver of a private pcscd's one reader: its name, the loopback port the
/// card connects to, and pcscd's reader configuration for it.
#[derive(Debug, Clone)]
pub struct Driver {
    /// `FRIENDLYNAME`; pcscd lists the reader as `NAME 00 00`.
    pub friendly_name: &'static str,
    /// The port the virtual card connects to.
    pub port: u16,
    /// `DEVICENAME`.
    pub device: String,
    /// `LIBPATH`: the driver library.
    pub library: PathBuf,
}

impl Driver {
    /// vsmartcard's vpcd listening on [`PORT`]: a plain reader without a PIN pad.
    pub fn vpcd() -> Self {
        Driver {
            friendly_name: "Unpluggable PCD",
            port: PORT,
            device: format!("/dev/null:0x{PORT:X}"),
            library: PathBuf::from("/usr/lib/pcsc/drivers/serial/libifdvpcd.so"),
        }
    }

    /// The reader's PC/SC name.
    pub fn reader(&self) -> String {
        format!("{} 00 00", self.friendly_name)
    }

    fn configuration(&self) -> String {
        format!(
            "FRIENDLYNAME \"{}\"\nDEVICENAME {}\nLIBPATH {}\nCHANNELID 0x{:X}\n",
            self.friendly_name,
            self.device,
            self.library.display(),
            self.port
        )
    }
}
/// How long pcscd may take to answer after it starts.
const START_PATIENCE: Duration = Duration::from_secs(10);

/// The holder of the mount namespace, pcscd in it while plugged, and their files.
pub struct UnpluggableReader {
    /// The PC/SC socket of this pcscd, for `PCSCLITE_CSOCK_NAME`.
    pub socket: PathBuf,
    /// The reader's driver (its name and the card's port).
    pub driver: Driver,
    holder: Child,
    pcscd: Option<Child>,
    config: PathBuf,
    log: PathBuf,
}

impl UnpluggableReader {
    /// Makes the namespace, starts pcscd in it and points this process's PC/SC
    /// client at it (`PCSCLITE_CSOCK_NAME`): call it before any other PC/SC call
    /// of the process, in a test binary of its own (the client reads the variable once).
    pub fn plug_in() -> Result<Self, HarnessError> {
        Self::plug_in_with(Driver::vpcd())
    }

    /// Like [`plug_in`](Self::plug_in), with the reader of `driver`.
    pub fn plug_in_with(driver: Driver) -> Result<Self, HarnessError> {
        if !READER_PORTS.contains(&driver.port) {
            return Err(HarnessError::PortNotReserved(driver.port));
        }
        let base = std::env::temp_dir().join(format!("bk-unpluggable-{}", std::process::id()));
        let config = base.with_extension("conf");
        fs::write(&config, driver.configuration()).map_err(HarnessError::Start)?;
        let mut holder = Command::new("unshare")
            .args(["--mount", "--propagation", "private", "--", "sh", "-c"])
            .arg(
                "mkdir -p /run/pcscd && mount -t tmpfs -o mode=0755 bk-pcscd /run/pcscd \
                 && echo ready && exec sleep infinity",
            )
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .process_group(0)
            .spawn()
            .map_err(HarnessError::Start)?;
        let mut line = String::new();
        if let Some(stdout) = holder.stdout.take() {
            let _ = BufReader::new(stdout).read_line(&mut line);
        }
        if line.trim() != "ready" {
            let _ = holder.kill();
            let status = holder.wait().map_err(HarnessError::Start)?;
            return Err(HarnessError::NoNamespace(status));
        }
        let socket = PathBuf::from(format!("/proc/{}/root/run/pcscd/pcscd.comm", holder.id()));
        std::env::set_var("PCSCLITE_CSOCK_NAME", &socket);
        let mut reader = UnpluggableReader {
            socket,
            driver,
            holder,
            pcscd: None,
            config,
            log: base.with_extension("log"),
        };
        reader.plug()?;
        Ok(reader)
    }

    /// Ends pcscd (SIGTERM) and waits until it is gone: the reader is unplugged.
    pub fn unplug(&mut self) {
        if let Some(mut pcscd) = self.pcscd.take() {
            // SAFETY: kill(2) on the pid of a child we have not reaped yet.
            unsafe { libc::kill(pcscd.id() as libc::pid_t, libc::SIGTERM) };
            let _ = pcscd.wait();
        }
    }

    /// Starts pcscd again and waits until it answers: the reader is back (the
    /// card connects to it by itself).
    pub fn plug(&mut self) -> Result<(), HarnessError> {
        if self.pcscd.is_some() {
            return Ok(());
        }
        let log = fs::File::create(&self.log).map_err(HarnessError::Start)?;
        let log_err = log.try_clone().map_err(HarnessError::Start)?;
        let namespace = format!("--mount=/proc/{}/ns/mnt", self.holder.id());
        let pcscd = Command::new("nsenter")
            .arg(namespace)
            .args(["--", "pcscd", "--foreground", "--config"])
            .arg(&self.config)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            .process_group(0)
            .spawn()
            .map_err(HarnessError::PcscdMissing)?;
        self.pcscd = Some(pcscd);
        let started = Instant::now();
        loop {
            let answered = PcscContext::establish().and_then(|context| context.readers());
            match answered {
                Ok(readers) if readers.contains(&self.driver.reader()) => return Ok(()),
                _ if started.elapsed() > START_PATIENCE => {
                    let log = fs::read_to_string(&self.log).unwrap_or_default();
                    return Err(HarnessError::UnpluggableNotUp(
                        log.lines().rev().take(5).collect::<Vec<_>>().join(" | "),
                    ));
                }
                _ => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }
}

impl Drop for UnpluggableReader {
    fn drop(&mut self) {
        self.unplug();
        let _ = self.holder.kill();
        let _ = self.holder.wait();
        let _ = fs::remove_file(&self.config);
        let _ = fs::remove_file(&self.log);
    }
}
