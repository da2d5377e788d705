//! Shared test helpers: hex decoding and a card that replays a published transcript.

use eid::transport::{CardTransport, TransportError};
use std::collections::VecDeque;

/// Decodes hex, ignoring spaces.
pub fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

/// A card that expects exactly the listed commands and answers with the listed responses.
pub struct TranscriptCard {
    steps: VecDeque<(Vec<u8>, Vec<u8>)>,
}

impl TranscriptCard {
    pub fn new(steps: &[(&str, &str)]) -> Self {
        TranscriptCard {
            steps: steps
                .iter()
                .map(|(command, response)| (hex(command), hex(response)))
                .collect(),
        }
    }

    pub fn is_finished(&self) -> bool {
        self.steps.is_empty()
    }
}

impl CardTransport for TranscriptCard {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        let (expected, response) = self
            .steps
            .pop_front()
            .ok_or_else(|| TransportError::Reader("transcript finished".into()))?;
        assert_eq!(
            apdu,
            expected.as_slice(),
            "terminal sent {apdu:02X?}, transcript has {expected:02X?}"
        );
        Ok(response)
    }
}
