//! Why an APDU did not make it to the card and back: the reader's errors
//! ([`TransportError`]) and those of secure messaging ([`SmError`]). They nest both
//! ways — a secure channel is a transport whose failures are secure-messaging
//! errors, and secure messaging fails when its transport does — so they live
//! together, below both [`crate::transport`] and [`crate::sm`].

use crate::apdu::{ApduError, StatusWord};
use crate::symmetric::SymmetricError;
use crate::tlv::{TlvError, ValueTooLong};

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

/// Why a command could not be protected or a response not be verified.
#[derive(Debug, thiserror::Error)]
pub enum SmError {
    /// The session was closed by an earlier error.
    #[error("secure messaging session is closed after an earlier error")]
    SessionClosed,
    /// The response MAC did not verify.
    #[error("secure messaging response MAC is invalid")]
    MacInvalid,
    /// The response lacks the MAC or is not valid TLV.
    #[error("malformed secure messaging response: {0}")]
    Malformed(&'static str),
    /// The response's TLV structure is broken.
    #[error("malformed secure messaging response: {0}")]
    Tlv(#[from] TlvError),
    /// The card answered without secure messaging (it dropped the session).
    #[error("card answered without secure messaging (status {0})")]
    Unprotected(StatusWord),
    /// Protected status and outer status differ.
    #[error("protected status {protected} differs from outer status {outer}")]
    StatusMismatch {
        /// The status inside DO `99`.
        protected: StatusWord,
        /// The status of the response APDU.
        outer: StatusWord,
    },
    /// AES failed (bad key length, bad padding, unaligned cryptogram).
    #[error(transparent)]
    Symmetric(#[from] SymmetricError),
    /// The command could not be encoded.
    #[error(transparent)]
    Apdu(#[from] ApduError),
    /// A data object was too long.
    #[error(transparent)]
    Encoding(#[from] ValueTooLong),
    /// The 3DES cipher is not supported.
    #[error("secure messaging with 3DES is not supported")]
    UnsupportedCipher,
    /// Sending failed.
    #[error(transparent)]
    Transport(#[from] TransportError),
}
