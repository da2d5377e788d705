//! ISO/IEC 7816-4 command and response APDUs.
//!
//! Both directions are covered, so the host and a (virtual) card can share
//! this code: [`CommandApdu`] encodes and parses all four cases in short and
//! extended length, and splits long data for command chaining (`CLA` bit
//! `10`); [`ResponseApdu`] encodes and parses `data || SW1 SW2`.
//!
//! APDU data can carry secrets (a new PIN in RESET RETRY COUNTER, key
//! material after unwrapping secure messaging): both types zeroize their
//! data on drop and their `Debug` shows lengths, never data bytes.

use std::fmt;
use zeroize::Zeroize;

/// Largest data field a short APDU carries.
pub const SHORT_MAX_DATA: usize = 255;
/// Largest response length a short `Le` asks for (`Le = 00`).
pub const SHORT_MAX_NE: usize = 256;
/// Largest data field an extended APDU carries.
pub const EXTENDED_MAX_DATA: usize = 65_535;
/// Largest response length an extended `Le` asks for (`Le = 0000`).
pub const EXTENDED_MAX_NE: usize = 65_536;

/// `CLA` bit marking a command that is continued by the next one (chaining).
pub const CLA_CHAINING: u8 = 0x10;

/// Why bytes are not a valid APDU, or an APDU cannot be encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApduError {
    /// Fewer than the four header bytes of a command.
    #[error("command APDU of {0} bytes is shorter than its 4-byte header")]
    CommandTooShort(usize),
    /// The body (after the header) fits none of the ISO 7816-4 cases.
    #[error("command APDU body of {body_len} bytes does not match its length fields")]
    InconsistentLength {
        /// Number of bytes after the header.
        body_len: usize,
    },
    /// Fewer than the two status bytes of a response.
    #[error("response APDU of {0} bytes has no status word")]
    ResponseTooShort(usize),
    /// Data too long even for an extended APDU.
    #[error("command data of {0} bytes exceeds 65535 bytes")]
    DataTooLong(usize),
    /// Expected response length of 0 or above 65536.
    #[error("expected response length {0} is outside 1..=65536")]
    InvalidNe(usize),
    /// Chaining was asked for with a chunk size of zero.
    #[error("command chaining needs a chunk size of at least 1")]
    ZeroChunkSize,
}

/// A command APDU: header, data and the expected response length `Ne`.
#[derive(Clone, PartialEq, Eq)]
pub struct CommandApdu {
    /// Class byte.
    pub cla: u8,
    /// Instruction byte.
    pub ins: u8,
    /// Parameter 1.
    pub p1: u8,
    /// Parameter 2.
    pub p2: u8,
    /// Command data (absent when empty).
    pub data: Vec<u8>,
    /// Maximum number of response data bytes expected (`None`: no `Le`
    /// field; 256 is short `Le = 00`, 65536 is extended `Le = 0000`).
    pub ne: Option<usize>,
}

impl CommandApdu {
    /// A command without data and without `Le` (case 1).
    pub fn new(cla: u8, ins: u8, p1: u8, p2: u8) -> Self {
        CommandApdu {
            cla,
            ins,
            p1,
            p2,
            data: Vec::new(),
            ne: None,
        }
    }

    /// Sets the command data.
    pub fn with_data(mut self, data: Vec<u8>) -> Self {
        self.data.zeroize();
        self.data = data;
        self
    }

    /// Sets the expected response length `Ne`.
    pub fn with_ne(mut self, ne: usize) -> Self {
        self.ne = Some(ne);
        self
    }

    /// The four header bytes.
    pub fn header(&self) -> [u8; 4] {
        [self.cla, self.ins, self.p1, self.p2]
    }

    /// Whether the chaining bit is set in `CLA`.
    pub fn is_chained(&self) -> bool {
        self.cla & CLA_CHAINING != 0
    }

    /// Whether the encoding needs extended length fields.
    pub fn needs_extended(&self) -> bool {
        self.data.len() > SHORT_MAX_DATA || self.ne.is_some_and(|ne| ne > SHORT_MAX_NE)
    }

