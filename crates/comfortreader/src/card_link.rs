//! The reader's side of vsmartcard's vpcd protocol: the reader listens on a
//! loopback port, the card connects (that is its insertion) and answers what the
//! reader sends, each message a 2-byte big-endian length and a payload: one byte
//! is a control message (0 power off, 1 power on, 2 reset, 4 ATR), more is an
//! APDU. A closed connection is a card taken away.

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::time::Duration;

use eid::transport::{CardTransport, TransportError};

/// Control byte: power the card off.
pub const POWER_OFF: u8 = 0;
/// Control byte: power the card on.
pub const POWER_ON: u8 = 1;
/// Control byte: reset the card.
pub const RESET: u8 = 2;
/// Control byte: send the ATR.
const GET_ATR: u8 = 4;
/// How long the reader waits for the card's answer.
const ANSWER_PATIENCE: Duration = Duration::from_secs(30);

/// The listening socket and the card connected to it, if any.
pub struct CardLink {
    listener: TcpListener,
    card: Option<TcpStream>,
}

impl CardLink {
    /// Listens on 127.0.0.1:`port`.
    pub fn listen(port: u16) -> io::Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))?;
        listener.set_nonblocking(true)?;
        Ok(CardLink {
            listener,
            card: None,
        })
    }

    /// Whether a card is connected: takes a waiting connection, drops a closed one.
    pub fn present(&mut self) -> bool {
        if self.card.as_ref().is_some_and(|card| !is_open(card)) {
            self.card = None;
        }
        if self.card.is_none() {
            if let Ok((stream, _)) = self.listener.accept() {
                let ready = stream.set_nonblocking(false).is_ok()
                    && stream.set_nodelay(true).is_ok()
                    && stream.set_read_timeout(Some(ANSWER_PATIENCE)).is_ok();
                self.card = ready.then_some(stream);
            }
        }
        self.card.is_some()
    }

    /// Powers the card off, on or resets it (no answer comes back).
    pub fn power(&mut self, action: u8) -> Result<(), TransportError> {
        self.send(&[action])
    }

    /// The card's ATR.
    pub fn atr(&mut self) -> Result<Vec<u8>, TransportError> {
        self.send(&[GET_ATR])?;
        self.receive()
    }

    fn send(&mut self, payload: &[u8]) -> Result<(), TransportError> {
        let length = u16::try_from(payload.len())
            .map_err(|_| TransportError::Reader("message longer than 65535 bytes".into()))?;
        let mut frame = length.to_be_bytes().to_vec();
        frame.extend_from_slice(payload);
        let card = self.card.as_mut().ok_or(TransportError::NoCard)?;
        card.write_all(&frame).map_err(|_| self.gone())
    }

    fn receive(&mut self) -> Result<Vec<u8>, TransportError> {
        let card = self.card.as_mut().ok_or(TransportError::NoCard)?;
        let mut length = [0u8; 2];
        if card.read_exact(&mut length).is_err() {
            return Err(self.gone());
        }
        let mut payload = vec![0u8; usize::from(u16::from_be_bytes(length))];
        if card.read_exact(&mut payload).is_err() || payload.is_empty() {
            return Err(self.gone());
        }
        Ok(payload)
    }

    /// The card left in the middle of an exchange.
    fn gone(&mut self) -> TransportError {
        self.card = None;
        TransportError::CardRemoved
    }
}

impl CardTransport for CardLink {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        self.send(apdu)?;
        self.receive()
    }
}

/// Whether the card's connection is still open (nothing unread, no end of stream).
fn is_open(card: &TcpStream) -> bool {
    if card.set_nonblocking(true).is_err() {
        return false;
    }
    let open = match card.peek(&mut [0u8; 1]) {
        Ok(0) => false,
        Ok(_) => true,
        Err(error) => error.kind() == io::ErrorKind::WouldBlock,
    };
    card.set_nonblocking(false).is_ok() && open
}
