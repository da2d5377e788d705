//! The vpcd socket protocol of vsmartcard (`vsmartcard-vpcd`): the card
//! connects to pcscd's vpcd driver on TCP (127.0.0.1:35963 for reader
//! `Virtual PCD 00 00`, 35964 for `00 01`). Every message is a 2-byte
//! big-endian length and a payload; a 1-byte payload is a control message
//! (0 power off, 1 power on, 2 reset, 4 get ATR), anything longer is a command
//! APDU. Answers (ATR, response APDU) use the same framing. Closing the socket
//! removes the card from the reader.

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, Shutdown, TcpStream};

/// vpcd's port for reader `Virtual PCD 00 00`; `00 01` listens one above.
pub const DEFAULT_PORT: u16 = 35963;

/// Start of the error message when another card holds the reader.
pub const READER_BUSY: &str = "another virtual card holds";
/// Exit code of `testcard run` when another card holds the reader, so a test
/// harness can try the other one.
pub const READER_BUSY_EXIT_CODE: u8 = 3;

/// An exclusive lock on one vpcd reader, held while a card process runs:
/// vpcd takes one card per reader, a second one would wait unseen.
pub struct ReaderLock {
    _file: std::fs::File,
}

impl ReaderLock {
    /// Takes the lock `/tmp/bk-vpcd-PORT.lock` without waiting.
    pub fn acquire(port: u16) -> io::Result<Self> {
        use std::os::fd::AsRawFd;
        let path = std::env::temp_dir().join(format!("bk-vpcd-{port}.lock"));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        // SAFETY: flock on a file descriptor we own; the lock goes with the file.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            let error = io::Error::last_os_error();
            return Err(if error.kind() == io::ErrorKind::WouldBlock {
                io::Error::new(
                    io::ErrorKind::AddrInUse,
                    format!("{READER_BUSY} {} ({})", reader_name(port), path.display()),
                )
            } else {
                error
            });
        }
        Ok(ReaderLock { _file: file })
    }
}

/// One message from vpcd.
#[derive(Debug, PartialEq, Eq)]
pub enum Message {
    /// Control byte 0: the reader powers the card off.
    PowerOff,
    /// Control byte 1: the reader powers the card on.
    PowerOn,
    /// Control byte 2: the reader resets the card.
    Reset,
    /// Control byte 4: the reader asks for the card's ATR.
    GetAtr,
    /// A control byte this protocol version does not define.
    UnknownControl(u8),
    /// A command APDU: any payload longer than one byte.
    Apdu(Vec<u8>),
}

/// The reader name pcscd gives the vpcd slot on `port`.
pub fn reader_name(port: u16) -> String {
    let index = port.saturating_sub(DEFAULT_PORT);
    format!("Virtual PCD 00 {index:02X}")
}

/// A connection to vpcd: while it is open, the card is in the reader.
pub struct VpcdConnection {
    stream: TcpStream,
}

impl VpcdConnection {
    /// Inserts the card: connects to vpcd on the loopback `port`.
    pub fn connect(port: u16) -> io::Result<Self> {
        let stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port))?;
        stream.set_nodelay(true)?;
        Ok(VpcdConnection { stream })
    }

    /// A handle another thread can use to pull the card out (`remove`).
    pub fn remover(&self) -> io::Result<Remover> {
        Ok(Remover(self.stream.try_clone()?))
    }

    /// The next message; `None` when vpcd (or a `Remover`) closed the connection.
    pub fn receive(&mut self) -> io::Result<Option<Message>> {
        let mut length = [0u8; 2];
        match self.stream.read_exact(&mut length) {
            Ok(()) => {}
            Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(error) => return Err(error),
        }
        let mut payload = vec![0u8; usize::from(u16::from_be_bytes(length))];
        self.stream.read_exact(&mut payload)?;
        Ok(Some(match payload.as_slice() {
            [] => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "vpcd sent an empty message",
                ))
            }
            [0] => Message::PowerOff,
            [1] => Message::PowerOn,
            [2] => Message::Reset,
            [4] => Message::GetAtr,
            [other] => Message::UnknownControl(*other),
            _ => Message::Apdu(payload),
        }))
    }

    /// Sends an answer (ATR or response APDU).
    pub fn send(&mut self, payload: &[u8]) -> io::Result<()> {
        let length = u16::try_from(payload.len()).map_err(|_| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "answer longer than 65535 bytes",
            )
        })?;
        let mut frame = Vec::with_capacity(payload.len() + 2);
        frame.extend_from_slice(&length.to_be_bytes());
        frame.extend_from_slice(payload);
        self.stream.write_all(&frame)
    }
}

/// Pulls the card out of the reader by closing its vpcd connection. A
/// command vpcd is waiting on then gets an empty answer (vpcd reports a
/// closed connection as a 0-byte response); pcscd sees the reader empty at
/// its next presence poll.
pub struct Remover(TcpStream);

impl Remover {
    /// Closes both directions; the card loop then sees the connection end.
    pub fn remove(&self) {
        // The socket may already be closed by vpcd; then there is nothing to do.
        let _already_closed = self.0.shutdown(Shutdown::Both);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    #[test]
    fn frames_control_bytes_and_apdus_both_ways() {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let vpcd = std::thread::spawn(move || {
            let (mut socket, _) = listener.accept().unwrap();
            socket
                .write_all(&[0, 1, 4, 0, 1, 1, 0, 4, 0x00, 0xA4, 0x02, 0x0C])
                .unwrap();
            let mut answer = [0u8; 6];
            socket.read_exact(&mut answer).unwrap();
            answer
        });
        let mut card = VpcdConnection::connect(port).unwrap();
        assert_eq!(card.receive().unwrap(), Some(Message::GetAtr));
        assert_eq!(card.receive().unwrap(), Some(Message::PowerOn));
        assert_eq!(
            card.receive().unwrap(),
            Some(Message::Apdu(vec![0x00, 0xA4, 0x02, 0x0C]))
        );
        card.send(&[0x3B, 0x80, 0x90, 0x00]).unwrap();
        assert_eq!(vpcd.join().unwrap(), [0, 4, 0x3B, 0x80, 0x90, 0x00]);
        assert_eq!(card.receive().unwrap(), None);
    }

    #[test]
    fn reader_names_follow_the_port() {
        assert_eq!(reader_name(35963), "Virtual PCD 00 00");
        assert_eq!(reader_name(35964), "Virtual PCD 00 01");
    }
}