    /// Encodes the command, in short form where data and `Ne` allow it,
    /// otherwise in extended form.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ApduError> {
        if self.data.len() > EXTENDED_MAX_DATA {
            return Err(ApduError::DataTooLong(self.data.len()));
        }
        if let Some(ne) = self.ne {
            if ne == 0 || ne > EXTENDED_MAX_NE {
                return Err(ApduError::InvalidNe(ne));
            }
        }
        let mut out = Vec::with_capacity(self.data.len() + 9);
        out.extend_from_slice(&self.header());
        let extended = self.needs_extended();
        if !self.data.is_empty() {
            let lc = self.data.len();
            if extended {
                out.extend_from_slice(&[0x00, (lc >> 8) as u8, lc as u8]);
            } else {
                out.push(lc as u8);
            }
            out.extend_from_slice(&self.data);
        }
        if let Some(ne) = self.ne {
            // Ne = 256 / 65536 encode as all-zero bytes; truncation does that.
            match (extended, self.data.is_empty()) {
                (false, _) => out.push(ne as u8),
                (true, true) => out.extend_from_slice(&[0x00, (ne >> 8) as u8, ne as u8]),
                (true, false) => out.extend_from_slice(&[(ne >> 8) as u8, ne as u8]),
            }
        }
        Ok(out)
    }

    /// Parses a command APDU in any of the cases 1, 2S, 3S, 4S, 2E, 3E, 4E.
    pub fn parse(bytes: &[u8]) -> Result<Self, ApduError> {
        let (header, body) = bytes
            .split_first_chunk::<4>()
            .ok_or(ApduError::CommandTooShort(bytes.len()))?;
        let [cla, ins, p1, p2] = *header;
        let (data, ne) = parse_body(body)?;
        Ok(CommandApdu {
            cla,
            ins,
            p1,
            p2,
            data: data.to_vec(),
            ne,
        })
    }

    /// Splits the command into a chain: every part but the last carries
    /// `CLA | 10` and at most `chunk` data bytes; the last part keeps the
    /// original `CLA` and `Ne`. A command with at most `chunk` data bytes
    /// comes back unchanged as a chain of one.
    pub fn chain(&self, chunk: usize) -> Result<Vec<CommandApdu>, ApduError> {
        if chunk == 0 {
            return Err(ApduError::ZeroChunkSize);
        }
        if self.data.len() <= chunk {
            return Ok(vec![self.clone()]);
        }
        let pieces: Vec<&[u8]> = self.data.chunks(chunk).collect();
        let last = pieces.len() - 1;
        Ok(pieces
            .into_iter()
            .enumerate()
            .map(|(index, piece)| CommandApdu {
                cla: if index == last {
                    self.cla
                } else {
                    self.cla | CLA_CHAINING
                },
                ins: self.ins,
                p1: self.p1,
                p2: self.p2,
                data: piece.to_vec(),
                ne: if index == last { self.ne } else { None },
            })
            .collect())
    }
}

/// Splits a command body into data and `Ne` (ISO 7816-4 §5.1).
fn parse_body(body: &[u8]) -> Result<(&[u8], Option<usize>), ApduError> {
    let inconsistent = ApduError::InconsistentLength {
        body_len: body.len(),
    };
    let short_ne = |byte: u8| if byte == 0 { 256 } else { usize::from(byte) };
    let extended_ne = |hi: u8, lo: u8| match u16::from_be_bytes([hi, lo]) {
        0 => 65_536,
        n => usize::from(n),
    };
    match body {
        [] => Ok((&[], None)),
        [le] => Ok((&[], Some(short_ne(*le)))),
        [0x00, hi, lo] => Ok((&[], Some(extended_ne(*hi, *lo)))),
        [0x00, hi, lo, rest @ ..] => {
            let lc = usize::from(u16::from_be_bytes([*hi, *lo]));
            if lc == 0 {
                return Err(inconsistent);
            }
            match rest.len().checked_sub(lc) {
                Some(0) => Ok((rest, None)),
                Some(2) => Ok((&rest[..lc], Some(extended_ne(rest[lc], rest[lc + 1])))),
                _ => Err(inconsistent),
            }
        }
        [0x00, ..] => Err(inconsistent),
        [lc, rest @ ..] => {
            let lc = usize::from(*lc);
            match rest.len().checked_sub(lc) {
                Some(0) => Ok((rest, None)),
                Some(1) => Ok((&rest[..lc], Some(short_ne(rest[lc])))),
                _ => Err(inconsistent),
            }
        }
    }
}

