//! Sending a ticket to the printer, and asking a network printer for its state first.
//!
//! State comes from the ESC/POS real-time status command `DLE EOT n` on a connection of
//! its own (so its answer bytes never mix with a print job): `n = 4` tells whether the
//! paper roll is at its end, `n = 1` whether the printer is offline. A printer that
//! does not answer is printed to all the same — many simple printers never answer — so
//! only a clear "paper out" or "offline" stops the job; after one unanswered request no
//! second is sent (a late answer would be taken for the second's).
//!
//! A USB printer is a character device under `/dev/`; nothing else is written to (a
//! typo must not overwrite a file). It is opened non-blocking, so a printer that takes
//! nothing — out of paper, cover open — fails the write at once instead of holding the
//! kiosk; the kernel's `usblp` driver reports a missing paper roll as ENOSPC.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;
use std::time::Duration;

use crate::printer::{PrinterAddress, PrinterProblem};

/// How long to wait for a network printer to accept the connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// How long to wait for one status byte.
const STATUS_TIMEOUT: Duration = Duration::from_millis(800);
/// How long a write may block (a ticket is a few kilobytes).
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// `DLE EOT 4`: roll paper sensor status.
const PAPER_STATUS: [u8; 3] = [0x10, 0x04, 0x04];
/// `DLE EOT 1`: printer status.
const PRINTER_STATUS: [u8; 3] = [0x10, 0x04, 0x01];

/// What a printer said when asked for its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// It answered: paper present, online (a USB device that opened counts as this).
    Ready,
    /// It took the connection but did not answer the status request; it is printed to
    /// all the same.
    NoAnswer,
}

/// Asks the printer at `address` whether it can print.
pub fn status(address: &PrinterAddress) -> Result<Answer, PrinterProblem> {
    match address {
        PrinterAddress::Network(socket) => network_status(address, *socket),
        PrinterAddress::Device(path) => open_device(address, path).map(|_| Answer::Ready),
    }
}

/// Prints `bytes` on the printer at `address`, after [`status`] for a network printer.
pub fn print(address: &PrinterAddress, bytes: &[u8]) -> Result<(), PrinterProblem> {
    match address {
        PrinterAddress::Network(socket) => {
            network_status(address, *socket)?;
            let mut stream = connect(address, *socket)?;
            stream
                .write_all(bytes)
                .and_then(|()| stream.flush())
                .map_err(|error| unreachable(address, &error))
        }
        PrinterAddress::Device(path) => {
            let mut device = open_device(address, path)?;
            device.write_all(bytes).map_err(|error| match error.kind() {
                ErrorKind::StorageFull => PrinterProblem::PaperOut,
                ErrorKind::WouldBlock => PrinterProblem::Offline,
                _ => unreachable(address, &error),
            })
        }
    }
}

/// Opens a printer's character device for writing, without blocking.
fn open_device(address: &PrinterAddress, path: &Path) -> Result<File, PrinterProblem> {
    let device = OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|error| unreachable(address, &error))?;
    let is_device = device
        .metadata()
        .map(|meta| meta.file_type().is_char_device())
        .unwrap_or(false);
    if !is_device {
        return Err(PrinterProblem::Unreachable {
            address: address.to_string(),
            detail: texts::german("error-detail-printer-not-a-device", &[]),
        });
    }
    Ok(device)
}

fn network_status(address: &PrinterAddress, socket: SocketAddr) -> Result<Answer, PrinterProblem> {
    let mut stream = connect(address, socket)?;
    let Some(paper) = ask(&mut stream, &PAPER_STATUS).map_err(|e| unreachable(address, &e))? else {
        return Ok(Answer::NoAnswer);
    };
    if paper & 0x60 != 0 {
        return Err(PrinterProblem::PaperOut);
    }
    let printer = ask(&mut stream, &PRINTER_STATUS).map_err(|e| unreachable(address, &e))?;
    if printer.is_some_and(|byte| byte & 0x08 != 0) {
        return Err(PrinterProblem::Offline);
    }
    Ok(Answer::Ready)
}

fn connect(address: &PrinterAddress, socket: SocketAddr) -> Result<TcpStream, PrinterProblem> {
    let stream = TcpStream::connect_timeout(&socket, CONNECT_TIMEOUT)
        .map_err(|error| unreachable(address, &error))?;
    stream
        .set_write_timeout(Some(WRITE_TIMEOUT))
        .and_then(|()| stream.set_read_timeout(Some(STATUS_TIMEOUT)))
        .map_err(|error| unreachable(address, &error))?;
    Ok(stream)
}

/// Sends one status request; the answer byte, or `None` when the printer does not
/// answer in time or answers something that is not a status byte (`0xx1xx10`).
fn ask(stream: &mut TcpStream, request: &[u8]) -> std::io::Result<Option<u8>> {
    stream.write_all(request)?;
    let mut answer = [0u8; 1];
    match stream.read(&mut answer) {
        Ok(1) if answer[0] & 0x93 == 0x12 => Ok(Some(answer[0])),
        Ok(_) => Ok(None),
        Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

fn unreachable(address: &PrinterAddress, error: &std::io::Error) -> PrinterProblem {
    PrinterProblem::Unreachable {
        address: address.to_string(),
        detail: error.to_string(),
    }
}
