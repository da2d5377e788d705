//! How APDUs reach a card: the [`CardTransport`] trait and its errors.
//!
//! PACE and secure messaging only see this trait, so they run the same over
//! a PC/SC reader ([`pcsc::PcscReader`]), a secure channel (PACE inside
//! PACE) or a scripted card in tests. [`part10`] holds what a reader with a
//! PIN pad (PC/SC Part 10) understands.

pub mod part10;
pub mod pcsc;

pub use crate::exchange_error::TransportError;

/// Something that exchanges APDUs with a card.
pub trait CardTransport {
    /// Sends one command APDU and returns the response APDU (data and SW).
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError>;

    /// Sends a control command to the reader (PC/SC `SCardControl`, e.g. the
    /// [`part10`] features); a transport without a reader of its own refuses.
    fn control(&mut self, code: u32, command: &[u8]) -> Result<Vec<u8>, TransportError> {
        let _ = (code, command);
        Err(TransportError::Reader("no reader to control".into()))
    }
}

impl<T: CardTransport + ?Sized> CardTransport for &mut T {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        (**self).transmit(apdu)
    }

    fn control(&mut self, code: u32, command: &[u8]) -> Result<Vec<u8>, TransportError> {
        (**self).control(code, command)
    }
}