impl Drop for CommandApdu {
    fn drop(&mut self) {
        self.data.zeroize();
    }
}

impl fmt::Debug for CommandApdu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "CommandApdu({:02X} {:02X} {:02X} {:02X}, data: {} bytes, ne: {:?})",
            self.cla,
            self.ins,
            self.p1,
            self.p2,
            self.data.len(),
            self.ne
        )
    }
}

/// A status word `SW1 SW2`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusWord(pub u16);

impl StatusWord {
    /// `9000`: normal processing.
    pub const SUCCESS: StatusWord = StatusWord(0x9000);

    /// The status word from its two bytes.
    pub fn from_bytes(sw1: u8, sw2: u8) -> Self {
        StatusWord(u16::from_be_bytes([sw1, sw2]))
    }

    /// First status byte.
    pub fn sw1(self) -> u8 {
        (self.0 >> 8) as u8
    }

    /// Second status byte.
    pub fn sw2(self) -> u8 {
        self.0 as u8
    }

    /// Whether the word is `9000`.
    pub fn is_success(self) -> bool {
        self == Self::SUCCESS
    }
}

impl fmt::Debug for StatusWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StatusWord({:04X})", self.0)
    }
}

impl fmt::Display for StatusWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04X}", self.0)
    }
}

/// A response APDU: response data and status word.
#[derive(Clone, PartialEq, Eq)]
pub struct ResponseApdu {
    /// Response data (possibly empty).
    pub data: Vec<u8>,
    /// Status word.
    pub sw: StatusWord,
}

impl ResponseApdu {
    /// A response with `data` and `sw`.
    pub fn new(data: Vec<u8>, sw: StatusWord) -> Self {
        ResponseApdu { data, sw }
    }

    /// Parses `data || SW1 SW2`.
    pub fn parse(bytes: &[u8]) -> Result<Self, ApduError> {
        let (data, sw) = bytes
            .split_last_chunk::<2>()
            .ok_or(ApduError::ResponseTooShort(bytes.len()))?;
        Ok(ResponseApdu {
            data: data.to_vec(),
            sw: StatusWord::from_bytes(sw[0], sw[1]),
        })
    }

    /// Encodes `data || SW1 SW2`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.data.len() + 2);
        out.extend_from_slice(&self.data);
        out.extend_from_slice(&self.sw.0.to_be_bytes());
        out
    }

    /// Takes the data out, leaving the response empty.
    pub fn take_data(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.data)
    }
}

impl Drop for ResponseApdu {
    fn drop(&mut self) {
        self.data.zeroize();
    }
}

