//! How APDUs reach a card: the [`CardTransport`] trait and its errors.
//!
//! PACE and secure messaging only see this trait, so they run the same over
//! a PC/SC reader ([`pcsc::PcscReader`]), a secure channel (PACE inside
//! PACE) or a scripted card in tests.

pub mod pcsc;

use crate::sm::SmError;

/// Why an APDU could not be exchanged.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The PC/SC service (pcscd) is not running.
    #[error("the smart card service is not running")]
    ServiceNotRunning,
    /// No reader is connected.
    #[error("no card reader connected")]
    NoReader,
    /// The named reader does not exist (any more).
    #[error("card reader {0:?} not found")]
    ReaderNotFound(String),
    /// The reader was unplugged.
    #[error("the card reader was removed")]
    ReaderRemoved,
    /// There is no card on the reader.
    #[error("no card on the reader")]
    NoCard,
    /// The card was taken away during the exchange.
    #[error("the card was removed")]
    CardRemoved,
    /// The card was reset by another application.
    #[error("the card was reset")]
    CardReset,
    /// Any other PC/SC failure, with the PC/SC error text.
    #[error("card reader error: {0}")]
    Reader(String),
    /// Secure messaging failed for a command sent through a secure channel.
    #[error(transparent)]
    SecureMessaging(Box<SmError>),
}

/// Something that exchanges APDUs with a card.
pub trait CardTransport {
    /// Sends one command APDU and returns the response APDU (data and SW).
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError>;
}

impl<T: CardTransport + ?Sized> CardTransport for &mut T {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        (**self).transmit(apdu)
    }
}
