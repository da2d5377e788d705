//! [`CardTransport`] over a PC/SC reader (the `pcsc` crate, pcscd on Linux).
//!
//! Lists readers, connects to one by name (shared mode, T=0 or T=1) and
//! transmits with a buffer large enough for extended-length responses.
//! PC/SC errors are mapped to the cases the UI distinguishes: service not
//! running, no reader, reader removed, no card, card removed.

use super::part10::Features;
use super::{CardTransport, TransportError};
use pcsc::{Card, Context, Error, Protocols, Scope, ShareMode, MAX_BUFFER_SIZE_EXTENDED};
use std::ffi::CString;

/// Maps a PC/SC error to a [`TransportError`].
pub fn map_error(error: Error) -> TransportError {
    match error {
        Error::NoService | Error::ServiceStopped | Error::UnknownResMng => {
            TransportError::ServiceNotRunning
        }
        Error::NoReadersAvailable => TransportError::NoReader,
        Error::ReaderUnavailable | Error::UnknownReader => TransportError::ReaderRemoved,
        Error::NoSmartcard => TransportError::NoCard,
        Error::RemovedCard | Error::UnpoweredCard | Error::UnresponsiveCard => {
            TransportError::CardRemoved
        }
        Error::ResetCard => TransportError::CardReset,
        other => TransportError::Reader(other.to_string()),
    }
}

/// A PC/SC context: the connection to the smart card service.
pub struct PcscContext {
    context: Context,
}

impl PcscContext {
    /// Connects to the smart card service.
    pub fn establish() -> Result<Self, TransportError> {
        let context = Context::establish(Scope::User).map_err(map_error)?;
        Ok(PcscContext { context })
    }

    /// Names of the connected readers (empty when none is connected).
    pub fn readers(&self) -> Result<Vec<String>, TransportError> {
        match self.context.list_readers_owned() {
            Ok(names) => Ok(names
                .into_iter()
                .map(|name| name.to_string_lossy().into_owned())
                .collect()),
            Err(Error::NoReadersAvailable) => Ok(Vec::new()),
            Err(other) => Err(map_error(other)),
        }
    }

    /// The Part 10 features of the reader called `name`, asked without a card
    /// (a direct connection); a reader that answers nothing has none.
    pub fn features(&self, name: &str) -> Features {
        let Ok(reader) = CString::new(name) else {
            return Features::default();
        };
        match self
            .context
            .connect(&reader, ShareMode::Direct, Protocols::UNDEFINED)
        {
            Ok(card) => {
                let mut reader = PcscReader { card };
                let features = Features::of(&mut reader);
                // Dropping would reset the card; asking the reader must leave it alone.
                let _ignored = reader.card.disconnect(pcsc::Disposition::LeaveCard);
                features
            }
            Err(_) => Features::default(),
        }
    }

    /// Connects to the card on the reader called `name`.
    pub fn connect(&self, name: &str) -> Result<PcscReader, TransportError> {
        let reader = CString::new(name).map_err(|_| TransportError::ReaderNotFound(name.into()))?;
        let card = self
            .context
            .connect(&reader, ShareMode::Shared, Protocols::ANY)
            .map_err(|error| match error {
                Error::UnknownReader => TransportError::ReaderNotFound(name.into()),
                other => map_error(other),
            })?;
        Ok(PcscReader { card })
    }
}

/// A card connected through a PC/SC reader.
pub struct PcscReader {
    card: Card,
}

impl CardTransport for PcscReader {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        let mut buffer = vec![0u8; MAX_BUFFER_SIZE_EXTENDED];
        let response = self.card.transmit(apdu, &mut buffer).map_err(map_error)?;
        Ok(response.to_vec())
    }

    fn control(&mut self, code: u32, command: &[u8]) -> Result<Vec<u8>, TransportError> {
        let mut buffer = vec![0u8; MAX_BUFFER_SIZE_EXTENDED];
        let answer = self
            .card
            .control(code.into(), command, &mut buffer)
            .map_err(map_error)?;
        Ok(answer.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcsc_errors_map_to_what_the_ui_distinguishes() {
        assert!(matches!(
            map_error(Error::NoService),
            TransportError::ServiceNotRunning
        ));
        assert!(matches!(
            map_error(Error::NoReadersAvailable),
            TransportError::NoReader
        ));
        assert!(matches!(
            map_error(Error::ReaderUnavailable),
            TransportError::ReaderRemoved
        ));
        assert!(matches!(
            map_error(Error::NoSmartcard),
            TransportError::NoCard
        ));
        assert!(matches!(
            map_error(Error::RemovedCard),
            TransportError::CardRemoved
        ));
        assert!(matches!(
            map_error(Error::CommError),
            TransportError::Reader(_)
        ));
    }
}