impl fmt::Debug for ResponseApdu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ResponseApdu(data: {} bytes, sw: {})",
            self.data.len(),
            self.sw
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(apdu: &CommandApdu, expected: &[u8]) {
        let bytes = apdu.to_bytes().unwrap();
        assert_eq!(bytes, expected, "{apdu:?}");
        assert_eq!(&CommandApdu::parse(&bytes).unwrap(), apdu);
    }

    #[test]
    fn short_cases_roundtrip() {
        roundtrip(&CommandApdu::new(0, 0x84, 0, 0), &[0, 0x84, 0, 0]);
        roundtrip(
            &CommandApdu::new(0, 0xB0, 0x9C, 0).with_ne(256),
            &[0, 0xB0, 0x9C, 0, 0],
        );
        roundtrip(
            &CommandApdu::new(0, 0x22, 0xC1, 0xA4).with_data(vec![0x83, 1, 3]),
            &[0, 0x22, 0xC1, 0xA4, 3, 0x83, 1, 3],
        );
        roundtrip(
            &CommandApdu::new(0x10, 0x86, 0, 0)
                .with_data(vec![0x7C, 0])
                .with_ne(256),
            &[0x10, 0x86, 0, 0, 2, 0x7C, 0, 0],
        );
    }

    #[test]
    fn extended_cases_roundtrip() {
        roundtrip(
            &CommandApdu::new(0, 0xB0, 0, 0).with_ne(65_536),
            &[0, 0xB0, 0, 0, 0, 0, 0],
        );
        roundtrip(
            &CommandApdu::new(0, 0xB0, 0, 0).with_ne(257),
            &[0, 0xB0, 0, 0, 0, 1, 1],
        );
        let data = vec![0xAB; 300];
        let apdu = CommandApdu::new(0x0C, 0x2A, 0, 0xBE).with_data(data.clone());
        let mut expected = vec![0x0C, 0x2A, 0, 0xBE, 0, 0x01, 0x2C];
        expected.extend_from_slice(&data);
        roundtrip(&apdu, &expected);
        let apdu = apdu.with_ne(65_536);
        expected.extend_from_slice(&[0, 0]);
        roundtrip(&apdu, &expected);
        // Small data but a large Ne forces both fields into extended form.
        roundtrip(
            &CommandApdu::new(0, 0xB0, 0, 0)
                .with_data(vec![1])
                .with_ne(1000),
            &[0, 0xB0, 0, 0, 0, 0, 1, 1, 0x03, 0xE8],
        );
    }

    #[test]
    fn malformed_commands_give_errors() {
        assert_eq!(
            CommandApdu::parse(&[0, 1, 2]),
            Err(ApduError::CommandTooShort(3))
        );
        for body in [
            &[2, 1][..],
            &[0, 5],
            &[1, 1, 2, 3],
            &[0, 0, 0, 1],
            &[0, 0, 2, 1],
            &[0, 0, 1, 1, 0],
            &[0, 0, 1, 1, 0, 0, 0],
        ] {
            let mut bytes = vec![0, 0xA4, 0, 0];
            bytes.extend_from_slice(body);
            assert_eq!(
                CommandApdu::parse(&bytes),
                Err(ApduError::InconsistentLength {
                    body_len: body.len()
                }),
                "{body:02X?}"
            );
        }
    }

    #[test]
    fn unencodable_commands_give_errors() {
        let too_long = CommandApdu::new(0, 0xD6, 0, 0).with_data(vec![0; 65_536]);
        assert_eq!(too_long.to_bytes(), Err(ApduError::DataTooLong(65_536)));
        for ne in [0, 65_537] {
            let apdu = CommandApdu::new(0, 0xB0, 0, 0).with_ne(ne);
            assert_eq!(apdu.to_bytes(), Err(ApduError::InvalidNe(ne)));
        }
    }

    #[test]
    fn chaining_splits_data_and_marks_all_but_last() {
        let apdu = CommandApdu::new(0x0C, 0x86, 0, 0)
            .with_data((0..10).collect())
            .with_ne(256);
        let chain = apdu.chain(4).unwrap();
        assert_eq!(chain.len(), 3);
        assert_eq!(chain[0].cla, 0x1C);
        assert!(chain[0].is_chained() && chain[1].is_chained());
        assert_eq!(chain[2].cla, 0x0C);
        assert_eq!(chain[0].ne, None);
        assert_eq!(chain[2].ne, Some(256));
        let joined: Vec<u8> = chain.iter().flat_map(|c| c.data.clone()).collect();
        assert_eq!(joined, apdu.data);
        assert_eq!(apdu.chain(10).unwrap(), vec![apdu.clone()]);
        assert_eq!(apdu.chain(0), Err(ApduError::ZeroChunkSize));
    }

    #[test]
    fn responses_roundtrip() {
        let response = ResponseApdu::parse(&[1, 2, 0x63, 0xC2]).unwrap();
        assert_eq!(response.data, [1, 2]);
        assert_eq!(response.sw, StatusWord(0x63C2));
        assert_eq!(response.sw.sw1(), 0x63);
        assert_eq!(response.sw.sw2(), 0xC2);
        assert!(!response.sw.is_success());
        assert_eq!(response.to_bytes(), [1, 2, 0x63, 0xC2]);
        assert!(ResponseApdu::parse(&[0x90, 0]).unwrap().sw.is_success());
        assert_eq!(
            ResponseApdu::parse(&[0x90]),
            Err(ApduError::ResponseTooShort(1))
        );
    }

    #[test]
    fn debug_shows_no_data() {
        let apdu = CommandApdu::new(0x0C, 0x2C, 2, 3).with_data(b"123456".to_vec());
        let text = format!("{apdu:?}");
        assert!(!text.contains("123456") && !text.contains("31"), "{text}");
        let response = ResponseApdu::new(b"654321".to_vec(), StatusWord::SUCCESS);
        assert_eq!(
            format!("{response:?}"),
            "ResponseApdu(data: 6 bytes, sw: 9000)"
        );
    }
}
