//! Reading EF.CardAccess from a card: the first chunk by short file id (which
//! selects it), further chunks by offset, up to the end of the file. The host's
//! card session and a comfort reader's PACE both start here.

use crate::apdu::{ApduError, CommandApdu, ResponseApdu, StatusWord};
use crate::transport::{CardTransport, TransportError};

/// READ BINARY of EF.CardAccess by short file id `1C` (P1 = `80 | SFI`).
const READ_BY_SFI: u8 = 0x9C;
/// Bytes asked for per READ BINARY (`Le = 00`: up to 256).
const READ_CHUNK: usize = 256;
/// EF.CardAccess of real cards is a few hundred bytes; more is not an eID card.
const MAX_LEN: usize = 4096;

/// Why EF.CardAccess could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The card refused the first READ BINARY (no such file: not an eID card).
    #[error("the card refused to read EF.CardAccess (status {0})")]
    Refused(StatusWord),
    /// The card's answer was not a response APDU.
    #[error("unreadable card answer: {0}")]
    Unreadable(#[from] ApduError),
    /// The reader or the connection failed.
    #[error(transparent)]
    Transport(#[from] TransportError),
}

/// Reads EF.CardAccess; a refusal after the first chunk ends the file there.
pub fn read(transport: &mut dyn CardTransport) -> Result<Vec<u8>, ReadError> {
    let mut content = Vec::new();
    loop {
        let command = if content.is_empty() {
            CommandApdu::new(0x00, 0xB0, READ_BY_SFI, 0x00)
        } else {
            let [high, low] = u16::try_from(content.len())
                .unwrap_or(u16::MAX)
                .to_be_bytes();
            CommandApdu::new(0x00, 0xB0, high, low)
        };
        let bytes = transport.transmit(&command.with_ne(READ_CHUNK).to_bytes()?)?;
        let response = ResponseApdu::parse(&bytes)?;
        let end_of_file = response.sw == StatusWord(0x6282);
        if !(response.sw.is_success() || end_of_file) {
            return if content.is_empty() {
                Err(ReadError::Refused(response.sw))
            } else {
                Ok(content)
            };
        }
        let chunk = response.data.len();
        content.extend_from_slice(&response.data);
        if end_of_file || chunk < READ_CHUNK || content.len() >= MAX_LEN {
            return Ok(content);
        }
    }
}
